import Foundation
import StakeholderCore
import Testing
@testable import StakeholderExtraction

/// Builds small predicted graphs and gold documents.
enum EvalFixtures {
    static func evidence(_ text: String = "x") -> [Evidence] {
        [Evidence(document: "d", date: nil, text: text, start: 0, end: 1, rule: "test")]
    }

    static func graph(_ actors: [Actor], _ relations: [(RelationKind, String, String)] = []) -> StakeholderGraph {
        StakeholderGraph(documents: [], actors: actors,
                         relations: relations.map { Relation(type: $0.0, source: $0.1, target: $0.2, evidence: evidence()) })
    }
}

@Suite struct ScorerTests {
    typealias G = GoldDocument

    @Test func actorsMatchThroughAliasesAndDroppedArticles() {
        let gold = G(id: "d", actors: [
            G.Actor(id: "min", name: "Ministerio de Energía y Minas", type: .government, aliases: ["Minem"]),
            G.Actor(id: "fed", name: "la Federación Minera", type: .miners),
            G.Actor(id: "ong", name: "Red Verde", type: .civilSociety),
        ])
        let graph = EvalFixtures.graph([
            Actor(id: "a", name: "MINEM", type: .government),            // gold alias, case folded
            Actor(id: "b", name: "Federacion  minera", type: .community), // article, accent, spaces
            Actor(id: "c", name: "Policía Nacional", type: .government),
        ])
        let result = Scorer.evaluate(graph: graph, unmetGrievances: [], gold: gold)
        #expect(result.actorMatches == ["a": "min", "b": "fed"])
        #expect(result.scores.actors == EvaluationCounts(truePositives: 2, falsePositives: 1, falseNegatives: 1))
        #expect(result.scores.types == TypeCounts(correct: 1, matched: 2))
        #expect(result.typeErrors == ["Federacion  minera: community → miners"])
        #expect(result.falsePositives.actors == ["Policía Nacional"])
        #expect(result.falseNegatives.actors == ["Red Verde"])
    }

    @Test func eachGoldActorIsMatchedOnceAndExactNamesComeFirst() {
        // Both predicted actors could match "alcalde" through the alias; the one whose name is
        // the gold name wins even though it comes second.
        let gold = G(id: "d", actors: [G.Actor(id: "mayor", name: "Ana Rojas", kind: .person,
                                               type: .government, aliases: ["alcaldesa"])])
        let graph = EvalFixtures.graph([
            Actor(id: "p1", name: "la alcaldesa", kind: .person, type: .government),
            Actor(id: "p2", name: "Ana Rojas", kind: .person, type: .government),
        ])
        let result = Scorer.evaluate(graph: graph, unmetGrievances: [], gold: gold)
        #expect(result.actorMatches == ["p2": "mayor"])
        #expect(result.scores.actors == EvaluationCounts(truePositives: 1, falsePositives: 1, falseNegatives: 0))
    }

    @Test func meetingsMatchEitherOrderButDirectedEdgesDoNot() {
        let gold = G(id: "d", actors: [G.Actor(id: "x", name: "Xa"), G.Actor(id: "y", name: "Ya")],
                     edges: [G.Edge(type: .meeting, source: "x", target: "y"),
                             G.Edge(type: .demand, source: "x", target: "y"),
                             G.Edge(type: .demand, source: "x", target: "y", evidence: "again")])
        let graph = EvalFixtures.graph([Actor(id: "p", name: "Xa"), Actor(id: "q", name: "Ya")],
                                       [(.meeting, "q", "p"), (.demand, "q", "p"), (.resolution, "p", "q")])
        let result = Scorer.evaluate(graph: graph, unmetGrievances: [], gold: gold)
        #expect(result.scores.edgesByType["meeting"] == EvaluationCounts(truePositives: 1))
        #expect(result.scores.edgesByType["demand"] == EvaluationCounts(falsePositives: 1, falseNegatives: 1))
        #expect(result.scores.edgesByType["resolution"] == nil)
        #expect(result.scores.edges == EvaluationCounts(truePositives: 1, falsePositives: 1, falseNegatives: 1))
        #expect(result.falsePositives.edges == ["demand Ya → Xa"])
        #expect(result.falseNegatives.edges == ["demand Xa → Ya"])
    }

    @Test func edgesWithAnUnmatchedEndpointAreFalsePositives() {
        let gold = G(id: "d", actors: [G.Actor(id: "x", name: "Xa")])
        let graph = EvalFixtures.graph([Actor(id: "p", name: "Xa"), Actor(id: "q", name: "Other")],
                                       [(.support, "q", "p")])
        let result = Scorer.evaluate(graph: graph, unmetGrievances: [], gold: gold)
        #expect(result.scores.edges == EvaluationCounts(falsePositives: 1))
    }

