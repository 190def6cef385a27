/// Multi-word entries looked up by their first token: the longest entry that matches at a
/// position wins (entries are kept longest first; among equals, in order of insertion).
///
/// A pattern token ending in `*` matches any token that starts with the part before it.
/// Whole words are held as ids of the lexicon's vocabulary, so matching compares integers;
/// tokens carry the same ids once `Lexicon.classify` ran. Entries live in flat arrays (no
/// per-lookup copies or hashing), in buckets by the id of their first word, or for entries that
/// start with a prefix, by the prefix's first two scalars.
struct PhraseTable<Value: Sendable>: Sendable {
    /// One word of a pattern while it is added: its vocabulary id, or the text a token must
    /// start with.
    private struct Word {
        var id: Int32
        var text: String
        var prefix: Bool
    }

    /// Entries kept in flat arrays, grouped in buckets, longest first within a bucket (among
    /// equals, in order of insertion): the entries of bucket `b` are
    /// `bucketStart[b]..<bucketStart[b + 1]`, and the words of entry `e` are
    /// `words[entryStart[e]..<entryStart[e] + entryLength[e]]` of the table.
    private struct Buckets: Sendable {
        var bucketStart: [Int32] = [0]
        var entryStart: [Int32] = []
        var entryLength: [Int32] = []
        var values: [Value] = []

        /// Makes sure buckets `0..<count` exist.
        mutating func reserveBuckets(_ count: Int) {
            if bucketStart.count < count + 1 {
                bucketStart += Array(repeating: bucketStart.last!, count: count + 1 - bucketStart.count)
            }
        }

        /// Opens an empty bucket at position `b`, moving the later ones up.
        mutating func insertBucket(at b: Int) {
            bucketStart.insert(bucketStart[b], at: b)
        }

        /// - Returns: the index of the new entry.
        @discardableResult
        mutating func insert(into b: Int, wordsStart: Int, length: Int, value: Value) -> Int {
            let lo = Int(bucketStart[b]), hi = Int(bucketStart[b + 1])
            let at = (lo..<hi).first { Int(entryLength[$0]) < length } ?? hi
            entryStart.insert(Int32(wordsStart), at: at)
            entryLength.insert(Int32(length), at: at)
            values.insert(value, at: at)
            for k in (b + 1)..<bucketStart.count { bucketStart[k] += 1 }
            return at
        }
    }

