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

/// The function words of `LanguageDetector` in a perfect hash table keyed by their UTF-8
/// bytes packed into a `UInt64` (first byte lowest): the multiplier is chosen, once, so that
/// no two words share a slot, and a look-up is one multiplication and one comparison.
struct FunctionWords: Sendable {
    private let keys: [UInt64]
    /// Bit 0: Spanish, bit 1: English.
    private let kinds: [UInt8]
    private let multiplier: UInt64
    private static let bits: UInt64 = 9
    static let shared = FunctionWords()

    private init() {
        var words: [UInt64: UInt8] = [:]
        for word in LanguageDetector.spanish { words[Self.key(word), default: 0] |= 1 }
        for word in LanguageDetector.english { words[Self.key(word), default: 0] |= 2 }
        let size = 1 << Int(Self.bits)
        // Odd multipliers in a fixed sequence: the first without a collision.
        var multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        while Set(words.keys.map { Self.slot($0, multiplier) }).count < words.count {
            multiplier = multiplier &* 0xD1B5_4A32_D192_ED03 | 1
        }
        var keys = [UInt64](repeating: 0, count: size)
        var kinds = [UInt8](repeating: 0, count: size)
        for (key, kind) in words {
            keys[Self.slot(key, multiplier)] = key
            kinds[Self.slot(key, multiplier)] = kind
        }
        self.keys = keys
        self.kinds = kinds
        self.multiplier = multiplier
    }

    static func key(_ word: String) -> UInt64 {
        var key: UInt64 = 0
        for (k, byte) in word.utf8.enumerated() { key |= UInt64(byte) << (8 * UInt64(k)) }
        return key
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ multiplier: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* multiplier) >> (64 - bits))
    }

    /// Bit 0 set when `key` is a Spanish function word, bit 1 when an English one.
    @inline(__always)
    func kind(of key: UInt64) -> UInt8 {
        let slot = Self.slot(key, multiplier)
        return keys[slot] == key ? kinds[slot] : 0
    }
}

/// Eight bytes of text at a time, each byte's class in its high bit (SWAR).
enum ASCIIWord {
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `pointer`, the first in the lowest byte.
    @inline(__always)
    static func load(_ pointer: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self))
    }

    /// Whether a byte of `word` is an ASCII digit: without its high bit, adding 0x50 carries
    /// into the high bit from 0x30 up and adding 0x46 from 0x3A up; a byte with its high bit
    /// set is not one.
    @inline(__always)
    static func hasDigit(_ word: UInt64) -> Bool {
        let x = word & 0x7F7F_7F7F_7F7F_7F7F
        return (x &+ 0x5050_5050_5050_5050) & ~(x &+ 0x4646_4646_4646_4646) & ~word & highBits != 0
    }

    /// The high bit set in each byte of `word` that is not ASCII.
    @inline(__always)
    static func high(_ word: UInt64) -> UInt64 { word & highBits }

    /// The high bit set in each byte of `word` that is an ASCII letter: lower-cased (bit 5
    /// set) and without its high bit, it lies in `a`...`z` (0x61...0x7A). Adding 0x1F carries
    /// into the high bit from 0x61 up, adding 0x05 from 0x7B up; no byte carries into the next.
    @inline(__always)
    static func letters(_ word: UInt64) -> UInt64 {
        let x = (word | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F
        let atLeastA = x &+ 0x1F1F_1F1F_1F1F_1F1F
        let beyondZ = x &+ 0x0505_0505_0505_0505
        return atLeastA & ~beyondZ & ~word & highBits
    }
}

/// The scalar-by-scalar side of `LanguageDetector.count(in:)`: the counts so far, and the
/// reading of words that are not ASCII letters only.
struct WordScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Where the bytes read end (the first 20,000 scalars).
    let end: Int
    let table = FunctionWords.shared
    let letters = LetterTable.shared
    var es = 0
    var en = 0

    init(bytes: UnsafeBufferPointer<UInt8>, end: Int) {
        self.bytes = bytes
        self.end = end
    }

    /// Counts the word whose lower-case bytes are `key`.
    @inline(__always)
    mutating func tally(_ key: UInt64) {
        let kind = table.kind(of: key)
        es &+= Int(kind & 1)
        en &+= Int(kind >> 1)
    }

    /// Reads from `start` (a word's start or a separator) to the end of the first separator,
    /// counting the word before it; returns where it stopped.
    mutating func scalarByScalar(from start: Int) -> Int {
        var key: UInt64 = 0
        var shift: UInt64 = 0  // 8 per byte in the word
        var i = start
        while i < end {
            let b = bytes[i]
            if b < 0x80 {
                // The ASCII letters are A-Z and a-z; lower-casing sets bit 5.
                let lower = b | 0x20
                guard lower &- 0x61 < 26 else { break }
                key |= UInt64(lower) << shift
                shift &+= 8
                i += 1
            } else {
                let (value, width) = UTF8Scan.decode(bytes, at: i)
                guard letters.isAlphabetic(value) else { break }
                letters.forEachLowercaseByte(of: value) { byte in
                    if shift < 64 { key |= UInt64(byte) << shift }
                    shift &+= 8
                }
                i += width
            }
            if shift > 64 {
                // More than eight bytes: no function word.
                return consumeSeparator(at: skipLetters(from: i))
            }
        }
        if shift != 0 { tally(key) }
        return consumeSeparator(at: i)
    }

    /// Where the letters from `start` on end (a separator, or `end`).
    func skipLetters(from start: Int) -> Int {
        var i = start
        while i < end {
            if i + 8 <= end {
                let letterBytes = ASCIIWord.letters(ASCIIWord.load(bytes.baseAddress! + i))
                if letterBytes == ASCIIWord.highBits {
                    i += 8
                    continue
                }
                i += (~letterBytes & ASCIIWord.highBits).trailingZeroBitCount >> 3
            }
            let b = bytes[i]
            if b < 0x80 {
                guard b | 0x20 &- 0x61 < 26 else { return i }
                i += 1
            } else {
                let (value, width) = UTF8Scan.decode(bytes, at: i)
                guard letters.isAlphabetic(value) else { return i }
                i += width
            }
        }
        return end
    }

    /// Past the separator at `i` (`end` stays `end`).
    @inline(__always)
    func consumeSeparator(at i: Int) -> Int {
        guard i < end else { return end }
        return bytes[i] < 0x80 ? i + 1 : i + UTF8Scan.decode(bytes, at: i).length
    }
}
