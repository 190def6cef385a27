import Foundation
import Testing

/// A user's curation file on the seed articles, through `stakemap map` and `stakemap extract`.
@Suite struct CurationCLITests {
    static let seeds = MapCommandTests.seeds

    static let curation = """
        actors:
          - name: "pequeña minería"
            type: company
        merges:
          - ["José María Balcázar", "Presidencia de la República"]
        relations:
          add:
            - type: support
              source: "Estados Unidos"
              target: "José María Balcázar"
              note: "Statement of support after the election, read by the analyst"
              date: 2026-02-20

        """

    static func write(_ text: String, name: String = "stakemap.yaml") throws -> String {
        let dir = try MapCommandTests.scratch()
        let path = (dir as NSString).appendingPathComponent(name)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func graph(_ dir: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: (dir as NSString).appendingPathComponent("map.json")))
        return try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    @Test func fixesATypeMergesActorsAndAddsARelation() throws {
        let file = try Self.write(Self.curation)
        let out = try MapCommandTests.scratch()
        let plain = try MapCommandTests.scratch()
        #expect(try CLI.run(["map", Self.seeds, "-o", plain]).status == 0)
        let run = try CLI.run(["map", Self.seeds, "-o", out, "--curation", file])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("curation: \(file)"))

        let before = try Self.graph(plain), after = try Self.graph(out)
        let actorsBefore = before["actors"] as! [[String: Any]], actorsAfter = after["actors"] as! [[String: Any]]
        func actor(_ name: String, in list: [[String: Any]]) -> [String: Any]? {
            list.first { ($0["name"] as? String) == name }
        }
        // The mistyped group is retyped.
        #expect(actor("pequeña minería", in: actorsBefore)?["type"] as? String == "miners")
        #expect(actor("pequeña minería", in: actorsAfter)?["type"] as? String == "company")
        // The presidency is folded into the president, as an alias.
        #expect(actor("Presidencia de la República", in: actorsBefore) != nil)
        #expect(actor("Presidencia de la República", in: actorsAfter) == nil)
        let president = try #require(actor("José María Balcázar", in: actorsAfter))
        #expect((president["aliases"] as? [String])?.contains("Presidencia de la República") == true)
        #expect(actorsAfter.count == actorsBefore.count - 1)
        // The added relation cites the curation file.
        let relations = after["relations"] as! [[String: Any]]
        let added = relations.first { ($0["type"] as? String) == "support" && ($0["target"] as? String) == president["id"] as? String }
        let evidence = try #require((added?["evidence"] as? [[String: Any]])?.first)
        #expect(evidence["rule"] as? String == "curation")
        #expect(evidence["text"] as? String == "Statement of support after the election, read by the analyst")
    }

    @Test func aBrokenFileIsAnErrorWithLineAndColumn() throws {
        let broken = """
            actors:
              - name: "Minsur"
                type: goverment
            """
        let file = try Self.write(broken)
        let out = try MapCommandTests.scratch()
        let run = try CLI.run(["map", Self.seeds, "-o", out, "--curation", file])
        #expect(run.status != 0)
        #expect(run.stderr.contains("\(file):3:"))
        #expect(run.stderr.contains("goverment"))
        #expect(!FileManager.default.fileExists(atPath: (out as NSString).appendingPathComponent("map.json")))
    }

    @Test func aCurationFileBesideTheCorpusIsFound() throws {
        let corpus = try MapCommandTests.scratch()
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.seeds) {
            try FileManager.default.copyItem(atPath: (Self.seeds as NSString).appendingPathComponent(name),
                                             toPath: (corpus as NSString).appendingPathComponent(name))
        }
        try Self.curation.write(toFile: (corpus as NSString).appendingPathComponent("stakemap.yaml"), atomically: true, encoding: .utf8)
        let graph = try CLI.run(["extract", corpus, "-o", "-"])
        #expect(graph.status == 0, "\(graph.stderr)")
        #expect(graph.stdout.contains("\"rule\" : \"curation\""))
        let ignored = try CLI.run(["extract", corpus, "-o", "-", "--no-curation"])
        #expect(!ignored.stdout.contains("\"rule\" : \"curation\""))
    }
}
