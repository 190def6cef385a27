/// The scalar-by-scalar side of `LanguageDetector.count(in:)`: the counts so far, and the
/// reading of words that are not ASCII letters only.
struct WordScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Where the bytes read end (the first 20,000 scalars).
    let end: Int
    let table = FunctionWords.shared
    let letters = LetterTable.shared
    var es = 0
    var en = 0

    init(bytes: UnsafeBufferPointer<UInt8>, end: Int) {
        self.bytes = bytes
        self.end = end
    }

    /// Counts the word whose lower-case bytes are `key`.
    @inline(__always)
    mutating func tally(_ key: UInt64) {
        let kind = table.kind(of: key)
        es &+= Int(kind & 1)
        en &+= Int(kind >> 1)
    }

    /// Reads from `start` (a word's start or a separator) to the end of the first separator,
    /// counting the word before it; returns where it stopped.
    mutating func scalarByScalar(from start: Int) -> Int {
        var key: UInt64 = 0
        var shift: UInt64 = 0  // 8 per byte in the word
        var i = start
        while i < end {
            let b = bytes[i]
            if b < 0x80 {
                // The ASCII letters are A-Z and a-z; lower-casing sets bit 5.
                let lower = b | 0x20
                guard lower &- 0x61 < 26 else { break }
                key |= UInt64(lower) << shift
                shift &+= 8
                i += 1
            } else {
                let (value, width) = UTF8Scan.decode(bytes, at: i)
                guard letters.isAlphabetic(value) else { break }
                letters.forEachLowercaseByte(of: value) { byte in
                    if shift < 64 { key |= UInt64(byte) << shift }
                    shift &+= 8
                }
                i += width
            }
            if shift > 64 {
                // More than eight bytes: no function word.
                return consumeSeparator(at: skipLetters(from: i))
            }
        }
        if shift != 0 { tally(key) }
        return consumeSeparator(at: i)
    }

    /// Where the letters from `start` on end (a separator, or `end`).
    func skipLetters(from start: Int) -> Int {
        var i = start
        while i < end {
            if i + 8 <= end {
                let letterBytes = ASCIIWord.letters(ASCIIWord.load(bytes.baseAddress! + i))
                if letterBytes == ASCIIWord.highBits {
                    i += 8
                    continue
                }
                i += (~letterBytes & ASCIIWord.highBits).trailingZeroBitCount >> 3
            }
            let b = bytes[i]
            if b < 0x80 {
                guard b | 0x20 &- 0x61 < 26 else { return i }
                i += 1
            } else {
                let (value, width) = UTF8Scan.decode(bytes, at: i)
                guard letters.isAlphabetic(value) else { return i }
                i += width
            }
        }
        return end
    }

    /// Past the separator at `i` (`end` stays `end`).
    @inline(__always)
    func consumeSeparator(at i: Int) -> Int {
        guard i < end else { return end }
        return bytes[i] < 0x80 ? i + 1 : i + UTF8Scan.decode(bytes, at: i).length
    }
}
