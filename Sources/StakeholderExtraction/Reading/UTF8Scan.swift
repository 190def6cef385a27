import Foundation

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
