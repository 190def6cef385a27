@testable import StakeholderExtraction

// The tokenizer and segmenter as they were before the byte-level fast paths, kept as the
// reference the fast ones must agree with token for token (see TokenizerAgreementTests).

/// Splits a run of scalars into word and punctuation tokens.
enum ReferenceTokenizer {
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

    static func tokenizeLine(_ scalars: [Unicode.Scalar], from: Int, to: Int, abbreviations: Set<String>,
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

/// Cuts a document into tokens and sentences with scalar offsets into its text.
///
/// A line break always ends a sentence (headlines, captions and list lines are sentences of
/// their own); inside a line, `.`, `!`, `?` and `…` end one when followed by a space and an
/// upper-case letter, a digit, an opening quote or mark, unless the word before is an
/// abbreviation (listed per language, or written with internal periods: "EE.UU.", "S.A.").
/// Site boilerplate lines and a leading ` date YYYY-MM-DD` marker give no sentences.
struct ReferenceSegmenter {
    /// Lower-case abbreviations with their final period ("sr.", "mr.", "ing.").
    var abbreviations: Set<String>

    /// The lexicon tokens are classified with (`Lexicon.classify`) as they are made, when
    /// `classifies`.
    let lexicon: Lexicon
    let classifies: Bool

    init(abbreviations: Set<String>) {
        self.abbreviations = abbreviations
        self.lexicon = Lexicon.empty
        self.classifies = false
    }

    /// A segmenter with the abbreviations of `lexicon` that also classifies every token.
    init(lexicon: Lexicon) {
        self.abbreviations = lexicon.abbreviations
        self.lexicon = lexicon
        self.classifies = true
    }

    /// Tokens and sentences of `text`.
    /// - Complexity: O(n) in the number of scalars.
    func segment(_ text: String) -> SegmentedText {
        let utf8 = Array(text.utf8)
        let (scalars, offsets) = Self.decode(utf8)
        let skip = DateFinder.marker(in: text)?.length ?? 0
        var tokens: [Token] = []
        var sentences: [Sentence] = []
        tokens.reserveCapacity(scalars.count / 5)
        var scratch: [UInt8] = []
        var lineStart = skip
        while lineStart < scalars.count {
            var lineEnd = lineStart
            while lineEnd < scalars.count, scalars[lineEnd] != "\n" { lineEnd += 1 }
            let isBoilerplate = utf8.withUnsafeBufferPointer {
                Boilerplate.isBoilerplate($0, Int(offsets[lineStart])..<Int(offsets[lineEnd]))
            }
            if !isBoilerplate {
                let first = tokens.count
                ReferenceTokenizer.tokenize(scalars, from: lineStart, to: lineEnd, abbreviations: abbreviations,
                                   into: &tokens, scratch: &scratch, lexicon: lexicon, classify: classifies)
                if first < tokens.count { tokens[first].shape.insert(.lineInitial) }
                splitSentences(tokens: &tokens, range: first..<tokens.count, scalars: scalars,
                               into: &sentences)
            }
            lineStart = lineEnd + 1
        }
        return SegmentedText(scalars: scalars, utf8: utf8, utf8Offsets: offsets, tokens: tokens, sentences: sentences)
    }

    /// The scalars of valid UTF-8 `bytes`, and the byte offset of each (one more at the end).
    /// - Complexity: O(n) in the number of bytes.
    static func decode(_ bytes: [UInt8]) -> (scalars: [Unicode.Scalar], offsets: [Int32]) {
        let n = bytes.count
        var count = 0
        for b in bytes where b & 0xC0 != 0x80 { count += 1 }
        var offsets = [Int32](repeating: 0, count: count + 1)
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: count) { out, initialized in
            offsets.withUnsafeMutableBufferPointer { off in
                bytes.withUnsafeBufferPointer { src in
                    var i = 0, k = 0
                    while i < n {
                        let b = src[i]
                        var v: UInt32
                        var width: Int
                        if b < 0x80 {
                            v = UInt32(b); width = 1
                        } else if b < 0xE0 {
                            v = UInt32(b & 0x1F) << 6 | UInt32(src[i + 1] & 0x3F); width = 2
                        } else if b < 0xF0 {
                            v = UInt32(b & 0x0F) << 12 | UInt32(src[i + 1] & 0x3F) << 6 | UInt32(src[i + 2] & 0x3F)
                            width = 3
                        } else {
                            v = UInt32(b & 0x07) << 18 | UInt32(src[i + 1] & 0x3F) << 12
                                | UInt32(src[i + 2] & 0x3F) << 6 | UInt32(src[i + 3] & 0x3F)
                            width = 4
                        }
                        // A String's UTF-8 is valid, so every sequence decodes to a scalar.
                        (out.baseAddress! + k).initialize(to: Unicode.Scalar(v)!)
                        off[k] = Int32(truncatingIfNeeded: i)
                        k += 1
                        i += width
                    }
                    off[k] = Int32(truncatingIfNeeded: i)
                }
            }
            initialized = count
        }
        return (scalars, offsets)
    }

    func splitSentences(tokens: inout [Token], range: Range<Int>, scalars: [Unicode.Scalar],
                                into sentences: inout [Sentence]) {
        var begin = range.lowerBound
        var i = range.lowerBound
        func close(_ last: Int) {
            guard begin <= last else { return }
            if let w = (begin...last).first(where: { tokens[$0].isWord }) {
                tokens[w].shape.insert(.sentenceInitial)
            }
            sentences.append(Sentence(start: tokens[begin].start, end: tokens[last].end,
                                      tokens: begin..<(last + 1)))
            begin = last + 1
        }
        while i < range.upperBound {
            let t = tokens[i]
            if !t.isWord, let c = scalars[t.start...].first, ".!?…".unicodeScalars.contains(c) {
                var last = i
                // Closing quotes and brackets stay with the sentence they close.
                while last + 1 < range.upperBound, let q = scalars[tokens[last + 1].start...].first,
                      "\"”»’')".unicodeScalars.contains(q), tokens[last + 1].start == tokens[last].end {
                    last += 1
                }
                if last + 1 >= range.upperBound {
                    i = last + 1
                    continue
                }
                let next = tokens[last + 1]
                let gap = next.start > tokens[last].end
                let nextScalar = scalars[next.start]
                let opensSentence = Scalars.isUppercase(nextScalar) || ("0"..."9").contains(nextScalar)
                    || "\"“«¿¡'‘(—–-".unicodeScalars.contains(nextScalar)
                let prevIsAbbreviation = i > range.lowerBound && c == "." &&
                    tokens[i - 1].shape.contains(.abbreviation) && tokens[i - 1].end == t.start
                if gap && opensSentence && !prevIsAbbreviation {
                    close(last)
                }
                i = last + 1
                continue
            }
            // An abbreviation that ends a sentence ("… S.A. Las acciones") cannot be told from
            // one inside it; it is kept inside, which costs less.
            i += 1
        }
        close(range.upperBound - 1)
    }
}
