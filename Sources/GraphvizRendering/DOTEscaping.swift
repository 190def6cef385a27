/// Quoting of DOT identifiers and of label-like attribute values.
///
/// DOT's parser only turns `\"` into `"` inside a quoted string; Graphviz then reads label,
/// tooltip and similar values with its own escapes (`\n`, `\l`, `\r` break lines, `\N`, `\G`...
/// stand for names, `\x` is `x`). Escaping every backslash and quote and writing line breaks as
/// `\n` therefore keeps any text, however hostile, inside its quoted string and shows it as
/// written. stakemap never writes HTML-like labels (`<...>`), so `<`, `>` and `&` need no
/// escaping in DOT; Graphviz escapes them itself in SVG.
enum DOTEscaping {
    /// `text` as a quoted DOT string for a label-like attribute (label, tooltip, xlabel).
    ///
    /// Carriage returns and CRLF become line breaks; other control characters become spaces.
    /// - Complexity: O(n) in the length of `text`.
    static func quotedLabel(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += " "
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// `text` as a quoted DOT identifier (node names, attribute values that are not labels).
    ///
    /// Escaped as labels are, so that every quoted string in the file follows one rule.
    static func quotedID(_ text: String) -> String {
        quotedLabel(text)
    }

    /// The text Graphviz shows for a label value as stored after parsing (the inverse of
    /// `quotedLabel` after DOT's own unquoting): `\n`, `\l`, `\r` are line breaks and `\x` is `x`.
    static func displayedText(ofLabelValue value: String) -> String {
        var out = ""
        var iterator = value.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            guard scalar == "\\" else { out.unicodeScalars.append(scalar); continue }
            guard let next = iterator.next() else { out += "\\"; break }
            switch next {
            case "n", "l", "r": out += "\n"
            default: out.unicodeScalars.append(next)
            }
        }
        return out
    }
}
