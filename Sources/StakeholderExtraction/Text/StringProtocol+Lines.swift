extension StringProtocol {
    /// The first `limit` non-empty lines, exactly as `split(separator: "\n")` gives them,
    /// without cutting up the rest of the text (reading an article's head need not walk the
    /// whole article).
    ///
    /// The bytes are scanned rather than the characters: a line feed is a character of its own
    /// except right after a carriage return, where the two make one character ("\r\n") that
    /// `split(separator: "\n")` does not cut at either.
    /// - Parameter limit: the most lines returned.
    /// - Returns: the lines, without their line breaks.
    /// - Complexity: O(k) in the length of the lines returned.
    func leadingLines(_ limit: Int) -> [SubSequence] {
        var lines: [SubSequence] = []
        let bytes = utf8
        var start = startIndex
        var i = bytes.startIndex
        var previous: UInt8 = 0
        while lines.count < limit, i < bytes.endIndex {
            let b = bytes[i]
            let next = bytes.index(after: i)
            if b == 0x0A, previous != 0x0D {
                if start < i { lines.append(self[start..<i]) }
                start = next
            }
            previous = b
            i = next
        }
        if lines.count < limit, start < endIndex { lines.append(self[start..<endIndex]) }
        return lines
    }
}
