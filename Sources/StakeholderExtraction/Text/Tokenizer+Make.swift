extension Tokenizer.Line {
    /// The word token `s[i..<j]`: lower-cased, shaped and, when `classify`, classified.
    ///
    /// Scalars below U+0100 are lower-cased from the Latin-1 table, and their bytes hashed for
    /// the vocabulary as they are written; any other scalar sends the word through the general
    /// path (Unicode properties, then a separate look-up).
    /// - Complexity: O(j - i).
    @inline(__always)
    func make(_ i: Int, _ j: Int, periods: Bool, scratch: inout Tokenizer.Scratch) -> Token {
        // Lower-casing a scalar gives at most three scalars of at most four bytes; eight more
        // bytes let the first eight be read as one word.
        if scratch.bytes.count < 12 * (j - i) + 8 {
            scratch.bytes = [UInt8](repeating: 0, count: max(256, 24 * (j - i) + 8))
        }
        return scratch.bytes.withUnsafeMutableBufferPointer { out in
            guard let word = Self.lowerLatin(s.baseAddress! + i, j - i, latin.baseAddress!, out.baseAddress!) else {
                return makeGeneral(i, j, periods: periods, out: out)
            }
            let n = word.count
            let hash = word.hash
            var shape: Token.Shape = [.word]
            if word.numeric { shape.insert(.numeric) }
            let letters = word.letters, upper = word.upper
            let bytes = UnsafeBufferPointer(rebasing: out[0..<n])
            // Every scalar is below U+0100 here.
            if latin[Int(s[i].value)].flags & Scalars.Latin1.uppercase != 0 { shape.insert(.capitalized) }
            if letters >= 2 && upper == letters { shape.insert(.acronym) }
            if periods { shape.insert(.abbreviation) }
            guard classify else {
                return Token(start: i, end: j, lower: String(decoding: bytes, as: UTF8.self), shape: shape)
            }
            // Bytes of scalars below U+0100 are simple (see `WordTable`), so a listed word is
            // spelled exactly as its vocabulary key: it shares that string.
            let id = vocabulary.id(ofSimpleBytes: bytes, hash: WordTable.finish(hash)) ?? Token.unlisted
            let lower = id >= 0 ? vocabulary.string(id) : String(decoding: bytes, as: UTF8.self)
            var token = Token(start: i, end: j, lower: lower, shape: shape)
            token.word = id
            token.classes = id >= 0 ? classesByWord[Int(id)] : 0
            // The first eight bytes in one load (the buffer has room past them), masked to the word.
            let word8 = UInt64(littleEndian: UnsafeRawPointer(out.baseAddress!).loadUnaligned(as: UInt64.self))
            token.head8 = n >= 8 ? word8 : word8 & ((1 &<< (8 &* UInt64(n))) &- 1)
            let b0 = word8 & 0xFF, b1 = (word8 >> 8) & 0xFF
            if b0 < 0x80 && (n == 1 || b1 < 0x80) {
                // One or two ASCII scalars first, packed as `PhraseTable.prefixKey` packs them.
                token.prefixKey = n == 1 ? b0 | 1 << 62 : (b0 << 32 | b1) | 2 << 62
            } else {
                token.prefixKey = PhraseTable<HeadEntry>.prefixKey(utf8: bytes)
            }
            token.simple = true
            return token
        }
    }

    /// A word lower-cased from the Latin-1 table.
    struct LatinWord {
        /// The number of bytes written.
        var count = 0
        /// The running `WordTable` hash of the bytes (before `finish`).
        var hash = WordTable.hashSeed
        var letters = 0
        var upper = 0
        var numeric = false
    }

    /// Writes the lower-case UTF-8 of the `length` scalars at `s` to `out`, when every one is
    /// below U+0100 and lower-cases to one such scalar; `nil` (with `out` partly written)
    /// otherwise.
    /// - Complexity: O(length).
    @inline(never)
    static func lowerLatin(_ s: UnsafePointer<Unicode.Scalar>, _ length: Int, _ latin: UnsafePointer<Scalars.Latin1>,
                           _ out: UnsafeMutablePointer<UInt8>) -> LatinWord? {
        var word = LatinWord()
        var n = 0
        var hash = word.hash
        var letters = 0, upper = 0
        var numeric = false
        for k in 0..<length {
            let v = s[k].value
            if v < 0x80 {
                let flags = latin[Int(v)].flags
                var b = UInt8(truncatingIfNeeded: v)
                if flags & Scalars.Latin1.alphabetic != 0 {
                    letters &+= 1
                    if flags & Scalars.Latin1.uppercase != 0 {
                        upper &+= 1
                        b |= 0x20
                    }
                } else if v &- 0x30 < 10 {
                    numeric = true
                }
                out[n] = b
                n &+= 1
                hash = WordTable.hashStep(hash, b)
                continue
            }
            guard v < 0x100 else { return nil }
            let info = latin[Int(v)]
            guard info.flags & Scalars.Latin1.unusualLower == 0 else { return nil }
            if info.flags & Scalars.Latin1.alphabetic != 0 {
                letters &+= 1
                if info.flags & Scalars.Latin1.uppercase != 0 { upper &+= 1 }
            }
            let lowered = info.flags & Scalars.Latin1.lowers != 0 ? UInt32(info.lower) : v
            // U+0080...U+00FF take two bytes.
            let b0 = 0xC0 | UInt8(truncatingIfNeeded: lowered >> 6)
            let b1 = 0x80 | UInt8(truncatingIfNeeded: lowered & 0x3F)
            out[n] = b0
            out[n &+ 1] = b1
            n &+= 2
            hash = WordTable.hashStep(WordTable.hashStep(hash, b0), b1)
        }
        word.count = n
        word.hash = hash
        word.letters = letters
        word.upper = upper
        word.numeric = numeric
        return word
    }

    /// `make` for a word holding a scalar from U+0100 up (or one that lower-cases beyond
    /// Latin-1): shapes from Unicode properties, then a look-up that composes the word when
    /// its bytes are not simple.
    @inline(never)
    func makeGeneral(_ i: Int, _ j: Int, periods: Bool, out: UnsafeMutableBufferPointer<UInt8>) -> Token {
        var shape: Token.Shape = [.word]
        var letters = 0, upper = 0
        var n = 0
        for k in i..<j {
            let c = s[k]
            let v = c.value
            if v < 0x80 {
                if v >= 0x41 && v <= 0x5A {
                    letters += 1
                    upper += 1
                    out[n] = UInt8(v + 32)
                } else {
                    if v >= 0x61 && v <= 0x7A { letters += 1 } else if v >= 0x30 && v <= 0x39 { shape.insert(.numeric) }
                    out[n] = UInt8(v)
                }
                n += 1
                continue
            }
            if v < 0x100, latin[Int(v)].flags & Scalars.Latin1.unusualLower == 0 {
                let info = latin[Int(v)]
                if info.flags & Scalars.Latin1.alphabetic != 0 {
                    letters += 1
                    if info.flags & Scalars.Latin1.uppercase != 0 { upper += 1 }
                }
                let lowered = info.flags & Scalars.Latin1.lowers != 0 ? UInt32(info.lower) : v
                out[n] = 0xC0 | UInt8(lowered >> 6)
                out[n + 1] = 0x80 | UInt8(lowered & 0x3F)
                n += 2
                continue
            }
            let properties = c.properties
            if properties.isAlphabetic {
                letters += 1
                if properties.isUppercase { upper += 1 }
            }
            if c == "’" {
                out[n] = 0x27
                n += 1
            } else if properties.changesWhenLowercased {
                for b in properties.lowercaseMapping.utf8 {
                    out[n] = b
                    n += 1
                }
            } else {
                UTF8.encode(c) { b in
                    out[n] = b
                    n += 1
                }
            }
        }
        let bytes = UnsafeBufferPointer(rebasing: out[0..<n])
        if Scalars.isUppercase(s[i]) { shape.insert(.capitalized) }
        if letters >= 2 && upper == letters { shape.insert(.acronym) }
        if periods { shape.insert(.abbreviation) }
        var token = Token(start: i, end: j, lower: String(decoding: bytes, as: UTF8.self), shape: shape)
        guard classify else { return token }
        let id = vocabulary.id(ofBytes: bytes) ?? Token.unlisted
        let simple = Words.isSimple(bytes)
        // A simple listed word is spelled as its key: share the vocabulary's string.
        if id >= 0 && simple { token.lower = vocabulary.string(id) }
        token.word = id
        token.classes = id >= 0 ? classesByWord[Int(id)] : 0
        token.prefixKey = PhraseTable<HeadEntry>.prefixKey(utf8: bytes)
        token.head8 = Words.head8(bytes)
        token.simple = simple
        return token
    }
}
