/// Receives output bytes a chunk at a time; the buffer is valid only during the call.
public typealias ByteSink = (UnsafeRawBufferPointer) throws -> Void

/// Bytes of pretty-printed JSON, laid out as `JSONEncoder` lays them out with
/// `[.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]`: two spaces per level,
/// `"key" : value`, `",\n"` between elements, an empty array as `[`, two newlines, `]`.
///
/// Callers write keys in sorted order themselves; the buffer only knows the layout.
struct PrettyJSONBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// Empties the buffer, keeping its storage.
    mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    /// Two spaces per level.
    mutating func indent(_ level: Int) {
        for _ in 0..<level { bytes.append(0x20); bytes.append(0x20) }
    }

    /// Raw ASCII text (punctuation, layout).
    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// A newline, then `level` indentation: what precedes each member of a container.
    mutating func newline(_ level: Int) {
        bytes.append(0x0A)
        indent(level)
    }

    /// `"name" : ` at `level`, preceded by `",\n"` unless it is the object's first member
    /// (whose newline and indentation the opening brace wrote).
    mutating func key(_ name: StaticString, level: Int, first: Bool = false) {
        if !first {
            bytes.append(0x2C)
            newline(level)
        }
        bytes.append(0x22)
        raw(name)
        raw("\" : ")
    }

    /// `{` and the newline and indentation of its first member at `level + 1`.
    mutating func openObject(level: Int) {
        bytes.append(0x7B)
        newline(level + 1)
    }

    /// The newline and indentation before the `}` closing an object at `level`.
    mutating func closeObject(level: Int) {
        newline(level)
        bytes.append(0x7D)
    }

    /// `[` and a newline; elements then call `element(_:level:)`.
    mutating func openArray() {
        bytes.append(0x5B)
        bytes.append(0x0A)
    }

    /// The separator and indentation before element `index` of an array at `level`.
    mutating func element(_ index: Int, level: Int) {
        if index > 0 { bytes.append(0x2C); bytes.append(0x0A) }
        indent(level + 1)
    }

    /// The newline and indentation before the `]` closing an array at `level`.
    mutating func closeArray(level: Int) {
        newline(level)
        bytes.append(0x5D)
    }

    /// An array of strings at `level`.
    mutating func strings(_ values: [String], level: Int) {
        openArray()
        for (i, value) in values.enumerated() {
            element(i, level: level)
            string(value)
        }
        closeArray(level: level)
    }

    /// A decimal integer.
    mutating func int(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A finite number as `JSONEncoder` writes it: Swift's shortest round-trip form, without
    /// a trailing `.0` (so `1.0` is `1`, `1e-05` stays).
    /// - Precondition: `value` is finite (`JSONEncoder` refuses NaN and infinities too).
    mutating func double(_ value: Double) {
        precondition(value.isFinite, "a graph's numbers are finite; \(value) cannot be written as JSON")
        if value == 1 { bytes.append(0x31); return }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    /// A quoted string, escaped as `JSONEncoder` escapes it: `"` and `\` with a backslash;
    /// backspace, form feed, newline, return and tab as `\b \f \n \r \t`; other bytes below
    /// 0x20 as `\u00xx` (lowercase hex); everything else (`/`, DEL, non-ASCII, U+2028) as is.
    mutating func string(_ value: String) {
        bytes.append(0x22)
        var value = value
        value.withUTF8 { utf8 in
            var mark = 0
            for i in utf8.indices {
                let byte = utf8[i]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                if mark < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark..<i])) }
                mark = i + 1
                escape(byte)
            }
            if mark < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark...])) }
        }
        bytes.append(0x22)
    }

    private mutating func escape(_ byte: UInt8) {
        bytes.append(0x5C)
        switch byte {
        case 0x22, 0x5C: bytes.append(byte)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
            let hex: StaticString = "0123456789abcdef"
            raw("u00")
            hex.withUTF8Buffer { digits in
                bytes.append(digits[Int(byte >> 4)])
                bytes.append(digits[Int(byte & 0x0F)])
            }
        }
    }
}
