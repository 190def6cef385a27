import StakeholderCore

/// The legend cluster of a map: one swatch per sector present and one sample line per relation
/// type present, nothing for what the graph does not hold.
struct DOTLegend {
    let graph: StakeholderGraph

    /// The DOT lines of the legend cluster, or none for an empty graph.
    /// - Complexity: O(a + r).
    func lines() -> [String] {
        let sectors = Set(graph.actors.map(\.type)).sorted()
        let kinds = Set(graph.relations.map(\.type)).sorted()
        guard !sectors.isEmpty || !kinds.isEmpty else { return [] }
        let prefix = uniquePrefix()
        var lines = ["  subgraph \"cluster_\(prefix)legend\" {",
                     "    graph [label=\"Legend\", fontsize=\"12\", style=\"rounded\", color=\"#bbbbbb\"];"]
        var previous: String?
        for sector in sectors {
            let id = DOTEscaping.quotedID("\(prefix)sector_\(sector.rawValue)")
            let attributes = [("label", DOTStyle.legendName(sector)), ("shape", "box"),
                              ("style", "filled,rounded"), ("fillcolor", DOTStyle.fillColor(sector)),
                              ("fontsize", "10"), ("tooltip", "sector: \(DOTStyle.legendName(sector))")]
            lines.append("    \(id) [\(DOTWriter.attributeList(attributes))];")
            if let previous { lines.append("    \(previous) -> \(id) [style=\"invis\"];") }
            previous = id
        }
        for kind in kinds {
            let from = DOTEscaping.quotedID("\(prefix)relation_\(kind.rawValue)_from")
            let to = DOTEscaping.quotedID("\(prefix)relation_\(kind.rawValue)_to")
            let point = DOTWriter.attributeList([("label", ""), ("shape", "point"), ("width", "0.05"),
                                                 ("style", "invis")])
            lines.append("    \(from) [\(point)];")
            lines.append("    \(to) [\(point)];")
            let attributes = DOTStyle.edgeAttributes(kind) + [("label", kind.rawValue),
                                                              ("tooltip", "relation: \(kind.rawValue)")]
            lines.append("    \(from) -> \(to) [\(DOTWriter.attributeList(attributes))];")
        }
        lines.append("  }")
        return lines
    }

    /// A prefix no actor id starts with, so that legend nodes never join an actor.
    private func uniquePrefix() -> String {
        var prefix = "legend_"
        while graph.actors.contains(where: { $0.id.hasPrefix(prefix) }) { prefix = "_" + prefix }
        return prefix
    }
}
