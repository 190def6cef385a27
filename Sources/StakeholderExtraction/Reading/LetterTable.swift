import Foundation

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

/// UTF-8 decoding for valid text (the bytes of a Swift `String`).
enum UTF8Scan {
    /// The scalar starting at `bytes[i]` (not ASCII) and the number of bytes it takes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0xE0 {
            return ((b0 & 0x1F) << 6 | UInt32(bytes[i + 1]) & 0x3F, 2)
        }
        if b0 < 0xF0 {
            return ((b0 & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6 | UInt32(bytes[i + 2]) & 0x3F, 3)
        }
        return ((b0 & 0x07) << 18 | (UInt32(bytes[i + 1]) & 0x3F) << 12
                    | (UInt32(bytes[i + 2]) & 0x3F) << 6 | UInt32(bytes[i + 3]) & 0x3F, 4)
    }

    /// The scalar that ends just before `bytes[end]` and the index of its first byte.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> (value: UInt32, start: Int) {
        var start = end - 1
        if bytes[start] < 0x80 { return (UInt32(bytes[start]), start) }
        while bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return (decode(bytes, at: start).value, start)
    }

    /// The scalar starting at `bytes[i]` (any) and the number of bytes it takes.
    @inline(__always)
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
        let b = bytes[i]
        return b < 0x80 ? (UInt32(b), 1) : decode(bytes, at: i)
    }

    /// Calls `body` with the range of each of the first `limit` non-empty lines of the UTF-8
    /// text `bytes[start...]`, cut as `leadingLines` cuts them (at a line feed not preceded by
    /// a carriage return), until `body` returns `false`.
    @inline(__always)
    static func forEachLeadingLine(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int,
                                   _ body: (Range<Int>) -> Bool) {
        var lines = 0
        var lineStart = start
        var i = start
        let n = bytes.count
        while lines < limit, i < n {
            // The next line feed, found by the C library.
            guard let found = memchr(bytes.baseAddress! + i, 0x0A, n - i) else { break }
            let lf = bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
            // A line feed right after a carriage return does not cut (CR LF is one character).
            if lf == start || bytes[lf - 1] != 0x0D {
                if lineStart < lf {
                    lines += 1
                    if !body(lineStart..<lf) { return }
                }
                lineStart = lf + 1
            }
            i = lf + 1
        }
        if lines < limit, lineStart < n { _ = body(lineStart..<n) }
    }

    /// Calls `body` with the UTF-8 bytes of `text`, without copying them when the string is
    /// stored contiguously (native strings are).
    @inline(__always)
    static func withBytes<R>(of text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = String(text)
        return copy.withUTF8(body)
    }
}
