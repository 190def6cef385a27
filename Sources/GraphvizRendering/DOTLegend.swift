import StakeholderCore

/// The legend of a map: a swatch per sector present and a sample line per relation type
/// present, nothing for what the graph does not hold.
///
/// The legend is placed after layout, at fixed positions to the right of the laid-out map
/// (see `GraphvizSession.render`), so that every engine keeps it whole and apart: neato, sfdp
/// and circo ignore clusters. Plain labels only: Graphviz 2.42 leaks memory on every HTML-like
/// label it parses.
struct DOTLegend: Sendable {
    let sectors: [Sector]
    let kinds: [RelationKind]

    init(graph: StakeholderGraph) {
        sectors = Set(graph.actors.map(\.type)).sorted()
        kinds = Set(graph.relations.map(\.type)).sorted()
    }

    var isEmpty: Bool { sectors.isEmpty && kinds.isEmpty }

    /// Distance between rows, in points.
    static let rowHeight = 24.0

    /// DOT statements drawing the legend with its top left corner at (`left`, `top`), in points
    /// (y grows upwards), with fixed positions (`pos="x,y!"`) for Graphviz's `nop2` engine.
    /// - Parameter taken: node names already in the graph, which the legend must not reuse.
    /// - Complexity: O(s + k) for the sectors and relation types shown.
    func lines(left: Double, top: Double, avoiding taken: Set<String>) -> [String] {
        guard !isEmpty else { return [] }
        var prefix = "legend_"
        while taken.contains(where: { $0.hasPrefix(prefix) }) { prefix = "_" + prefix }
        func id(_ name: String) -> String { DOTEscaping.quotedID(prefix + name) }
        func pos(_ x: Double, _ y: Double) -> String { "\(DOTWriter.number(x)),\(DOTWriter.number(y))!" }
        var lines: [String] = []
        lines.append("  \(id("title")) [\(DOTWriter.attributeList([("label", "Legend"), ("shape", "plaintext"), ("fontsize", "12"), ("pos", pos(left + 60, top - 10))]))];")
        var y = top - 10 - Self.rowHeight
        for sector in sectors {
            let name = DOTStyle.legendName(sector)
            let attributes = [("label", name), ("shape", "box"), ("style", "filled,rounded"),
                              ("fillcolor", DOTStyle.fillColor(sector)), ("fontsize", "10"),
                              ("width", "1.5"), ("height", "0.26"), ("fixedsize", "true"),
                              ("tooltip", "sector: \(name)"), ("pos", pos(left + 60, y))]
            lines.append("  \(id("sector_" + sector.rawValue)) [\(DOTWriter.attributeList(attributes))];")
            y -= Self.rowHeight
        }
        for kind in kinds {
            let from = id("relation_\(kind.rawValue)_from"), to = id("relation_\(kind.rawValue)_to")
            let point = [("label", ""), ("shape", "point"), ("width", "0.03"), ("color", "#999999")]
            lines.append("  \(from) [\(DOTWriter.attributeList(point + [("pos", pos(left + 6, y))]))];")
            lines.append("  \(to) [\(DOTWriter.attributeList(point + [("pos", pos(left + 50, y))]))];")
            let edge = DOTStyle.edgeAttributes(kind) + [("tooltip", "relation: \(kind.rawValue)")]
            lines.append("  \(from) -> \(to) [\(DOTWriter.attributeList(edge))];")
            let text = [("label", kind.rawValue), ("shape", "plaintext"), ("fontsize", "10"),
                        ("width", "0.9"), ("height", "0.2"), ("fixedsize", "true"),
                        ("pos", pos(left + 92, y))]
            lines.append("  \(id("relation_\(kind.rawValue)")) [\(DOTWriter.attributeList(text))];")
            y -= Self.rowHeight
        }
        return lines
    }
}
