/// Tells Spanish from English by counting frequent function words.
public enum LanguageDetector {
    static let spanish: Set<String> = [
        "de", "la", "el", "que", "en", "los", "las", "del", "se", "por", "con", "para", "una",
        "su", "al", "es", "lo", "como", "más", "pero", "sus", "fue", "ha", "según", "este", "y",
    ]
    static let english: Set<String> = [
        "the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "was", "as", "by",
        "it", "at", "from", "his", "her", "their", "has", "have", "which", "are", "be", "said",
    ]

    /// `es` or `en`, whichever has more function words in `text` (`es` on a tie with some
    /// Spanish, `en` for a text with neither).
    /// - Complexity: O(n) over the first 20,000 scalars of `text`.
    public static func detect(_ text: String) -> String {
        var es = 0, en = 0
        var word = ""
        var seen = 0
        func flush() {
            if !word.isEmpty {
                if spanish.contains(word) { es += 1 }
                if english.contains(word) { en += 1 }
                word.removeAll(keepingCapacity: true)
            }
        }
        for scalar in text.unicodeScalars {
            seen += 1
            if seen > 20_000 { break }
            let v = scalar.value
            if v < 0x80 {
                // ASCII fast path: the letters are A-Z and a-z, and lower-casing adds 32.
                if v >= 0x61 && v <= 0x7A {
                    word.unicodeScalars.append(scalar)
                } else if v >= 0x41 && v <= 0x5A {
                    word.unicodeScalars.append(Unicode.Scalar(UInt8(v + 32)))
                } else {
                    flush()
                }
            } else if scalar.properties.isAlphabetic {
                word.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else {
                flush()
            }
        }
        flush()
        if es == 0 && en == 0 { return "en" }
        return es >= en ? "es" : "en"
    }
}
