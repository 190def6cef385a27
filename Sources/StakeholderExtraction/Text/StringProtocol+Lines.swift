extension StringProtocol {
    /// The first `limit` non-empty lines, exactly as `split(separator: "\n")` gives them,
    /// without cutting up the rest of the text (reading an article's head need not walk the
    /// whole article).
    /// - Parameter limit: the most lines returned.
    /// - Returns: the lines, without their line breaks.
    /// - Complexity: O(k) in the length of the lines returned.
    func leadingLines(_ limit: Int) -> [SubSequence] {
        var lines: [SubSequence] = []
        var start = startIndex
        while lines.count < limit, start < endIndex {
            let end = self[start...].firstIndex(of: "\n") ?? endIndex
            if start < end { lines.append(self[start..<end]) }
            start = end < endIndex ? index(after: end) : endIndex
        }
        return lines
    }
}
