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
                Tokenizer.tokenize(scalars, from: lineStart, to: lineEnd, abbreviations: abbreviations,
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

    private func splitSentences(tokens: inout [Token], range: Range<Int>, scalars: [Unicode.Scalar],
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
