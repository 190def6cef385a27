import Foundation
import Testing
@testable import StakeholderCore

@Suite struct EventsWriterTests {
    static func graph() -> StakeholderGraph {
        var graph = StakeholderGraph()
        graph.addActor(Actor(id: "a", name: "Frente \"de\" Defensa\n<script>", kind: .organization, type: .community))
        graph.addActor(Actor(id: "b", name: "Ministerio", type: .government))
        graph.addRelation(.grievance, from: "a", to: "b", evidence: [
            Evidence(document: "d2", date: "2026-01-05", text: "denunció al Ministerio", start: 0, end: 22, rule: "es.grievance.denunciar"),
            Evidence(document: "d1", date: nil, text: "sin fecha", start: 3, end: 12, rule: "es.grievance.acusar"),
        ])
        graph.addRelation(.meeting, from: "b", to: "a", evidence: [
            Evidence(document: "d1", date: "2025-12-01", text: "se reunió con", start: 5, end: 18, rule: "es.meeting.reunirse"),
        ])
        graph.addRelation(.affiliation, from: "a", to: "b", evidence: [
            Evidence(document: "d1", date: "2025-12-01", text: "x", start: 40, end: 41, rule: "es.affiliation.apposition"),
        ])
        return graph
    }

    @Test func oneEventPerEvidenceOrderedByDateWithUndatedLast() throws {
        let lines = EventsWriter.jsonLines(for: Self.graph()).split(separator: "\n")
        #expect(lines.count == 4)
        let events = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(events.map { $0["date"] as? String } == ["2025-12-01", "2025-12-01", "2026-01-05", nil])
        #expect(events.map { $0["plover"] as? String } == ["CONSULT", nil, "ACCUSE", "ACCUSE"])
        #expect(events[2]["source_name"] as? String == "Frente \"de\" Defensa\n<script>")
        #expect(events[2]["target_sector"] as? String == "government")
        #expect(events[0]["directed"] as? Bool == false)
    }

    @Test func theSameGraphGivesTheSameBytes() {
        #expect(EventsWriter.jsonLines(for: Self.graph()) == EventsWriter.jsonLines(for: Self.graph()))
    }
}
