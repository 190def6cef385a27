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
    ///
    /// A word is a run of letters (Unicode `Alphabetic`), lower-cased scalar by scalar.
    /// - Complexity: O(n) over the first 20,000 scalars of `text`.
    public static func detect(_ text: String) -> String {
        let (es, en) = UTF8Scan.withBytes(of: text) { count(in: $0) }
        if es == 0 && en == 0 { return "en" }
        return es >= en ? "es" : "en"
    }

    /// The Spanish and English function words among the words of the first 20,000 scalars of
    /// the UTF-8 text `bytes`.
    ///
    /// Each word's lower-case UTF-8 bytes are packed into a `UInt64` (no function word takes
    /// more than 8 bytes; a longer word is none) and looked up in `FunctionWords`. Words of
    /// ASCII letters, most of them, are taken eight bytes at a time (`ASCIIWord`); words with
    /// other letters, and the last bytes, scalar by scalar (`WordScanner`).
    static func count(in bytes: UnsafeBufferPointer<UInt8>) -> (es: Int, en: Int) {
        var scanner = WordScanner(bytes: bytes, end: scalarPrefixEnd(bytes, scalars: 20_000))
        guard let base = bytes.baseAddress else { return (0, 0) }
        let end = scanner.end
        var i = 0
        while i < end {
            // Two loads of eight bytes from `i` on stay inside the prefix.
            guard i + 16 <= end else {
                i = scanner.scalarByScalar(from: i)
                continue
            }
            let head = ASCIIWord.load(base + i)
            let start = ASCIIWord.letters(head) | ASCIIWord.high(head)
            if start == 0 {
                i += 8  // eight ASCII separators
                continue
            }
            i += start.trailingZeroBitCount >> 3
            if bytes[i] < 0x80 {
                let word = ASCIIWord.load(base + i)
                let run = (~ASCIIWord.letters(word) & ASCIIWord.highBits).trailingZeroBitCount >> 3
                if run < 8 {
                    if bytes[i + run] < 0x80 {
                        // `run` ASCII letters, then an ASCII separator.
                        scanner.tally((word | 0x2020_2020_2020_2020) & (1 << (8 * UInt64(run)) - 1))
                        i += run
                        continue
                    }
                } else if bytes[i + 8] < 0x80 && bytes[i + 8] | 0x20 &- 0x61 >= 26 {
                    scanner.tally(word | 0x2020_2020_2020_2020)  // eight ASCII letters
                    i += 8
                    continue
                } else {
                    // More than eight bytes: no function word.
                    i = scanner.consumeSeparator(at: scanner.skipLetters(from: i + 8))
                    continue
                }
            }
            i = scanner.scalarByScalar(from: i)
        }
        return (scanner.es, scanner.en)
    }

    /// The byte offset where the first `scalars` scalars of the UTF-8 text `bytes` end.
    static func scalarPrefixEnd(_ bytes: UnsafeBufferPointer<UInt8>, scalars: Int) -> Int {
        // No more scalars than bytes.
        guard bytes.count > scalars else { return bytes.count }
        var seen = 0
        for i in 0..<bytes.count where bytes[i] & 0xC0 != 0x80 {
            if seen == scalars { return i }
            seen += 1
        }
        return bytes.count
    }
}
