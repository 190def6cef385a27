import Foundation
import Testing
@testable import StakeholderCore

/// A fixture written by `Fixtures/make_centrality_fixtures.py`: a graph and networkx's values.
struct CentralityFixture: Decodable {
    var name: String
    var directed: Bool
    var nodes: Int
    var edges: [[Double]]
    var reference: [String: Reference]

    enum Reference: Decodable {
        case values([Double])
        case failure(String)
        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let values = try? container.decode([Double].self) { self = .values(values) } else {
                self = .failure(try container.decode(String.self))
            }
        }
    }

    static let names = ["path", "star", "diamond", "parts_loops", "parts_loops_undirected", "random200"]

    static func load(_ name: String) throws -> CentralityFixture {
        let url = try #require(Bundle.module.url(forResource: "centrality-\(name)", withExtension: "json",
                                                 subdirectory: "Fixtures"))
        return try JSONDecoder().decode(CentralityFixture.self, from: Data(contentsOf: url))
    }

    var graph: AnalysisGraph {
        AnalysisGraph(nodeCount: nodes, directed: directed,
                      edges: edges.map { .init(Int($0[0]), Int($0[1]), weight: $0[2]) })
    }

    func expect(_ key: String, _ actual: [Double], sourceLocation: SourceLocation = #_sourceLocation) {
        guard case let .values(expected)? = reference[key] else {
            Issue.record("\(name): no reference values for \(key)", sourceLocation: sourceLocation)
            return
        }
        #expect(actual.count == expected.count, sourceLocation: sourceLocation)
        for (i, (a, e)) in zip(actual, expected).enumerated() where abs(a - e) > 1e-9 {
            Issue.record("\(name) \(key)[\(i)]: \(a) but networkx says \(e)", sourceLocation: sourceLocation)
        }
    }
}

@Suite struct CentralityNetworkxTests {
    @Test(arguments: CentralityFixture.names)
    func degreeAgrees(_ name: String) throws {
        let fixture = try CentralityFixture.load(name)
        let graph = fixture.graph
        let plain = graph.degrees(weighted: false), weighted = graph.degrees(weighted: true)
        fixture.expect("degree", plain.total)
        fixture.expect("degree_weighted", weighted.total)
        if fixture.directed {
            fixture.expect("in_degree", plain.inDegree)
            fixture.expect("out_degree", plain.outDegree)
            fixture.expect("in_degree_weighted", weighted.inDegree)
            fixture.expect("out_degree_weighted", weighted.outDegree)
        }
    }

    @Test(arguments: CentralityFixture.names)
    func betweennessAgrees(_ name: String) throws {
        let fixture = try CentralityFixture.load(name)
        let graph = fixture.graph
        fixture.expect("betweenness", graph.betweenness())
        fixture.expect("betweenness_raw", graph.betweenness(normalized: false))
        fixture.expect("betweenness_distance", graph.betweenness(lengths: graph.reciprocalLengths))
    }

    @Test(arguments: CentralityFixture.names)
    func harmonicClosenessAgrees(_ name: String) throws {
        let fixture = try CentralityFixture.load(name)
        let graph = fixture.graph
        fixture.expect("harmonic", graph.harmonicCloseness())
        fixture.expect("harmonic_distance", graph.harmonicCloseness(lengths: graph.reciprocalLengths))
    }

    @Test(arguments: CentralityFixture.names)
    func pageRankAgrees(_ name: String) throws {
        let fixture = try CentralityFixture.load(name)
        fixture.expect("pagerank_weighted", try fixture.graph.pageRank(weighted: true))
        fixture.expect("pagerank", try fixture.graph.pageRank(weighted: false))
    }

    @Test(arguments: CentralityFixture.names)
    func eigenvectorAgrees(_ name: String) throws {
        let fixture = try CentralityFixture.load(name)
        for (key, weighted) in [("eigenvector", false), ("eigenvector_weighted", true)] {
            if case .failure? = fixture.reference[key] {
                // networkx does not converge here either (parts of the graph compete).
                #expect(throws: StakeholderCoreError.self) {
                    try fixture.graph.eigenvectorCentrality(weighted: weighted)
                }
            } else {
                fixture.expect(key, try fixture.graph.eigenvectorCentrality(weighted: weighted))
            }
        }
    }

    @Test func eigenvectorNonConvergenceIsAnError() throws {
        let graph = try CentralityFixture.load("random200").graph
        #expect(throws: StakeholderCoreError.notConverged(measure: "eigenvector", iterations: 2)) {
            try graph.eigenvectorCentrality(maxIterations: 2)
        }
    }

    @Test func sampledBetweennessWithEverySourceIsExact() throws {
        let graph = try CentralityFixture.load("random200").graph
        let exact = graph.betweenness()
        let all = graph.betweenness(sampling: BetweennessSampling(samples: 200, seed: 7))
        #expect(zip(exact, all).allSatisfy { abs($0 - $1) < 1e-12 })
    }

    @Test func sampledBetweennessIsSeededAndClose() throws {
        let graph = try CentralityFixture.load("random200").graph
        let exact = graph.betweenness()
        let a = graph.betweenness(sampling: BetweennessSampling(samples: 100, seed: 42))
        let b = graph.betweenness(sampling: BetweennessSampling(samples: 100, seed: 42))
        let c = graph.betweenness(sampling: BetweennessSampling(samples: 100, seed: 43))
        #expect(a == b)
        #expect(a != c)
        // Half the sources estimate the total within a few percent.
        let total = exact.reduce(0, +), estimate = a.reduce(0, +)
        #expect(abs(estimate - total) / total < 0.1)
    }

    @Test func parallelResultIsDeterministic() throws {
        let graph = try CentralityFixture.load("random200").graph
        let lengths = graph.reciprocalLengths
        let first = graph.betweenness(lengths: lengths)
        for _ in 0..<3 { #expect(graph.betweenness(lengths: lengths) == first) }
    }
}
