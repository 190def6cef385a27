/// Escaping for the XML exports (GraphML, GEXF).
enum XMLEscaping {
    /// Whether XML 1.0 allows `scalar` in a document (production `Char`).
    static func isLegal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// `text` for element content or a double- or single-quoted attribute value: `&`, `<`,
    /// `>`, `"` and `'` escaped, tab, line feed and carriage return written as character
    /// references (so attribute normalisation keeps them), characters illegal in XML 1.0 dropped.
    /// - Complexity: O(n) in the length of `text`.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default:
                if isLegal(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}

extension Relation {
    /// The ids of the documents its evidence comes from, each once, in order of first citation.
    public var documentIDs: [String] {
        var seen = Set<String>()
        return evidence.map(\.document).filter { seen.insert($0).inserted }
    }

    /// The distinct evidence dates, sorted.
    public var evidenceDates: [String] {
        Array(Set(evidence.compactMap(\.date))).sorted()
    }
}
