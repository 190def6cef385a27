/// Multi-word entries looked up by their first token: the longest entry that matches at a
/// position wins (entries are kept longest first).
///
/// A pattern token ending in `*` matches any token that starts with the part before it.
struct PhraseTable<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        var pattern: [String]
        var value: Value
    }

    private var exact: [String: [Entry]] = [:]
    /// Entries whose first token is a prefix pattern, indexed by its first two scalars.
    private var prefixed: [String: [Entry]] = [:]
    private(set) var count = 0

    mutating func insert(_ pattern: [String], _ value: Value) {
        guard let first = pattern.first else { return }
        let entry = Entry(pattern: pattern, value: value)
        if first.hasSuffix("*") {
            let key = String(first.unicodeScalars.prefix(2))
            prefixed[key, default: []].append(entry)
            prefixed[key]!.sort { $0.pattern.count > $1.pattern.count }
        } else {
            exact[first, default: []].append(entry)
            exact[first]!.sort { $0.pattern.count > $1.pattern.count }
        }
        count += 1
    }

    /// All patterns, for checks over the data.
    var allPatterns: [[String]] {
        (exact.values.flatMap { $0 } + prefixed.values.flatMap { $0 }).map(\.pattern)
    }

    @inline(__always)
    static func matches(_ pattern: String, _ word: String) -> Bool {
        if pattern.hasSuffix("*") { return word.hasPrefix(pattern.dropLast()) }
        return pattern == word
    }

    /// The longest entry matching `tokens` at `i` (not crossing `end`), and its length.
    /// - Complexity: O(k·m) for k candidate entries of length at most m.
    func longestMatch(_ tokens: [Token], at i: Int, end: Int) -> (value: Value, length: Int)? {
        let first = tokens[i].lower
        var best: (Value, Int)?
        func consider(_ candidates: [Entry]) {
            for entry in candidates {
                let n = entry.pattern.count
                if let b = best, b.1 >= n { return }
                guard i + n <= end else { continue }
                var ok = true
                for k in 0..<n where !Self.matches(entry.pattern[k], tokens[i + k].lower) {
                    ok = false
                    break
                }
                if ok { best = (entry.value, n); return }
            }
        }
        if let list = exact[first] { consider(list) }
        if !prefixed.isEmpty, let list = prefixed[String(first.unicodeScalars.prefix(2))] { consider(list) }
        return best.map { ($0.0, $0.1) }
    }
}
