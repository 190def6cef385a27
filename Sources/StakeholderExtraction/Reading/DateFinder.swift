/// Finds the publication date of an article in its opening lines.
///
/// Understood: a first line ` date YYYY-MM-DD …`, then the first of `YYYY-MM-DD`,
/// `DD/MM/YYYY`, `DD-MM-YYYY`, `2 de marzo de 2026`, `March 2, 2026`, `2 March 2026`
/// in the first `lineLimit` lines.
///
/// The text is read as UTF-8 bytes: a line is cut into words of letters (Unicode
/// `Alphabetic`) or ASCII digits, each kept as its number (when all digits), its length and
/// its lower-case bytes (see `DateWord`), and the patterns are matched on those.
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
    ///
    /// The marker lies within the first 32 scalars: spaces or tabs, `date`, spaces, the date.
    public static func marker(in text: String) -> (length: Int, date: String)? {
        UTF8Scan.withBytes(of: text) { marker(in: $0) }
    }

    /// `marker(in:)` over UTF-8 bytes. The marker is ASCII, so its length in bytes is its
    /// length in scalars, and a non-ASCII byte within it fails the match as its scalar would.
    static func marker(in bytes: UnsafeBufferPointer<UInt8>) -> (length: Int, date: String)? {
        let count = min(32, bytes.count)
        var i = 0
        while i < count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        guard i + 4 < count, bytes[i] == 0x64, bytes[i + 1] == 0x61, bytes[i + 2] == 0x74, bytes[i + 3] == 0x65
        else { return nil }
        i += 4
        while i < count, bytes[i] == 0x20 { i += 1 }
        guard i + 10 <= count, let date = iso(bytes, at: i) else { return nil }
        return (i + 10, date)
    }

    /// The date of the document `text`, if its opening lines give one.
    /// - Complexity: O(n) in the length of the opening lines.
    public static func find(in text: String, lineLimit: Int = 12) -> String? {
        UTF8Scan.withBytes(of: text) { find(in: $0, lineLimit: lineLimit) }
    }

    /// `find(in:lineLimit:)` over UTF-8 bytes; the lines are those of `leadingLines`.
    static func find(in bytes: UnsafeBufferPointer<UInt8>, lineLimit: Int) -> String? {
        if let marker = marker(in: bytes) { return marker.date }
        var words: [DateWord] = []
        var date: String?
        UTF8Scan.forEachLeadingLine(bytes, from: 0, limit: max(1, lineLimit)) { line in
            date = firstDate(in: bytes, line, words: &words)
            return date == nil
        }
        return date
    }

    /// `YYYY-MM-DD` in ASCII digits at `bytes[i...]`, formatted, or `nil`.
    static func iso(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> String? {
        guard bytes[i + 4] == 0x2D, bytes[i + 7] == 0x2D,
              let y = number(bytes, i..<i + 4), let m = number(bytes, i + 5..<i + 7),
              let d = number(bytes, i + 8..<i + 10)
        else { return nil }
        return format(y, m, d)
    }

    /// The number written in ASCII digits in `bytes[range]`, `nil` if any byte is not one.
    static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var value = 0
        for k in range {
            let digit = Int(bytes[k]) - 0x30
            guard digit >= 0 && digit <= 9 else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    static func format(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard (1900...2100).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(y)-\(two(m))-\(two(d))"
    }
}
