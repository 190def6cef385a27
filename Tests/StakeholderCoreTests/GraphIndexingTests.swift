import Testing
@testable import StakeholderCore

/// The graph's indices (evidence identities, relation slots, normalized names) give what
/// comparing every piece would give, on either side of the size where they switch strategy.
@Suite struct GraphIndexingTests {
    /// Evidence added one piece at a time or in arrays, with repeats, past the size where a
    /// relation starts keeping a set of identities: each statement is kept once, in order.
    @Test(arguments: [1, 3, 7, 8, 9, 30])
    func evidenceIsKeptOnceAcrossSizes(_ count: Int) {
        var graph = StakeholderGraph()
        graph.addActor(Actor(id: "a", name: "A"))
        graph.addActor(Actor(id: "b", name: "B"))
        let pieces = (0..<count).map { GraphFixtures.evidence("d\($0 % 3)", $0 * 10) }
        for piece in pieces { graph.addRelation(.demand, from: "a", to: "b", evidence: [piece, piece]) }
        graph.addRelation(.demand, from: "a", to: "b", evidence: pieces + pieces.reversed())
        var other = StakeholderGraph()
        other.addActor(Actor(id: "a", name: "A"))
        other.addActor(Actor(id: "b", name: "B"))
        other.addRelation(.demand, from: "a", to: "b", evidence: pieces + pieces)
        other.addRelation(.demand, from: "a", to: "b", evidence: pieces.reversed())
        for g in [graph, other] {
            let relation = g.relation(RelationKey(type: .demand, source: "a", target: "b"))
            #expect(relation?.evidence == pieces)
            #expect(relation?.weight == count)
        }
    }

    /// A meeting is found whichever way its key is written; a directed relation only one way.
    @Test func relationsAreFoundByTheirKey() {
        var graph = StakeholderGraph()
        for id in ["z", "a", "m"] { graph.addActor(Actor(id: id, name: id.uppercased() + " Org")) }
        let e = GraphFixtures.evidence("d", 0)
        graph.addRelation(.meeting, from: "z", to: "a", evidence: [e])
        graph.addRelation(.demand, from: "z", to: "m", evidence: [e])
        #expect(graph.relation(RelationKey(type: .meeting, source: "a", target: "z"))?.source == "a")
        #expect(graph.relation(RelationKey(type: .meeting, source: "z", target: "a")) != nil)
        #expect(graph.relation(RelationKey(type: .demand, source: "z", target: "m")) != nil)
        #expect(graph.relation(RelationKey(type: .demand, source: "m", target: "z")) == nil)
        #expect(graph.relation(RelationKey(type: .demand, source: "z", target: "nobody")) == nil)
        #expect(graph.relations(of: "a").count == 1 && graph.relations(of: "z").count == 2)
        #expect(graph.invariantViolations().isEmpty)
    }

    /// Names joined in (trimmed by `addAlias`) are found by their normalized form.
    @Test func joinedNamesAreIndexed() {
        var graph = StakeholderGraph()
        graph.addActor(Actor(id: "f", name: "Frente de Defensa"))
        var incoming = Actor(id: "g", name: "frente de defensa")
        incoming.aliases = ["  Frente Unido  "]
        graph.addActor(incoming)
        #expect(graph.actors.count == 1)
        #expect(graph.actor(named: "FRENTE UNIDO")?.id == "f")
        #expect(graph.actors[0].aliases == ["frente de defensa", "Frente Unido"])
        var updated = graph.actors[0]
        updated.aliases.append("Otro Nombre")
        graph.updateActor(updated)
        #expect(graph.actor(named: "otro nombre")?.id == "f")
    }
}
