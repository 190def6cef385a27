/// A word of a line searched for a date: a run of letters (Unicode `Alphabetic`) or ASCII
/// digits, with what the date patterns ask of it.
struct DateWord {
    /// No separator (the word ends the line).
    static let noSeparator = UInt32.max

    /// The scalars in the word.
    var length = 0
    /// The value of the digits, while all are digits and it fits in an `Int`.
    var value = 0
    var allDigits = true
    var overflow = false
    /// The lower-case mapping of the word's scalars, as UTF-8 bytes packed first byte lowest
    /// (16 at most: `keyLength` counts them all, beyond too).
    var lowKey: UInt64 = 0
    var highKey: UInt64 = 0
    var keyLength = 0
    /// The scalar after the word, or the first one that is not a space after a space.
    var separator = DateWord.noSeparator

    /// The word's number, as `Int(word)` gives it: all ASCII digits, no overflow.
    @inline(__always) var number: Int? { allDigits && !overflow ? value : nil }

    /// Whether the word lower-cased is `de`.
    @inline(__always) var isDe: Bool { keyLength == 2 && lowKey == 0x6564 }

    @inline(__always)
    mutating func appendKeyByte(_ byte: UInt8) {
        if keyLength < 8 {
            lowKey |= UInt64(byte) << (8 * UInt64(keyLength))
        } else if keyLength < 16 {
            highKey |= UInt64(byte) << (8 * UInt64(keyLength - 8))
        }
        keyLength += 1
    }

    @inline(__always)
    mutating func appendDigit(_ digit: Int) {
        length += 1
        appendKeyByte(UInt8(0x30 + digit))
        guard !overflow else { return }
        let (times, o1) = value.multipliedReportingOverflow(by: 10)
        let (sum, o2) = times.addingReportingOverflow(digit)
        if o1 || o2 { overflow = true } else { value = sum }
    }
}

extension DateFinder {
    /// The first date written in `bytes[range]` (one line of valid UTF-8).
    /// - Parameter words: a buffer for the line's words, reused across lines.
    static func firstDate(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                          words: inout [DateWord]) -> String? {
        guard mayHoldYear(bytes, range) else { return nil }
        splitWords(bytes, range, into: &words)
        let months = MonthTable.shared
        let count = words.count
        var k = 0
        while k + 2 < count {
            let w = words[k], wb = words[k + 1], wc = words[k + 2]
            if let a = w.number, let b = wb.number, let c = wc.number, w.separator == wb.separator,
               w.separator == 0x2F || w.separator == 0x2D || w.separator == 0x2E {
                if w.length == 4, let date = format(a, b, c) { return date }
                if wc.length == 4, let date = format(c, b, a) { return date }
            }
            // 2 de marzo de 2026 / 2 March 2026
            if let d = w.number, w.length <= 2 {
                var j = k + 1
                if words[j].isDe { j += 1 }
                if j + 1 < count, let m = months.month(of: words[j]) {
                    var y = j + 1
                    if words[y].isDe, y + 1 < count { y += 1 }
                    if let year = words[y].number, words[y].length == 4, let date = format(year, m, d) { return date }
                }
            }
            // March 2, 2026
            if let m = months.month(of: w), let d = wb.number, wb.length <= 2, let y = wc.number, wc.length == 4,
               let date = format(y, m, d) { return date }
            k += 1
        }
        return nil
    }

    /// Whether `bytes[range]` might hold a word of four ASCII digits, which every pattern
    /// holds (the year): four digits between bytes that are neither digits nor ASCII letters
    /// (a scalar that is not ASCII might be a letter; it is let through).
    static func mayHoldYear(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var k = range.lowerBound
        while k < range.upperBound {
            // Eight bytes at a time while none is a digit.
            if k + 8 <= range.upperBound, !ASCIIWord.hasDigit(ASCIIWord.load(bytes.baseAddress! + k)) {
                k += 8
                continue
            }
            guard bytes[k] &- 0x30 < 10 else {
                k += 1
                continue
            }
            let start = k
            while k < range.upperBound, bytes[k] &- 0x30 < 10 { k += 1 }
            if k - start == 4 {
                let before = start > range.lowerBound ? bytes[start - 1] : 0x20
                let after = k < range.upperBound ? bytes[k] : 0x20
                if before | 0x20 &- 0x61 >= 26 && after | 0x20 &- 0x61 >= 26 { return true }
            }
        }
        return false
    }

    /// The words of `bytes[range]` with the separator after each, into `words`.
    static func splitWords(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into words: inout [DateWord]) {
        let letters = LetterTable.shared
        words.removeAll(keepingCapacity: true)
        var current = DateWord()
        var inWord = false
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            let value: UInt32
            if b < 0x80 {
                value = UInt32(b)
                i += 1
                if b &- 0x30 < 10 {
                    if !inWord { current = DateWord(); inWord = true }
                    current.appendDigit(Int(b) - 0x30)
                    continue
                }
                if b | 0x20 &- 0x61 < 26 {
                    if !inWord { current = DateWord(); inWord = true }
                    current.length += 1
                    current.allDigits = false
                    current.appendKeyByte(b | 0x20)
                    continue
                }
            } else {
                let (v, width) = UTF8Scan.decode(bytes, at: i)
                value = v
                i += width
                if letters.isAlphabetic(v) {
                    if !inWord { current = DateWord(); inWord = true }
                    current.length += 1
                    current.allDigits = false
                    letters.forEachLowercaseByte(of: v) { current.appendKeyByte($0) }
                    continue
                }
            }
            // Not a word scalar: a separator.
            if inWord {
                current.separator = value
                words.append(current)
                inWord = false
            } else if let last = words.last, last.separator == 0x20, value != 0x20 {
                words[words.count - 1].separator = value
            }
        }
        if inWord { words.append(current) }
    }
}