    /// Entries whose first word is a whole word, by its vocabulary id.
    private var exact = Buckets()
    /// Entries whose first word is a prefix, by the first two scalars of the prefix
    /// (bucket `k` for `prefixKeys[k]`, sorted).
    private var prefixed = Buckets()
    private var prefixKeys: [UInt64] = []
    /// `prefixKeys` by hash (open addressing, linear probing, `0` for an empty cell): the
    /// bucket of a key in constant time. `prefixCells` has a power-of-two count.
    private var prefixCells: [UInt64] = []
    /// The bucket of `prefixKeys` of each cell of `prefixCells`.
    private var prefixCellSlots: [Int32] = []
    /// A bit for each prefix key's `filterBit` (a filter: a clear bit rules a token out).
    private var prefixFilter = [UInt64](repeating: 0, count: PhraseTable.filterWords)
    private static var filterWords: Int { 1024 }
    /// The entries of each bucket of `prefixed` grouped by their first prefix, so that a
    /// prefix is tested once per lookup: bucket `b` has groups `groupStart[b]..<groupStart[b + 1]`;
    /// group `g` has the first word `groupWord[g]` and the entries (in bucket order)
    /// `groupEntries[groupEntryStart[g]..<groupEntryStart[g + 1]]`.
    private var groupStart: [Int32] = [0]
    private var groupWord: [Int32] = []
    private var groupEntryStart: [Int32] = [0]
    private var groupEntries: [Int32] = []
    /// The words of all entries: vocabulary ids, or `-2 - k` for the prefix `prefixTexts[k]`.
    private var words: [Int32] = []
    private var prefixTexts: [Words.Prefix] = []
    /// The words as written (with `*`), parallel to `words`.
    private var texts: [String] = []
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
                ? Word(id: Token.unlisted, text: String(w.dropLast()), prefix: true)
                : Word(id: Lexicon.intern(w, &vocabulary, &classes), text: w, prefix: false)
        }
        count += 1
        let wordsStart = words.count
        for word in entryWords {
            if word.prefix {
                words.append(-2 - Int32(prefixTexts.count))
                prefixTexts.append(Words.Prefix(word.text))
            } else {
                words.append(word.id)
            }
            texts.append(word.prefix ? word.text + "*" : word.text)
        }
        if entryWords[0].prefix {
            let key = Self.prefixKey(entryWords[0].text)
            let slot = Self.lowerBound(key, in: prefixKeys)
            if slot == prefixKeys.count || prefixKeys[slot] != key {
                prefixKeys.insert(key, at: slot)
                prefixed.reserveBuckets(prefixKeys.count - 1)
                prefixed.insertBucket(at: slot)
                groupStart.insert(groupStart[slot], at: slot)
                rehashPrefixKeys()
            }
            let at = prefixed.insert(into: slot, wordsStart: wordsStart, length: entryWords.count, value: value)
            group(entryAt: at, bucket: slot, firstWord: words[wordsStart])
        } else {
            let first = Int(entryWords[0].id)
            exact.reserveBuckets(first + 1)
            exact.insert(into: first, wordsStart: wordsStart, length: entryWords.count, value: value)
        }
    }

    /// All patterns, for checks over the data.
    var allPatterns: [[String]] {
        [exact, prefixed].flatMap { buckets in
            buckets.entryStart.indices.map { e in
                let start = Int(buckets.entryStart[e])
                return Array(texts[start..<(start + Int(buckets.entryLength[e]))])
            }
        }
    }

    /// Whether some one-word entry matches `word` (lower-case), whose vocabulary id is `id`.
    func matchesAlone(_ word: String, id: Int32) -> Bool {
        if id >= 0, Int(id) + 1 < exact.bucketStart.count,
           (Int(exact.bucketStart[Int(id)])..<Int(exact.bucketStart[Int(id) + 1])).contains(where: { exact.entryLength[$0] == 1 }) {
            return true
        }
        guard let slot = prefixSlot(Self.prefixKey(word)) else { return false }
        return (Int(prefixed.bucketStart[slot])..<Int(prefixed.bucketStart[slot + 1])).contains { e in
            prefixed.entryLength[e] == 1 && Words.hasPrefix(word, prefixTexts[Int(-2 - words[Int(prefixed.entryStart[e])])].text)
        }
    }

    /// The longest entry matching `tokens` at `i` (not crossing `end`), and its length.
    /// The tokens must have gone through `Lexicon.classify` with the lexicon of this table.
    /// - Complexity: O(k·m) for k candidate entries of length at most m.
    func longestMatch(_ tokens: [Token], at i: Int, end: Int) -> (value: Value, length: Int)? {
        let first = tokens[i].word
        assert(first != Token.unclassified, "tokens must be classified before matching phrases")
        var best: (value: Value, length: Int)?
        if first >= 0, Int(first) + 1 < exact.bucketStart.count {
            // The first word matched by its bucket.
            var e = Int(exact.bucketStart[Int(first)])
            let last = Int(exact.bucketStart[Int(first) + 1])
            while e < last {
                let n = Int(exact.entryLength[e])
                if i + n <= end, matches(Int(exact.entryStart[e]), from: 1, n, tokens, i) {
                    best = (exact.values[e], n)
                    break
                }
                e += 1
            }
        }
        if let slot = prefixSlot(tokens[i].prefixKey) {
            // The first entry of the bucket (longest first) that matches and is longer than
            // the whole-word match: each first prefix is tested once, then its entries.
            let shorter = best?.length ?? 0
            var firstEntry = Int.max
            for g in Int(groupStart[slot])..<Int(groupStart[slot + 1]) {
                guard firstMatches(groupWord[g], tokens, i) else { continue }
                for x in Int(groupEntryStart[g])..<Int(groupEntryStart[g + 1]) {
                    let e = Int(groupEntries[x])
                    let n = Int(prefixed.entryLength[e])
                    if e >= firstEntry || n <= shorter { break }
                    if i + n <= end, matches(Int(prefixed.entryStart[e]), from: 1, n, tokens, i) {
                        firstEntry = e
                        break
                    }
                }
            }
            if firstEntry != Int.max { best = (prefixed.values[firstEntry], Int(prefixed.entryLength[firstEntry])) }
        }
        return best
    }

    /// The bucket of `prefixed` for `key`, if there is one.
    /// - Complexity: O(1) expected (a hash probe).
    @inline(__always)
    private func prefixSlot(_ key: UInt64) -> Int? {
        let count = prefixCells.count
        guard count > 0 else { return nil }
        if key == 0 {
            // The empty word's key marks empty cells: searched the slow way.
            let slot = Self.lowerBound(key, in: prefixKeys)
            return slot < prefixKeys.count && prefixKeys[slot] == key ? slot : nil
        }
        return prefixCells.withUnsafeBufferPointer { cells in
            var c = Self.cell(key, count)
            while true {
                let k = cells[c]
                if k == key { return Int(prefixCellSlots[c]) }
                if k == 0 { return nil }
                c = (c + 1) & (count - 1)
            }
        }
    }

    /// The first cell probed for `key` in a table of `count` cells (a power of two).
    @inline(__always)
    private static func cell(_ key: UInt64, _ count: Int) -> Int {
        let h = (key ^ key >> 29) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: h >> 32) & (count - 1)
    }

    /// Builds `prefixCells` again from `prefixKeys` (at load, when a prefix key is added), at
    /// most half full.
    /// - Complexity: O(k) for k prefix keys.
    private mutating func rehashPrefixKeys() {
        var count = 16
        while count < 2 * prefixKeys.count { count *= 2 }
        var cells = [UInt64](repeating: 0, count: count)
        var slots = [Int32](repeating: 0, count: count)
        for (slot, key) in prefixKeys.enumerated() where key != 0 {
            var c = Self.cell(key, count)
            while cells[c] != 0 { c = (c + 1) & (count - 1) }
            cells[c] = key
            slots[c] = Int32(slot)
        }
        prefixCells = cells
        prefixCellSlots = slots
        for key in prefixKeys {
            let bit = Self.filterBit(key)
            prefixFilter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    /// The bit of `prefixFilter` for a prefix key.
    @inline(__always)
    private static func filterBit(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: ((key ^ key >> 31) &* 0xBF58_476D_1CE4_E5B9) >> 48) & (64 * filterWords - 1)
    }

    /// Whether some entry may start at token `i`: `false` tells that `longestMatch` finds
    /// nothing there, without the call (most words start no entry).
    /// - Complexity: O(1), a few loads.
    @inline(__always)
    func mayStart(_ tokens: [Token], at i: Int) -> Bool {
        let first = tokens[i].word
        if first >= 0, Int(first) + 1 < exact.bucketStart.count,
           exact.bucketStart[Int(first)] != exact.bucketStart[Int(first) + 1] {
            return true
        }
        let bit = Self.filterBit(tokens[i].prefixKey)
        return prefixFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
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

    /// Whether the prefix word `w` (`-2 - k` for `prefixTexts[k]`) matches token `i`.
    @inline(__always)
    private func firstMatches(_ w: Int32, _ tokens: [Token], _ i: Int) -> Bool {
        let prefix = prefixTexts[Int(-2 - w)]
        if prefix.decidedByHead && tokens[i].simple {
            // Decided by the first bytes alone: the token's text is not read.
            return tokens[i].head8 & prefix.mask8 == prefix.head8
        }
        return prefix.matches(head8: tokens[i].head8, simple: tokens[i].simple, lower: tokens[i].lower)
    }

    /// Puts the entry just inserted at index `at` of `prefixed` (bucket `b`, first word `w`)
    /// into the group of its first prefix (a new group at the end of the bucket's if none).
    /// - Complexity: O(e + g) for e entries and g groups (data is loaded once).
    private mutating func group(entryAt at: Int, bucket b: Int, firstWord w: Int32) {
        // Later entries moved up by one.
        for x in groupEntries.indices where groupEntries[x] >= Int32(at) { groupEntries[x] += 1 }
        let lo = Int(groupStart[b]), hi = Int(groupStart[b + 1])
        var g = (lo..<hi).first { groupWord[$0] == w } ?? hi
        if g == hi {
            groupWord.insert(w, at: g)
            groupEntryStart.insert(groupEntryStart[g], at: g)
            for k in (b + 1)..<groupStart.count { groupStart[k] += 1 }
        }
        // In bucket order within the group.
        let first = Int(groupEntryStart[g]), last = Int(groupEntryStart[g + 1])
        let p = (first..<last).first { groupEntries[$0] > Int32(at) } ?? last
        groupEntries.insert(Int32(at), at: p)
        g += 1
        while g < groupEntryStart.count {
            groupEntryStart[g] += 1
            g += 1
        }
    }

    /// Whether words `k0..<n` of the entry whose words start at `w0` match the tokens from `i`.
    @inline(__always)
    private func matches(_ w0: Int, from k0: Int, _ n: Int, _ tokens: [Token], _ i: Int) -> Bool {
        var k = k0
        while k < n {
            let w = words[w0 + k]
            if w >= 0 {
                if w != tokens[i + k].word { return false }
            } else if !firstMatches(w, tokens, i + k) {
                return false
            }
            k += 1
        }
        return true
    }
}
