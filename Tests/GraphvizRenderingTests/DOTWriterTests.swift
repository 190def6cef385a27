import Foundation
import StakeholderCore
import Testing
@testable import GraphvizRendering

@Suite struct DOTWriterTests {
    @Test func hostileNamesParseBackIdentical() throws {
        let graph = RenderFixtures.hostileGraph()
        let dot = DOTWriter(options: .init(legend: false)).dot(for: graph)
        let labels = try GraphvizRenderer.nodeLabels(ofDOT: dot)
        #expect(labels == RenderFixtures.hostileNames)
    }

    @Test func hostileNamesCannotAddNodesOrEdges() throws {
        let graph = RenderFixtures.hostileGraph()
        let dot = DOTWriter().dot(for: graph)
        let labels = try GraphvizRenderer.nodeLabels(ofDOT: dot)
        #expect(labels.count == graph.actors.count)
        #expect(Array(labels.prefix(graph.actors.count)) == RenderFixtures.hostileNames)
        #expect(!labels.contains("evil"))
    }

    @Test func outputIsDeterministicAndDeclaresUTF8() {
        let graph = RenderFixtures.ring(12)
        let options = DOTWriter.Options(nodeSizes: ["n1": 3, "n2": 0.5], labelTop: 4, title: "Mapa")
        let first = DOTWriter(options: options).dot(for: graph)
        let second = DOTWriter(options: options).dot(for: graph)
        #expect(first == second)
        #expect(first.contains("charset=\"UTF-8\""))
        #expect(first.hasPrefix("digraph "))
    }

    @Test func meetingsHaveNoArrowHeadAndWeightsShow() {
        var graph = StakeholderGraph()
        graph.addActor(Actor(id: "a", name: "A", type: .government))
        graph.addActor(Actor(id: "b", name: "B", type: .community))
        graph.addRelation(.meeting, from: "a", to: "b", evidence: [RenderFixtures.evidence("d1", 0),
                                                                   RenderFixtures.evidence("d2", 5)])
        graph.addRelation(.affiliation, from: "b", to: "a", evidence: [RenderFixtures.evidence("d1", 9)])
        let dot = DOTWriter().dot(for: graph)
        let meeting = dot.split(separator: "\n").first { $0.contains("\"a\" -> \"b\"") }!
        #expect(meeting.contains("dir=\"none\""))
        #expect(meeting.contains("label=\"2\""))
        #expect(meeting.contains("[d1, 2026-03-05]"))
        let affiliation = dot.split(separator: "\n").first { $0.contains("\"b\" -> \"a\"") }!
        #expect(affiliation.contains("style=\"dashed\""))
        #expect(!affiliation.contains("label="))
    }

    @Test func legendListsOnlyWhatIsPresent() throws {
        var graph = StakeholderGraph()
        graph.addActor(Actor(id: "a", name: "A", type: .government))
        graph.addActor(Actor(id: "legend_title", name: "B", type: .miners))
        graph.addRelation(.grievance, from: "legend_title", to: "a", evidence: [RenderFixtures.evidence("d", 0)])
        #expect(!DOTWriter().dot(for: graph).contains("Legend"))
        for engine in [LayoutEngine.dot, .neato] {
            let svg = String(decoding: try GraphvizRenderer().render(graph, format: .svg, engine: engine), as: UTF8.self)
            #expect(svg.contains(">Legend</text>"))
            #expect(svg.contains(">government</text>"))
            #expect(svg.contains(">miners</text>"))
            #expect(!svg.contains(">media</text>"))
            #expect(svg.contains(">grievance</text>"))
            #expect(!svg.contains(">meeting</text>"))
            // The actor whose id looks like a legend node keeps its own label.
            #expect(svg.contains(">B</text>"))
        }
        let bare = String(decoding: try GraphvizRenderer().render(graph, format: .svg, engine: .dot,
                                                                   options: .init(legend: false)), as: UTF8.self)
        #expect(!bare.contains(">Legend</text>"))
    }

    @Test func labelTopKeepsLargestLabelsAndAllTooltips() throws {
        let graph = RenderFixtures.ring(6)
        let sizes = ["n0": 1.0, "n1": 5.0, "n2": 3.0, "n3": 0.0, "n4": 2.0, "n5": 0.5]
        let dot = DOTWriter(options: .init(nodeSizes: sizes, labelTop: 2, legend: false)).dot(for: graph)
        let labels = try GraphvizRenderer.nodeLabels(ofDOT: dot)
        #expect(labels == ["", "Actor 1 de Cusco", "Actor 2 de Cusco", "", "", ""])
        let n0 = dot.split(separator: "\n").first { $0.hasPrefix("  \"n0\" [") }!
        #expect(n0.contains("tooltip=\"Actor 0 de Cusco"))
        let n1 = dot.split(separator: "\n").first { $0.hasPrefix("  \"n1\" [") }!
        #expect(n1.contains("width=\"2.500\""))
        #expect(n1.contains("fontsize=\"22.000\""))
    }
}

@Suite struct DOTWriterSplineTests {
    @Test func largeGraphsGetStraightEdges() {
        let small = DOTWriter().dot(for: RenderFixtures.ring(10))
        #expect(small.contains("splines=\"true\""))
        let large = DOTWriter().dot(for: RenderFixtures.ring(DOTWriter.splineLimit + 1))
        #expect(large.contains("splines=\"false\""))
        let forced = DOTWriter(options: .init(splines: true)).dot(for: RenderFixtures.ring(DOTWriter.splineLimit + 1))
        #expect(forced.contains("splines=\"true\""))
    }
}
