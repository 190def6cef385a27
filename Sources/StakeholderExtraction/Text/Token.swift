/// A word or punctuation mark, with its place in the document's scalars.
public struct Token: Sendable, Hashable {
    /// Offset of the first scalar, in Unicode scalars from the start of the document.
    public var start: Int
    /// Offset one past the last scalar.
    public var end: Int
    /// The token lower-cased (case-folded), as lexicons are matched.
    public var lower: String
    /// Shape flags.
    public var shape: Shape
    /// The lexicon word classes of `lower` as a bit set (`WordClass.bit`), set by the
    /// extractor once per token.
    var classes: UInt32 = 0
    /// The id of `lower` in the lexicon's vocabulary, `Token.unlisted` for a word the lexicon
    /// does not hold, `Token.unclassified` before `Lexicon.classify` ran.
    var word: Int32 = Token.unclassified
    /// The first two scalars of `lower` packed as `PhraseTable.prefixKey` packs them (set by
    /// `Lexicon.classify`).
    var prefixKey: UInt64 = 0
    /// The first eight bytes of `lower` in UTF-8 (fewer for a shorter word), first byte lowest.
    var head8: UInt64 = 0
    /// Whether `lower` holds no scalar from U+0300 up (see `Words`).
    var simple = false

    static let unlisted: Int32 = -1
    static let unclassified: Int32 = Int32.min

    /// Whether the token's word is in the lexicon class `cls` (once classified by the lexicon).
    @inline(__always)
    func has(_ cls: WordClass) -> Bool { classes & cls.bit != 0 }

    public struct Shape: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// Letters or digits.
        public static let word = Shape(rawValue: 1)
        /// Starts with an upper-case letter.
        public static let capitalized = Shape(rawValue: 2)
        /// Two or more letters, all upper-case ("ANMIN", "EE.UU.").
        public static let acronym = Shape(rawValue: 4)
        /// Holds a digit.
        public static let numeric = Shape(rawValue: 8)
        /// Written with internal periods ("EE.UU.", "S.A.") or a listed abbreviation.
        public static let abbreviation = Shape(rawValue: 16)
        /// The first word of its sentence.
        public static let sentenceInitial = Shape(rawValue: 32)
        /// Preceded by a line break (so it starts a line).
        public static let lineInitial = Shape(rawValue: 64)
    }

    public var isWord: Bool { shape.contains(.word) }
    public var isCapitalized: Bool { shape.contains(.capitalized) }
    public var isAcronym: Bool { shape.contains(.acronym) }
}

/// A sentence: a run of tokens and its span in the document.
public struct Sentence: Sendable, Hashable {
    /// Scalar offsets of the sentence text in the document.
    public var start: Int
    public var end: Int
    /// Indices into the document's token array.
    public var tokens: Range<Int>
}

/// A document cut into tokens and sentences, with its scalars for slicing.
public struct SegmentedText: Sendable {
    public let scalars: [Unicode.Scalar]
    /// The text in UTF-8, and the byte offset of each scalar (one more at the end).
    let utf8: [UInt8]
    let utf8Offsets: [Int32]
    public internal(set) var tokens: [Token]
    public let sentences: [Sentence]

    init(scalars: [Unicode.Scalar], utf8: [UInt8], utf8Offsets: [Int32], tokens: [Token], sentences: [Sentence]) {
        self.scalars = scalars
        self.utf8 = utf8
        self.utf8Offsets = utf8Offsets
        self.tokens = tokens
        self.sentences = sentences
    }

    /// The text between two scalar offsets.
    /// - Complexity: O(end - start), one copy of the UTF-8 bytes.
    public func slice(_ start: Int, _ end: Int) -> String {
        let a = Int(utf8Offsets[start]), b = Int(utf8Offsets[end])
        return utf8.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[a..<b]), as: UTF8.self) }
    }

    /// The index of the sentence holding token `t` (the last sentence starting at or before it).
    /// - Complexity: O(log s) for s sentences.
    public func sentenceIndex(ofToken t: Int) -> Int {
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].tokens.lowerBound <= t { lo = mid + 1 } else { hi = mid }
        }
        return max(0, lo - 1)
    }

    /// The scalar offsets of the sentences that hold tokens `range`: from the start of the
    /// first one to the end of the last one (sentences carry no outer white space).
    /// - Complexity: O(log s) for s sentences.
    public func sentenceSpan(of range: Range<Int>) -> (start: Int, end: Int) {
        guard !sentences.isEmpty, !range.isEmpty else {
            return (tokens[range.lowerBound].start, tokens[max(range.lowerBound, range.upperBound - 1)].end)
        }
        let first = sentences[sentenceIndex(ofToken: range.lowerBound)]
        let last = sentences[sentenceIndex(ofToken: range.upperBound - 1)]
        return (min(first.start, tokens[range.lowerBound].start), max(last.end, tokens[range.upperBound - 1].end))
    }

    /// The exact text of tokens `range`.
    public func text(of range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return slice(tokens[first].start, tokens[last].end)
    }
}
