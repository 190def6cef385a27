import Testing
@testable import StakeholderCore

@Suite struct GraphEditingTests {
    func evidence(_ start: Int) -> [Evidence] {
        [Evidence(document: "d", date: nil, text: "t", start: start, end: start + 1, rule: "r")]
    }

    func sample() -> StakeholderGraph {
        StakeholderGraph(documents: [], actors: [
            Actor(id: "a", name: "Alpha", type: .unknown, mentions: 1),
            Actor(id: "b", name: "Beta", kind: .group, type: .miners, aliases: ["los beta"], mentions: 2),
            Actor(id: "c", name: "Gamma", type: .government),
        ], relations: [
            Relation(type: .demand, source: "a", target: "c", evidence: evidence(0)),
            Relation(type: .demand, source: "b", target: "c", evidence: evidence(5)),
            Relation(type: .meeting, source: "a", target: "b", evidence: evidence(9)),
        ])
    }

    @Test func mergingJoinsNamesRelationsAndDropsInnerEdges() {
        let merged = sample().mergingActors(["b"], into: "a")
        #expect(merged.invariantViolations().isEmpty)
        #expect(merged.actors.map(\.id) == ["a", "c"])
        let a = merged.actor(id: "a")!
        #expect(a.aliases == ["Beta", "los beta"])
        #expect(a.mentions == 3)
        #expect(a.type == .miners)
        #expect(merged.relations.count == 1)
        #expect(merged.relations[0].weight == 2)
        #expect(merged.actor(named: "Los Beta")?.id == "a")
    }

    @Test func removingActorsTakesTheirRelations() {
        let g = sample().removingActors(["c"])
        #expect(g.invariantViolations().isEmpty)
        #expect(g.actors.map(\.id) == ["a", "b"])
        #expect(g.relations.map(\.type) == [.meeting])
    }

    @Test func removingRelationsKeepsActors() {
        let g = sample().removingRelations { $0.type == .meeting }
        #expect(g.actors.count == 3)
        #expect(g.relations.map(\.type) == [.demand, .demand])
    }
}
