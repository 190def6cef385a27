import Foundation
import Testing

@Suite struct EvalCLITests {
    static let gold = #"""
    {"id": "doc1", "language": "es", "date": null,
     "actors": [
       {"id": "com", "name": "Comunidad de Alto Valle", "kind": "group", "type": "community", "aliases": ["los comuneros"]},
       {"id": "min", "name": "Ministerio de Minas", "kind": "organization", "type": "government", "aliases": []}],
     "edges": [
       {"type": "meeting", "source": "min", "target": "com", "evidence": "se reunieron"},
       {"type": "demand", "source": "com", "target": "min", "evidence": "exigen"}],
     "grievances": [
       {"by": "com", "against": "min", "status": "unmet", "about": "agua", "evidence": "exigen"}]}
    """#

    static func predicted(extraEdge: Bool) -> String {
        let ev = #"[{"confidence": 1, "date": null, "document": "doc1", "end": 5, "modality": "asserted", "rule": "t", "start": 0, "text": "x"}]"#
        var relations = [
            #"{"id": "a-meeting-b", "type": "meeting", "source": "a", "target": "b", "weight": 1, "evidence": \#(ev)}"#,
            #"{"id": "a-demand-b", "type": "demand", "source": "a", "target": "b", "weight": 1, "evidence": \#(ev)}"#,
        ]
        if extraEdge {
            relations.append(#"{"id": "b-support-a", "type": "support", "source": "b", "target": "a", "weight": 1, "evidence": \#(ev)}"#)
        }
        return #"""
        {"format": "stakemap-graph", "version": 1, "documents": [],
         "actors": [
           {"id": "a", "name": "Los Comuneros", "kind": "group", "type": "community", "aliases": [], "mentions": 2},
           {"id": "b", "name": "ministerio de minas", "kind": "organization", "type": "government", "aliases": [], "mentions": 1}],
         "relations": [\#(relations.joined(separator: ","))]}
        """#
    }

    func setUp(extraEdge: Bool) throws -> (gold: String, predicted: String) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("eval-\(UUID().uuidString)").path
        for sub in ["gold", "pred"] {
            try FileManager.default.createDirectory(atPath: root + "/" + sub, withIntermediateDirectories: true)
        }
        try Self.gold.write(toFile: root + "/gold/doc1.json", atomically: true, encoding: .utf8)
        try Self.predicted(extraEdge: extraEdge).write(toFile: root + "/pred/doc1.json", atomically: true, encoding: .utf8)
        try "{}".write(toFile: root + "/pred/unrelated.json", atomically: true, encoding: .utf8)
        return (root + "/gold", root + "/pred")
    }

    @Test func perfectPredictionPassesTheFloors() throws {
        let dirs = try setUp(extraEdge: false)
        let result = try CLI.run(["eval", "--gold", dirs.gold, "--predicted", dirs.predicted,
                                  "--min-actor-f1", "0.85", "--min-edge-f1", "0.70",
                                  "--min-grievance-f1", "0.70", "--min-type-accuracy", "0.90"])
        #expect(result.status == 0, "\(result.stderr)")
        let micro = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("micro") })
        #expect(micro.split(separator: " ", omittingEmptySubsequences: true).dropFirst().allSatisfy { $0 == "1.000" })
    }

    @Test func belowAFloorExitsNonZeroAndSaysWhich() throws {
        let dirs = try setUp(extraEdge: true)
        let result = try CLI.run(["eval", "--gold", dirs.gold, "--predicted", dirs.predicted,
                                  "--min-edge-f1", "0.90", "--verbose"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("edge F1 0.800 is below the floor 0.900"))
        #expect(result.stdout.contains("support ministerio de minas → Los Comuneros"))
    }

    @Test func jsonReportHoldsCountsAndMeasures() throws {
        let dirs = try setUp(extraEdge: true)
        let result = try CLI.run(["eval", "--gold", dirs.gold, "--predicted", dirs.predicted, "--json"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let edges = (object?["micro"] as? [String: Any])?["edges"] as? [String: Any]
        #expect(edges?["tp"] as? Int == 2)
        #expect(edges?["fp"] as? Int == 1)
    }

    @Test func badGoldFileIsNamed() throws {
        let dirs = try setUp(extraEdge: false)
        try "[1, 2".write(toFile: dirs.gold + "/broken.json", atomically: true, encoding: .utf8)
        let result = try CLI.run(["eval", "--gold", dirs.gold, "--predicted", dirs.predicted])
        #expect(result.status != 0)
        #expect(result.stderr.contains("broken.json"))
    }
}
