import Foundation
import Testing

/// `stakemap map` end to end on the seed articles: the files an analyst opens, and what they show.
@Suite struct MapCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = root.appendingPathComponent("seeds").path

    static func scratch() throws -> String {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("stakemap-map-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.path
    }

    static func read(_ dir: String, _ name: String) throws -> String {
        try String(contentsOfFile: (dir as NSString).appendingPathComponent(name), encoding: .utf8)
    }

    @Test func mapsTheSeedsIntoEveryOutputFile() throws {
        let out = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let run = try CLI.run(["map", Self.seeds, "-o", out, "--threads", "2"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("documents read: 3"))
        #expect(run.stdout.contains("grievance"))
        for name in ["map.json", "map.dot", "map.svg", "map.png", "map.graphml", "map.gexf", "events.jsonl",
                     "grievances.md", "centrality.csv"] {
            let path = (out as NSString).appendingPathComponent(name)
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            #expect(size > 0, "\(name) missing or empty")
            #expect(run.stdout.contains(path))
        }
        let svg = try Self.read(out, "map.svg")
        #expect(svg.contains("José María Balcázar"))
        #expect(svg.contains("Jesús Castrejón"))
        let grievances = try Self.read(out, "grievances.md")
        #expect(grievances.contains("Jesús Castrejón"))
        #expect(grievances.contains("Yanacocha"))
        #expect(grievances.contains("> "))
        // The president is the most central actor of the seeds, by betweenness.
        let csv = try Self.read(out, "centrality.csv").split(separator: "\n")
        #expect(csv.first?.contains("betweenness") == true)
        let columns = csv[0].split(separator: ",").map(String.init)
        let b = try #require(columns.firstIndex(of: "betweenness"))
        let rows = csv.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let top = rows.max { (Double($0[b]) ?? 0) < (Double($1[b]) ?? 0) }
        #expect(top?.contains("José María Balcázar") == true)
    }

    @Test func runningTwiceGivesTheSameBytes() throws {
        let a = try Self.scratch(), b = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: a); try? FileManager.default.removeItem(atPath: b) }
        #expect(try CLI.run(["map", Self.seeds, "-o", a, "--threads", "1"]).status == 0)
        #expect(try CLI.run(["map", Self.seeds, "-o", b, "--threads", "2"]).status == 0)
        for name in ["map.json", "map.dot", "map.svg", "map.graphml", "map.gexf", "events.jsonl", "grievances.md", "centrality.csv"] {
            #expect(try Self.read(a, name) == Self.read(b, name), "\(name) differs")
        }
    }

    @Test func nothingReadableIsAnErrorNamingThePath() throws {
        let out = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let run = try CLI.run(["map", "/nonexistent/articles", "-o", out])
        #expect(run.status != 0)
        #expect(run.stderr.contains("/nonexistent/articles"))
    }
}