    @Test func unmetGrievancesAreDeduplicatedPairsAgainstUnmetGold() {
        let gold = G(id: "d", actors: [G.Actor(id: "x", name: "Xa"), G.Actor(id: "y", name: "Ya")],
                     grievances: [G.Grievance(by: "x", against: "y"),
                                  G.Grievance(by: "y", against: "x", status: .met)])
        let graph = EvalFixtures.graph([Actor(id: "p", name: "Xa"), Actor(id: "q", name: "Ya")])
        let hit = Scorer.evaluate(graph: graph, unmetGrievances: [("p", "q"), ("p", "q")], gold: gold)
        #expect(hit.scores.grievances == EvaluationCounts(truePositives: 1))
        let miss = Scorer.evaluate(graph: graph, unmetGrievances: [("q", "p")], gold: gold)
        #expect(miss.scores.grievances == EvaluationCounts(falsePositives: 1, falseNegatives: 1))
        #expect(miss.falsePositives.grievances == ["Ya → Xa"])
    }

    @Test func microAverageSumsCountsRatherThanAveragingF1() {
        var a = EvaluationScores(), b = EvaluationScores()
        a.edges = EvaluationCounts(truePositives: 1, falsePositives: 0, falseNegatives: 0)   // F1 1.0
        b.edges = EvaluationCounts(truePositives: 1, falsePositives: 3, falseNegatives: 5)   // F1 0.2
        a.edgesByType = ["meeting": a.edges]
        b.edgesByType = ["meeting": b.edges]
        let report = EvaluationReport(documents: [
            DocumentEvaluation(document: "a", scores: a, actorMatches: [:], falsePositives: .init(),
                               falseNegatives: .init(), typeErrors: []),
            DocumentEvaluation(document: "b", scores: b, actorMatches: [:], falsePositives: .init(),
                               falseNegatives: .init(), typeErrors: []),
        ])
        #expect(report.micro.edges == EvaluationCounts(truePositives: 2, falsePositives: 3, falseNegatives: 5))
        #expect(report.micro.edgesByType["meeting"]?.truePositives == 2)
        #expect(abs(report.micro.edges.f1 - 4.0 / 12.0) < 1e-9)   // not (1.0 + 0.2) / 2
    }

    @Test func nothingToFindAndNothingFoundScoresOne() {
        #expect(EvaluationCounts().f1 == 1)
        #expect(EvaluationCounts(falseNegatives: 2).precision == 0)
    }

    @Test func floorsNameTheMeasureBelowThem() {
        var scores = EvaluationScores()
        scores.actors = EvaluationCounts(truePositives: 1, falsePositives: 1)
        scores.types = TypeCounts(correct: 1, matched: 1)
        let floors = EvaluationFloors(actorF1: 0.85, typeAccuracy: 0.9)
        #expect(floors.failures(of: scores) == ["actor F1 0.667 is below the floor 0.850"])
    }

    @Test func predictedGrievancesSkipGovernmentAndResolved() {
        let graph = EvalFixtures.graph(
            [Actor(id: "c", name: "Com", type: .community), Actor(id: "g", name: "Gov", type: .government),
             Actor(id: "m", name: "Min", type: .miners)],
            [(.demand, "c", "g"), (.grievance, "c", "g"), (.grievance, "g", "m"),
             (.demand, "m", "g"), (.resolution, "g", "m")])
        #expect(PredictedGrievances.unmet(in: graph).map { "\($0.0)>\($0.1)" } == ["c>g"])
    }
}

@Suite struct GoldLoaderTests {
    func folder(_ files: [String: String]) throws -> String {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("gold-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8) }
        return dir
    }

    @Test func loadsByStemAndIgnoresOtherFiles() throws {
        let dir = try folder([
            "a1.json": #"{"id":"a1","language":"en","date":null,"actors":[{"id":"x","name":"X","kind":"group","type":"miners","aliases":[]}],"edges":[],"grievances":[]}"#,
            "FORMAT.md": "# not gold",
        ])
        let golds = try GoldLoader.load(folder: dir)
        #expect(Array(golds.keys) == ["a1"])
        #expect(golds["a1"]?.actors.first?.type == .miners)
    }

    @Test func badJSONNamesTheFile() throws {
        let dir = try folder(["ok.json": #"{"id":"ok","language":"es","date":null,"actors":[],"edges":[],"grievances":[]}"#,
                              "broken.json": "{ not json"])
        #expect {
            try GoldLoader.load(folder: dir)
        } throws: { error in
            "\(error)".contains("broken.json") && "\(error)".contains("not valid JSON")
        }
    }

    @Test func unknownVocabularyNamesFileAndPlace() throws {
        let dir = try folder(["v.json": #"{"id":"v","language":"es","date":null,"actors":[{"id":"x","name":"X","kind":"person","type":"aliens","aliases":[]}],"edges":[],"grievances":[]}"#])
        #expect {
            try GoldLoader.load(folder: dir)
        } throws: { error in
            "\(error)".contains("v.json") && "\(error)".contains(".actors[0].type")
        }
    }
}
