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
    /// - Complexity: O(n) in the UTF-8 length of `name`; one allocation (none for short names).
    static func normalizeLatin(_ name: String) -> String? {
        var name = name
        return name.withUTF8 { src -> String? in
            var latin = true
            let folded = String(unsafeUninitializedCapacity: max(src.count, 1)) { out -> Int in
                var n = 0
                var pendingSpace = false
                var words = 0
                var firstWordEnd = 0
                var i = 0
                while i < src.count {
                    let b = src[i]
                    var byte: UInt8
                    if b < 0x80 {
                        i += 1
                        if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                            pendingSpace = true
                            continue
                        }
                        byte = b >= 0x41 && b <= 0x5A ? b + 32 : b
                    } else if b == 0xC3, i + 1 < src.count, src[i + 1] >= 0x80, src[i + 1] <= 0xBF,
                              let f = latinFold[Int(src[i + 1] - 0x80)] {
                        // U+00C0...U+00FF are C3 80...C3 BF in UTF-8.
                        i += 2
                        byte = f
                    } else {
                        latin = false
                        return 0
                    }
                    if n == 0 || pendingSpace {
                        if n != 0 {
                            if words == 1 { firstWordEnd = n }
                            out[n] = 0x20
                            n += 1
                        }
                        words += 1
                        pendingSpace = false
                    }
                    out[n] = byte
                    n += 1
                }
                if words > 1, isArticle(UnsafeBufferPointer(rebasing: out[0..<firstWordEnd])) {
                    let drop = firstWordEnd + 1
                    for k in drop..<n { out[k - drop] = out[k] }
                    n -= drop
                }
                return n
            }
            return latin ? folded : nil
        }
    }

    /// Whether lower-case ASCII `word` is one of `articles`.
    @inline(__always)
    private static func isArticle(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        switch word.count {
        case 2: return word[0] == 0x65 && word[1] == 0x6C /* el */ || word[0] == 0x6C && word[1] == 0x61 /* la */
        case 3: return word[0] == 0x6C && word[1] == 0x6F && word[2] == 0x73 /* los */
            || word[0] == 0x6C && word[1] == 0x61 && word[2] == 0x73 /* las */
            || word[0] == 0x74 && word[1] == 0x68 && word[2] == 0x65 /* the */
        default: return false
        }
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
        slug(normalized: normalize(name))
    }

    /// `slug(name)` for a caller that has `normalize(name)` already.
    /// - Parameter folded: `normalize(name)`.
    /// - Complexity: O(n) in the length of `folded`, reading at most its first 48 letters.
    public static func slug(normalized folded: String) -> String {
        var folded = folded
        return folded.withUTF8 { src -> String in
            // Each underscore stands for at least one byte of `src`; the last letter may come
            // after an underscore at 47 bytes, so 49 at most.
            let slug = String(unsafeUninitializedCapacity: max(1, min(src.count, 49))) { out -> Int in
                var n = 0
                var pendingUnderscore = false
                // Bytes, not scalars: a non-ASCII scalar's bytes are all ≥ 0x80, so each of
                // them, like the scalar, only asks for an underscore.
                for v in src {
                    // ASCII letters and digits (the ASCII part of `CharacterSet.alphanumerics`).
                    if (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) {
                        if pendingUnderscore, n != 0 { out[n] = 0x5F; n += 1 }
                        pendingUnderscore = false
                        out[n] = v
                        n += 1
                    } else {
                        pendingUnderscore = true
                    }
                    if n >= 48 { break }
                }
                return n
            }
            return slug.isEmpty ? "actor" : slug
        }
    }
}
