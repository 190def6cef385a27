import Foundation
import StakeholderCore

/// Writes a stakeholder graph as Graphviz DOT text.
///
/// The output is deterministic (actors and relations in graph order, attributes in a fixed
/// order, numbers with fixed decimals), every identifier and label is quoted and escaped, and
/// the file declares `charset="UTF-8"`. The legend is not part of the DOT text:
/// `GraphvizRenderer.render(_:format:engine:options:)` places it beside the laid-out map.
public struct DOTWriter: Sendable {
    /// What the writer draws besides the graph itself.
    public struct Options: Sendable, Equatable {
        /// A value per actor id (e.g. a centrality); node width, height and font size grow with
        /// it, normalised to the largest value. Actors without a value get the smallest size.
        public var nodeSizes: [String: Double]?
        /// When set, only the N actors ranked highest (by `nodeSizes`, else by mentions) keep
        /// their label; the others are drawn with an empty label and keep their tooltip.
        public var labelTop: Int?
        /// A title drawn above the map.
        public var title: String?
        /// Whether edges are routed around nodes as splines (`true`) or drawn straight (`false`);
        /// `nil` routes splines up to `DOTWriter.splineLimit` actors only, as Graphviz's spline
        /// router grows much faster than the graph (about 2 s for 60 actors and 120 relations,
        /// 11 s for 150 and 300, minutes for 600).
        public var splines: Bool?
        /// Whether `GraphvizRenderer.render(_:format:engine:options:)` draws the legend (sectors
        /// and relation types present) to the right of the map. The DOT text has no legend.
        public var legend: Bool

        public init(nodeSizes: [String: Double]? = nil, labelTop: Int? = nil,
                    title: String? = nil, splines: Bool? = nil, legend: Bool = true) {
            self.splines = splines
            self.nodeSizes = nodeSizes
            self.labelTop = labelTop
            self.title = title
            self.legend = legend
        }
    }

    public var options: Options

    /// The largest number of actors for which edges are routed as splines by default.
    public static let splineLimit = 80

    public init(options: Options = Options()) {
        self.options = options
    }

    /// The DOT text of `graph`.
    /// - Parameter graph: the graph to draw.
    /// - Returns: a complete `digraph` ending in a newline.
    /// - Complexity: O(a log a + r) for a actors and r relations.
    public func dot(for graph: StakeholderGraph) -> String {
        var lines: [String] = []
        lines.append("digraph \"stakemap\" {")
        let splines = options.splines ?? (graph.actors.count <= Self.splineLimit)
        var graphAttributes = [("charset", "UTF-8"), ("rankdir", "LR"), ("fontname", "Helvetica"),
                               ("overlap", "false"), ("sep", "+12"), ("splines", splines ? "true" : "false"),
                               ("outputorder", "edgesfirst")]
        if let title = options.title {
            graphAttributes += [("label", title), ("labelloc", "t"), ("fontsize", "18")]
        }
        lines.append("  graph [\(Self.attributeList(graphAttributes))];")
        lines.append("  node [fontname=\"Helvetica\", fontsize=\"11\", penwidth=\"0.8\"];")
        lines.append("  edge [fontname=\"Helvetica\", fontsize=\"9\", arrowsize=\"0.7\"];")
        let labelled = labelledActors(graph)
        let scale = sizeScale()
        for actor in graph.actors {
            lines.append("  " + nodeStatement(actor, labelled: labelled.contains(actor.id), scale: scale))
        }
        for relation in graph.relations {
            lines.append("  " + edgeStatement(relation, graph: graph))
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Nodes

    private func nodeStatement(_ actor: Actor, labelled: Bool, scale: (String) -> Double?) -> String {
        var attributes: [(String, String)] = [
            ("label", labelled ? actor.name : ""),
            ("tooltip", Self.tooltip(of: actor)),
            ("shape", DOTStyle.shape(actor.kind)),
            ("style", DOTStyle.nodeStyle(actor.kind)),
            ("fillcolor", DOTStyle.fillColor(actor.type)),
        ]
        if let v = scale(actor.id) {
            attributes += [("width", Self.number(0.75 + 1.75 * v)),
                           ("height", Self.number(0.4 + 0.8 * v)),
                           ("fontsize", Self.number(10 + 12 * v))]
        }
        return "\(DOTEscaping.quotedID(actor.id)) [\(Self.attributeList(attributes))];"
    }

    /// The hover text of an actor: name, kind and sector, mentions, aliases.
    static func tooltip(of actor: Actor) -> String {
        var text = "\(actor.name) (\(actor.kind.rawValue), \(DOTStyle.legendName(actor.type)); \(actor.mentions) mention\(actor.mentions == 1 ? "" : "s"))"
        if !actor.aliases.isEmpty { text += "\nalso: " + actor.aliases.joined(separator: "; ") }
        return text
    }

    /// For each actor id, its size in 0...1, or nil when no sizes were given.
    private func sizeScale() -> (String) -> Double? {
        guard let sizes = options.nodeSizes else { return { _ in nil } }
        let maximum = sizes.values.filter { $0.isFinite }.max() ?? 0
        return { id in
            guard maximum > 0, let value = sizes[id], value.isFinite else { return 0 }
            return min(1, max(0, value / maximum))
        }
    }

    /// The ids of the actors that keep their label under `labelTop`.
    private func labelledActors(_ graph: StakeholderGraph) -> Set<String> {
        let all = Set(graph.actors.map(\.id))
        guard let top = options.labelTop, top < graph.actors.count else { return all }
        let ranked = graph.actors.enumerated().sorted { a, b in
            let va = rank(a.element), vb = rank(b.element)
            return va != vb ? va > vb : a.offset < b.offset
        }
        return Set(ranked.prefix(max(0, top)).map(\.element.id))
    }

    private func rank(_ actor: Actor) -> Double {
        if let sizes = options.nodeSizes {
            let value = sizes[actor.id] ?? 0
            return value.isFinite ? value : 0
        }
        return Double(actor.mentions)
    }

    // MARK: Edges

    private func edgeStatement(_ relation: Relation, graph: StakeholderGraph) -> String {
        var attributes = DOTStyle.edgeAttributes(relation.type)
        if relation.weight > 1 {
            attributes.append(("label", String(relation.weight)))
        }
        attributes.append(("tooltip", Self.tooltip(of: relation, in: graph)))
        let source = DOTEscaping.quotedID(relation.source)
        let target = DOTEscaping.quotedID(relation.target)
        return "\(source) -> \(target) [\(Self.attributeList(attributes))];"
    }

    /// The hover text of a relation: its type and weight, then the first evidence sentence and
    /// its document.
    static func tooltip(of relation: Relation, in graph: StakeholderGraph) -> String {
        let source = graph.actor(id: relation.source)?.name ?? relation.source
        let target = graph.actor(id: relation.target)?.name ?? relation.target
        var text = "\(source) —\(relation.type.rawValue)→ \(target) (\(relation.weight) evidence)"
        if let first = relation.evidence.first {
            let date = first.date.map { ", \($0)" } ?? ""
            text += "\n\u{201C}\(first.text)\u{201D}\n[\(first.document)\(date)]"
        }
        return text
    }

    // MARK: Formatting

    /// `name="value", ...` with every value quoted and escaped.
    static func attributeList(_ attributes: [(String, String)]) -> String {
        attributes.map { "\($0.0)=\(DOTEscaping.quotedLabel($0.1))" }.joined(separator: ", ")
    }

    /// A number with three decimals, independent of the locale.
    static func number(_ value: Double) -> String {
        String(format: "%.3f", locale: nil, value)
    }
}
