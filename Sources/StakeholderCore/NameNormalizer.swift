import Foundation

/// Puts names in the form in which they are compared (`gold/FORMAT.md`, "Matching"):
/// Unicode case folding, diacritics stripped, white space collapsed, a leading article dropped.
public enum NameNormalizer {
    static let articles: Set<String> = ["el", "la", "los", "las", "the"]

    /// The comparison form of `name`.
    /// - Complexity: O(n) in the length of `name`.
    public static func normalize(_ name: String) -> String {
        let folded: String
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII has no diacritics and folds case as A-Z to a-z: skip Foundation's folding.
            folded = String(decoding: name.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
        } else {
            folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        }
        var words = folded.split(whereSeparator: { $0.isWhitespace })
        if words.count > 1, articles.contains(String(words[0])) { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// An identifier made of the ASCII letters and digits of `name`, joined by underscores.
    public static func slug(_ name: String) -> String {
        let folded = normalize(name)
        var out = ""
        var pendingUnderscore = false
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                if pendingUnderscore, !out.isEmpty { out.append("_") }
                pendingUnderscore = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingUnderscore = true
            }
            if out.count >= 48 { break }
        }
        return out.isEmpty ? "actor" : out
    }
}
