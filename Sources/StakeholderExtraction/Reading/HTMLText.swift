/// The readable text of an HTML page: the text of its body with character references decoded,
/// scripts, styles and other non-text elements dropped, block elements turned into line
/// breaks; its `<title>`, and the publication day its metadata gives.
///
/// This is a tolerant scanner, not a full HTML parser: it never fails, whatever the markup.
struct HTMLText {
    /// The text, one line per block; inline white space collapsed to one space (kept as
    /// written inside `<pre>`).
    var text: String
    /// The `<title>`, white space collapsed, when it has any text.
    var title: String?
    /// The publication day (`YYYY-MM-DD`) from `<meta>` (e.g. `article:published_time`) or the
    /// first `<time datetime>`, when one holds a valid day.
    var date: String?

    /// Reads `html`.
    /// - Complexity: O(n) in the length of `html`.
    init(html: String) {
        var scanner = HTMLScanner(Array(html.unicodeScalars))
        scanner.run()
        text = String(String.UnicodeScalarView(scanner.output))
        let collapsed = Self.collapsingWhitespace(scanner.titleScalars)
        title = collapsed.isEmpty ? nil : String(collapsed.prefix(200))
        date = scanner.metaDate ?? scanner.timeDate
    }

    /// `scalars` as a string with runs of white space made one space, trimmed.
    static func collapsingWhitespace(_ scalars: [Unicode.Scalar]) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for scalar in scalars {
            if HTMLScanner.isSpace(scalar) { space = !out.isEmpty; continue }
            if space { out.append(" "); space = false }
            out.append(scalar)
        }
        return String(out)
    }
}

/// The state of one pass over an HTML page (see `HTMLText`).
struct HTMLScanner {
    let s: [Unicode.Scalar]
    var i = 0
    var output: [Unicode.Scalar] = []
    var titleScalars: [Unicode.Scalar] = []
    var metaDate: String?
    var timeDate: String?
    /// Open elements whose content is dropped (`noscript`, `template`, `svg`, ...).
    var dropDepth = 0
    /// Open `<pre>` elements.
    var preDepth = 0
    var inHead = false
    /// Reads markup as text, decoding only character references (the content of `<title>`).
    var charactersOnly = false
    var pendingSpace = false
    var pendingBreak = false

    init(_ scalars: [Unicode.Scalar]) { s = scalars }

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" || c == "\u{A0}"
    }

    mutating func run() {
        while i < s.count {
            let c = s[i]
            if c == "<", !charactersOnly, tag() { continue }
            if c == "&" {
                let decoded = reference()
                for scalar in decoded { emit(scalar) }
                continue
            }
            emit(c)
            i += 1
        }
    }

    /// Adds one character of text, or notes white space to add before the next one.
    mutating func emit(_ c: Unicode.Scalar) {
        guard dropDepth == 0, !inHead else { return }
        if preDepth > 0 {
            if c == "\r" { return }
            if c == "\n" { pendingBreak = true; pendingSpace = false; return }
        } else if Self.isSpace(c) {
            pendingSpace = true
            return
        }
        if pendingBreak {
            if !output.isEmpty, output.last != "\n" { output.append("\n") }
        } else if pendingSpace, !output.isEmpty, output.last != "\n" {
            output.append(" ")
        }
        pendingBreak = false
        pendingSpace = false
        output.append(c == "\u{A0}" ? " " : c)
    }

    /// A line break before the next text (for block elements).
    mutating func lineBreak() {
        guard dropDepth == 0, !inHead else { return }
        pendingBreak = true
    }

    /// Decodes the character reference at `i` (an `&`), moving past it.
    /// - Returns: the characters it stands for, or `&` itself when it is not a reference.
    mutating func reference() -> [Unicode.Scalar] {
        var j = i + 1
        if j < s.count, s[j] == "#" {
            j += 1
            let hex = j < s.count && (s[j] == "x" || s[j] == "X")
            if hex { j += 1 }
            var value: UInt32 = 0
            let start = j
            while j < s.count, let digit = Self.digit(s[j], hex: hex) {
                value = min(value &* (hex ? 16 : 10) &+ digit, 0x11_0000)
                j += 1
            }
            guard j > start else { i += 1; return ["&"] }
            if j < s.count, s[j] == ";" { j += 1 }
            i = j
            return [HTMLEntities.numeric(value)]
        }
        var name = ""
        while j < s.count, name.unicodeScalars.count < HTMLEntities.longestName,
              s[j].isASCII, s[j].properties.isAlphabetic || ("0"..."9").contains(s[j]) {
            name.unicodeScalars.append(s[j])
            j += 1
        }
        if j < s.count, s[j] == ";", let value = HTMLEntities.named[name], let scalar = Unicode.Scalar(value) {
            i = j + 1
            return [scalar]
        }
        if HTMLEntities.legacy.contains(name), let value = HTMLEntities.named[name],
           let scalar = Unicode.Scalar(value), j >= s.count || s[j] != "=" {
            i = j
            return [scalar]
        }
        i += 1
        return ["&"]
    }

    static func digit(_ c: Unicode.Scalar, hex: Bool) -> UInt32? {
        switch c {
        case "0"..."9": return c.value - 48
        case "a"..."f" where hex: return c.value - 87
        case "A"..."F" where hex: return c.value - 55
        default: return nil
        }
    }
}
