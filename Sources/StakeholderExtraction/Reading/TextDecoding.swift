import Foundation

/// Bytes to text for the reader: binary content refused, UTF-8 (or UTF-16 with a byte-order
/// mark) decoded, bad bytes and control characters replaced, each with a note.
enum TextDecoding {
    /// The text of `data`, or `nil` with a note when the content is binary.
    /// - Parameters:
    ///   - data: the bytes.
    ///   - path: the file, for notes.
    ///   - line: the JSON Lines line, for notes.
    ///   - legacyFallback: decode invalid UTF-8 as Windows-1252 instead of replacing bad bytes
    ///     (an HTML page that declares a Latin-1 charset).
    /// - Returns: the text (byte-order mark dropped) and the notes.
    /// - Complexity: O(n) in the size of `data`.
    static func text(of data: Data, path: String, line: Int? = nil,
                     legacyFallback: Bool = false) -> (String?, [ReadingNote]) {
        if let kind = ContentSniffer.binaryKind(of: data) {
            return (nil, [.skip(path, line: line, "binary content (\(kind)), not text")])
        }
        var notes: [ReadingNote] = []
        var text: String
        if let utf16 = ContentSniffer.utf16Text(data) {
            text = utf16
        } else if let utf8 = String(validating: data, as: UTF8.self) {
            text = utf8
        } else if legacyFallback, let latin = String(data: data, encoding: .windowsCP1252) {
            text = latin
            notes.append(ReadingNote(path: path, line: line, message: "not UTF-8; read as Windows-1252 as the page declares"))
        } else {
            text = String(decoding: data, as: UTF8.self)
            notes.append(ReadingNote(path: path, line: line, message: "invalid UTF-8; bad bytes replaced by U+FFFD"))
        }
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        if let cleaned = replacingControlCharacters(text) {
            text = cleaned
            notes.append(ReadingNote(path: path, line: line, message: "control characters replaced by spaces"))
        }
        return (text, notes)
    }

    /// `text` with control characters other than tab, line feed and carriage return (C0, DEL,
    /// C1) and the non-characters U+FFFE, U+FFFF made spaces; `nil` when there are none.
    static func replacingControlCharacters(_ text: String) -> String? {
        func bad(_ s: Unicode.Scalar) -> Bool {
            (s.value < 0x20 && s != "\t" && s != "\n" && s != "\r") || (0x7F...0x9F).contains(s.value)
                || s.value == 0xFFFE || s.value == 0xFFFF
        }
        guard UTF8Scan.withBytes(of: text, { hasControlCharacters($0) }) else { return nil }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(bad(scalar) ? " " : scalar) }
        return String(out)
    }

    /// Whether the UTF-8 text `bytes` holds a scalar `replacingControlCharacters` replaces:
    /// a byte below 0x20 other than tab, line feed and carriage return; DEL; C1 (`C2 80` to
    /// `C2 9F`); U+FFFE and U+FFFF (`EF BF BE`, `EF BF BF`).
    static func hasControlCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        suspicious.withUnsafeBufferPointer { suspicious in
            let n = bytes.count
            @inline(__always) func isControl(at i: Int) -> Bool {
                // Most bytes are none of those checked: one table look-up each.
                guard suspicious[Int(bytes[i])] else { return false }
                let b = bytes[i]
                if b < 0x20 || b == 0x7F { return true }
                if b == 0xC2 { return i + 1 < n && bytes[i + 1] <= 0x9F }
                return i + 2 < n && bytes[i + 1] == 0xBF && bytes[i + 2] >= 0xBE  // EF
            }
            var i = 0
            // Eight bytes at a time, looked at one by one only when one might be checked.
            while i + 8 <= n {
                if mayHoldControl(ASCIIWord.load(bytes.baseAddress! + i)) {
                    for k in i..<i + 8 where isControl(at: k) { return true }
                }
                i += 8
            }
            while i < n {
                if isControl(at: i) { return true }
                i += 1
            }
            return false
        }
    }

    /// Whether one of the eight bytes of `word` is below 0x20, or 0x7F, 0xC2 or 0xEF (SWAR:
    /// a byte below n borrows into its high bit when n is taken away, and a byte equal to c
    /// is zero after XOR with c; the tests are exact for "any byte").
    @inline(__always)
    static func mayHoldControl(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        @inline(__always) func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & ASCIIWord.highBits != 0 }
        return (word &- ones &* 0x20) & ~word & ASCIIWord.highBits != 0
            || hasZero(word ^ (ones &* 0x7F)) || hasZero(word ^ (ones &* 0xC2)) || hasZero(word ^ (ones &* 0xEF))
    }

    /// The bytes `hasControlCharacters` looks at: below 0x20 but tab, line feed and carriage
    /// return; DEL; the leading bytes `C2` and `EF`.
    private static let suspicious: [Bool] = (0..<256).map { b in
        (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) || b == 0x7F || b == 0xC2 || b == 0xEF
    }

    /// Whether text is empty or only white space.
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0 == "\u{FEFF}" || $0 == "\u{200B}" }
    }

    /// Whether an HTML page's first bytes declare a Latin-1 or Windows-1252 charset.
    static func declaresLegacyCharset(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(4096), as: UTF8.self).lowercased()
        guard let range = head.range(of: "charset") else { return false }
        let after = head[range.upperBound...].drop { $0 == "=" || $0 == " " || $0 == "\"" || $0 == "'" }
        return ["iso-8859-1", "iso8859-1", "latin1", "latin-1", "windows-1252", "cp1252", "iso-8859-15"]
            .contains { after.hasPrefix($0) }
    }
}
