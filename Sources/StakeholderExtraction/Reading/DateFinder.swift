/// Finds the publication date of an article in its opening lines.
///
/// Understood: a first line ` date YYYY-MM-DD …`, then the first of `YYYY-MM-DD`,
/// `DD/MM/YYYY`, `DD-MM-YYYY`, `2 de marzo de 2026`, `March 2, 2026`, `2 March 2026`
/// in the first `lineLimit` lines.
public enum DateFinder {
    static let months: [String: Int] = [
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
        "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
        "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// The length in scalars of a leading ` date YYYY-MM-DD` marker, and the date it gives.
    public static func marker(in text: String) -> (length: Int, date: String)? {
        let head = Array(text.unicodeScalars.prefix(32))
        var i = 0
        while i < head.count, head[i] == " " || head[i] == "\t" { i += 1 }
        let word = "date".unicodeScalars.map { $0 }
        guard i + 4 < head.count, Array(head[i..<i + 4]) == word else { return nil }
        i += 4
        while i < head.count, head[i] == " " { i += 1 }
        guard i + 10 <= head.count, let date = iso(Array(head[i..<i + 10])) else { return nil }
        return (i + 10, date)
    }

    /// The date of the document `text`, if its opening lines give one.
    /// - Complexity: O(n) in the length of the opening lines.
    public static func find(in text: String, lineLimit: Int = 12) -> String? {
        if let marker = marker(in: text) { return marker.date }
        for line in text.leadingLines(max(1, lineLimit)) {
            if let date = firstDate(in: Array(line.unicodeScalars)) { return date }
        }
        return nil
    }

    static func iso(_ s: [Unicode.Scalar]) -> String? {
        guard s.count == 10, s[4] == "-", s[7] == "-",
              let y = number(s[0..<4]), let m = number(s[5..<7]), let d = number(s[8..<10])
        else { return nil }
        return format(y, m, d)
    }

    static func number(_ s: ArraySlice<Unicode.Scalar>) -> Int? {
        guard !s.isEmpty else { return nil }
        var value = 0
        for c in s {
            guard let digit = c.properties.numericType != nil ? Int(String(c)) : nil else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    static func format(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard (1900...2100).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(y)-\(two(m))-\(two(d))"
    }

    /// The first date written in `line`.
    static func firstDate(in line: [Unicode.Scalar]) -> String? {
        // Split into words of letters or digits, remembering the separator after each.
        var words: [(text: String, sep: Unicode.Scalar?)] = []
        var current = ""
        for c in line {
            if c.properties.isAlphabetic || ("0"..."9").contains(c) {
                current.unicodeScalars.append(c)
            } else {
                if !current.isEmpty { words.append((current, c)) }
                else if let last = words.last, last.sep == " ", c != " " { words[words.count - 1].sep = c }
                current = ""
            }
        }
        if !current.isEmpty { words.append((current, nil)) }
        for (k, w) in words.enumerated() {
            guard k + 2 < words.count else { break }
            let a = w.text, b = words[k + 1].text, c = words[k + 2].text
            let numeric = Int(a) != nil && Int(b) != nil && Int(c) != nil
            if numeric, w.sep == words[k + 1].sep, w.sep == "/" || w.sep == "-" || w.sep == "." {
                if a.count == 4, let date = format(Int(a)!, Int(b)!, Int(c)!) { return date }
                if c.count == 4, let date = format(Int(c)!, Int(b)!, Int(a)!) { return date }
            }
            // 2 de marzo de 2026 / 2 March 2026
            if let d = Int(a), a.count <= 2 {
                var j = k + 1
                if words[j].text.lowercased() == "de" { j += 1 }
                if j + 1 < words.count, let m = months[words[j].text.lowercased()] {
                    var y = j + 1
                    if words[y].text.lowercased() == "de", y + 1 < words.count { y += 1 }
                    if let year = Int(words[y].text), words[y].text.count == 4,
                       let date = format(year, m, d) { return date }
                }
            }
            // March 2, 2026
            if let m = months[a.lowercased()], let d = Int(b), b.count <= 2, let y = Int(c), c.count == 4,
               let date = format(y, m, d) { return date }
        }
        return nil
    }
}
