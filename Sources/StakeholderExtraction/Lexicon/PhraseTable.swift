/// Multi-word entries looked up by their first token: the longest entry that matches at a
/// position wins (entries are kept longest first; among equals, in order of insertion).
///
/// A pattern token ending in `*` matches any token that starts with the part before it.
/// Whole words are held as ids of the lexicon's vocabulary, so matching compares integers;
/// tokens carry the same ids once `Lexicon.classify` ran. Entries whose first word is a whole
/// word live in flat arrays (no per-lookup copies or hashing); the rare entries that start with
/// a prefix are kept apart, by their first two scalars.
struct PhraseTable<Value: Sendable>: Sendable {
    /// One word of a pattern: its vocabulary id, or for a prefix pattern the text it starts with.
    struct Word: Sendable {
        /// The vocabulary id of a whole word; `Token.unlisted` for a prefix.
        var id: Int32
        var text: String
        var prefix: Bool
        /// For a prefix, the prepared pattern.
        var pattern: Words.Prefix?

        @inline(__always)
        func matches(_ token: Token) -> Bool {
            if let pattern { return pattern.matches(token) }
            return id == token.word
        }
    }

    struct Entry: Sendable {
        var words: [Word]
        var value: Value
        /// The pattern as written (with `*`).
        var pattern: [String] { words.map { $0.prefix ? $0.text + "*" : $0.text } }
    }

    // For first-word id `w`, the entries `bucketStart[w]..<bucketStart[w + 1]` of `entryStart`,
    // `entryLength` and `values`; the words of entry `e` are
    // `words[entryStart[e]..<entryStart[e] + entryLength[e]]` (ids; a prefix word is `-2 - k`
    // for `prefixTexts[k]`). Ids past the end of `bucketStart` have no entries.
    private var bucketStart: [Int32] = [0]
    private var entryStart: [Int32] = []
    private var entryLength: [Int32] = []
    private var values: [Value] = []
    private var words: [Int32] = []
    private var prefixTexts: [Words.Prefix] = []
    private var texts: [String] = []
    /// Entries whose first token is a prefix pattern, grouped by its first two scalars
    /// (`prefixKeys` sorted, `prefixed[k]` the entries of `prefixKeys[k]`, longest first).
    private var prefixKeys: [UInt64] = []
    private var prefixed: [[Entry]] = []
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

    /// `prefixKey` of the word whose (valid) UTF-8 bytes are `bytes`.
    @inline(__always)
    static func prefixKey(utf8 bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var key: UInt64 = 0
        var n = 0
        var k = 0
        while k < bytes.count, n < 2 {
            let b = bytes[k]
            var v = UInt32(b)
            var width = 1
            if b >= 0xF0 { v = UInt32(b & 0x07); width = 4 } else if b >= 0xE0 { v = UInt32(b & 0x0F); width = 3 } else if b >= 0xC0 { v = UInt32(b & 0x1F); width = 2 }
            var c = 1
            while c < width, k + c < bytes.count {
                v = v << 6 | UInt32(bytes[k + c] & 0x3F)
                c += 1
            }
            key = key << 32 | UInt64(v)
            n += 1
            k += width
        }
        return key | UInt64(n) << 62
    }

    /// Adds a pattern, interning its whole words into the lexicon's vocabulary.
    /// - Parameters:
    ///   - pattern: lower-case words; a final `*` makes a word a prefix.
    ///   - value: what a match gives.
    ///   - vocabulary: the lexicon's word ids, extended with new words.
    ///   - classes: the class bits by id, extended in step with `vocabulary`.
    /// - Complexity: O(v + e) for v vocabulary ids and e entries (data is loaded once).
    mutating func insert(_ pattern: [String], _ value: Value,
                         vocabulary: inout WordTable, classes: inout [UInt32]) {
        guard !pattern.isEmpty else { return }
        let entryWords = pattern.map { w in
            w.hasSuffix("*")
                ? Word(id: Token.unlisted, text: String(w.dropLast()), prefix: true,
                       pattern: Words.Prefix(String(w.dropLast())))
                : Word(id: Lexicon.intern(w, &vocabulary, &classes), text: w, prefix: false, pattern: nil)
        }
        count += 1
        if entryWords[0].prefix {
            let entry = Entry(words: entryWords, value: value)
            let key = Self.prefixKey(entryWords[0].text)
            let slot = Self.lowerBound(key, in: prefixKeys)
            if slot == prefixKeys.count || prefixKeys[slot] != key {
                prefixKeys.insert(key, at: slot)
                prefixed.insert([], at: slot)
            }
            let at = prefixed[slot].firstIndex { $0.words.count < entryWords.count } ?? prefixed[slot].endIndex
            prefixed[slot].insert(entry, at: at)
            return
        }
        let first = Int(entryWords[0].id)
        if bucketStart.count < first + 2 {
            bucketStart += Array(repeating: bucketStart.last!, count: first + 2 - bucketStart.count)
        }
        let lo = Int(bucketStart[first]), hi = Int(bucketStart[first + 1])
        let at = (lo..<hi).first { Int(entryLength[$0]) < entryWords.count } ?? hi
        entryStart.insert(Int32(words.count), at: at)
        entryLength.insert(Int32(entryWords.count), at: at)
        values.insert(value, at: at)
        for word in entryWords {
            if word.prefix {
                words.append(-2 - Int32(prefixTexts.count))
                prefixTexts.append(Words.Prefix(word.text))
            } else {
                words.append(word.id)
            }
            texts.append(word.prefix ? word.text + "*" : word.text)
        }
        for b in (first + 1)..<bucketStart.count { bucketStart[b] += 1 }
    }

