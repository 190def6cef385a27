import Testing
@testable import StakeholderCore

@Suite struct ActorLookupTests {
    static func graph() -> StakeholderGraph {
        var g = StakeholderGraph()
        g.addActorKeepingID(Actor(id: "fv", name: "Frente de Defensa del Valle", type: .community))
        g.addActorKeepingID(Actor(id: "fc", name: "Frente de Defensa de la Cuenca", type: .community))
        g.addActorKeepingID(Actor(id: "mem", name: "Ministerio de Energía y Minas", type: .government, aliases: ["MINEM"]))
        return g
    }

    @Test func findsByIdNameAliasAndWords() {
        let g = Self.graph()
        #expect(g.lookUpActor("mem") == .found(g.actor(id: "mem")!))
        #expect(g.lookUpActor("ministerio de energia y minas") == .found(g.actor(id: "mem")!))
        #expect(g.lookUpActor("Minem") == .found(g.actor(id: "mem")!))
        #expect(g.lookUpActor("cuenca") == .found(g.actor(id: "fc")!))
    }

    @Test func ambiguousNameListsEveryCandidate() {
        let g = Self.graph()
        #expect(g.lookUpActor("Frente de Defensa") == .ambiguous([g.actor(id: "fc")!, g.actor(id: "fv")!]))
    }

    @Test func unknownNameListsTheClosest() {
        let g = Self.graph()
        guard case let .notFound(closest) = g.lookUpActor("Frente de Defenza del Vale") else {
            Issue.record("expected no match")
            return
        }
        #expect(closest.first?.id == "fv")
    }

    @Test func explanationShowsEvidenceAndRules() throws {
        var g = Self.graph()
        g.relate(.grievance, "fv", "mem", [("d1", "2026-01-10", "El frente denunció al ministerio.")])
        let text = try #require(g.explanation(of: "fv", and: "mem"))
        #expect(text.contains("grievance: Frente de Defensa del Valle -> Ministerio de Energía y Minas"))
        #expect(text.contains("rule test.rule"))
        #expect(text.contains("names: Ministerio de Energía y Minas; MINEM"))
        #expect(g.explanation(of: "nobody") == nil)
    }
}
