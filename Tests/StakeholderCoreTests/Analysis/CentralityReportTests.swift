import Testing
@testable import StakeholderCore

@Suite struct CentralityReportTests {
    /// a→b grievance (2 evidence), a→b demand (1), b–c meeting (3), c→a support (1).
    static func sample() -> StakeholderGraph {
        var g = AnalysisFixtures.graph(actors: [("a", .community), ("b", .government), ("c", .company)])
        g.relate(.grievance, "a", "b", [("d1", "2026-01-01", "uno"), ("d2", "2026-01-02", "dos")])
        g.relate(.demand, "a", "b", [("d1", "2026-01-01", "tres")])
        g.relate(.meeting, "c", "b", [("d1", "2026-01-01", "x"), ("d2", "2026-01-02", "y"), ("d3", "2026-01-03", "z")])
        g.relate(.support, "c", "a", [("d3", "2026-01-03", "w")])
        return g
    }

    @Test func relationsBetweenTheSamePairCollapseIntoOneEdgeOfSummedStrength() {
        let view = Self.sample().analysisGraph()
        // a→b: 2 + 1; b→c and c→b: 3 each (the meeting runs both ways); c→a: 1.
        #expect(view.edgeList() == [.init(0, 1, weight: 3), .init(1, 2, weight: 3),
                                    .init(2, 0, weight: 1), .init(2, 1, weight: 3)])
        let undirected = Self.sample().analysisGraph(directed: false)
        // The meeting counts once in the undirected view.
        #expect(undirected.edgeList() == [.init(0, 1, weight: 3), .init(0, 2, weight: 1), .init(1, 2, weight: 3)])
    }

    @Test func layersKeepTheirRelationTypes() {
        let conflict = Self.sample().analysisGraph(layer: .conflict, weights: .none)
        #expect(conflict.edgeList() == [.init(0, 1, weight: 1)])
        let cooperation = Self.sample().analysisGraph(layer: .cooperation)
        #expect(cooperation.edgeList() == [.init(1, 2, weight: 3), .init(2, 0, weight: 1), .init(2, 1, weight: 3)])
    }

    @Test func weightsChangeDegreeAndReportNamesColumns() {
        let graph = Self.sample()
        let strength = graph.centrality([.degree], options: .init(weights: .strength))
        let plain = graph.centrality([.degree], options: .init(weights: .none))
        #expect(strength.scores(.degree)?["b"] == 9) // in 3 + 3, out 3
        #expect(plain.scores(.degree)?["b"] == 3)
        #expect(strength.columns == [.inDegree, .outDegree, .degree])
        #expect(strength.ranking(by: .degree).first == 1)
    }

    @Test func strongerTiesAreShorterForBetweenness() {
        // x–y–z strongly tied, x–w–z weakly: with strength, paths x…z go through y only.
        var g = AnalysisFixtures.graph(actors: [("x", .community), ("y", .company), ("z", .government), ("w", .media)])
        let many = (1...4).map { ("d\($0)", Optional("2026-01-0\($0)"), "e\($0)") }
        g.relate(.meeting, "x", "y", many)
        g.relate(.meeting, "y", "z", many)
        g.relate(.meeting, "x", "w", [("d1", "2026-01-01", "f")])
        g.relate(.meeting, "w", "z", [("d1", "2026-01-01", "g")])
        let weighted = g.centrality([.betweenness], options: .init(weights: .strength, directed: false))
        let plain = g.centrality([.betweenness], options: .init(weights: .none, directed: false))
        #expect(weighted.scores(.betweenness)!["y"]! > weighted.scores(.betweenness)!["w"]!)
        #expect(plain.scores(.betweenness)!["y"] == plain.scores(.betweenness)!["w"])
    }

    @Test func formatsAreDeterministicAndTopLimitsRows() {
        let report = Self.sample().centrality()
        let csv = report.formatted(.csv, top: 2)
        #expect(csv.split(separator: "\n").count == 3)
        #expect(csv.hasPrefix("id,name,type,in_degree,out_degree,degree,betweenness,closeness,pagerank,eigenvector\n"))
        #expect(report.formatted(.json) == Self.sample().centrality().formatted(.json))
        #expect(report.formatted(.table).contains("Actor B"))
    }
}

@Suite struct CentralityTopActorsTests {
    @Test func topActorIDsFollowTheRanking() {
        let report = CentralityReportTests.sample().centrality([.degree])
        #expect(report.topActorIDs(2, by: .degree) == ["b", "c"])
        #expect(report.topActorIDs(2, by: .pagerank).isEmpty)
    }
}
