/// Prefix, suffix and length tests on words that give what `String`'s character-based
/// `hasPrefix`, `hasSuffix` and `count` give, at the cost of a byte loop.
///
/// When neither string holds a scalar from U+0300 up (no UTF-8 byte 0xCC or above), every
/// scalar is a character of its own and no two spellings are canonically equivalent, so bytes
/// and scalars decide exactly; other strings take the `String` methods. Running text in Spanish
/// and English is almost always in the first case.
enum Words {
    /// `word.hasPrefix(prefix)`.
    static func hasPrefix(_ word: String, _ prefix: String) -> Bool {
        var word = word, prefix = prefix
        let fast: Bool? = word.withUTF8 { w in
            prefix.withUTF8 { p in
                guard isSimple(p), isSimple(w) else { return nil }
                guard w.count >= p.count else { return false }
                for k in 0..<p.count where w[k] != p[k] { return false }
                return true
            }
        }
        return fast ?? word.hasPrefix(prefix)
    }

    /// `word.hasSuffix(suffix)`.
    static func hasSuffix(_ word: String, _ suffix: String) -> Bool {
        var word = word, suffix = suffix
        let fast: Bool? = word.withUTF8 { w in
            suffix.withUTF8 { s in
                guard isSimple(s), isSimple(w) else { return nil }
                guard w.count >= s.count else { return false }
                let offset = w.count - s.count
                for k in 0..<s.count where w[offset + k] != s[k] { return false }
                return true
            }
        }
        return fast ?? word.hasSuffix(suffix)
    }

    /// Whether `word` ends with one of `suffixes`.
    static func hasSuffix(_ word: String, anyOf suffixes: [String]) -> Bool {
        suffixes.contains { hasSuffix(word, $0) }
    }

    /// `word.count`, the number of characters.
    static func characterCount(_ word: String) -> Int {
        var word = word
        let fast: Int? = word.withUTF8 { w in
            guard isSimple(w) else { return nil }
            // One character per scalar; "\r\n" is the one pair that makes a single character.
            var n = 0
            for (k, b) in w.enumerated() where b & 0xC0 != 0x80 {
                if b == 0x0A, k > 0, w[k - 1] == 0x0D { continue }
                n += 1
            }
            return n
        }
        return fast ?? word.count
    }

    /// The first eight bytes (fewer for a shorter word), first byte lowest.
    @inline(__always)
    static func head8(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var v: UInt64 = 0
        for k in 0..<min(8, bytes.count) { v |= UInt64(bytes[k]) << (8 * UInt64(k)) }
        return v
    }

    /// A prefix pattern ready for matching tokens: its first eight bytes and their mask, so
    /// tokens are told apart without looking at their text.
    struct Prefix: Sendable {
        let text: String
        let head8: UInt64
        let mask8: UInt64
        /// The text is simple and at most eight bytes long: `head8` decides alone.
        let decidedByHead: Bool
        let simple: Bool

        init(_ text: String) {
            self.text = text
            var t = text
            let (head, count, simple) = t.withUTF8 { (Words.head8($0), $0.count, Words.isSimple($0)) }
            self.head8 = head
            self.mask8 = count >= 8 ? UInt64.max : (UInt64(1) << (8 * UInt64(count))) &- 1
            self.simple = simple
            self.decidedByHead = simple && count <= 8
        }

        /// `lower.hasPrefix(text)` for a token whose `lower` has the given `head8` and `simple`.
        @inline(__always)
        func matches(head8 tokenHead: UInt64, simple tokenSimple: Bool, lower: String) -> Bool {
            if simple && tokenSimple {
                if tokenHead & mask8 != head8 { return false }
                if decidedByHead { return true }
            }
            return Words.hasPrefix(lower, text)
        }
    }

    @inline(__always)
    static func isSimple(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for b in bytes where b >= 0xCC { return false }
        return true
    }
}

/// A small fixed set of lower-case ASCII words, tested against tokens: the first eight bytes
/// of a token (`Token.head8`) rule most tokens out before any string is hashed.
struct TokenWords: Sendable {
    private let words: Set<String>
    /// The `head8` of every word, sorted.
    private let heads: [UInt64]

    init(_ words: [String]) {
        precondition(words.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }, "TokenWords holds ASCII words")
        self.words = Set(words)
        self.heads = words.map { w in
            var w = w
            return w.withUTF8 { Words.head8($0) }
        }.sorted()
    }

    /// Whether the token's `lower` is one of the words (the token must be classified).
    /// An ASCII word has no other spelling, so a token equal to one has the same first bytes.
    @inline(__always)
    func contains(_ token: Token) -> Bool {
        let head = token.head8
        for h in heads where h == head { return words.contains(token.lower) }
        return false
    }
}
