import Foundation
import Testing

/// `centrality`, `grievances` and `explain` run end to end on `Fixtures/analysis-graph.json`.
@Suite struct AnalysisCommandsTests {
    static let graph = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/analysis-graph.json").path

    @Test func centralityRanksByBetweennessAsCSV() throws {
        let result = try CLI.run(["centrality", Self.graph, "--metric", "betweenness", "--top", "2", "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            id,name,type,betweenness
            lider,Ana Quispe,community,0.36666666666666664
            minem,Ministerio de Energía y Minas,government,0.23333333333333334

            """)
    }

    @Test func centralityHelpExplainsTheDistanceConversion() throws {
        let result = try CLI.run(["centrality", "--help"])
        #expect(result.stdout.contains("1/w"))
    }

    @Test func centralityConflictLayerKeepsOnlyDemandsAndGrievances() throws {
        let result = try CLI.run(["centrality", Self.graph, "--metric", "degree", "--layer", "conflict",
                                  "--weights", "none", "--format", "json"])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let actors = try #require(json?["actors"] as? [[String: Any]])
        let lider = try #require(actors.first { $0["id"] as? String == "lider" })
        // Two grievances out; the meeting, commitment and support are not in the layer.
        #expect((lider["scores"] as? [String: Double])?["degree"] == 2)
    }

    @Test func grievancesMarkdownQuotesEvidenceAndListsTheCommitment() throws {
        let result = try CLI.run(["grievances", Self.graph, "--status", "unmet", "--format", "markdown"])
        #expect(result.status == 0)
        let md = result.stdout
        #expect(md.contains("## Ana Quispe against Ministerio de Energía y Minas: unmet"))
        #expect(md.contains("> — d2, 2026-01-10"))
        #expect(md.contains("Commitments by Ministerio de Energía y Minas:"))
        #expect(md.contains("deadline: “plazo”"))
        #expect(md.contains("&lt;b&gt;abandono&lt;/b&gt; \\*grave\\*"))
        #expect(!md.contains("Federación Nacional de Mineros against")) // met, filtered out
    }

    @Test func grievancesByActorListsActorsWithUnmetGrievances() throws {
        let result = try CLI.run(["grievances", Self.graph, "--by-actor", "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            id,actor,unmet,partial,met,oldest_unmet_days,against
            lider,Ana Quispe,2,0,0,54,Ministerio de Energía y Minas; Minera Andina S.A.

            """)
    }

    @Test func timeWindowDropsEvidenceOutsideIt() throws {
        // Before the resolution of 2026-02-25, the federation's demand is still unmet.
        let early = try CLI.run(["grievances", Self.graph, "--until", "2026-01-31", "--format", "csv"])
        #expect(early.status == 0)
        #expect(early.stdout.contains("federacion,Federación Nacional de Mineros,minem,Ministerio de Energía y Minas,demand,unmet"))
        #expect(!early.stdout.contains("empresa,Minera Andina"))
        // From 2026-02-21 on, only the valley front's grievance is left.
        let late = try CLI.run(["grievances", Self.graph, "--since", "2026-02-21", "--format", "csv"])
        #expect(late.stdout.split(separator: "\n").count == 2)
        #expect(late.stdout.contains("frente_valle"))
        #expect(late.stdout.contains(",partial,"))
    }

    @Test func explainAmbiguousNameListsTheCandidatesAndFails() throws {
        let result = try CLI.run(["explain", Self.graph, "Frente de Defensa"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("fits 2 actors"))
        #expect(result.stderr.contains("frente_cuenca"))
        #expect(result.stderr.contains("frente_valle"))
    }

    @Test func explainPairShowsRelationsWithEvidenceAndRules() throws {
        let result = try CLI.run(["explain", Self.graph, "dirigente quispe", "MINEM"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("commitment: Ministerio de Energía y Minas -> Ana Quispe"))
        #expect(result.stdout.contains("rule es.commitment.comprometerse"))
        #expect(!result.stdout.contains("meeting:"))
    }

    @Test func explainUnknownNameSuggestsTheClosest() throws {
        let result = try CLI.run(["explain", Self.graph, "Ana Qispe"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("lider  Ana Quispe"))
    }

    @Test func missingGraphIsNamedInTheError() throws {
        let result = try CLI.run(["grievances", "/nonexistent/graph.json"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("/nonexistent/graph.json"))
    }
}

@Suite struct CentralitySamplingCommandTests {
    @Test func sampledBetweennessIsRepeatableAndNeedsTwoSources() throws {
        let graph = AnalysisCommandsTests.graph
        let args = ["centrality", graph, "--metric", "betweenness", "--samples", "4", "--seed", "9", "--format", "csv"]
        let first = try CLI.run(args), second = try CLI.run(args)
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        let tooFew = try CLI.run(["centrality", graph, "--samples", "1"])
        #expect(tooFew.status != 0)
        #expect(tooFew.stderr.contains("--samples"))
    }
}
