import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `stakemap render` and `stakemap export` run end to end on `Tests/Fixtures/fixture-graph.json`.
@Suite struct RenderExportCLITests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let graph = fixtures.appendingPathComponent("fixture-graph.json").path

    /// A fresh temporary folder.
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("stakemap-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func rendersSVGPNGAndPDF() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let svg = dir.appendingPathComponent("map.svg").path
        let run = try CLI.run(["render", Self.graph, "-o", svg, "--title", "Mapa <prueba>"])
        #expect(run.status == 0, "\(run.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: svg))
        #expect(XMLParser(data: data).parse())
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("Radio Ñuñoa"))
        #expect(text.contains("Comunidad Campesina de Q&#39;eswachaka") || text.contains("Q'eswachaka"))
        #expect(text.contains("Mapa &lt;prueba&gt;"))

        let png = dir.appendingPathComponent("map.png").path
        #expect(try CLI.run(["render", Self.graph, "-o", png, "--engine", "neato"]).status == 0)
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: png)).prefix(4)) == [0x89, 0x50, 0x4E, 0x47])

        let pdf = dir.appendingPathComponent("map.out").path
        #expect(try CLI.run(["render", Self.graph, "-o", pdf, "--format", "pdf", "--engine", "circo"]).status == 0)
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: pdf)).prefix(5)) == Array("%PDF-".utf8))
    }

    @Test func renderLabelTopHidesSmallLabels() throws {
        let run = try CLI.run(["render", Self.graph, "-o", "-", "--format", "svg", "--label-top", "2"])
        #expect(run.status == 0)
        #expect(run.stdout.contains(">Ministerio de Energía y Minas</text>"))
        #expect(!run.stdout.contains(">Radio Ñuñoa</text>"))
        #expect(run.stdout.contains("Radio Ñuñoa (organization, media"))
    }

    @Test func missingAndForeignFilesGiveClearErrors() throws {
        let missing = try CLI.run(["render", "no/such/graph.json", "-o", "/tmp/never.svg"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no/such/graph.json: no such file"))

        let foreign = Self.fixtures.appendingPathComponent("not-a-graph.json").path
        let notGraph = try CLI.run(["export", foreign, "--format", "graphml", "-o", "-"])
        #expect(notGraph.status == 1)
        #expect(notGraph.stderr.contains("not-a-graph.json: not a stakemap graph"))
        #expect(notGraph.stdout.isEmpty)

        let badFormat = try CLI.run(["render", Self.graph, "-o", "map.jpg"])
        #expect(badFormat.status != 0)
        #expect(badFormat.stderr.contains("cannot tell the format of 'map.jpg'"))

        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("plain-file").path
        #expect(FileManager.default.createFile(atPath: file, contents: Data("x".utf8)))
        let unwritable = try CLI.run(["render", Self.graph, "-o", file + "/map.svg"])
        #expect(unwritable.status == 1)
        #expect(unwritable.stderr.contains("plain-file/map.svg: cannot write"))

        let csvToStdout = try CLI.run(["export", Self.graph, "--format", "csv", "-o", "-"])
        #expect(csvToStdout.status != 0)
        #expect(csvToStdout.stderr.contains("csv writes two files"))
    }

    @Test func exportsXMLFormatsWithAllNodesAndEdges() throws {
        let graphml = try CLI.run(["export", Self.graph, "--format", "graphml", "-o", "-"])
        #expect(graphml.status == 0)
        #expect(XMLParser(data: Data(graphml.stdout.utf8)).parse())
        #expect(Self.count("<node ", in: graphml.stdout) == 8)
        #expect(Self.count("<edge ", in: graphml.stdout) == 9)

        let gexf = try CLI.run(["export", Self.graph, "--format", "gexf", "-o", "-"])
        #expect(gexf.status == 0)
        #expect(XMLParser(data: Data(gexf.stdout.utf8)).parse())
        #expect(Self.count("<edge ", in: gexf.stdout) == 9)
        #expect(gexf.stdout.contains("<spell start=\"2026-03-09\" end=\"2026-03-09\"/>"))

        let windowed = try CLI.run(["export", Self.graph, "--format", "graphml", "-o", "-", "--since", "2026-03-05"])
        #expect(Self.count("<edge ", in: windowed.stdout) == 6)

        let dot = try CLI.run(["export", Self.graph, "-o", "-", "--format", "dot"])
        #expect(dot.stdout.hasPrefix("digraph \"stakemap\" {"))
    }

    @Test func exportedJSONReadsBackToTheSameGraph() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = dir.appendingPathComponent("copy.json").path
        #expect(try CLI.run(["export", Self.graph, "-o", copy]).status == 0)
        let again = dir.appendingPathComponent("again.json").path
        #expect(try CLI.run(["export", copy, "-o", again]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == Data(contentsOf: URL(fileURLWithPath: again)))
        let original = try CLI.run(["export", Self.graph, "--format", "graphml", "-o", "-"]).stdout
        let viaCopy = try CLI.run(["export", copy, "--format", "graphml", "-o", "-"]).stdout
        #expect(original == viaCopy)
    }

    @Test func exportsKumuCSVIntoAFolderOrBesideAStem() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = dir.appendingPathComponent("kumu").path + "/"
        #expect(try CLI.run(["export", Self.graph, "--format", "csv", "-o", folder]).status == 0)
        let actors = try String(contentsOfFile: folder + "actors.csv", encoding: .utf8)
        let relations = try String(contentsOfFile: folder + "relations.csv", encoding: .utf8)
        #expect(actors.hasPrefix("Label,Type,ID,Kind,Aliases,Mentions\r\n"))
        #expect(actors.contains(",\"'=HYPERLINK(\"\"http://x\"\")\","))
        #expect(relations.hasPrefix("From,To,Type,Direction,Strength,"))
        #expect(relations.contains("\"La comunidad denunció que la empresa contaminó el río, \"\"sin consulta previa\"\".\""))

        let stem = dir.appendingPathComponent("mapa.csv").path
        #expect(try CLI.run(["export", Self.graph, "-o", stem]).status == 0)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("mapa-actors.csv").path))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("mapa-relations.csv").path))
    }
}
