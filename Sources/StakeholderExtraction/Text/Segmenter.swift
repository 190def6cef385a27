/// Cuts a document into tokens and sentences with scalar offsets into its text.
///
/// A line break always ends a sentence (headlines, captions and list lines are sentences of
/// their own); inside a line, `.`, `!`, `?` and `…` end one when followed by a space and an
/// upper-case letter, a digit, an opening quote or mark, unless the word before is an
/// abbreviation (listed per language, or written with internal periods: "EE.UU.", "S.A.").
/// Site boilerplate lines and a leading ` date YYYY-MM-DD` marker give no sentences.
public struct Segmenter: Sendable {
    /// Lower-case abbreviations with their final period ("sr.", "mr.", "ing.").
    public var abbreviations: Set<String>

    /// The lexicon tokens are classified with (`Lexicon.classify`) as they are made, when
    /// `classifies`.
    let lexicon: Lexicon
    let classifies: Bool

    public init(abbreviations: Set<String>) {
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
    public func segment(_ text: String) -> SegmentedText {
        let utf8 = Array(text.utf8)
        let (scalars, offsets) = Self.decode(utf8)
        let skip = DateFinder.marker(in: text)?.length ?? 0
        var tokens: [Token] = []
        var sentences: [Sentence] = []
        tokens.reserveCapacity(scalars.count / 5)
        var scratch = Tokenizer.Scratch()
        scalars.withUnsafeBufferPointer { s in
            Scalars.latin1.withUnsafeBufferPointer { latin in
                let line = Tokenizer.Line(s: s, latin: latin, abbreviations: abbreviations, lexicon: lexicon,
                                          classify: classifies)
                utf8.withUnsafeBufferPointer { bytes in
                    var lineStart = skip
                    while lineStart < s.count {
                        var lineEnd = lineStart
                        while lineEnd < s.count, s[lineEnd] != "\n" { lineEnd += 1 }
                        if !Boilerplate.isBoilerplate(bytes, Int(offsets[lineStart])..<Int(offsets[lineEnd])) {
                            let first = tokens.count
                            line.run(from: lineStart, to: lineEnd, into: &tokens, scratch: &scratch)
                            if first < tokens.count { tokens[first].shape.insert(.lineInitial) }
                            splitSentences(tokens: &tokens, range: first..<tokens.count, scalars: s, into: &sentences)
                        }
                        lineStart = lineEnd + 1
                    }
                }
            }
        }
        return SegmentedText(scalars: scalars, utf8: utf8, utf8Offsets: offsets, tokens: tokens, sentences: sentences)
    }

    /// The scalars of valid UTF-8 `bytes`, and the byte offset of each (one more at the end).
    /// Runs of ASCII are copied eight bytes at a time.
    /// - Complexity: O(n) in the number of bytes.
    static func decode(_ bytes: [UInt8]) -> (scalars: [Unicode.Scalar], offsets: [Int32]) {
        let n = bytes.count
        var count = 0
        bytes.withUnsafeBufferPointer { src in
            // Scalars are the bytes that do not continue a sequence (10xxxxxx).
            var i = 0
            while i + 8 <= n {
                let w = UnsafeRawPointer(src.baseAddress! + i).loadUnaligned(as: UInt64.self)
                // Bit 7 of each byte set where the byte is 10xxxxxx.
                let continuation = w & ~(w << 1) & 0x8080_8080_8080_8080
                count += 8 - continuation.nonzeroBitCount
                i += 8
            }
            while i < n {
                if src[i] & 0xC0 != 0x80 { count += 1 }
                i += 1
            }
        }
        var offsets = [Int32](repeating: 0, count: count + 1)
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: count) { out, initialized in
            initialized = count
            offsets.withUnsafeMutableBufferPointer { offsetBuffer in
                bytes.withUnsafeBufferPointer { src in
                    guard n > 0 else { return }
                    let base = src.baseAddress!
                    let off = offsetBuffer.baseAddress!
                    let raw = UnsafeMutableRawPointer(out.baseAddress!)
                    var i = 0, k = 0
                    while i < n {
                        if i + 8 <= n {
                            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                            if w & 0x8080_8080_8080_8080 == 0 {
                                let o = Int32(truncatingIfNeeded: i)
                                let scalarsOut = raw + 4 * k
                                for b in 0..<8 {
                                    scalarsOut.storeBytes(of: UInt32(truncatingIfNeeded: w >> (8 * UInt64(b))) & 0xFF,
                                                          toByteOffset: 4 * b, as: UInt32.self)
                                    off[k + b] = o + Int32(b)
                                }
                                i += 8
                                k += 8
                                continue
                            }
                        }
                        let b = base[i]
                        var v: UInt32
                        var width: Int
                        if b < 0x80 {
                            v = UInt32(b); width = 1
                        } else if b < 0xE0 {
                            v = UInt32(b & 0x1F) << 6 | UInt32(base[i + 1] & 0x3F); width = 2
                        } else if b < 0xF0 {
                            v = UInt32(b & 0x0F) << 12 | UInt32(base[i + 1] & 0x3F) << 6 | UInt32(base[i + 2] & 0x3F)
                            width = 3
                        } else {
                            v = UInt32(b & 0x07) << 18 | UInt32(base[i + 1] & 0x3F) << 12
                                | UInt32(base[i + 2] & 0x3F) << 6 | UInt32(base[i + 3] & 0x3F)
                            width = 4
                        }
                        // A String's UTF-8 is valid, so every sequence decodes to a scalar.
                        raw.storeBytes(of: v, toByteOffset: 4 * k, as: UInt32.self)
                        off[k] = Int32(truncatingIfNeeded: i)
                        k += 1
                        i += width
                    }
                    off[k] = Int32(truncatingIfNeeded: i)
                }
            }
        }
        return (scalars, offsets)
    }

    private func splitSentences(tokens: inout [Token], range: Range<Int>, scalars: UnsafeBufferPointer<Unicode.Scalar>,
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
            if !t.isWord, t.start < scalars.count, Self.endsSentence(scalars[t.start]) {
                let c = scalars[t.start]
                var last = i
                // Closing quotes and brackets stay with the sentence they close.
                while last + 1 < range.upperBound, tokens[last + 1].start < scalars.count,
                      Self.closesQuote(scalars[tokens[last + 1].start]), tokens[last + 1].start == tokens[last].end {
                    last += 1
                }
                if last + 1 >= range.upperBound {
                    i = last + 1
                    continue
                }
                let next = tokens[last + 1]
                let gap = next.start > tokens[last].end
                let nextScalar = scalars[next.start]
                let opensSentence = Scalars.isUppercase(nextScalar) || Scalars.isDigit(nextScalar)
                    || Self.opensSentence(nextScalar)
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

    /// `.`, `!`, `?` or `…`.
    @inline(__always)
    static func endsSentence(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x2E, 0x21, 0x3F, 0x2026: return true
        default: return false
        }
    }

    /// A closing quote or bracket: `"`, `”`, `»`, `’`, `'`, `)`.
    @inline(__always)
    static func closesQuote(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x22, 0x201D, 0xBB, 0x2019, 0x27, 0x29: return true
        default: return false
        }
    }

    /// A mark that may open a sentence: `"`, `“`, `«`, `¿`, `¡`, `'`, `‘`, `(`, `—`, `–`, `-`.
    @inline(__always)
    static func opensSentence(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x22, 0x201C, 0xAB, 0xBF, 0xA1, 0x27, 0x2018, 0x28, 0x2014, 0x2013, 0x2D: return true
        default: return false
        }
    }
}
