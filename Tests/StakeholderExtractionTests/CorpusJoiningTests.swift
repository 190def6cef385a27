import StakeholderCore
import Testing
@testable import StakeholderExtraction

/// Joining the actors of different documents into one corpus graph.
@Suite struct CorpusJoiningTests {
    static func joined(_ texts: [(String, String)]) -> StakeholderGraph {
        var joiner = CorpusJoiner(extractor: Fixture.extractor)
        for (n, (text, language)) in texts.enumerated() {
            joiner.add(Fixture.extractor.extract(Fixture.document(text, language: language, id: "d\(n)")))
        }
        return joiner.graph
    }

    /// The actors that take part in relations of document `doc`.
    static func actors(of graph: StakeholderGraph, in doc: String, _ type: RelationKind) -> Set<String> {
        var out = Set<String>()
        for r in graph.relations where r.type == type && r.evidence.contains(where: { $0.document == doc }) {
            out.insert(r.source)
            out.insert(r.target)
        }
        return out
    }

    @Test func genericCommunitiesOfTwoArticlesStayApart() {
        let g = Self.joined([
            ("The community accused Apex Mining of polluting the river.", "en"),
            ("The community accused Northern Copper of polluting the lake.", "en"),
        ])
        let first = Self.actors(of: g, in: "d0", .grievance)
        let second = Self.actors(of: g, in: "d1", .grievance)
        #expect(first.count == 2 && second.count == 2, "\(Fixture.describe(g))")
        #expect(first.isDisjoint(with: second), "\(Fixture.describe(g))")
    }

    @Test func presidentsOfTwoArticlesStayApart() {
        let g = Self.joined([
            ("El presidente se reunió con los dirigentes de la comunidad de Santa Rosa.", "es"),
            ("El Presidente se reunió con los alcaldes de Villa Azul.", "es"),
        ])
        let presidents = g.actors.filter { $0.allNames.contains { $0.lowercased().contains("presidente") } }
        #expect(presidents.count == 2, "\(g.actors.map(\.name))")
    }

    @Test func nationalBodiesAndNamedGroupsJoinAcrossArticles() {
        let g = Self.joined([
            ("La Defensoría del Pueblo exigió al Gobierno atender a los mineros artesanales.", "es"),
            ("Los mineros artesanales se reunieron con la Defensoría del Pueblo.", "es"),
        ])
        let ombudsman = g.actors.filter { NameNormalizer.normalize($0.name) == "defensoria del pueblo" }
        let miners = g.actors.filter { $0.allNames.contains { NameNormalizer.normalize($0) == "mineros artesanales" } }
        #expect(ombudsman.count == 1, "\(g.actors.map(\.name))")
        #expect(miners.count == 1, "\(g.actors.map(\.name))")
    }

    @Test func fullNameAndSurnameJoinAcrossArticles() {
        let g = Self.joined([
            ("La ministra de Ambiente, Carla Ríos, se reunió con los dirigentes de la comunidad de Pampa Verde.", "es"),
            ("Ríos se reunió con los alcaldes de Villa Azul.", "es"),
        ])
        let rios = g.actors.filter { $0.allNames.contains { NameNormalizer.normalize($0).hasSuffix("rios") } }
        #expect(rios.count == 1, "\(g.actors.map(\.name))")
        #expect(rios.first?.name == "Carla Ríos")
        #expect(Fixture.has(g, .meeting, "Carla Ríos", "alcaldes de Villa Azul"))
    }

    @Test func twoPersonsSharingASurnameLeaveTheSurnameAlone() {
        let g = Self.joined([
            ("Isaías Quispe y José Quispe se reunieron con la empresa Cerro Alto.", "es"),
            ("Quispe denunció a la empresa Cerro Alto.", "es"),
        ])
        let joinedSurname = g.actors.first { $0.name == "Isaías Quispe" || $0.name == "José Quispe" }
        #expect(joinedSurname.map { !$0.aliases.contains("Quispe") } ?? true, "\(g.actors.map(\.allNames))")
    }

    @Test func genericAliasesAreDroppedButProperOnesKept() {
        let g = Self.joined([
            ("El presidente de la República, José María Balcázar, se reunió con el embajador de Japón, Kenji Sato.", "es"),
        ])
        let president = g.actor(named: "José María Balcázar")
        #expect(president != nil)
        #expect(president?.aliases.contains { $0.lowercased().hasPrefix("presidente de la") } == false)
        let single = Fixture.graph("El presidente de la República, José María Balcázar, se reunió con el embajador de Japón, Kenji Sato.", language: "es")
        #expect(single.actor(named: "presidente de la República")?.name == "José María Balcázar")
    }

    @Test func properTokensAreTold() throws {
        let es = try Lexicon.builtIn("es"), en = try Lexicon.builtIn("en")
        #expect(!es.hasProperToken("Presidente"))
        #expect(!es.hasProperToken("la empresa"))
        #expect(!es.hasProperToken("el mandatario"))
        #expect(!en.hasProperToken("the Ministry"))
        #expect(!en.hasProperToken("the government"))
        #expect(!en.hasProperToken("community"))
        #expect(!en.hasProperToken("Peruvian community"))
        #expect(es.hasProperToken("Ministerio de Energía y Minas"))
        #expect(es.hasProperToken("Balcázar"))
        #expect(en.hasProperToken("SNMPE"))
        #expect(en.hasProperToken("Las Bambas"))
    }
}
