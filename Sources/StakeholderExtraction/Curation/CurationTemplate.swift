import StakeholderCore

/// Writes a starting curation file from a graph, for the user to edit.
public enum CurationTemplate {
    /// A curation file listing the graph's actors (most mentioned first, then by name) with
    /// their kind, sector and aliases, and commented examples of the other sections.
    /// Every name is written as a double-quoted YAML string, so any text stays text.
    /// - Parameters:
    ///   - graph: the graph whose actors to list.
    ///   - source: where the graph came from, named in the header comment.
    /// - Returns: the YAML text; the same graph always gives the same text.
    /// - Complexity: O(a log a + total length of the names).
    public static func yaml(for graph: StakeholderGraph, source: String) -> String {
        var out = """
            # stakemap curation file, started from \(comment(source)).
            # Save it as \(Curation.defaultFileName) beside the corpus, or pass --curation FILE.
            # Curated facts win over extracted ones; curated relations cite rule "curation".
            # kind: \(ActorKind.allCases.map(\.rawValue).joined(separator: " | "))
            # type: \(Sector.allCases.map(\.rawValue).joined(separator: " | "))

            """
        let sorted = graph.actors.sorted {
            ($0.mentions, $1.name, $1.id) > ($1.mentions, $0.name, $0.id)
        }
        if sorted.isEmpty {
            out += "actors: []\n"
        } else {
            out += "actors:\n"
            for actor in sorted {
                out += "  - name: \(quote(actor.name))\n"
                out += "    kind: \(actor.kind.rawValue)\n"
                out += "    type: \(actor.type.rawValue)\n"
                out += "    aliases: [\(actor.aliases.map(quote).joined(separator: ", "))]\n"
                out += "    # mentions: \(actor.mentions)\n"
            }
        }
        out += """

            # Names that are one actor; the actor found for the first name is kept.
            # merges:
            #   - ["Full Name of an Organization", "ACRONYM"]

            # Names to leave out, with their relations.
            # ignore:
            #   - "Newsroom"

            # Extra trigger words per relation type (\(RelationKind.allCases.map(\.rawValue).joined(separator: ", "))) and language.
            # triggers:
            #   demand:
            #     es: ["reclamó a"]
            #     en: ["called on"]

            # Relations to add (the note is their evidence; date optional) or to drop.
            # relations:
            #   add:
            #     - {type: meeting, source: "First Actor", target: "Second Actor", note: "Minutes of the meeting", date: 2026-03-02}
            #   drop:
            #     - {type: support, source: "First Actor", target: "Second Actor"}

            """
        return out
    }

    /// `text` as a double-quoted YAML scalar: backslash, quote and every character YAML does
    /// not allow as printable are escaped.
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default:
                let v = scalar.value
                let printable = (0x20...0x7E).contains(v) || (0xA0...0xD7FF).contains(v)
                    || (0xE000...0xFFFD).contains(v) && v != 0xFEFF || v >= 0x10000
                if printable && v != 0x2028 && v != 0x2029 {
                    out.unicodeScalars.append(scalar)
                } else if v <= 0xFFFF {
                    out += "\\u" + hex(v, digits: 4)
                } else {
                    out += "\\U" + hex(v, digits: 8)
                }
            }
        }
        return out + "\""
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let s = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - s.count)) + s
    }

    /// `text` on one line, for a comment.
    private static func comment(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.properties.isWhitespace ? " " : Character($0) })
    }
}
