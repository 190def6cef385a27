extension Tokenizer.Line {
    /// The word token `s[i..<j]`: lower-cased, shaped and, when `classify`, classified.
    ///
    /// Scalars below U+0100 are lower-cased from the Latin-1 table, and their bytes hashed for
    /// the vocabulary as they are written; any other scalar sends the word through the general
    /// path (Unicode properties, then a separate look-up).
    /// - Complexity: O(j - i).
    @inline(__always)
    func make(_ i: Int, _ j: Int, periods: Bool, scratch: inout Tokenizer.Scratch) -> Token {
        var shape: Token.Shape = [.word]
        var letters = 0, upper = 0
        var hash = WordTable.hashSeed
        // Whether every scalar is below U+0100 (so the bytes are simple and hashed).
        var latinOnly = true
        if scratch.bytes.count < 12 * (j - i) { scratch.bytes = [UInt8](repeating: 0, count: max(256, 24 * (j - i))) }
        let token: Token = scratch.bytes.withUnsafeMutableBufferPointer { out in
            var n = 0
            for k in i..<j {
                let c = s[k]
                let v = c.value
                if v < 0x80 {
                    let flags = latin[Int(v)].flags
                    var b = UInt8(truncatingIfNeeded: v)
                    if flags & Scalars.Latin1.alphabetic != 0 {
                        letters += 1
                        if flags & Scalars.Latin1.uppercase != 0 {
                            upper += 1
                            b |= 0x20
                        }
                    } else if Self.isDigit(c) {
                        shape.insert(.numeric)
                    }
                    out[n] = b
                    n += 1
                    hash = WordTable.hashStep(hash, b)
                    continue
                }
                if v < 0x100, latin[Int(v)].flags & Scalars.Latin1.unusualLower == 0 {
                    // Latin-1 letters and signs, from the table.
                    let info = latin[Int(v)]
                    if info.flags & Scalars.Latin1.alphabetic != 0 {
                        letters += 1
                        if info.flags & Scalars.Latin1.uppercase != 0 { upper += 1 }
                    }
                    let lowered = info.flags & Scalars.Latin1.lowers != 0 ? UInt32(info.lower) : v
                    // U+0080...U+00FF take two bytes.
                    let b0 = 0xC0 | UInt8(truncatingIfNeeded: lowered >> 6)
                    let b1 = 0x80 | UInt8(truncatingIfNeeded: lowered & 0x3F)
                    out[n] = b0
                    out[n + 1] = b1
                    n += 2
                    hash = WordTable.hashStep(WordTable.hashStep(hash, b0), b1)
                    continue
                }
                latinOnly = false
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
            let first = s[i]
            if first.value < 0x100 ? latin[Int(first.value)].flags & Scalars.Latin1.uppercase != 0
                                   : first.properties.isUppercase { shape.insert(.capitalized) }
            if letters >= 2 && upper == letters { shape.insert(.acronym) }
            if periods { shape.insert(.abbreviation) }
            guard classify else {
                return Token(start: i, end: j, lower: String(decoding: bytes, as: UTF8.self), shape: shape)
            }
            let simple = latinOnly || Words.isSimple(bytes)
            let id = (latinOnly ? vocabulary.id(ofSimpleBytes: bytes, hash: WordTable.finish(hash))
                                : vocabulary.id(ofBytes: bytes)) ?? Token.unlisted
            // A listed simple word is spelled exactly as its vocabulary key: share that string.
            let lower = id >= 0 && simple ? vocabulary.string(id) : String(decoding: bytes, as: UTF8.self)
            var token = Token(start: i, end: j, lower: lower, shape: shape)
            token.word = id
            token.classes = id >= 0 ? classesByWord[Int(id)] : 0
            token.prefixKey = PhraseTable<HeadEntry>.prefixKey(utf8: bytes)
            token.head8 = Words.head8(bytes)
            token.simple = simple
            return token
        }
        return token
    }
}
