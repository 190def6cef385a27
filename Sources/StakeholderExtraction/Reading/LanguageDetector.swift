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
    /// more than 8 bytes; a longer word is none) and looked up in `FunctionWords`.
    static func count(in bytes: UnsafeBufferPointer<UInt8>) -> (es: Int, en: Int) {
        let table = FunctionWords.shared
        let letters = LetterTable.shared
        let end = scalarPrefixEnd(bytes, scalars: 20_000)
        var es = 0, en = 0
        var key: UInt64 = 0
        var shift: UInt64 = 0  // 8 per byte in the word; above 64 the word is too long to count
        @inline(__always) func flush() {
            if shift != 0 {
                if shift <= 64 {
                    let kind = table.kind(of: key)
                    es &+= Int(kind & 1)
                    en &+= Int(kind >> 1)
                }
                key = 0
                shift = 0
            }
        }
        @inline(__always) func append(_ byte: UInt8) {
            if shift < 64 { key |= UInt64(byte) << shift }
            shift &+= 8
        }
        var i = 0
        while i < end {
            let b = bytes[i]
            if b < 0x80 {
                // The ASCII letters are A-Z and a-z; lower-casing sets bit 5.
                let lower = b | 0x20
                if lower &- 0x61 < 26 { append(lower) } else { flush() }
                i &+= 1
            } else {
                let (value, width) = UTF8Scan.decode(bytes, at: i)
                if letters.isAlphabetic(value) {
                    letters.forEachLowercaseByte(of: value) { append($0) }
                } else {
                    flush()
                }
                i &+= width
            }
        }
        flush()
        return (es, en)
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

/// The function words of `LanguageDetector` in an open-addressed table keyed by their UTF-8
/// bytes packed into a `UInt64` (first byte lowest).
struct FunctionWords: Sendable {
    private let keys: [UInt64]
    /// Bit 0: Spanish, bit 1: English.
    private let kinds: [UInt8]
    private static let bits: UInt64 = 7
    static let shared = FunctionWords()

    private init() {
        let size = 1 << Int(Self.bits)
        var keys = [UInt64](repeating: 0, count: size)
        var kinds = [UInt8](repeating: 0, count: size)
        func add(_ word: String, _ kind: UInt8) {
            let key = Self.key(word)
            var slot = Self.slot(key)
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (size - 1) }
            keys[slot] = key
            kinds[slot] |= kind
        }
        for word in LanguageDetector.spanish { add(word, 1) }
        for word in LanguageDetector.english { add(word, 2) }
        self.keys = keys
        self.kinds = kinds
    }

    static func key(_ word: String) -> UInt64 {
        var key: UInt64 = 0
        for (k, byte) in word.utf8.enumerated() { key |= UInt64(byte) << (8 * UInt64(k)) }
        return key
    }

    @inline(__always)
    private static func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> (64 - bits))
    }

    /// Bit 0 set when `key` is a Spanish function word, bit 1 when an English one.
    @inline(__always)
    func kind(of key: UInt64) -> UInt8 {
        var slot = Self.slot(key)
        while true {
            let k = keys[slot]
            if k == key { return kinds[slot] }
            if k == 0 { return 0 }
            slot = (slot + 1) & (keys.count - 1)
        }
    }
}
