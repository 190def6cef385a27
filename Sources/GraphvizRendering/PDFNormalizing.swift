import Foundation

/// Makes cairo's PDF output byte-identical from run to run.
enum PDFNormalizing {
    /// The fixed date written over `/CreationDate` and `/ModDate`: 1970-01-01 00:00:00.
    static let fixedDigits = Array("19700101000000".utf8)

    /// `pdf` with the 14 digits of every `/CreationDate (D:...)` and `/ModDate (D:...)` replaced
    /// by a fixed date. The length does not change, so the cross-reference offsets stay right.
    /// (cairo 1.16 stamps the current time and does not read `SOURCE_DATE_EPOCH`.)
    /// - Complexity: O(n) in the size of `pdf`.
    static func fixingDates(_ pdf: Data) -> Data {
        var bytes = [UInt8](pdf)
        for key in ["/CreationDate (D:", "/ModDate (D:"] {
            let needle = Array(key.utf8)
            var i = 0
            while let start = find(needle, in: bytes, from: i) {
                let digits = start + needle.count
                let end = digits + fixedDigits.count
                if end <= bytes.count, bytes[digits..<end].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                    bytes.replaceSubrange(digits..<end, with: fixedDigits)
                }
                i = digits
            }
        }
        return Data(bytes)
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var i = start
        while i <= bytes.count - needle.count {
            if bytes[i] == first, bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
