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
