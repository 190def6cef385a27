import ArgumentParser
import StakeholderCore


/// `stakemap centrality`: who is central in the map.
struct CentralityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centrality",
        abstract: "Rank actors by degree, betweenness, closeness, PageRank or eigenvector centrality.",
        discussion: """
            Relations between the same two actors count as one edge. With --weights strength \
            (the default) an edge weighs its strength w, the number of pieces of evidence behind \
            it; degree and PageRank add up w, while betweenness and closeness, which follow \
            shortest paths, use the distance 1/w, so that a strongly evidenced tie is a SHORT \
            one. With --weights none every edge weighs 1 and paths count hops.

            Betweenness is normalised by (n-1)(n-2) as networkx does; closeness is harmonic \
            closeness (sum of 1/distance from the other actors, not normalised), defined on \
            maps of disconnected parts; eigenvector centrality uses the undirected map and is \
            left out with a note when it does not converge. On large maps, --samples K --seed S \
            estimates betweenness from K sources drawn with seed S.

            Example:
              stakemap centrality graphs/seeds.json --metric betweenness --top 10
              stakemap centrality graphs/seeds.json --layer conflict --weights none --format csv
            """)

    enum Metric: String, CaseIterable, ExpressibleByArgument {
        case degree, betweenness, closeness, pagerank, eigenvector, all
    }

    @OptionGroup var input: GraphInputOptions

    @Option(help: "The measure: degree, betweenness, closeness, pagerank, eigenvector or all.")
    var metric: Metric = .all

    @Option(help: "none (every edge 1, paths count hops) or strength (evidence count w; distance 1/w).")
    var weights: EdgeWeighting = .strength

    @Option(help: "all, conflict (demand, grievance) or cooperation (meeting, commitment, support, resolution).")
    var layer: RelationLayer = .all

    @Flag(help: "Ignore the direction of relations.")
    var undirected = false

    @Option(help: "Show only the N most central actors.")
    var top: Int?

    @Option(help: "table, csv or json.")
    var format: CentralityFormat = .table

    @Option(help: "Estimate betweenness from this many sampled sources.")
    var samples: Int?

    @Option(help: "The seed that draws the sampled sources.")
    var seed: UInt64 = 1

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String = "-"

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top expects a positive number, not \(top)") }
        if let samples, samples < 2 { throw ValidationError("--samples expects at least 2 sources, not \(samples)") }
    }

    func run() throws {
        let graph: StakeholderGraph
        do { graph = try input.load() } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
        let metrics = metric == .all ? CentralityMetric.allCases : [CentralityMetric(rawValue: metric.rawValue)!]
        let options = CentralityOptions(weights: weights, layer: layer, directed: !undirected,
                                        sampling: samples.map { BetweennessSampling(samples: $0, seed: seed) })
        if samples == nil, metrics.contains(.betweenness), graph.actors.count > 20_000 {
            printError("note: exact betweenness on \(graph.actors.count) actors may take long; try --samples 500")
        }
        let report = graph.centrality(metrics, options: options)
        if format != .table { for note in report.notes { printError("note: \(note)") } }
        try OutputWriter.write(report.formatted(format, top: top), to: output)
    }
}
