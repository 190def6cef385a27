import Testing
@testable import StakeholderCore

/// The index-based and byte-level paths of graph building give what the id-based and
/// character-level paths give.
@Suite struct GraphIndexPathTests {
    /// A slug made from the normalized name is the slug of the name, for short and long,
    /// ASCII and other names (the 48-letter cap included).
    @Test(arguments: ["Frente de Defensa", "  Óscar  Ñandú ", "Ωmega-Λambda 7", "", "¿?", "el Ministerio",
                      String(repeating: "ab ", count: 40), String(repeating: "x", count: 47) + " yz",
                      "Compañía Minera Águila S.A.C.", "Łódź & Kraków"])
    func slugFromNormalizedNameIsTheSlug(_ name: String) {
        #expect(NameNormalizer.slug(normalized: NameNormalizer.normalize(name)) == NameNormalizer.slug(name))
    }

    /// Relations added by actor index form the same graph as relations added by id, and the
    /// endpoints read back from the adjacency lists are the relations' own (meetings included,
    /// whose ids are put in order).
    @Test func relationsByIndexMatchRelationsById() {
        var byID = StakeholderGraph(), byIndex = StakeholderGraph()
        for name in ["Zeta", "Alfa", "Beta"] {
            byID.addActor(Actor(id: "", name: name))
            byIndex.addActor(Actor(id: "", name: name))
        }
        let ids = byID.actors.map(\.id)
        let steps: [(RelationKind, Int, Int, Int)] = [(.meeting, 0, 1, 0), (.meeting, 1, 0, 10), (.demand, 2, 0, 20),
                                                     (.demand, 0, 2, 30), (.meeting, 2, 1, 40), (.demand, 2, 0, 50)]
        for (type, s, t, start) in steps {
            let evidence = [GraphFixtures.evidence("d", start)]
            byID.addRelation(type, from: ids[s], to: ids[t], evidence: evidence)
            byIndex.addRelation(type, fromActorAt: s, toActorAt: t, evidence: evidence)
        }
        #expect(byIndex == byID)
        #expect(byIndex.relations.map(\.id) == byID.relations.map(\.id))
        let ends = byIndex.relationEndpoints()
        for (relation, end) in zip(byIndex.relations, ends) {
            #expect(byIndex.actors[end.source].id == relation.source)
            #expect(byIndex.actors[end.target].id == relation.target)
        }
    }

    /// Joining names that need no trimming gives the aliases `addAlias` gives, and names with
    /// surrounding white space are still trimmed.
    @Test func joinedNamesAreTheAliasesAddAliasGives() {
        var graph = StakeholderGraph()
        graph.addActor(Actor(id: "", name: "Frente de Defensa"))
        var incoming = Actor(id: "", name: "Frente de Defensa")
        incoming.aliases = ["FDD", " Frente ", "Frente de Defensa", "FDD", "Óscar ", "Frente"]
        graph.addActor(incoming)
        var expected = Actor(id: "", name: "Frente de Defensa")
        for alias in incoming.allNames { expected.addAlias(alias) }
        #expect(graph.actors.count == 1)
        #expect(graph.actors[0].aliases == expected.aliases)
        #expect(graph.actor(named: "frente")?.name == "Frente de Defensa")
        #expect(graph.actor(named: "oscar")?.name == "Frente de Defensa")
    }
}
