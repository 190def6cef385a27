import Foundation

/// Puts names in the form in which they are compared (`gold/FORMAT.md`, "Matching"):
/// Unicode case folding, diacritics stripped, white space collapsed, a leading article dropped.
public enum NameNormalizer {
    static let articles: Set<String> = ["el", "la", "los", "las", "the"]

    /// The comparison form of `name`.
    /// - Complexity: O(n) in the length of `name`.
    public static func normalize(_ name: String) -> String {
        if let fast = normalizeLatin(name) { return fast }
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var words = folded.split(whereSeparator: { $0.isWhitespace })
        if words.count > 1, articles.contains(String(words[0])) { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// `normalize` for names written in ASCII and Latin-1 letters (no Foundation call); `nil`
    /// for any other scalar, which the general path handles. Same result as the general path.
    /// - Complexity: O(n) in the UTF-8 length of `name`.
    static func normalizeLatin(_ name: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        var wordStarts: [Int] = []
        var pendingSpace = false
        for scalar in name.unicodeScalars {
            let v = scalar.value
            var byte: UInt8
            if v < 0x80 {
                if v == 0x20 || (v >= 0x09 && v <= 0x0D) {
                    pendingSpace = true
                    continue
                }
                byte = v >= 0x41 && v <= 0x5A ? UInt8(v + 32) : UInt8(v)
            } else if v >= 0xC0 && v <= 0xFF, let folded = latinFold[Int(v - 0xC0)] {
                byte = folded
            } else {
                return nil
            }
            if out.isEmpty || pendingSpace {
                if !out.isEmpty { out.append(0x20) }
                wordStarts.append(out.count)
                pendingSpace = false
            }
            out.append(byte)
        }
        if wordStarts.count > 1 {
            let first = String(decoding: out[0..<(wordStarts[1] - 1)], as: UTF8.self)
            if articles.contains(first) { out.removeFirst(wordStarts[1]) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Latin-1 letters U+00C0...U+00FF folded to a lower-case ASCII base letter (`nil` for
    /// those without one, such as "Æ", "ß", "×").
    static let latinFold: [UInt8?] = {
        let table: [(String, Character)] = [
            ("ÀÁÂÃÄÅàáâãäå", "a"), ("Çç", "c"), ("ÈÉÊËèéêë", "e"), ("ÌÍÎÏìíîï", "i"), ("Ññ", "n"),
            ("ÒÓÔÕÖòóôõö", "o"), ("ÙÚÛÜùúûü", "u"), ("Ýýÿ", "y"),
        ]
        var fold = [UInt8?](repeating: nil, count: 0x40)
        for (letters, base) in table {
            for scalar in letters.unicodeScalars { fold[Int(scalar.value - 0xC0)] = base.asciiValue }
        }
        return fold
    }()

    /// An identifier made of the ASCII letters and digits of `name`, joined by underscores.
    public static func slug(_ name: String) -> String {
        let folded = normalize(name)
        var out: [UInt8] = []
        var pendingUnderscore = false
        for scalar in folded.unicodeScalars {
            let v = scalar.value
            // ASCII letters and digits (the ASCII part of `CharacterSet.alphanumerics`).
            if (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) {
                if pendingUnderscore, !out.isEmpty { out.append(0x5F) }
                pendingUnderscore = false
                out.append(UInt8(v))
            } else {
                pendingUnderscore = true
            }
            if out.count >= 48 { break }
        }
        return out.isEmpty ? "actor" : String(decoding: out, as: UTF8.self)
    }
}
