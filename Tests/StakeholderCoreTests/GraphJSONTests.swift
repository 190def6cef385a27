import Foundation
import Testing
@testable import StakeholderCore

@Suite struct GraphJSONTests {
    @Test(arguments: [UInt64(5), 17, 2026])
    func roundTripIsByteIdentical(seed: UInt64) throws {
        let graph = GraphFixtures.random(seed: seed, actorCount: 15, relationCount: 50, document: "doc")
        let bytes = graph.jsonData()
        let back = try StakeholderGraph(jsonData: bytes)
        #expect(back == graph)
        #expect(back.jsonData() == bytes)
    }

    @Test func jsonHasTheDocumentedShape() throws {
        var graph = StakeholderGraph()
        graph.addActor(Actor(id: "a", name: "Ñuñoa \"x\"", kind: .group, type: .civilSociety))
        graph.addActor(Actor(id: "b", name: "B"))
        graph.addRelation(.demand, from: "a", to: "b", evidence: [GraphFixtures.evidence("d", 1)])
        let text = String(decoding: graph.jsonData(), as: UTF8.self)
        let object = try JSONSerialization.jsonObject(with: graph.jsonData()) as! [String: Any]
        #expect(object["format"] as? String == "stakemap-graph")
        #expect(object["version"] as? Int == 1)
        #expect(Set(object.keys) == ["format", "version", "documents", "actors", "relations"])
        #expect(text.contains("\"type\" : \"civil_society\""))
        // Sorted keys: "actors" comes before "documents", "format", "relations", "version".
        let order = ["\"actors\"", "\"documents\"", "\"format\"", "\"relations\"", "\"version\""]
            .map { text.range(of: $0)!.lowerBound }
        #expect(order == order.sorted())
    }

    @Test func anotherFormatOrVersionIsAClearError() {
        let other = Data(#"{"format": "networkx", "version": 1}"#.utf8)
        #expect(throws: StakeholderCoreError.notAGraph(path: "x.json", reason: "format is \"networkx\", expected \"stakemap-graph\"")) {
            try StakeholderGraph(jsonData: other, path: "x.json")
        }
        let future = Data(#"{"format": "stakemap-graph", "version": 7}"#.utf8)
        #expect(throws: StakeholderCoreError.unsupportedVersion(path: "y.json", version: 7)) {
            try StakeholderGraph(jsonData: future, path: "y.json")
        }
        #expect(throws: StakeholderCoreError.self) { try StakeholderGraph(jsonData: Data("[1,2".utf8)) }
        let broken = Data(#"{"format": "stakemap-graph", "version": 1, "documents": [], "actors": [{"id": "a"}], "relations": []}"#.utf8)
        do {
            _ = try StakeholderGraph(jsonData: broken, path: "z.json")
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("z.json"))
            #expect("\(error)".contains("name"))
        }
    }
}
