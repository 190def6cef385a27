import Foundation
import StakeholderCore
import Testing
@testable import StakeholderExtraction

@Suite struct CurationTests {
    func evidence(_ start: Int) -> [Evidence] {
        [Evidence(document: "doc", date: "2026-03-02", text: "t", start: start, end: start + 1, rule: "extracted")]
    }

    /// A small extracted graph with a mistyped actor and one actor seen under two names.
    func extracted() -> StakeholderGraph {
        StakeholderGraph(documents: [], actors: [
            Actor(id: "ministerio", name: "Ministerio de Energía y Minas", type: .government),
            Actor(id: "frente", name: "Frente de Defensa del Valle", type: .company),   // mistyped
            Actor(id: "fdv", name: "FDV", type: .unknown),
            Actor(id: "redaccion", name: "Redacción", type: .media),
            Actor(id: "rondas", name: "Rondas Campesinas", kind: .group, type: .community),
        ], relations: [
            Relation(type: .demand, source: "frente", target: "ministerio", evidence: evidence(0)),
            Relation(type: .grievance, source: "fdv", target: "ministerio", evidence: evidence(10)),
            Relation(type: .support, source: "redaccion", target: "frente", evidence: evidence(20)),
            Relation(type: .support, source: "rondas", target: "frente", evidence: evidence(30)),
        ])
    }

    static let yaml = """
        actors:
          - name: Frente de Defensa del Valle
            kind: organization
            type: community
            aliases: [el Frente]
        merges:
          - [Frente de Defensa del Valle, FDV]
        ignore:
          - Redacción
        triggers:
          demand:
            es: [reclamó a, emplazó a]
            en: called on
        relations:
          add:
            - type: meeting
              source: Ministerio de Energía y Minas
              target: el frente
              note: "Acta de la reunión del 2 de marzo"
              date: 2026-03-02
          drop:
            - {type: support, source: Rondas Campesinas, target: Frente de Defensa del Valle}
        """

    @Test func fixesTypeMergesActorsAndAddsARelation() throws {
        let (curation, warnings) = try Curation.parse(yaml: Self.yaml, file: "corpus/stakemap.yaml")
        #expect(warnings.isEmpty)
        let (graph, notes) = curation.apply(to: extracted())
        #expect(graph.invariantViolations().isEmpty)

        let frente = try #require(graph.actor(named: "FDV"))
        #expect(frente.id == "frente")
        #expect(frente.type == .community)
        #expect(frente.aliases.contains("el Frente"))
        #expect(graph.actor(id: "fdv") == nil)
        #expect(graph.actor(named: "Redacción") == nil)
        #expect(graph.relation(RelationKey(type: .grievance, source: "frente", target: "ministerio")) != nil)
        #expect(graph.relation(RelationKey(type: .support, source: "rondas", target: "frente")) == nil)

        let meeting = try #require(graph.relation(RelationKey(type: .meeting, source: "ministerio", target: "frente")))
        let cited = try #require(meeting.evidence.first)
        #expect(cited.rule == "curation")
        #expect(cited.document == "curation:corpus/stakemap.yaml")
        #expect(cited.text == "Acta de la reunión del 2 de marzo")
        #expect(cited.date == "2026-03-02")
        // Extracted relations keep their own rule: which is which stays visible.
        #expect(graph.relations.filter { $0.evidence.contains { $0.rule == "extracted" } }.count == 2)
        #expect(notes.contains { $0.kind == .change && $0.message.contains("type company → community") })
    }

    @Test func triggersAreExposedAsData() throws {
        let (curation, _) = try Curation.parse(yaml: Self.yaml, file: "c.yaml")
        #expect(curation.triggers[.demand]?["es"] == ["reclamó a", "emplazó a"])
        #expect(curation.triggers[.demand]?["en"] == ["called on"])
    }

    @Test func addedRelationCreatesAMissingKnownActor() throws {
        let yaml = """
            actors:
              - {name: Mesa Técnica Regional, type: government, aliases: [la Mesa]}
            relations:
              add:
                - {type: meeting, source: la mesa, target: Rondas Campesinas, note: acta}
            """
        let (curation, _) = try Curation.parse(yaml: yaml, file: "c.yaml")
        let (graph, _) = curation.apply(to: extracted())
        let mesa = try #require(graph.actor(named: "Mesa Técnica Regional"))
        #expect(mesa.type == .government)
        #expect(graph.relation(RelationKey(type: .meeting, source: mesa.id, target: "rondas")) != nil)
    }

    @Test func brokenFileGivesFileLineAndColumn() {
        let yaml = "actors:\n  - name: A\n    type: [government\n"
        #expect {
            try Curation.parse(yaml: yaml, file: "corpus/stakemap.yaml")
        } throws: { error in
            guard case let CurationError.invalid(file, line, _, message) = error else { return false }
            return file == "corpus/stakemap.yaml" && line >= 3 && message.contains("invalid YAML")
                && "\(error)".hasPrefix("corpus/stakemap.yaml:\(line):")
        }
    }

    @Test func wrongValueSaysWhatWasExpected() {
        let yaml = "actors:\n  - name: A\n    type: goverment\n"
        #expect(throws: CurationError.invalid(file: "s.yaml", line: 3, column: 11, message:
            "expected a type (government, miners, community, company, embassy, international, civil_society, media, unknown), found 'goverment'")) {
            try Curation.parse(yaml: yaml, file: "s.yaml")
        }
    }

    @Test func addedRelationWithoutNoteIsAnError() {
        let yaml = "relations:\n  add:\n    - {type: meeting, source: A, target: B}\n"
        #expect {
            try Curation.parse(yaml: yaml, file: "s.yaml")
        } throws: { "\($0)".hasPrefix("s.yaml:3:7: expected a note") }
    }

    @Test func unknownKeyIsAWarningNamingItAndItsLine() throws {
        let yaml = "actors:\n  - name: A\n    sector: miners\nsynonyms: []\n"
        let (curation, warnings) = try Curation.parse(yaml: yaml, file: "s.yaml")
        #expect(curation.actors.map(\.name) == ["A"])
        #expect(warnings.map(\.description) == [
            "s.yaml:3: warning: unknown key 'sector' ignored (expected one of name, kind, type, aliases)",
            "s.yaml:4: warning: unknown key 'synonyms' ignored (expected one of actors, merges, ignore, triggers, relations)",
        ])
    }

    @Test func templateReadsBackAndChangesNothing() throws {
        var graph = extracted()
        graph.updateActor(Actor(id: "rondas", name: "Rondas \"Campesinas\"\u{200F}\n=x", kind: .group,
                                type: .community, aliases: ["las rondas"]))
        let text = CurationTemplate.yaml(for: graph, source: "graphs/g.json")
        let (curation, warnings) = try Curation.parse(yaml: text, file: "t.yaml")
        #expect(warnings.isEmpty)
        #expect(curation.actors.count == graph.actors.count)
        #expect(curation.actors.contains { $0.name == "Rondas \"Campesinas\"\u{200F}\n=x" && $0.aliases == ["las rondas"] })
        let (applied, _) = curation.apply(to: graph)
        #expect(applied == graph)
    }

    @Test func discoversTheFileInsideACorpusFolder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cur-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "a".write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        #expect(Curation.discover(besides: [dir]).isEmpty)
        try "actors: []".write(toFile: dir + "/stakemap.yaml", atomically: true, encoding: .utf8)
        #expect(Curation.discover(besides: [dir, dir + "/a.txt"]) == [dir + "/stakemap.yaml"])
    }
}
