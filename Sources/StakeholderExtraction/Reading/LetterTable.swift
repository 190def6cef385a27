/// Whether a scalar is a letter (Unicode `Alphabetic`) and its lower-case mapping, as UTF-8
/// bytes, for the reader's byte scanners: a table for the scalars of two bytes in UTF-8 (Latin,
/// Greek, Cyrillic...) and for general punctuation (quotes, dashes), built once from the same
/// Unicode properties the scalar APIs give; those properties for the rest.
struct LetterTable: Sendable {
    /// One entry per scalar below `limit`, then one per scalar of `punctuation`: bit 63 set
    /// for a letter; bits 32-39 the number of bytes of the lower-case mapping of a letter (0:
    /// longer than 4 bytes, ask the properties); bits 0-31 those bytes, the first lowest.
    private let entries: [UInt64]
    static let limit: UInt32 = 0x800
    static let punctuation: Range<UInt32> = 0x2000..<0x2070
    static let shared = LetterTable()

    private init() {
        entries = (Array(0..<Self.limit) + Array(Self.punctuation)).map { Self.entry(Unicode.Scalar($0)!) }
    }

    /// The entry of `value`, or `nil` when the table does not hold it.
    @inline(__always)
    private func entry(_ value: UInt32) -> UInt64? {
        if value < Self.limit { return entries[Int(value)] }
        let offset = value &- Self.punctuation.lowerBound
        if offset < UInt32(Self.punctuation.count) { return entries[Int(Self.limit + offset)] }
        return nil
    }

    private static func entry(_ scalar: Unicode.Scalar) -> UInt64 {
        guard scalar.properties.isAlphabetic else { return 0 }
        var entry: UInt64 = 1 << 63
        let lower = Array(scalar.properties.lowercaseMapping.utf8)
        if lower.count <= 4 {
            entry |= UInt64(lower.count) << 32
            for (k, byte) in lower.enumerated() { entry |= UInt64(byte) << (8 * k) }
        }
        return entry
    }

    /// Whether `value` (a valid scalar) is a letter.
    @inline(__always)
    func isAlphabetic(_ value: UInt32) -> Bool {
        if let entry = entry(value) { return entry >> 63 != 0 }
        return Unicode.Scalar(value)!.properties.isAlphabetic
    }

    /// Calls `body` with each byte of the lower-case mapping of the letter `value`, in order.
    @inline(__always)
    func forEachLowercaseByte(of value: UInt32, _ body: (UInt8) -> Void) {
        if let entry = entry(value) {
            let count = Int((entry >> 32) & 0xFF)
            if count > 0 {
                var bytes = UInt32(truncatingIfNeeded: entry)
                for _ in 0..<count {
                    body(UInt8(truncatingIfNeeded: bytes))
                    bytes >>= 8
                }
                return
            }
        }
        for byte in Unicode.Scalar(value)!.properties.lowercaseMapping.utf8 { body(byte) }
    }
}
