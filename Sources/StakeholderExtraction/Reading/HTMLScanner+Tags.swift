extension HTMLScanner {
    /// Elements whose content is read as raw text up to their end tag and dropped.
    static let rawDropped: Set<String> = ["script", "style", "textarea", "xmp", "iframe", "noembed", "noframes"]
    /// Elements whose content is dropped (it may hold other elements).
    static let dropped: Set<String> = ["noscript", "template", "svg", "math", "object", "select", "button"]
    /// Elements without content: never counted as open.
    static let void: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                                    "meta", "param", "source", "track", "wbr"]
    /// Elements that begin and end a line of text.
    static let blocks: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu",
        "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
        "title", "tr", "ul", "legend", "option",
    ]
    /// `<meta name|property=...>` values that give the publication date.
    static let dateMetaNames: Set<String> = [
        "article:published_time", "og:published_time", "datepublished", "date", "pubdate",
        "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date",
    ]

    /// Reads the markup at `i` (a `<`): a tag, comment, doctype or processing instruction.
    /// - Returns: `false` when the `<` starts none of them and is text.
    mutating func tag() -> Bool {
        guard i + 1 < s.count else { return false }
        let next = s[i + 1]
        if next == "!" {
            if starts(with: "<!--", at: i) {
                i = skip(past: "-->", from: i + 4)
            } else if starts(with: "<![CDATA[", at: i) {
                i = skip(past: "]]>", from: i + 9)
            } else {
                i = skip(past: ">", from: i + 2)
            }
            return true
        }
        if next == "?" { i = skip(past: ">", from: i + 2); return true }
        let closing = next == "/"
        var j = i + (closing ? 2 : 1)
        guard j < s.count, s[j].isASCII, s[j].properties.isAlphabetic else {
            if closing { i = skip(past: ">", from: i + 2); return true }
            return false
        }
        var name = ""
        while j < s.count, !Self.isSpace(s[j]), s[j] != ">", s[j] != "/" {
            name.unicodeScalars.append(s[j])
            j += 1
        }
        name = name.lowercased()
        let (attributes, end) = self.attributes(from: j)
        i = end
        if closing { close(name) } else { open(name, attributes: attributes) }
        return true
    }

    private mutating func open(_ name: String, attributes: [String: String]) {
        switch name {
        case "head": inHead = true
        case "body": inHead = false
        case "title":
            let end = rawEnd("title")
            titleScalars = []
            var inner = HTMLScanner(Array(s[i..<end]))
            inner.charactersOnly = true
            inner.run()
            titleScalars = inner.output
            i = skip(past: ">", from: end)
            return
        case "meta":
            let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"] ?? "").lowercased()
            if metaDate == nil, Self.dateMetaNames.contains(key) { metaDate = Self.day(attributes["content"]) }
        case "time":
            if timeDate == nil { timeDate = Self.day(attributes["datetime"]) }
        case "pre": preDepth += 1
        default: break
        }
        if Self.rawDropped.contains(name) {
            i = skip(past: ">", from: rawEnd(name))
            return
        }
        if Self.dropped.contains(name) { dropDepth += 1 }
        if Self.blocks.contains(name) { lineBreak() }
    }

    private mutating func close(_ name: String) {
        if Self.blocks.contains(name) { lineBreak() }
        switch name {
        case "head": inHead = false
        case "pre": preDepth = max(0, preDepth - 1)
        default: if Self.dropped.contains(name) { dropDepth = max(0, dropDepth - 1) }
        }
    }

    /// The attributes of the tag whose name ends before `start`, and the index past its `>`.
    /// Quoted values may hold `>`; names are lower-cased; values are not decoded.
    private func attributes(from start: Int) -> ([String: String], Int) {
        var result: [String: String] = [:]
        var j = start
        while j < s.count {
            while j < s.count, Self.isSpace(s[j]) || s[j] == "/" { j += 1 }
            guard j < s.count, s[j] != ">" else { break }
            var name = ""
            while j < s.count, !Self.isSpace(s[j]), s[j] != "=", s[j] != ">", s[j] != "/" {
                name.unicodeScalars.append(s[j])
                j += 1
            }
            while j < s.count, Self.isSpace(s[j]) { j += 1 }
            var value = ""
            if j < s.count, s[j] == "=" {
                j += 1
                while j < s.count, Self.isSpace(s[j]) { j += 1 }
                if j < s.count, s[j] == "\"" || s[j] == "'" {
                    let quote = s[j]
                    j += 1
                    while j < s.count, s[j] != quote { value.unicodeScalars.append(s[j]); j += 1 }
                    j += 1
                } else {
                    while j < s.count, !Self.isSpace(s[j]), s[j] != ">" { value.unicodeScalars.append(s[j]); j += 1 }
                }
            }
            if result[name.lowercased()] == nil { result[name.lowercased()] = value }
        }
        return (result, min(j + 1, s.count))
    }

    /// The index of the `</name` that ends a raw-text element opened before `i` (or the end).
    private func rawEnd(_ name: String) -> Int {
        let target = Array("</\(name)".unicodeScalars)
        var j = i
        while j + target.count <= s.count {
            if s[j] == "<", target.indices.allSatisfy({ k in Self.asciiLower(s[j + k]) == target[k] }) {
                return j
            }
            j += 1
        }
        return s.count
    }

    private static func asciiLower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(c) ? Unicode.Scalar(c.value + 32)! : c
    }

    private func starts(with prefix: String, at index: Int) -> Bool {
        var k = index
        for p in prefix.unicodeScalars {
            guard k < s.count, s[k] == p else { return false }
            k += 1
        }
        return true
    }

    /// The index just past the first `marker` at or after `from`, or the end.
    private func skip(past marker: String, from: Int) -> Int {
        let m = Array(marker.unicodeScalars)
        var j = max(from, 0)
        while j + m.count <= s.count {
            if s[j] == m[0], Array(s[j..<j + m.count]) == m { return j + m.count }
            j += 1
        }
        return s.count
    }

    /// The `YYYY-MM-DD` that `value` starts with, when it is a valid day.
    static func day(_ value: String?) -> String? {
        guard let value, value.unicodeScalars.count >= 10 else { return nil }
        let head = String(String.UnicodeScalarView(value.unicodeScalars.prefix(10)))
        guard head.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || $0 == "-" }) else { return nil }
        let parts = head.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1000...2999).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
        return head
    }
}
