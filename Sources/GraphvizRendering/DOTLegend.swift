import StakeholderCore

/// The legend of a map: one node holding an HTML-like table with a swatch per sector present
/// and a sample line per relation type present, nothing for what the graph does not hold.
///
/// A single node (not a cluster) keeps the legend whole under every engine: neato, fdp, sfdp
/// and circo do not keep clusters apart from the other nodes.
struct DOTLegend {
    let graph: StakeholderGraph

    /// The DOT line of the legend node, or none for an empty graph.
    /// - Complexity: O(a + r).
    func lines() -> [String] {
        let sectors = Set(graph.actors.map(\.type)).sorted()
        let kinds = Set(graph.relations.map(\.type)).sorted()
        guard !sectors.isEmpty || !kinds.isEmpty else { return [] }
        var rows = ["<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>"]
        for sector in sectors {
            rows.append("<TR><TD BGCOLOR=\"\(DOTStyle.fillColor(sector))\" WIDTH=\"24\"> </TD>"
                        + "<TD ALIGN=\"LEFT\">\(Self.html(DOTStyle.legendName(sector)))</TD></TR>")
        }
        for kind in kinds {
            let color = DOTStyle.edgeAttributes(kind).first { $0.0 == "color" }?.1 ?? "black"
            rows.append("<TR><TD><FONT COLOR=\"\(color)\">\(Self.sample(kind))</FONT></TD>"
                        + "<TD ALIGN=\"LEFT\">\(Self.html(kind.rawValue))</TD></TR>")
        }
        let table = "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\" COLOR=\"#bbbbbb\">"
            + rows.joined() + "</TABLE>"
        let id = DOTEscaping.quotedID(uniqueID())
        return ["  \(id) [shape=\"plaintext\", fontsize=\"10\", tooltip=\"Legend\", label=<\(table)>];"]
    }

    /// A short drawing of a line of `kind`: arrow heads for directed relations, dashes for
    /// affiliation.
    private static func sample(_ kind: RelationKind) -> String {
        switch kind {
        case .meeting: return "━━━"
        case .affiliation: return "╌╌╌▷"
        default: return "━━━▶"
        }
    }

    /// `text` escaped for an HTML-like label.
    static func html(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// An id no actor has, so that the legend never joins an actor.
    private func uniqueID() -> String {
        var id = "legend"
        while graph.index(ofActor: id) != nil { id = "_" + id }
        return id
    }
}
