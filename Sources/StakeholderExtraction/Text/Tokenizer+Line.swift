extension Tokenizer {
    /// A document being cut into tokens line by line: its scalars and the Latin-1 table as
    /// buffers, so the scan neither checks bounds nor reaches for globals per scalar, and the
    /// parts of the lexicon that classify tokens, taken out once.
    struct Line {
        let s: UnsafeBufferPointer<Unicode.Scalar>
        let latin: UnsafeBufferPointer<Scalars.Latin1>
        let abbreviations: Set<String>
        let vocabulary: WordTable
        let classesByWord: [UInt32]
        let classify: Bool

        init(s: UnsafeBufferPointer<Unicode.Scalar>, latin: UnsafeBufferPointer<Scalars.Latin1>,
             abbreviations: Set<String>, lexicon: Lexicon, classify: Bool) {
            self.s = s
            self.latin = latin
            self.abbreviations = abbreviations
            self.vocabulary = lexicon.vocabulary
            self.classesByWord = lexicon.classesByWord
            self.classify = classify
        }

        @inline(__always)
        func isWord(_ c: Unicode.Scalar) -> Bool {
            let v = c.value
            if v < 0x100 { return latin[Int(v)].flags & Scalars.Latin1.word != 0 }
            return Tokenizer.isWordBeyondLatin1(c)
        }

        @inline(__always)
        func isSpace(_ c: Unicode.Scalar) -> Bool {
            let v = c.value
            if v < 0x100 { return latin[Int(v)].flags & Scalars.Latin1.whitespace != 0 }
            return c.properties.isWhitespace
        }

        @inline(__always)
        func isAlphabetic(_ c: Unicode.Scalar) -> Bool {
            let v = c.value
            if v < 0x100 { return latin[Int(v)].flags & Scalars.Latin1.alphabetic != 0 }
            return c.properties.isAlphabetic
        }

        @inline(__always)
        static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value &- 0x30 < 10 }

        /// Appends the tokens of `s[from..<to]`.
        /// - Complexity: O(to - from).
        func run(from: Int, to: Int, into tokens: inout [Token], scratch: inout Scratch) {
            var i = from
            while i < to {
                let c = s[i]
                if isSpace(c) { i += 1; continue }
                if c == "@" || c == "#", i + 1 < to, isWord(s[i + 1]) {
                    // Handles and hashtags stay whole.
                    var j = i + 1
                    while j < to, isWord(s[j]) || s[j] == "_" { j += 1 }
                    tokens.append(make(i, j, periods: false, scratch: &scratch))
                    i = j
                    continue
                }
                guard isWord(c) else {
                    var j = i + 1
                    // Runs of the same mark ("...", "--") are one token.
                    if c == "." || c == "-" { while j < to, s[j] == c { j += 1 } }
                    tokens.append(mark(c, i, j, scratch: &scratch))
                    i = j
                    continue
                }
                var j = i + 1
                var periods = false
                while j < to {
                    let d = s[j]
                    if isWord(d) { j += 1; continue }
                    if (d == "-" || d == "–") && j + 1 < to && isWord(s[j + 1]) {
                        j += 1; continue
                    }
                    if d == "." && j + 1 < to && isAlphabetic(s[j + 1])
                        && Tokenizer.segmentLength(s, before: j, from: i) <= 3 {
                        // "EE.UU", "S.A", "a.m": short letter groups joined by periods.
                        periods = true
                        j += 1; continue
                    }
                    if (d == "." || d == ",") && j + 1 < to && Self.isDigit(s[j + 1]) && Self.isDigit(s[j - 1]) {
                        j += 1; continue // 31,560 and 2.8
                    }
                    if Tokenizer.isApostrophe(d), j + 1 < to, isWord(s[j + 1]) {
                        var k = j + 1
                        while k < to, isWord(s[k]) { k += 1 }
                        // possessive: "'s" becomes its own token
                        if k == j + 2, s[j + 1] == "s" || s[j + 1] == "S" { break }
                        j = k; continue
                    }
                    break
                }
                // A final period belongs to the word when the word has internal periods or is a
                // listed abbreviation.
                if j < to, s[j] == "." {
                    if periods || Tokenizer.isAbbreviation(s, i, j, abbreviations) {
                        j += 1
                        periods = true
                    }
                }
                tokens.append(make(i, j, periods: periods, scratch: &scratch))
                i = j
                if i < to, Tokenizer.isApostrophe(s[i]), i + 2 <= to, s[i + 1] == "s" || s[i + 1] == "S",
                   i + 2 == to || !isWord(s[i + 2]) {
                    tokens.append(mark("'s", i, i + 2))
                    i += 2
                }
            }
        }

        /// The token of mark `c` at `i..<j`, made once per document (for the first 32 marks
        /// beyond ASCII).
        @inline(__always)
        func mark(_ c: Unicode.Scalar, _ i: Int, _ j: Int, scratch: inout Scratch) -> Token {
            let v = Int(c.value)
            guard v < 0x80 else {
                if let k = scratch.otherMarkScalars.firstIndex(of: c.value) {
                    var token = scratch.otherMarks[k]
                    token.start = i
                    token.end = j
                    return token
                }
                let token = mark(String(c), i, j)
                if scratch.otherMarks.count < 32 {
                    scratch.otherMarkScalars.append(c.value)
                    scratch.otherMarks.append(token)
                }
                return token
            }
            if scratch.marks.isEmpty { scratch.marks = Array(repeating: nil, count: 0x80) }
            if var token = scratch.marks[v] {
                token.start = i
                token.end = j
                return token
            }
            let token = mark(String(c), i, j)
            scratch.marks[v] = token
            return token
        }

        /// The token `lower` at `i..<j` (a mark, or a possessive "'s"), classified when
        /// `classify` as `Lexicon.classify` would.
        func mark(_ lower: String, _ i: Int, _ j: Int) -> Token {
            var token = Token(start: i, end: j, lower: lower, shape: [])
            guard classify else { return token }
            var lower = lower
            lower.withUTF8 { bytes in
                Lexicon.classify(&token, utf8: bytes, vocabulary: vocabulary, classesByWord: classesByWord)
            }
            return token
        }
    }
}
