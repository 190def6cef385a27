import StakeholderCore

/// A word of the part of a name before its first connector, kept as bytes in
/// `Coreference.leadingBytes`: no `String` is made for it, and it is compared with a token's
/// word by its first eight bytes and length (as `Token.head8` holds them).
struct LeadingWord: Sendable {
    /// The first eight bytes, first byte lowest (`Words.head8`).
    var head8: UInt64
    /// Where its bytes are in `Coreference.leadingBytes`, and how many; -1 ends a name.
    var start: Int32
    var count: Int32
    /// No scalar from U+0300 up (`Words.isSimple`): equal to a simple word only byte for byte.
    var simple: Bool

    /// The mark after each name's words.
    static let end = LeadingWord(head8: 0, start: 0, count: -1, simple: true)
}

extension Coreference {
    /// Makes the leading words of actor `a`'s names given since they were last made.
    /// - Complexity: O(n) in the length of those names.
    mutating func makeLeadingWords(of a: Int) {
        let count = actors[a].aliases.count + 1
        let made = actors[a].cache.leadingMade
        guard made < count else { return }
        // Moved out and back, so the lists are not copied when they grow.
        var leading: [LeadingWord] = []
        var bytes: [UInt8] = []
        swap(&leading, &actors[a].cache.leadingWords)
        swap(&bytes, &leadingBytes)
        defer {
            swap(&leading, &actors[a].cache.leadingWords)
            swap(&bytes, &leadingBytes)
            actors[a].cache.leadingMade = count
        }
        if bytes.isEmpty { bytes.reserveCapacity(1024) }
        leading.reserveCapacity(leading.count + 4 * (count - made))
        // The lowered names are written in one scratch buffer, and the words read from it with
        // no closure (a closure reading the lexicon from `self` would copy it).
        var scratch = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 64)
        defer { scratch.deallocate() }
        for n in made..<count {
            let name = n == 0 ? actors[a].name : actors[a].aliases[n - 1]
            if name.utf8.count > scratch.count {
                scratch.deallocate()
                scratch = .allocate(capacity: name.utf8.count)
            }
            var length = Self.latinLowercased(name, into: scratch)
            if length == nil {
                let lowered = Array(name.lowercased().utf8)
                if lowered.count > scratch.count {
                    scratch.deallocate()
                    scratch = .allocate(capacity: lowered.count)
                }
                length = scratch.initialize(from: lowered).1
            }
            Self.appendLeadingWords(of: UnsafeBufferPointer(rebasing: scratch[..<length!]), lexicon: lexicon,
                                    to: &leading, bytes: &bytes)
            leading.append(.end)
        }
    }

    /// Appends the words of the lower-case name `lower` between spaces, up to the first
    /// connector (looked up by their bytes, as `Lexicon.has` looks up a word's), to `leading`,
    /// their bytes to `bytes`.
    static func appendLeadingWords(of lower: UnsafeBufferPointer<UInt8>, lexicon: Lexicon,
                                   to leading: inout [LeadingWord], bytes: inout [UInt8]) {
        let connector = WordClass.connector.bit
        var i = 0
        while i < lower.count {
            while i < lower.count, lower[i] == 0x20 { i += 1 }
            guard i < lower.count else { return }
            let start = i
            while i < lower.count, lower[i] != 0x20 { i += 1 }
            let word = UnsafeBufferPointer(rebasing: lower[start..<i])
            if let id = lexicon.vocabulary.id(ofBytes: word), lexicon.classesByWord[Int(id)] & connector != 0 { return }
            leading.append(LeadingWord(head8: Words.head8(word), start: Int32(bytes.count),
                                       count: Int32(word.count), simple: Words.isSimple(word)))
            bytes.append(contentsOf: word)
        }
    }

    /// The text of leading word `w`.
    func text(of w: LeadingWord) -> String {
        leadingBytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[Int(w.start)..<Int(w.start + w.count)]), as: UTF8.self)
        }
    }

    /// Whether leading word `w` is the word of token `k` (`==` on their texts).
    func equals(_ w: LeadingWord, token k: Int) -> Bool {
        if w.simple && text.tokens[k].simple {
            // Both without a scalar from U+0300 up: equal texts are equal bytes.
            guard w.head8 == text.tokens[k].head8, Int(w.count) == text.tokens[k].lower.utf8.count else { return false }
            if w.count <= 8 { return true }
            var lower = text.tokens[k].lower
            return lower.withUTF8 { t in
                leadingBytes.withUnsafeBufferPointer { b in
                    var i = 8
                    while i < t.count {
                        if t[i] != b[Int(w.start) + i] { return false }
                        i += 1
                    }
                    return true
                }
            }
        }
        return text(of: w) == text.tokens[k].lower
    }

    /// A known named organization whose name is this one with words added or left out
    /// ("Qollpa" / "Glencore Qollpa"; "Coporaque" / "Coporaque Defense Front").
    mutating func organizationMatch(_ m: Mention) -> Int? {
        // Only the part before a connector names the body ("Congreso de la República" is not
        // "República"): the name's word tokens up to one.
        var content: [Int] = []
        for k in m.nameStart..<m.nameEnd where text.tokens[k].isWord {
            if text.tokens[k].has(.connector) { break }
            content.append(k)
        }
        guard !content.isEmpty else { return nil }
        var hit: Int?
        for a in actors.indices where actors[a].proper && actors[a].kind == .organization {
            // An actor of another sector gives no hit whatever its words.
            if actors[a].sector != .unknown, m.sector != .unknown, actors[a].sector != m.sector { continue }
            makeLeadingWords(of: a)
            let all = actors[a].cache.leadingWords
            var next = 0
            while next < all.count {
                // One name's words, up to the mark that ends them.
                var end = next
                while all[end].count >= 0 { end += 1 }
                let known = all[next..<end]
                next = end + 1
                guard !known.isEmpty, !known.elementsEqual(content, by: { equals($0, token: $1) }) else { continue }
                // The short name must be the distinctive part: not only head nouns.
                if known.count < content.count {
                    guard known.count <= 2, known.allSatisfy({ w in content.contains { equals(w, token: $0) } }),
                          !known.contains(where: { isHeadWord(text(of: $0)) })
                    else { continue }
                } else {
                    guard content.count <= 2, content.allSatisfy({ k in known.contains { equals($0, token: k) } }),
                          !content.contains(where: { isHeadWord(text.tokens[$0].lower) })
                    else { continue }
                }
                if hit != nil && hit != a { return nil }
                hit = a
            }
        }
        return hit
    }
}
