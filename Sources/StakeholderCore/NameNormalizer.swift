import Foundation

/// Puts names in the form in which they are compared (`gold/FORMAT.md`, "Matching"):
/// Unicode case folding, diacritics stripped, white space collapsed, a leading article dropped.
public enum NameNormalizer {
    static let articles: Set<String> = ["el", "la", "los", "las", "the"]

    /// The comparison form of `name`.
    /// - Complexity: O(n) in the length of `name`.
    public static func normalize(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
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
