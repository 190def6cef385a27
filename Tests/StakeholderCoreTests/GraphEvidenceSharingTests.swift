import Testing
@testable import StakeholderCore

/// Evidence joined into a relation may share the text of an earlier piece: what the graph
/// holds and writes stays what was added, byte for byte.
@Suite struct GraphEvidenceSharingTests {
    static func evidence(_ document: String, _ text: String, start: Int = 5) -> Evidence {
        Evidence(document: document, date: nil, text: text, start: start, end: start + 10, rule: "r")
    }

    /// The same sentence from republished articles, and texts equal only up to canonical
    /// equivalence (composed "é" against "e" and a combining accent): every piece keeps its
    /// own bytes, and ids, ids' ids and relation ids read as before.
    @Test func joinedEvidenceKeepsItsBytes() {
        var graph = StakeholderGraph()
        graph.addActor(Actor(id: "", name: "Alfa"))
        graph.addActor(Actor(id: "", name: "Beta"))
        let composed = "Se reunió con el comité"
        let decomposed = "Se reunio\u{301} con el comité"
        let texts = [composed, composed, decomposed, composed, "otra", decomposed]
        for (k, text) in texts.enumerated() {
            graph.addRelation(.meeting, from: "alfa", to: "beta", evidence: [Self.evidence("d\(k)", text)])
        }
        #expect(graph.relations.count == 1)
        let stored = graph.relations[0].evidence
        #expect(stored.count == texts.count)
        for (piece, text) in zip(stored, texts) {
            #expect(Array(piece.text.utf8) == Array(text.utf8))
        }
        #expect(graph.relations[0].id == "alfa-meeting-beta")
        #expect(Relation.makeID(type: .meeting, source: "beta", target: "alfa") == "alfa-meeting-beta")
        #expect(Relation.makeID(type: .demand, source: "ñandú", target: "") == "ñandú-demand-")
    }
}