    /// All patterns, for checks over the data.
    var allPatterns: [[String]] {
        let whole = entryStart.indices.map { e in
            Array(texts[Int(entryStart[e])..<Int(entryStart[e] + entryLength[e])])
        }
        return whole + prefixed.flatMap { $0 }.map(\.pattern)
    }

    /// Whether some one-word entry matches `word` (lower-case), whose vocabulary id is `id`.
    func matchesAlone(_ word: String, id: Int32) -> Bool {
        if id >= 0, Int(id) + 1 < bucketStart.count,
           (Int(bucketStart[Int(id)])..<Int(bucketStart[Int(id) + 1])).contains(where: { entryLength[$0] == 1 }) {
            return true
        }
        if let list = prefixedEntries(Self.prefixKey(word)) {
            return list.contains { $0.words.count == 1 && Words.hasPrefix(word, $0.words[0].text) }
        }
        return false
    }

    /// The longest entry matching `tokens` at `i` (not crossing `end`), and its length.
    /// The tokens must have gone through `Lexicon.classify` with the lexicon of this table.
    /// - Complexity: O(k·m) for k candidate entries of length at most m.
    func longestMatch(_ tokens: [Token], at i: Int, end: Int) -> (value: Value, length: Int)? {
        let first = tokens[i].word
        assert(first != Token.unclassified, "tokens must be classified before matching phrases")
        var best: (value: Value, length: Int)?
        if first >= 0, Int(first) + 1 < bucketStart.count {
            var e = Int(bucketStart[Int(first)])
            let last = Int(bucketStart[Int(first) + 1])
            while e < last {
                let n = Int(entryLength[e])
                if i + n <= end, matchesRest(e, n, tokens, i) {
                    best = (values[e], n)
                    break
                }
                e += 1
            }
        }
        if let list = prefixedEntries(tokens[i].prefixKey) {
            for entry in list {
                let n = entry.words.count
                if let b = best, b.length >= n { break }
                guard i + n <= end else { continue }
                if (0..<n).allSatisfy({ entry.words[$0].matches(tokens[i + $0]) }) {
                    best = (entry.value, n)
                    break
                }
            }
        }
        return best
    }

    /// The entries whose first (prefix) word starts with the two scalars packed in `key`.
    @inline(__always)
    private func prefixedEntries(_ key: UInt64) -> [Entry]? {
        guard !prefixKeys.isEmpty else { return nil }
        let slot = Self.lowerBound(key, in: prefixKeys)
        return slot < prefixKeys.count && prefixKeys[slot] == key ? prefixed[slot] : nil
    }

    /// The first index of `keys` (sorted) whose value is not below `key`.
    @inline(__always)
    static func lowerBound(_ key: UInt64, in keys: [UInt64]) -> Int {
        var lo = 0, hi = keys.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if keys[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Whether words 1..<n of entry `e` match the tokens after `i` (word 0 matched by bucket).
    @inline(__always)
    private func matchesRest(_ e: Int, _ n: Int, _ tokens: [Token], _ i: Int) -> Bool {
        let w0 = Int(entryStart[e])
        var k = 1
        while k < n {
            let w = words[w0 + k]
            if w >= 0 {
                if w != tokens[i + k].word { return false }
            } else if !prefixTexts[Int(-2 - w)].matches(tokens[i + k]) {
                return false
            }
            k += 1
        }
        return true
    }
}
