/// `DateFinder.months` in an open-addressed table keyed by the lower-case bytes of a word.
struct MonthTable: Sendable {
    private let lowKeys: [UInt64]
    private let highKeys: [UInt64]
    private let months: [Int]
    private static let bits: UInt64 = 7
    static let shared = MonthTable()

    private init() {
        let size = 1 << Int(Self.bits)
        var lowKeys = [UInt64](repeating: 0, count: size)
        var highKeys = [UInt64](repeating: 0, count: size)
        var months = [Int](repeating: 0, count: size)
        for (name, month) in DateFinder.months {
            var word = DateWord()
            for byte in name.utf8 { word.appendKeyByte(byte) }
            var slot = Self.slot(word.lowKey, word.highKey)
            while lowKeys[slot] != 0 { slot = (slot + 1) & (size - 1) }
            lowKeys[slot] = word.lowKey
            highKeys[slot] = word.highKey
            months[slot] = month
        }
        self.lowKeys = lowKeys
        self.highKeys = highKeys
        self.months = months
    }

    @inline(__always)
    private static func slot(_ low: UInt64, _ high: UInt64) -> Int {
        Int(truncatingIfNeeded: ((low ^ (high &* 31)) &* 0x9E37_79B9_7F4A_7C15) >> (64 - bits))
    }

    /// The month `word` names, lower-cased, or `nil`.
    @inline(__always)
    func month(of word: DateWord) -> Int? {
        // The names are 3 to 10 letters long.
        guard word.keyLength >= 3 && word.keyLength <= 10 else { return nil }
        var slot = Self.slot(word.lowKey, word.highKey)
        while true {
            let low = lowKeys[slot]
            if low == 0 { return nil }
            if low == word.lowKey && highKeys[slot] == word.highKey { return months[slot] }
            slot = (slot + 1) & (lowKeys.count - 1)
        }
    }
}
