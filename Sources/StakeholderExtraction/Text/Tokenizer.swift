/// Splits a run of scalars into word and punctuation tokens.
enum Tokenizer {
    @inline(__always)
    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            let v = c.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        let p = c.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
    }

    /// Unicode White_Space, answered without the property tables for ASCII (tab to carriage
    /// return, and the space).
    @inline(__always)
    static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            let v = c.value
            return v == 0x20 || (v >= 0x09 && v <= 0x0D)
        }
        return c.properties.isWhitespace
    }

    @inline(__always)
    static func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "’" }

    /// Appends the tokens of `scalars[from..<to]` to `tokens`.
    /// - Complexity: O(to - from).
    static func tokenize(_ scalars: [Unicode.Scalar], from: Int, to: Int, abbreviations: Set<String>,
                         into tokens: inout [Token]) {
        var i = from
        while i < to {
            let c = scalars[i]
            if isWhitespace(c) { i += 1; continue }
            if c == "@" || c == "#", i + 1 < to, isWordScalar(scalars[i + 1]) {
                // Handles and hashtags stay whole.
                var j = i + 1
                while j < to, isWordScalar(scalars[j]) || scalars[j] == "_" { j += 1 }
                tokens.append(make(scalars, i, j, periods: false, abbreviations: abbreviations))
                i = j
                continue
            }
            guard isWordScalar(c) else {
                var j = i + 1
                // Runs of the same mark ("...", "--") are one token.
                while j < to, scalars[j] == c, c == "." || c == "-" { j += 1 }
                tokens.append(Token(start: i, end: j, lower: String(c), shape: []))
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
                if d == "." && j + 1 < to && scalars[j + 1].properties.isAlphabetic
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
                    let suffix = String(String.UnicodeScalarView(scalars[(j + 1)..<k])).lowercased()
                    if suffix == "s" { break } // possessive: "'s" becomes its own token
                    j = k; continue
                }
                break
            }
            // A final period belongs to the word when the word has internal periods or is a
            // listed abbreviation.
            if j < to, scalars[j] == "." {
                let lower = String(String.UnicodeScalarView(scalars[i..<j])).lowercased() + "."
                if periods || abbreviations.contains(lower) {
                    j += 1
                    periods = true
                }
            }
            tokens.append(make(scalars, i, j, periods: periods, abbreviations: abbreviations))
            i = j
            if i < to, isApostrophe(scalars[i]), i + 2 <= to, scalars[i + 1] == "s" || scalars[i + 1] == "S",
               i + 2 == to || !isWordScalar(scalars[i + 2]) {
                tokens.append(Token(start: i, end: i + 2, lower: "'s", shape: []))
                i += 2
            }
        }
    }

    static func segmentLength(_ s: [Unicode.Scalar], before j: Int, from i: Int) -> Int {
        var k = j - 1
        var n = 0
        while k >= i, s[k] != "." { n += 1; k -= 1 }
        return n
    }

    static func make(_ scalars: [Unicode.Scalar], _ i: Int, _ j: Int, periods: Bool,
                     abbreviations: Set<String>) -> Token {
        var lower = ""
        var shape: Token.Shape = [.word]
        var letters = 0, upper = 0
        for c in scalars[i..<j] {
            if c.isASCII {
                // ASCII letters are A-Z (upper case) and a-z; no table lookups needed.
                let v = c.value
                let isUpper = v >= 0x41 && v <= 0x5A
                if isUpper || (v >= 0x61 && v <= 0x7A) {
                    letters += 1
                    if isUpper { upper += 1 }
                } else if v >= 0x30 && v <= 0x39 {
                    shape.insert(.numeric)
                }
                lower.unicodeScalars.append(isUpper ? Unicode.Scalar(v + 32)! : c)
                continue
            }
            if c.properties.isAlphabetic {
                letters += 1
                if c.properties.isUppercase { upper += 1 }
            } else if ("0"..."9").contains(c) {
                shape.insert(.numeric)
            }
            if c == "’" {
                lower.unicodeScalars.append("'")
            } else {
                lower.unicodeScalars.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars)
            }
        }
        let first = scalars[i]
        if first.properties.isUppercase { shape.insert(.capitalized) }
        if letters >= 2 && upper == letters { shape.insert(.acronym) }
        if periods { shape.insert(.abbreviation) }
        return Token(start: i, end: j, lower: lower, shape: shape)
    }
}
