import Foundation

extension DocumentReader {
    /// The first line of at least four words that is not site boilerplate, a banner in capitals
    /// or the date marker.
    ///
    /// A line is trimmed of spaces and tabs (`CharacterSet.whitespaces`); its words are the
    /// pieces between spaces; a title longer than 200 characters is cut there.
    static func title(of text: String) -> String? {
        UTF8Scan.withBytes(of: text) { bytes in
            // The marker is ASCII: its length in scalars is its length in bytes.
            let skip = DateFinder.marker(in: bytes)?.length ?? 0
            var title: String?
            UTF8Scan.forEachLeadingLine(bytes, from: skip, limit: 20) { line in
                title = self.title(bytes, line)
                return title == nil
            }
            return title
        }
    }

    /// The title the line `bytes[line]` makes, or `nil` when it makes none.
    static func title(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> String? {
        var lo = line.lowerBound, hi = line.upperBound
        while lo < hi {
            let (value, length) = UTF8Scan.scalar(bytes, at: lo)
            guard isTrimmed(value) else { break }
            lo += length
        }
        while hi > lo {
            let (value, start) = UTF8Scan.decode(bytes, before: hi)
            guard isTrimmed(value) else { break }
            hi = start
        }
        if Boilerplate.isBoilerplate(bytes, lo..<hi) { return nil }
        // A line without lower-case letters is a banner ("RADIO 95.5 FM EN VIVO").
        guard hasLowercase(bytes, lo..<hi) else { return nil }
        let trimmed = { String(decoding: UnsafeBufferPointer(rebasing: bytes[lo..<hi]), as: UTF8.self) }
        guard let words = spaceSeparatedPieces(bytes, lo..<hi) else {
            // A space in a cluster with its neighbour: count characters as `split` does.
            let text = trimmed()
            return text.split(separator: " ").count >= 4 ? cut(text) : nil
        }
        guard words >= 4 else { return nil }
        // 200 bytes hold at most 200 characters.
        if hi - lo <= 200 { return trimmed() }
        guard let end = characterPrefixEnd(bytes, lo..<hi, characters: 200) else { return cut(trimmed()) }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[lo..<end]), as: UTF8.self)
    }

    /// The byte offset where the first `characters` characters of `bytes[range]` end, when
    /// every scalar there is a character of its own: no carriage return, and each scalar in
    /// `isLoneCharacter`. `nil` when some scalar is not.
    private static func characterPrefixEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                                           characters: Int) -> Int? {
        var i = range.lowerBound
        var seen = 0
        var end = range.upperBound
        while i < range.upperBound {
            let (value, length) = UTF8Scan.scalar(bytes, at: i)
            guard value != 0x0D, isLoneCharacter(value) else { return nil }
            if seen == characters { end = i }
            seen += 1
            i += length
        }
        return end
    }

    /// Whether the scalar `value` never joins a neighbour that is also one into a character
    /// (grapheme cluster), but CR LF: below U+0300 (before the combining marks), and general
    /// punctuation (U+2000-U+206F) but the zero-width joiner and non-joiner.
    @inline(__always)
    static func isLoneCharacter(_ value: UInt32) -> Bool {
        value < 0x300 || (value >= 0x2000 && value < 0x2070 && value != 0x200C && value != 0x200D)
    }

    /// Whether the scalar `value`, just before a space, might make one character with it:
    /// it might be a grapheme `Prepend` (none lies below U+0600 or in general punctuation).
    @inline(__always)
    static func mayJoinSpaceAfterIt(_ value: UInt32) -> Bool {
        value >= 0x600 && !(value >= 0x2000 && value < 0x2070)
    }

    /// `text`, or its first 200 characters when it is longer.
    private static func cut(_ text: String) -> String {
        text.count > 200 ? String(text.prefix(200)) : text
    }

    /// Whether the scalar `value` is trimmed from the ends of a line: a tab or a space
    /// separator (`CharacterSet.whitespaces`).
    @inline(__always)
    private static func isTrimmed(_ value: UInt32) -> Bool {
        if value < 0x80 { return value == 0x20 || value == 0x09 }
        return CharacterSet.whitespaces.contains(Unicode.Scalar(value)!)
    }

    /// Whether `bytes[range]` holds a lower-case letter (Unicode `Lowercase`).
    private static func hasLowercase(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            if b < 0x80 {
                if b >= 0x61 && b <= 0x7A { return true }
                i += 1
            } else {
                let (value, length) = UTF8Scan.decode(bytes, at: i)
                if Unicode.Scalar(value)!.properties.isLowercase { return true }
                i += length
            }
        }
        return false
    }

    /// The number of pieces `split(separator: " ")` cuts the text `bytes[range]` into, or
    /// `nil` when a space might join the character before or after it (see
    /// `mayJoinSpaceAfterIt` and `isLoneCharacter`).
    private static func spaceSeparatedPieces(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var pieces = 0
        var inPiece = false
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            if b == 0x20 {
                if i > range.lowerBound, bytes[i - 1] >= 0x80,
                   mayJoinSpaceAfterIt(UTF8Scan.decode(bytes, before: i).value) { return nil }
                if i + 1 < range.upperBound, bytes[i + 1] >= 0x80,
                   !isLoneCharacter(UTF8Scan.decode(bytes, at: i + 1).value) { return nil }
                inPiece = false
            } else if !inPiece {
                inPiece = true
                pieces += 1
            }
            i += 1
        }
        return pieces
    }
}
