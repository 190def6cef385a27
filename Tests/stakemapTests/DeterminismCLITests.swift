import Foundation
import Testing

/// The same articles give the same bytes, whatever the order of the paths, the order in
/// which the file system lists them, or the number of threads; and a run that fails leaves the
/// previous outputs whole.
@Suite struct DeterminismCLITests {
    static let outputs = ["map.json", "map.dot", "map.svg", "map.graphml", "map.gexf", "events.jsonl", "grievances.md", "centrality.csv"]

    /// The seeds, an HTML page and a JSON Lines file spread over two folders, written in the
    /// given order (which changes the order the file system lists them in on most systems).
    static func corpus(at dir: String, reversed: Bool) throws {
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Corpus.seeds).filter { $0.hasSuffix(".txt") }.sorted()
        var files: [(String, Data)] = try seeds.enumerated().map { i, name in
            ("\(i % 2 == 0 ? "a" : "b")/\(name)", try Data(contentsOf: URL(fileURLWithPath: Corpus.seeds + "/" + name)))
        }
        files.append(("b/page.html", Data("<p>El ministro de Energía se reunió con la Federación Minera del Sur.</p>".utf8)))
        files.append(("a/feed.jsonl", Data("""
            {"text": "La comunidad de Santa Rosa denunció a la empresa Minera Azul por los derrames."}
            {"text": "La Federación Minera del Sur exigió al ministro de Energía una mesa de diálogo."}
            """.utf8)))
        try FileManager.default.createDirectory(atPath: dir + "/a", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: dir + "/b", withIntermediateDirectories: true)
        for (name, data) in reversed ? files.reversed() : files { try Corpus.write(data, dir + "/" + name) }
    }

    static func run(_ arguments: [String], cwd: String) throws -> [String: Data] {
        let out = try Corpus.folder()
        let result = try CLI.run(["map"] + arguments + ["-o", out], cwd: cwd)
        #expect(result.status == 0, "\(result.stderr)")
        var files: [String: Data] = [:]
        for name in outputs { files[name] = try Data(contentsOf: URL(fileURLWithPath: out + "/" + name)) }
        return files
    }

    @Test func sameBytesWhateverThePathOrderListingOrderAndThreads() throws {
        let root = try Corpus.folder()
        try Self.corpus(at: root + "/corpus", reversed: false)
        let first = try Self.run(["corpus/a", "corpus/b", "--threads", "1"], cwd: root)
        let swapped = try Self.run(["corpus/b", "corpus/a", "--threads", "3"], cwd: root)
        let files = ["a/feed.jsonl", "b/page.html"] + (try FileManager.default.contentsOfDirectory(atPath: root + "/corpus/a"))
            .filter { $0.hasSuffix(".txt") }.map { "a/" + $0 }
        let listed = try Self.run(files.reversed().map { "corpus/" + $0 } + ["corpus/b", "--threads", "2"], cwd: root)
        try FileManager.default.removeItem(atPath: root + "/corpus")
        try Self.corpus(at: root + "/corpus", reversed: true)
        let rewritten = try Self.run(["corpus/b", "corpus/a"], cwd: root)
        for name in Self.outputs {
            #expect(first[name] == swapped[name], "\(name): path order or threads")
            #expect(first[name] == listed[name], "\(name): files named one by one")
            #expect(first[name] == rewritten[name], "\(name): listing order")
        }
        #expect((first["map.json"]?.count ?? 0) > 1000)
    }

    @Test func aFailedRunLeavesThePreviousOutputsWhole() throws {
        let out = try Corpus.folder()
        #expect(try CLI.run(["map", Corpus.seeds, "-o", out]).status == 0)
        var before: [String: Data] = [:]
        for name in Self.outputs { before[name] = try Data(contentsOf: URL(fileURLWithPath: out + "/" + name)) }
        // A folder where a later output goes makes the next run fail after the earlier files
        // were made: none of them may replace the previous ones.
        try FileManager.default.removeItem(atPath: out + "/centrality.csv")
        try FileManager.default.createDirectory(atPath: out + "/centrality.csv/x", withIntermediateDirectories: true)
        let other = try Corpus.folder()
        try Corpus.write(Data("La comunidad de Santa Rosa denunció a la empresa Minera Azul.".utf8), other + "/one.txt")
        let failed = try CLI.run(["map", other, "-o", out])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("centrality.csv"))
        for name in Self.outputs where name != "centrality.csv" {
            #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/" + name)) == before[name], "\(name)")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test func extractReplacesItsOutputOnlyWhenItSucceeds() throws {
        let out = try Corpus.folder() + "/graph.json"
        try Corpus.write(Data("previous".utf8), out)
        let empty = try Corpus.folder()
        try Corpus.write(Data(), empty + "/empty.txt")
        #expect(try CLI.run(["extract", empty, "-o", out]).status == 3)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "previous")
    }
}
