/// Splits a run of scalars into word and punctuation tokens.
enum Tokenizer {
    @inline(__always)
    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            let v = c.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        if c.value < 0x100 { return Scalars.latin1[Int(c.value)].flags & Scalars.Latin1.word != 0 }
        let p = c.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
    }

    @inline(__always)
    static func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "’" }

    /// Appends the tokens of `scalars[from..<to]` to `tokens`.
    /// - Complexity: O(to - from).
    static func tokenize(_ scalars: [Unicode.Scalar], from: Int, to: Int, abbreviations: Set<String>,
                         into tokens: inout [Token]) {
        var scratch: [UInt8] = []
        tokenize(scalars, from: from, to: to, abbreviations: abbreviations, into: &tokens, scratch: &scratch)
    }

    /// Appends the tokens of `scalars[from..<to]` to `tokens`, using `scratch` for building
    /// lower-case forms.
    /// - Complexity: O(to - from).
    static func tokenize(_ scalars: [Unicode.Scalar], from: Int, to: Int, abbreviations: Set<String>,
                         into tokens: inout [Token], scratch: inout [UInt8], lexicon: Lexicon = .empty,
                         classify: Bool = false) {
        let first = tokens.count
        tokenizeLine(scalars, from: from, to: to, abbreviations: abbreviations, into: &tokens, scratch: &scratch,
                     lexicon: lexicon, classify: classify)
        // Marks and possessives were made without bytes at hand; classify them now.
        if classify {
            for k in first..<tokens.count where tokens[k].word == Token.unclassified { lexicon.classify(&tokens[k]) }
        }
    }

    private static func tokenizeLine(_ scalars: [Unicode.Scalar], from: Int, to: Int, abbreviations: Set<String>,
                                     into tokens: inout [Token], scratch: inout [UInt8], lexicon: Lexicon,
                                     classify: Bool) {
        var i = from
        while i < to {
            let c = scalars[i]
            if Scalars.isWhitespace(c) { i += 1; continue }
            if c == "@" || c == "#", i + 1 < to, isWordScalar(scalars[i + 1]) {
                // Handles and hashtags stay whole.
                var j = i + 1
                while j < to, isWordScalar(scalars[j]) || scalars[j] == "_" { j += 1 }
                tokens.append(make(scalars, i, j, periods: false, scratch: &scratch, lexicon: lexicon, classify: classify))
                i = j
                continue
            }
            guard isWordScalar(c) else {
                var j = i + 1
                // Runs of the same mark ("...", "--") are one token.
                while j < to, scalars[j] == c, c == "." || c == "-" { j += 1 }
                tokens.append(Token(start: i, end: j, lower: Self.mark(c), shape: []))
                i = j
                continue
            }
            var j = i + 1
            var periods = false
            while j < to {
                let d = scalars[j]
                if isWordScalar(d) { j += 1; continue }
                if (d == "-" || d == "/" || d == "–") && j + 1 < to && isWordScalar(scalars[j + 1]) && d != "/" {
                    j += 1; continue
                }
                if d == "." && j + 1 < to && Scalars.isAlphabetic(scalars[j + 1])
                    && segmentLength(scalars, before: j, from: i) <= 3 {
                    // "EE.UU", "S.A", "a.m": short letter groups joined by periods.
                    periods = true
                    j += 1; continue
                }
                if (d == "." || d == ",") && j + 1 < to && ("0"..."9").contains(scalars[j + 1])
                    && ("0"..."9").contains(scalars[j - 1]) {
                    j += 1; continue // 31,560 and 2.8
                }
                if isApostrophe(d), j + 1 < to, isWordScalar(scalars[j + 1]) {
                    var k = j + 1
                    while k < to, isWordScalar(scalars[k]) { k += 1 }
                    // possessive: "'s" becomes its own token
                    if k == j + 2, scalars[j + 1] == "s" || scalars[j + 1] == "S" { break }
                    j = k; continue
                }
                break
            }
            // A final period belongs to the word when the word has internal periods or is a
            // listed abbreviation.
            if j < to, scalars[j] == "." {
                if periods || isAbbreviation(scalars, i, j, abbreviations) {
                    j += 1
                    periods = true
                }
            }
            tokens.append(make(scalars, i, j, periods: periods, scratch: &scratch, lexicon: lexicon, classify: classify))
            i = j
            if i < to, isApostrophe(scalars[i]), i + 2 <= to, scalars[i + 1] == "s" || scalars[i + 1] == "S",
               i + 2 == to || !isWordScalar(scalars[i + 2]) {
                tokens.append(Token(start: i, end: i + 2, lower: "'s", shape: []))
                i += 2
            }
        }
    }

    /// Whether `scalars[i..<j]` followed by a period is a listed abbreviation (lower-case).
    @inline(__always)
    static func isAbbreviation(_ scalars: [Unicode.Scalar], _ i: Int, _ j: Int, _ abbreviations: Set<String>) -> Bool {
        for k in i..<j where scalars[k].value >= 0x80 {
            return abbreviations.contains(String(String.UnicodeScalarView(scalars[i..<j])).lowercased() + ".")
        }
        let word = String(unsafeUninitializedCapacity: j - i + 1) { out in
            for k in i..<j {
                let v = scalars[k].value
                out[k - i] = v >= 0x41 && v <= 0x5A ? UInt8(v + 32) : UInt8(v)
            }
            out[j - i] = 0x2E
            return j - i + 1
        }
        return abbreviations.contains(word)
    }

    static func segmentLength(_ s: [Unicode.Scalar], before j: Int, from i: Int) -> Int {
        var k = j - 1
        var n = 0
        while k >= i, s[k] != "." { n += 1; k -= 1 }
        return n
    }

    /// The string of a punctuation mark, without allocating for common ones.
    @inline(__always)
    static func mark(_ c: Unicode.Scalar) -> String {
        String(c)
    }

    static func make(_ scalars: [Unicode.Scalar], _ i: Int, _ j: Int, periods: Bool,
                     scratch: inout [UInt8], lexicon: Lexicon = .empty, classify: Bool = false) -> Token {
        // Lower-casing a scalar gives at most three scalars of at most four bytes.
        let room = 12 * (j - i)
        if scratch.count < room { scratch = [UInt8](repeating: 0, count: max(room, 2 * scratch.count)) }
        var shape: Token.Shape = [.word]
        var letters = 0, upper = 0
        let token: Token = scratch.withUnsafeMutableBufferPointer { out in
            var n = 0
            for k in i..<j {
                let c = scalars[k]
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
                if v < 0x100, Scalars.latin1[Int(v)].flags & Scalars.Latin1.unusualLower == 0 {
                    // Latin-1 letters and signs, from the table.
                    let info = Scalars.latin1[Int(v)]
                    if info.flags & Scalars.Latin1.alphabetic != 0 {
                        letters += 1
                        if info.flags & Scalars.Latin1.uppercase != 0 { upper += 1 }
                    }
                    let lowered = info.flags & Scalars.Latin1.lowers != 0 ? UInt32(info.lower) : v
                    // U+0080...U+00FF take two bytes.
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
            if Scalars.isUppercase(scalars[i]) { shape.insert(.capitalized) }
            if letters >= 2 && upper == letters { shape.insert(.acronym) }
            if periods { shape.insert(.abbreviation) }
            var token = Token(start: i, end: j, lower: String(decoding: bytes, as: UTF8.self), shape: shape)
            if classify { lexicon.classify(&token, utf8: bytes) }
            return token
        }
        return token
    }
}
