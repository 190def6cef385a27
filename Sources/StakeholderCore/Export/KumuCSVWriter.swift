import Foundation

/// Writes a stakeholder graph as two CSV tables that Kumu imports: elements and connections.
///
/// Actors: `Label`, `Type` (sector), `ID`, `Kind`, `Aliases`, `Mentions`. Relations: `From`,
/// `To` (actor IDs, which Kumu matches against the `ID` column), `Type`, `Direction`
/// (`undirected` for meetings), `Strength` (the weight), `Evidence` (the first sentence),
/// `Documents`, `First Date`, `Last Date`. Fields follow RFC 4180 (CRLF line ends, fields with
/// a comma, quote or line break quoted, quotes doubled), and a field that starts with `=`, `+`,
/// `-`, `@`, a tab or a carriage return gets a leading `'` so that no spreadsheet runs it as a
/// formula.
public enum KumuCSVWriter {
    /// The actors table.
    /// - Complexity: O(a).
    public static func actorsCSV(for graph: StakeholderGraph) -> String {
        var rows = [["Label", "Type", "ID", "Kind", "Aliases", "Mentions"]]
        for actor in graph.actors {
            rows.append([actor.name, actor.type.rawValue, actor.id, actor.kind.rawValue,
                         actor.aliases.joined(separator: "|"), String(actor.mentions)])
        }
        return table(rows)
    }

    /// The relations table.
    /// - Complexity: O(r + e).
    public static func relationsCSV(for graph: StakeholderGraph) -> String {
        var rows = [["From", "To", "Type", "Direction", "Strength", "Evidence", "Documents",
                     "First Date", "Last Date"]]
        for relation in graph.relations {
            let range = relation.dateRange
            rows.append([relation.source, relation.target, relation.type.rawValue,
                         relation.type.isDirected ? "directed" : "undirected", String(relation.weight),
                         relation.evidence.first?.text ?? "", relation.documentIDs.joined(separator: "|"),
                         range?.first ?? "", range?.last ?? ""])
        }
        return table(rows)
    }

    /// One CSV field: neutralised against formulas, then quoted when needed.
    public static func field(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            value = "'" + value
        }
        let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func table(_ rows: [[String]]) -> String {
        rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }
}
