import Foundation
import StakeholderCore
import Testing
@testable import GraphvizRendering
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct GraphvizRendererTests {
    let renderer = GraphvizRenderer()

    /// Collects the text of every SVG `<text>` element and checks the document parses.
    final class SVGTextCollector: NSObject, XMLParserDelegate {
        var texts: [String] = []
        var titles: [String] = []
        private var current: String?
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            if name == "text" { current = "" }
            if let title = attributes["xlink:title"] { titles.append(title) }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { current? += string }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "text", let current { texts.append(current); self.current = nil }
        }
    }

    @Test func svgParsesAsXMLAndHoldsTheHostileLabels() throws {
        let data = try renderer.render(RenderFixtures.hostileGraph(), format: .svg, engine: .dot)
        let parser = XMLParser(data: data)
        let collector = SVGTextCollector()
        parser.delegate = collector
        #expect(parser.parse(), "SVG is not well-formed XML: \(String(describing: parser.parserError))")
        let svg = String(decoding: data, as: UTF8.self)
        #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!svg.contains("<script>"))
        for name in RenderFixtures.hostileNames {
            // Graphviz draws each line of a label as one <text> element.
            for line in name.split(separator: "\n") {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                #expect(collector.texts.contains { $0.contains(trimmed) }, "missing label line: \(trimmed)")
            }
        }
    }

    @Test func pngAndPDFStartWithTheirMagicBytes() throws {
        let graph = RenderFixtures.ring(8)
        let png = try renderer.render(graph, format: .png, engine: .dot)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let pdf = try renderer.render(graph, format: .pdf, engine: .dot)
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
    }

    @Test(arguments: RenderFormat.allCases)
    func sameGraphGivesSameBytes(format: RenderFormat) async throws {
        let graph = RenderFixtures.ring(8)
        let first = try renderer.render(graph, format: format, engine: .neato)
        if format == .pdf { try await Task.sleep(for: .milliseconds(1100)) }  // a new timestamp
        let second = try renderer.render(graph, format: format, engine: .neato)
        #expect(first == second)
    }

    @Test(arguments: LayoutEngine.allCases)
    func everyEngineLaysOutThirtyNodes(engine: LayoutEngine) throws {
        let graph = RenderFixtures.ring(30)
        let svg = String(decoding: try renderer.render(graph, format: .svg, engine: engine), as: UTF8.self)
        #expect(svg.components(separatedBy: "class=\"node\"").count - 1 >= 30)
        #expect(svg.components(separatedBy: "class=\"edge\"").count - 1 >= graph.relations.count)
    }

    @Test func malformedDOTThrowsGraphvizMessage() throws {
        do {
            _ = try renderer.render(dot: "digraph { a -> ; }", format: .svg, engine: .dot)
            Issue.record("no error thrown")
        } catch let GraphvizRenderingError.graphviz(stage, message) {
            #expect(stage == "read")
            #expect(message.contains("syntax error"), "message: \(message)")
        }
        // The parser recovers: the next graph renders.
        let svg = try renderer.render(dot: "digraph { a -> b }", format: .svg, engine: .dot)
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
    }

    @Test func unknownOutputFormatThrowsGraphvizMessage() throws {
        do {
            _ = try GraphvizSession.withLock {
                try GraphvizSession.render(dot: "graph { a }", format: "nonesuch", engine: .dot)
            }
            Issue.record("no error thrown")
        } catch let GraphvizRenderingError.graphviz(stage, message) {
            #expect(stage.hasPrefix("render"))
            #expect(message.contains("nonesuch"), "message: \(message)")
        }
    }

    @Test func autoPicksEngineBySize() {
        #expect(LayoutEngine.auto.resolved(nodeCount: 5) == "dot")
        #expect(LayoutEngine.auto.resolved(nodeCount: 60) == "neato")
        #expect(LayoutEngine.auto.resolved(nodeCount: 1000) == "sfdp")
        #expect(LayoutEngine.circo.resolved(nodeCount: 1000) == "circo")
        #expect(RenderFormat(path: "out/Map.PNG") == .png)
        #expect(RenderFormat(path: "map.dot") == nil)
    }

    @Test func concurrentRendersDoNotInterfere() async throws {
        let graph = RenderFixtures.ring(10)
        let expected = try renderer.render(graph, format: .svg, engine: .dot)
        try await withThrowingTaskGroup(of: Data.self) { group in
            for _ in 0..<6 {
                group.addTask { try GraphvizRenderer().render(graph, format: .svg, engine: .dot) }
            }
            for try await data in group { #expect(data == expected) }
        }
    }
}
