/// Writes a stakeholder graph as GEXF 1.3 for Gephi, with evidence dates as spells.
///
/// The graph is dynamic (`mode="dynamic"`, `timeformat="date"`): each relation carries one
/// spell per distinct evidence date (start and end on that day), so Gephi's timeline shows a
/// relation on the days it was reported; relations without dated evidence and all actors have
/// no spell and are always shown. Meetings are `type="undirected"` edges.
public enum GEXFWriter {
    /// (id, class, title, type)
    static let attributes: [(String, String, String, String)] = [
        ("kind", "node", "kind", "string"),
        ("type", "node", "type", "string"),
        ("aliases", "node", "aliases", "string"),
        ("mentions", "node", "mentions", "integer"),
        ("relation", "edge", "relation", "string"),
        ("first_evidence", "edge", "first_evidence", "string"),
        ("first_document", "edge", "first_document", "string"),
        ("documents", "edge", "documents", "string"),
    ]

    /// The GEXF document of `graph`, deterministic, ending in a newline.
    /// - Complexity: O(a + r + e log e).
    public static func gexf(for graph: StakeholderGraph) -> String {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">",
            "  <meta>",
            "    <creator>stakemap</creator>",
            "    <description>Stakeholder map: actors by sector, relations with evidence</description>",
            "  </meta>",
            "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\" timerepresentation=\"interval\">",
        ]
        for domain in ["node", "edge"] {
            lines.append("    <attributes class=\"\(domain)\">")
            for (id, cls, title, type) in attributes where cls == domain {
                lines.append("      <attribute id=\"\(id)\" title=\"\(title)\" type=\"\(type)\"/>")
            }
            lines.append("    </attributes>")
        }
        lines.append("    <nodes>")
        for actor in graph.actors {
            lines.append("      <node id=\"\(XMLEscaping.escape(actor.id))\" label=\"\(XMLEscaping.escape(actor.name))\">")
            lines.append("        <attvalues>")
            lines.append(value("kind", actor.kind.rawValue))
            lines.append(value("type", actor.type.rawValue))
            lines.append(value("aliases", actor.aliases.joined(separator: "; ")))
            lines.append(value("mentions", String(actor.mentions)))
            lines.append("        </attvalues>")
            lines.append("      </node>")
        }
        lines.append("    </nodes>")
        lines.append("    <edges>")
        for relation in graph.relations {
            let type = relation.type.isDirected ? "directed" : "undirected"
            lines.append("      <edge id=\"\(XMLEscaping.escape(relation.id))\" source=\"\(XMLEscaping.escape(relation.source))\" target=\"\(XMLEscaping.escape(relation.target))\" type=\"\(type)\" label=\"\(relation.type.rawValue)\" weight=\"\(relation.weight)\">")
            lines.append("        <attvalues>")
            lines.append(value("relation", relation.type.rawValue))
            if let first = relation.evidence.first {
                lines.append(value("first_evidence", first.text))
                lines.append(value("first_document", first.document))
            }
            lines.append(value("documents", relation.documentIDs.joined(separator: "; ")))
            lines.append("        </attvalues>")
            let dates = relation.evidenceDates
            if !dates.isEmpty {
                lines.append("        <spells>")
                for date in dates {
                    let day = XMLEscaping.escape(date)
                    lines.append("          <spell start=\"\(day)\" end=\"\(day)\"/>")
                }
                lines.append("        </spells>")
            }
            lines.append("      </edge>")
        }
        lines.append("    </edges>")
        lines.append("  </graph>")
        lines.append("</gexf>")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func value(_ key: String, _ text: String) -> String {
        "          <attvalue for=\"\(key)\" value=\"\(XMLEscaping.escape(text))\"/>"
    }
}
