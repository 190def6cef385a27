import Foundation

/// Plain-text table, CSV and Markdown helpers shared by the analysis reports.
public enum TextFormatting {
    /// Columns padded to their widest cell (counted in characters), separated by two spaces,
    /// a rule under the header, each line ending in a newline; trailing spaces trimmed.
    /// - Complexity: O(total cell length).
    public static func table(header: [String], rows: [[String]]) -> String {
        let header = header.map(singleLine)
        let rows = rows.map { $0.map(singleLine) }
        let all = [header] + rows
        var widths = [Int](repeating: 0, count: header.count)
        for row in all { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) } }
        func line(_ row: [String]) -> String {
            let padded = row.enumerated().map { i, cell in
                cell + String(repeating: " ", count: max(0, widths[i] - cell.count))
            }
            var text = padded.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text + "\n"
        }
        return line(header) + line(widths.map { String(repeating: "-", count: $0) }) + rows.map(line).joined()
    }

    /// One CSV line (RFC 4180): fields with a comma, quote or line break are quoted; a field
    /// that is not a number and starts with `=`, `+`, `-`, `@`, a tab or a carriage return
    /// gets a leading `'`, so that no spreadsheet runs an untrusted name as a formula.
    public static func csvLine(_ fields: [String]) -> String {
        fields.map { text in
            var field = text
            if let first = field.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first),
               Double(field) == nil {
                field = "'" + field
            }
            guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",") + "\n"
    }

    /// `text` made inert in Markdown: made one line (`singleLine`: line breaks and control
    /// characters become spaces, bidirectional overrides are dropped), HTML-special characters
    /// become entities, the Markdown characters that make links, emphasis, code, headings and
    /// tables are backslash-escaped and a leading list, quote or heading marker is escaped, so
    /// untrusted names and quotes stay text (no links, emphasis, tables or raw HTML).
    public static func markdownEscaped(_ text: String) -> String {
        var out = ""
        for ch in singleLine(text) {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\n", "\r", "\r\n": out += " "
            case "\\", "`", "*", "_", "[", "]", "#", "|", "~": out += "\\" + String(ch)
            default: out.append(ch)
            }
        }
        // Bare web addresses would become links in GitHub Markdown.
        out = out.replacingOccurrences(of: "://", with: "\\://").replacingOccurrences(of: "www.", with: "www\\.")
        if let first = out.first, "-+=".contains(first) { out = "\\" + out }
        let digits = out.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let next = out.dropFirst(digits.count).first, next == "." || next == ")" {
            out.insert("\\", at: out.index(out.startIndex, offsetBy: digits.count))
        }
        return out
    }

    /// `text` on one line and inert on a terminal or in a viewer: line breaks, tabs and other
    /// control characters (C0, DEL, C1) become spaces, and the bidirectional embedding,
    /// override and isolate controls (U+202A-U+202E, U+2066-U+2069), which would reorder the
    /// rest of the line, are dropped. Marks (U+200E, U+200F) stay.
    /// - Complexity: O(n) in the length of `text`.
    public static func singleLine(_ text: String) -> String {
        func isControl(_ s: Unicode.Scalar) -> Bool { s.value < 0x20 || (0x7F...0x9F).contains(s.value) }
        func isBidiControl(_ s: Unicode.Scalar) -> Bool {
            (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
        }
        guard text.unicodeScalars.contains(where: { isControl($0) || isBidiControl($0) }) else { return text }
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            if isBidiControl(scalar) || (scalar == "\n" && previousCR) { continue }
            out.append(isControl(scalar) ? " " : scalar)
        }
        return String(out)
    }

    /// A number with six decimals, as the table formats print scores.
    public static func fixed(_ value: Double) -> String { String(format: "%.6f", value) }

    /// The JSON encoder the reports use: sorted keys, indented, slashes unescaped.
    static func jsonText<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Plain value types with string keys and finite numbers cannot fail to encode.
        let data = (try? encoder.encode(value)) ?? Data("null".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
