import ArgumentParser
import Foundation

@main
struct BenchMain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stakemap-bench",
        abstract: "Measure stakemap beside spaCy, networkx and igraph on the same inputs.",
        discussion: """
            `run` measures extraction, centrality and rendering and writes the table to
            Benchmarks/RESULTS.md; `make bench` builds it in release, installs the Python peers
            under .build/ and runs it. `corpus` and `graphs` write the inputs alone.

            Example:
              stakemap-bench run --results Benchmarks/RESULTS.md
              stakemap-bench graphs --out .build/bench/graphs
            """,
        subcommands: [RunCommand.self, CorpusCommand.self, GraphsCommand.self, RusageCommand.self,
                      ExtractOnlyCommand.self, CentralityOnceCommand.self],
        defaultSubcommand: RunCommand.self
    )
}

/// `stakemap-bench corpus`: writes a benchmark corpus.
struct CorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: "Write a corpus of repeated articles (renamed, otherwise unchanged).",
        discussion: """
            Example:
              stakemap-bench corpus --megabytes 10 --out .build/bench/corpus-10mb
            """
    )

    @Option(help: "Folders whose .txt and .md articles are repeated.")
    var articles: [String] = ["seeds", "../shared/corpus"]

    @Option(help: "The least size of the corpus, in MB (10⁶ bytes).")
    var megabytes: Double = 50

    @Option(help: "The folder to write.")
    var out: String

    func run() throws {
        let corpus = try CorpusBuilder(folders: articles).build(bytes: Int(megabytes * 1e6), in: out)
        print("\(corpus.documents.count) documents, \(Format.bytes(corpus.totalBytes)) in \(out)")
    }
}

/// `stakemap-bench graphs`: writes the benchmark graphs as edge lists.
struct GraphsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graphs",
        abstract: "Write the seeded Barabási–Albert and Erdős–Rényi graphs as edge lists.",
        discussion: """
            Example:
              stakemap-bench graphs --out .build/bench/graphs --sizes 1000,10000
            """
    )

    @Option(help: "The folder to write.")
    var out: String

    @Option(help: "Node counts, comma-separated.")
    var sizes: String = "1000,10000,100000"

    func run() throws {
        for size in sizes.split(separator: ",").compactMap({ Int($0) }) {
            for graph in BenchGraphs.pair(nodes: size) {
                let path = (out as NSString).appendingPathComponent(graph.name + ".txt")
                try graph.write(to: path)
                print("\(path): \(graph.nodeCount) nodes, \(graph.edges.count) edges")
            }
        }
    }
}

/// The benchmark graphs: fixed seeds, about five edges per node.
enum BenchGraphs {
    static let edgesPerNode = 5

    /// The Barabási–Albert (m = 5) and Erdős–Rényi (5n edges) graphs of `nodes` nodes.
    static func pair(nodes: Int) -> [EdgeList] {
        [EdgeList.barabasiAlbert(nodes: nodes, m: edgesPerNode, seed: 0xBA00 + UInt64(nodes)),
         EdgeList.erdosRenyi(nodes: nodes, edgesPerNode: edgesPerNode, seed: 0xE400 + UInt64(nodes))]
    }
}
