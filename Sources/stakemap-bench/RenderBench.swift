import Foundation
import GraphvizRendering
import StakeholderCore

/// Rendering: synthetic stakeholder maps of 50, 500 and 5,000 actors laid out and drawn as
/// SVG with the automatic engine.
extension BenchContext {
    mutating func runRendering() throws {
        print("Rendering")
        let sizes = options.quick ? [50] : [50, 500, 5_000]
        let renderer = GraphvizRenderer()
        var largest: (actors: Int, seconds: Double)? = nil
        for actors in sizes {
            let graph = Self.syntheticMap(actors: actors)
            let engine = LayoutEngine.auto.resolved(nodeCount: graph.actors.count)
            let runs = actors >= 5_000 ? min(options.runs, 3) : options.runs
            let m = try Stopwatch.measure(runs: runs, budget: 90) {
                try renderer.render(graph, format: .svg, engine: .auto)
            }
            let dot = Stopwatch.measure(runs: runs) { DOTWriter().dot(for: graph) }
            try m.result.write(to: URL(fileURLWithPath: workPath("map-\(actors).svg")))
            progress("\(actors) actors (\(engine)): \(Format.seconds(m.timing.median)), \(Format.bytes(m.result.count))")
            table.rows.append(ResultRow(
                section: "Rendering to SVG (automatic engine, in-process Graphviz)",
                measure: "\(actors.formatted()) actors, \(graph.relations.count.formatted()) relations (\(engine))",
                stakemap: Format.seconds(m.timing.median),
                note: "SVG \(Format.bytes(m.result.count)); DOT text alone \(Format.seconds(dot.timing.median)); \(m.timing.samples.count) runs"))
            largest = (actors, m.timing.median)
        }
        if let largest, largest.actors >= 5_000 {
            table.targets.append(TargetCheck(target: "A 5,000-actor map rendered in under 30 s (automatic engine)",
                                             met: largest.seconds < 30, detail: Format.seconds(largest.seconds)))
        }
        table.notes.append("Maps are synthetic and seeded: actors of every sector and kind, joined by a "
            + "Barabási–Albert graph with m = 2 (about two relations per actor), relation types in turn, one "
            + "piece of evidence each; rendering includes writing the DOT text, layout, the legend and SVG output.")
    }

    /// A seeded stakeholder map of `actors` actors and about 2 relations per actor.
    /// - Complexity: O(actors).
    static func syntheticMap(actors: Int) -> StakeholderGraph {
        let sectors = Sector.allCases
        let kinds = ActorKind.allCases
        let relationKinds = RelationKind.allCases
        let shape = EdgeList.barabasiAlbert(nodes: actors, m: 2, seed: 0x5EED + UInt64(actors))
        var list: [Actor] = []
        for i in 0..<actors {
            list.append(Actor(id: "actor-\(i)", name: "Actor \(i)", kind: kinds[i % kinds.count],
                              type: sectors[i % sectors.count], mentions: 1 + i % 7))
        }
        var relations: [Relation] = []
        for (k, (u, v)) in shape.edges.enumerated() {
            let text = "Actor \(u) and Actor \(v) (statement \(k))."
            let evidence = Evidence(document: "doc-\(k % 97)", date: String(format: "2026-%02d-%02d", 1 + k % 12, 1 + k % 28),
                                    text: text, start: 0, end: text.unicodeScalars.count, rule: "bench")
            relations.append(Relation(type: relationKinds[k % relationKinds.count], source: "actor-\(v)",
                                      target: "actor-\(u)", evidence: [evidence]))
        }
        return StakeholderGraph(documents: [], actors: list, relations: relations)
    }
}
