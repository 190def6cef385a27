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

    public struct Shape: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// Letters or digits.
        public static let word = Shape(rawValue: 1)
        /// Starts with an upper-case letter.
        public static let capitalized = Shape(rawValue: 2)
        /// Two or more letters, all upper-case ("SNMPE", "EE.UU.").
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
    public let tokens: [Token]
    public let sentences: [Sentence]

    /// The text between two scalar offsets.
    public func slice(_ start: Int, _ end: Int) -> String {
        SegmentedText.string(scalars[start..<end])
    }

    /// The string of `scalars`, encoded straight into the string's UTF-8 storage (appending
    /// scalars to a `String.UnicodeScalarView` one by one costs several times more).
    /// - Complexity: O(n) in the number of scalars.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        guard !scalars.isEmpty else { return "" }
        return String(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var i = 0
            for scalar in scalars {
                Unicode.UTF8.encode(scalar) { unit in
                    buffer[i] = unit
                    i += 1
                }
            }
            return i
        }
    }

    /// The exact text of tokens `range`.
    public func text(of range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return slice(tokens[first].start, tokens[last].end)
    }
}
