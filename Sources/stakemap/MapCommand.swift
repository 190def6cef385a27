import ArgumentParser
import Foundation
import GraphvizRendering
import StakeholderCore
import StakeholderExtraction

/// `stakemap map`: the main job, from articles to a folder holding the map and its tables.
struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Extract, analyse and draw: articles in, a folder with the stakeholder map out.",
        discussion: """
            Writes into the output folder:
              map.json         the graph (actors, relations, evidence), for the other commands
              map.dot          the map in Graphviz DOT
              map.svg map.png  the drawn map (hover an actor or a line in the SVG for evidence)
              map.graphml      for Gephi, yEd, networkx
              map.gexf         for Gephi, with evidence dates as a timeline
              grievances.md    the actors with unmet grievances, with quotes
              centrality.csv   degree, betweenness, closeness, PageRank, eigenvector per actor
            and prints a summary. Files are replaced atomically.

            Example:
              stakemap map seeds -o graphs
              stakemap map articles/ -o out --size-by pagerank --label-top 25
            """
    )

    @Argument(help: "Article files or folders of them.")
    var paths: [String]

    @Option(name: .shortAndLong, help: "The folder to write into (created when missing).")
    var output: String

    @OptionGroup var curationOptions: CurationOptions

    @Option(help: "Documents extracted in parallel.")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var style: MapStyleOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder to read") }
        if threads < 1 { throw ValidationError("--threads must be at least 1, not \(threads)") }
    }

    func run() throws {
        try reportingFailures("map") {
            let curations = try curationOptions.load(for: paths)
            let extractor = try Extractor().adding(triggersOf: curations)
            let result = try extractor.extractCorpus(paths: paths, threads: threads)
            for note in result.notes { printError("note: \(note)") }
            guard result.documentsRead > 0 else { throw ExtractionError.nothingToRead(paths) }
            let graph = curations.apply(to: result.graph)
            let written = try write(graph)
            print(summary(graph, documents: result.documentsRead, skipped: result.notes.count, files: written))
        }
    }

    /// Writes every output file; returns their paths in the order written.
    private func write(_ graph: StakeholderGraph) throws -> [String] {
        let measure: SizeMeasure = style.sizeBy == .none ? .betweenness : style.sizeBy
        let options = style.dotOptions(for: graph, measure: measure)
        let renderer = GraphvizRenderer()
        var files: [(String, Data)] = [
            ("map.json", graph.jsonData()),
            ("map.dot", Data(DOTWriter(options: options).dot(for: graph).utf8)),
        ]
        files.append(("map.svg", try renderer.render(graph, format: .svg, engine: style.engine, options: options)))
        files.append(("map.png", try renderer.render(graph, format: .png, engine: style.engine, options: options)))
        files.append(("map.graphml", Data(GraphMLWriter.graphML(for: graph).utf8)))
        files.append(("map.gexf", Data(GEXFWriter.gexf(for: graph).utf8)))
        let grievances = graph.grievanceReport(asOf: nil)
        files.append(("grievances.md", Data(grievanceMarkdown(grievances).utf8)))
        let centrality = graph.centrality(CentralityMetric.allCases, options: CentralityOptions())
        files.append(("centrality.csv", Data(centrality.formatted(.csv).utf8)))
        var paths: [String] = []
        for (name, data) in files {
            let path = (output as NSString).appendingPathComponent(name)
            try writeOutput(data, to: path)
            paths.append(path)
        }
        return paths
    }

    /// The unmet grievances, one section per complainant, then every record with its quotes.
    private func grievanceMarkdown(_ report: GrievanceReport) -> String {
        var text = report.formattedByActor(.markdown)
        while text.hasSuffix("\n\n") { text.removeLast() }
        text += "\n" + report.formatted(.markdown)
        return text.hasSuffix("\n") ? text : text + "\n"
    }

    private func summary(_ graph: StakeholderGraph, documents: Int, skipped: Int, files: [String]) -> String {
        var counts: [RelationKind: Int] = [:]
        for relation in graph.relations { counts[relation.type, default: 0] += 1 }
        let byType = RelationKind.allCases.compactMap { kind in counts[kind].map { "\(kind.rawValue) \($0)" } }
        var lines = [
            "documents read: \(documents)" + (skipped > 0 ? " (\(skipped) notes, see above)" : ""),
            "actors: \(graph.actors.count)",
            "relations: \(graph.relations.count)" + (byType.isEmpty ? "" : " (\(byType.joined(separator: ", ")))"),
            "written:",
        ]
        lines += files.map { "  \($0)" }
        return lines.joined(separator: "\n")
    }
}
