/// Splits a run of scalars into word and punctuation tokens.
///
/// Scalars below U+0100 are classified from one table (`Scalars.latin1`), read through a
/// buffer pointer; a word of such scalars is lower-cased, hashed and looked up in the
/// lexicon's vocabulary in the same pass over its scalars, and a word the vocabulary holds
/// takes the vocabulary's `String` instead of a new one. Other scalars take the general path
/// (their Unicode properties), which gives the same tokens.
enum Tokenizer {
    /// Buffers reused from token to token and line to line of one document.
    struct Scratch {
        /// Room for building lower-case forms.
        var bytes: [UInt8] = []
        /// The token of each ASCII punctuation mark once made (its offsets are replaced).
        var marks: [Token?] = []
        /// Marks beyond ASCII met so far, and their tokens.
        var otherMarkScalars: [UInt32] = []
        var otherMarks: [Token] = []

        init() {}
    }

    @inline(__always)
    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x100 { return Scalars.latin1[Int(c.value)].flags & Scalars.Latin1.word != 0 }
        return isWordBeyondLatin1(c)
    }

    static func isWordBeyondLatin1(_ c: Unicode.Scalar) -> Bool {
        let p = c.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
    }

    @inline(__always)
    static func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "’" }

    /// Appends the tokens of `scalars[from..<to]` to `tokens`.
    /// - Complexity: O(to - from).
    static func tokenize(_ scalars: [Unicode.Scalar], from: Int, to: Int, abbreviations: Set<String>,
                         into tokens: inout [Token]) {
        var scratch = Scratch()
        tokenize(scalars, from: from, to: to, abbreviations: abbreviations, into: &tokens, scratch: &scratch)
    }

    /// Appends the tokens of `scalars[from..<to]` to `tokens`, using `scratch` for building
    /// lower-case forms, and classifies them with `lexicon` when `classify`.
    /// - Complexity: O(to - from).
    static func tokenize(_ scalars: [Unicode.Scalar], from: Int, to: Int, abbreviations: Set<String>,
                         into tokens: inout [Token], scratch: inout Scratch, lexicon: Lexicon = .empty,
                         classify: Bool = false) {
        scalars.withUnsafeBufferPointer { s in
            Scalars.latin1.withUnsafeBufferPointer { latin in
                let line = Line(s: s, latin: latin, abbreviations: abbreviations, lexicon: lexicon, classify: classify)
                line.run(from: from, to: to, into: &tokens, scratch: &scratch)
            }
        }
    }

    /// Whether `scalars[i..<j]` followed by a period is a listed abbreviation (lower-case).
    static func isAbbreviation(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ j: Int,
                               _ abbreviations: Set<String>) -> Bool {
        for k in i..<j where scalars[k].value >= 0x80 {
            let word = String(unsafeUninitializedCapacity: 4 * (j - i)) { out in
                var n = 0
                for c in scalars[i..<j] {
                    UTF8.encode(c) { b in
                        out[n] = b
                        n += 1
                    }
                }
                return n
            }
            return abbreviations.contains(word.lowercased() + ".")
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

    @inline(__always)
    static func segmentLength(_ s: UnsafeBufferPointer<Unicode.Scalar>, before j: Int, from i: Int) -> Int {
        var k = j - 1
        var n = 0
        while k >= i, s[k] != "." { n += 1; k -= 1 }
        return n
    }

}
