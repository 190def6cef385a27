import Foundation
import Testing
@testable import StakeholderCore

@Suite struct StakeholderGraphTests {
    @Test func actorsJoinOnNormalizedNameOrAlias() {
        var graph = StakeholderGraph()
        let a = graph.addActor(Actor(id: "minem", name: "Ministerio de Energía y Minas", type: .government, aliases: ["Minem"]))
        let b = graph.addActor(Actor(id: "x", name: "MINEM", kind: .organization))
        let c = graph.addActor(Actor(id: "y", name: "el ministerio de energia y minas"))
        #expect(a == "minem" && b == "minem" && c == "minem")
        #expect(graph.actors.count == 1)
        #expect(graph.actors[0].mentions == 3)
        #expect(graph.actor(named: "Ministerio de Energia y Minas")?.id == "minem")
    }

    @Test func joinedActorTakesSectorOnlyWhereUnknown() {
        var graph = StakeholderGraph()
        graph.addActor(Actor(id: "a", name: "Congreso", type: .unknown))
        graph.addActor(Actor(id: "b", name: "Congreso", type: .government))
        graph.addActor(Actor(id: "c", name: "Congreso", type: .company))
        #expect(graph.actor(id: "a")?.type == .government)
    }

    @Test func idsStayUniqueWhenNamesDiffer() {
        var graph = StakeholderGraph()
        let a = graph.addActor(Actor(id: "x", name: "Uno"))
        let b = graph.addActor(Actor(id: "x", name: "Dos"))
        #expect(a == "x" && b == "x_2")
    }

    @Test func meetingsAreUnorderedAndEvidenceIsNotDuplicated() {
        var graph = StakeholderGraph()
        graph.addActor(Actor(id: "a", name: "A"))
        graph.addActor(Actor(id: "b", name: "B"))
        let e1 = GraphFixtures.evidence("d1", 0), e2 = GraphFixtures.evidence("d1", 20)
        graph.addRelation(.meeting, from: "b", to: "a", evidence: [e1])
        graph.addRelation(.meeting, from: "a", to: "b", evidence: [e1, e2])
        graph.addRelation(.demand, from: "b", to: "a", evidence: [e1])
        graph.addRelation(.demand, from: "a", to: "b", evidence: [e1])
        #expect(graph.relations.count == 3)
        let meeting = graph.relation(RelationKey(type: .meeting, source: "b", target: "a"))
        #expect(meeting?.weight == 2)
        #expect(meeting?.evidence == [e1, e2])
        #expect(graph.addRelation(.support, from: "a", to: "nobody", evidence: [e1]) == nil)
        #expect(graph.invariantViolations().isEmpty)
    }

    @Test func mergeJoinsActorsRelationsAndEvidence() {
        var left = StakeholderGraph()
        left.addActor(Actor(id: "minem", name: "Ministerio de Energía y Minas", type: .government))
        left.addActor(Actor(id: "castrejon", name: "Jesús Castrejón", kind: .person, type: .community))
        left.addRelation(.grievance, from: "castrejon", to: "minem", evidence: [GraphFixtures.evidence("d1", 5)])

        var right = StakeholderGraph()
        right.addActor(Actor(id: "ministry", name: "Ministry of Energy and Mines", aliases: ["Ministerio de Energía y Minas"]))
        right.addActor(Actor(id: "jc", name: "Castrejón", kind: .person, aliases: ["Jesús Castrejón"]))
        right.addRelation(.grievance, from: "jc", to: "ministry", evidence: [GraphFixtures.evidence("d2", 7), GraphFixtures.evidence("d1", 5)])
        right.addRelation(.commitment, from: "ministry", to: "jc", evidence: [GraphFixtures.evidence("d2", 30)])

        left.merge(right)
        #expect(left.actors.map(\.id) == ["minem", "castrejon"])
        #expect(left.actor(id: "minem")?.aliases == ["Ministry of Energy and Mines"])
        let grievance = left.relation(RelationKey(type: .grievance, source: "castrejon", target: "minem"))
        #expect(grievance?.weight == 2)
        #expect(grievance?.evidence.map(\.document) == ["d1", "d2"])
        #expect(left.relation(RelationKey(type: .commitment, source: "minem", target: "castrejon"))?.weight == 1)
        #expect(left.invariantViolations().isEmpty)
    }

    @Test(arguments: [UInt64(1), 2, 3, 42, 1234, 99991])
    func invariantsHoldOverRandomGraphsAndMerges(seed: UInt64) {
        var graph = GraphFixtures.random(seed: seed, actorCount: 12, relationCount: 40, document: "a")
        #expect(graph.invariantViolations().isEmpty)
        let other = GraphFixtures.random(seed: seed &+ 7, actorCount: 10, relationCount: 30, document: "b")
        let evidenceBefore = graph.relations.reduce(0) { $0 + $1.weight } + other.relations.reduce(0) { $0 + $1.weight }
        graph.merge(other)
        #expect(graph.invariantViolations().isEmpty)
        // Merging never loses evidence: each distinct piece lands in exactly one relation.
        let evidenceAfter = graph.relations.reduce(0) { $0 + $1.weight }
        #expect(evidenceAfter <= evidenceBefore)
        #expect(evidenceAfter > 0)
        // Merging a graph into itself changes nothing.
        var again = graph
        again.merge(graph)
        #expect(again.relations.map(\.weight) == graph.relations.map(\.weight))
        #expect(again.actors.map(\.id) == graph.actors.map(\.id))
    }

    @Test func filteringEvidenceDropsEmptiedRelations() {
        var graph = StakeholderGraph()
        graph.addActor(Actor(id: "a", name: "A"))
        graph.addActor(Actor(id: "b", name: "B"))
        graph.addRelation(.demand, from: "a", to: "b", evidence: [GraphFixtures.evidence("d", 0, date: "2024-01-01")])
        graph.addRelation(.support, from: "a", to: "b", evidence: [GraphFixtures.evidence("d", 0, date: "2024-01-01"), GraphFixtures.evidence("d", 9, date: "2026-01-01")])
        let recent = graph.filteringEvidence { ($0.date ?? "") >= "2025-01-01" }
        #expect(recent.relations.map(\.type) == [.support])
        #expect(recent.relations[0].weight == 1)
        #expect(recent.actors.count == 2)
    }
}
