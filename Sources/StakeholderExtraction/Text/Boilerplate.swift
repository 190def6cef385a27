/// Recognises lines of site furniture that are not article text: menu entries, lone
/// numbers, share counters, short title-case labels without punctuation.
enum Boilerplate {
    /// Whether `line` (white space around it ignored) is furniture rather than text.
    static func isBoilerplate(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { isBoilerplate($0, 0..<$0.count) }
    }
}

/// Scalar classes with a fast path for ASCII.
enum Scalars {
    /// Unicode properties of U+0000...U+00FF, read once from the scalars' own properties, so
    /// the letters of Spanish text (á, ñ, ü…) are classified without a property lookup.
    static let latin1: [Latin1] = (0..<256).map { Latin1(Unicode.Scalar(UInt8($0))) }

    struct Latin1: Sendable {
        static let word: UInt8 = 1, alphabetic: UInt8 = 2, uppercase: UInt8 = 4, whitespace: UInt8 = 8
        static let lowers: UInt8 = 16
        /// Lower-casing gives something other than one Latin-1 scalar: take the general path.
        static let unusualLower: UInt8 = 32
        /// The bits above.
        let flags: UInt8
        /// The lower-case form when it is one Latin-1 scalar (flag `lowers`).
        let lower: UInt8

        init(_ c: Unicode.Scalar) {
            let p = c.properties
            var flags: UInt8 = 0
            if p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark { flags |= Self.word }
            if p.isAlphabetic { flags |= Self.alphabetic }
            if p.isUppercase { flags |= Self.uppercase }
            if p.isWhitespace { flags |= Self.whitespace }
            let mapped = p.lowercaseMapping.unicodeScalars
            var lower = UInt8(truncatingIfNeeded: c.value)
            if p.changesWhenLowercased {
                if mapped.count == 1, let m = mapped.first, m.value < 0x100 {
                    flags |= Self.lowers
                    lower = UInt8(m.value)
                } else {
                    flags |= Self.unusualLower
                }
            }
            self.flags = flags
            self.lower = lower
        }
    }

    @inline(__always)
    static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        if v < 0x100 { return latin1[Int(v)].flags & Latin1.whitespace != 0 }
        return c.properties.isWhitespace
    }

    @inline(__always)
    static func isAlphabetic(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        if v < 0x100 { return latin1[Int(v)].flags & Latin1.alphabetic != 0 }
        return c.properties.isAlphabetic
    }

    @inline(__always)
    static func isUppercase(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        if v < 0x100 { return latin1[Int(v)].flags & Latin1.uppercase != 0 }
        return c.properties.isUppercase
    }

    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
}
