/// Multi-word entries looked up by their first token: the longest entry that matches at a
/// position wins (entries are kept longest first).
///
/// A pattern token ending in `*` matches any token that starts with the part before it.
struct PhraseTable<Value: Sendable>: Sendable {
    /// One word of a pattern: the text, and whether it only has to start the token.
    struct Word: Sendable {
        var text: String
        var prefix: Bool

        @inline(__always)
        func matches(_ word: String) -> Bool { prefix ? word.hasPrefix(text) : text == word }
    }

    struct Entry: Sendable {
        var words: [Word]
        var value: Value
        /// The pattern as written (with `*`).
        var pattern: [String] { words.map { $0.prefix ? $0.text + "*" : $0.text } }
    }

    private var exact: [String: [Entry]] = [:]
    /// Entries whose first token is a prefix pattern, indexed by its first two scalars.
    private var prefixed: [UInt64: [Entry]] = [:]
    private(set) var count = 0

    /// The first two scalars of a word packed into an integer (the key of `prefixed`).
    @inline(__always)
    static func prefixKey(_ word: String) -> UInt64 {
        var key: UInt64 = 0
        var n = 0
        for scalar in word.unicodeScalars {
            key = key << 32 | UInt64(scalar.value)
            n += 1
            if n == 2 { break }
        }
        return key | UInt64(n) << 62
    }

    mutating func insert(_ pattern: [String], _ value: Value) {
        guard let first = pattern.first else { return }
        let words = pattern.map { w in
            w.hasSuffix("*") ? Word(text: String(w.dropLast()), prefix: true) : Word(text: w, prefix: false)
        }
        let entry = Entry(words: words, value: value)
        // Longest first; among equals, in order of insertion.
        func place(_ list: inout [Entry]) {
            let at = list.firstIndex { $0.words.count < entry.words.count } ?? list.endIndex
            list.insert(entry, at: at)
        }
        if words[0].prefix {
            place(&prefixed[Self.prefixKey(String(first.dropLast())), default: []])
        } else {
            place(&exact[first, default: []])
        }
        count += 1
    }

    /// All patterns, for checks over the data.
    var allPatterns: [[String]] {
        (exact.values.flatMap { $0 } + prefixed.values.flatMap { $0 }).map(\.pattern)
    }

    /// Whether some one-word entry matches `word` (lower-case).
    func matchesAlone(_ word: String) -> Bool {
        if let list = exact[word], list.contains(where: { $0.words.count == 1 }) { return true }
        if let list = prefixed[Self.prefixKey(word)] {
            return list.contains { $0.words.count == 1 && $0.words[0].matches(word) }
        }
        return false
    }

    /// The longest entry matching `tokens` at `i` (not crossing `end`), and its length.
    /// - Complexity: O(k·m) for k candidate entries of length at most m.
    func longestMatch(_ tokens: [Token], at i: Int, end: Int) -> (value: Value, length: Int)? {
        let first = tokens[i].lower
        var best: (Value, Int)?
        func consider(_ candidates: [Entry]) {
            for entry in candidates {
                let n = entry.words.count
                if let b = best, b.1 >= n { return }
                guard i + n <= end else { continue }
                var ok = true
                for k in 0..<n where !entry.words[k].matches(tokens[i + k].lower) {
                    ok = false
                    break
                }
                if ok { best = (entry.value, n); return }
            }
        }
        if let list = exact[first] { consider(list) }
        if !prefixed.isEmpty, let list = prefixed[Self.prefixKey(first)] { consider(list) }
        return best.map { ($0.0, $0.1) }
    }
}
