/// Writes a stakeholder graph as GraphML with typed keys.
///
/// Node data: `name` and `label` (the same text; Gephi takes `label`), `kind`, `type` (sector),
/// `aliases` (joined by "; "), `mentions`. Edge data: `relation` (the type), `weight`,
/// `directed` (false for meetings; per-edge `directed="false"` is avoided because networkx
/// rejects it in a directed graph), `first_evidence`, `first_document`, `documents`,
/// `first_date`, `last_date`. Keys declare `attr.type`, so networkx's `read_graphml`, Gephi and
/// yEd read values with their types.
public enum GraphMLWriter {
    /// (id, domain, attr.name, attr.type)
    static let keys: [(String, String, String, String)] = [
        ("name", "node", "name", "string"),
        ("label", "node", "label", "string"),
        ("kind", "node", "kind", "string"),
        ("type", "node", "type", "string"),
        ("aliases", "node", "aliases", "string"),
        ("mentions", "node", "mentions", "int"),
        ("relation", "edge", "relation", "string"),
        ("weight", "edge", "weight", "double"),
        ("directed", "edge", "directed", "boolean"),
        ("first_evidence", "edge", "first_evidence", "string"),
        ("first_document", "edge", "first_document", "string"),
        ("documents", "edge", "documents", "string"),
        ("first_date", "edge", "first_date", "string"),
        ("last_date", "edge", "last_date", "string"),
    ]

    /// The GraphML document of `graph`, deterministic, ending in a newline.
    /// - Complexity: O(a + r + e).
    public static func graphML(for graph: StakeholderGraph) -> String {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">",
        ]
        for (id, domain, name, type) in keys {
            lines.append("  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"\(name)\" attr.type=\"\(type)\"/>")
        }
        lines.append("  <graph id=\"stakemap\" edgedefault=\"directed\">")
        for actor in graph.actors {
            lines.append("    <node id=\"\(XMLEscaping.escape(actor.id))\">")
            lines.append(data("name", actor.name))
            lines.append(data("label", actor.name))
            lines.append(data("kind", actor.kind.rawValue))
            lines.append(data("type", actor.type.rawValue))
            if !actor.aliases.isEmpty { lines.append(data("aliases", actor.aliases.joined(separator: "; "))) }
            lines.append(data("mentions", String(actor.mentions)))
            lines.append("    </node>")
        }
        for relation in graph.relations {
            lines.append("    <edge id=\"\(XMLEscaping.escape(relation.id))\" source=\"\(XMLEscaping.escape(relation.source))\" target=\"\(XMLEscaping.escape(relation.target))\">")
            lines.append(data("relation", relation.type.rawValue))
            lines.append(data("weight", String(relation.weight)))
            lines.append(data("directed", relation.type.isDirected ? "true" : "false"))
            if let first = relation.evidence.first {
                lines.append(data("first_evidence", first.text))
                lines.append(data("first_document", first.document))
            }
            lines.append(data("documents", relation.documentIDs.joined(separator: "; ")))
            if let range = relation.dateRange {
                lines.append(data("first_date", range.first))
                lines.append(data("last_date", range.last))
            }
            lines.append("    </edge>")
        }
        lines.append("  </graph>")
        lines.append("</graphml>")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func data(_ key: String, _ value: String) -> String {
        "      <data key=\"\(key)\">\(XMLEscaping.escape(value))</data>"
    }
}
