import ArgumentParser
import Foundation
import StakeholderCore
import StakeholderExtraction

/// `stakemap-bench extract-only`: extracts a corpus in memory and writes nothing, so that its
/// peak memory (through `rusage`) can be set beside that of `stakemap extract`, which also
/// encodes and writes the graph JSON.
struct ExtractOnlyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract-only",
        abstract: "Extract a corpus in memory, print the graph's size, write nothing.",
        discussion: """
            Example:
              stakemap-bench extract-only .build/bench/corpus-10mb --threads 1
            """
    )

    @Argument(help: "Article files or folders.")
    var paths: [String]

    @Option(help: "Documents extracted in parallel.")
    var threads: Int = 1

    func run() throws {
        let result = try Extractor().extractCorpus(paths: paths, threads: max(1, threads))
        let evidence = result.graph.relations.reduce(0) { $0 + $1.evidence.count }
        print("\(result.documentsRead) documents, \(result.graph.actors.count) actors, "
              + "\(result.graph.relations.count) relations, \(evidence) pieces of evidence")
    }
}

/// `stakemap-bench centrality-once`: one centrality measure on one benchmark graph, once, for
/// profiling (`valgrind --tool=callgrind` counts its instructions reproducibly).
struct CentralityOnceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centrality-once",
        abstract: "Run one centrality measure once on a benchmark graph (for profiling).",
        discussion: """
            Example:
              valgrind --tool=callgrind .build/release/stakemap-bench centrality-once \\
                --family er --nodes 2000 --measure betweenness
            """
    )

    @Option(help: "ba (Barabási–Albert) or er (Erdős–Rényi).")
    var family: String = "er"

    @Option(help: "The number of nodes.")
    var nodes: Int = 2_000

    @Option(help: "betweenness, harmonic, pagerank, or probe (an experimental one-thread betweenness with 32-bit indices).")
    var measure: String = "betweenness"

    func run() throws {
        let pair = BenchGraphs.pair(nodes: nodes)
        let edgeList = family == "ba" ? pair[0] : pair[1]
        let graph = AnalysisGraph(nodeCount: nodes, directed: false,
                                  edges: edgeList.edges.map { AnalysisGraph.Edge(Int($0.0), Int($0.1)) })
        let start = Stopwatch.now()
        let values: [Double]
        switch measure {
        case "harmonic": values = graph.harmonicCloseness()
        case "pagerank": values = try graph.pageRank()
        case "probe":
            let raw = BrandesProbe.betweenness(graph)
            let scale = 1 / Double((nodes - 1) * (nodes - 2))
            values = raw.map { $0 * scale }
        default: values = graph.betweenness(normalized: true)
        }
        print("\(edgeList.name) \(measure): \(Format.seconds(Stopwatch.now() - start)), sum \(values.reduce(0, +))")
    }
}
