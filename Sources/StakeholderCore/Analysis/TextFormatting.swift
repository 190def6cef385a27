import Foundation

/// Plain-text table, CSV and Markdown helpers shared by the analysis reports.
public enum TextFormatting {
    /// Columns padded to their widest cell (counted in characters), separated by two spaces,
    /// a rule under the header, each line ending in a newline; trailing spaces trimmed.
    /// - Complexity: O(total cell length).
    public static func table(header: [String], rows: [[String]]) -> String {
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

    /// `text` made inert in Markdown: HTML-special characters become entities, the Markdown
    /// characters that make links, emphasis, code, headings and tables are backslash-escaped,
    /// a leading list, quote or heading marker is escaped, and line breaks become spaces, so
    /// untrusted names and quotes stay text (no links, emphasis, tables or raw HTML).
    public static func markdownEscaped(_ text: String) -> String {
        var out = ""
        for ch in text {
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
