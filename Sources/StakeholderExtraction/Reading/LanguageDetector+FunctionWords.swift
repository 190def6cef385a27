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
