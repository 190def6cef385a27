extension Boilerplate {
    /// Whether the line `bytes[range]` of valid UTF-8 (white space around it ignored) is
    /// furniture rather than text, read scalar by scalar without copying it.
    /// - Complexity: O(n) in the bytes of the line's first four words and its white space.
    static func isBoilerplate(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi {
            let (value, length) = UTF8Scan.scalar(bytes, at: lo)
            guard Scalars.isWhitespace(Unicode.Scalar(value)!) else { break }
            lo += length
        }
        while hi > lo {
            let (value, start) = UTF8Scan.decode(bytes, before: hi)
            guard Scalars.isWhitespace(Unicode.Scalar(value)!) else { break }
            hi = start
        }
        // Words separated by spaces and tabs; more than three words is text.
        var words: [Range<Int>] = []
        words.reserveCapacity(4)
        var k = lo
        while k < hi {
            while k < hi, bytes[k] == 0x20 || bytes[k] == 0x09 { k += 1 }
            guard k < hi else { break }
            let start = k
            while k < hi, bytes[k] != 0x20 && bytes[k] != 0x09 { k += 1 }
            words.append(start..<k)
            if words.count > 3 { return false }
        }
        if words.isEmpty { return true }
        // Lone numbers and counters ("5", "1.2K", "12:30").
        if words.count <= 2, words.allSatisfy({ w in
            var i = w.lowerBound
            while i < w.upperBound {
                let (value, length) = UTF8Scan.scalar(bytes, at: i)
                if Scalars.isAlphabetic(Unicode.Scalar(value)!) && value != 0x4B && value != 0x6B { return false }
                i += length
            }
            return true
        }) { return true }
        let last = Unicode.Scalar(UTF8Scan.decode(bytes, before: hi).value)!
        if ".!?:;\"”»)".unicodeScalars.contains(last) { return false }
        // Short labels in which every word is capitalised ("Main Menu", "SiteMap View").
        return words.allSatisfy { w in
            let first = Unicode.Scalar(UTF8Scan.scalar(bytes, at: w.lowerBound).value)!
            return Scalars.isUppercase(first) || !Scalars.isAlphabetic(first)
        }
    }
}
