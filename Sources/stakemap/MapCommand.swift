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
              events.jsonl     one event per piece of evidence, by date (PLOVER codes)
              grievances.md    the actors with unmet grievances, with quotes
              centrality.csv   degree, betweenness, closeness, PageRank, eigenvector per actor
            and prints an account of the run (documents read, skipped with their reasons, \
            actors, relations) and the files written. Files are replaced atomically: a run that \
            fails leaves the previous files whole.

            \(CorpusOptions.helpText)

            Example:
              stakemap map seeds -o graphs
              stakemap map articles/ -o out --size-by pagerank --label-top 25
              stakemap map export.jsonl -o out --strict
            """
    )

    @Argument(help: "Article files or folders of them.")
    var paths: [String]

    @Option(name: .shortAndLong, help: "The folder to write into (created when missing).")
    var output: String

    @OptionGroup var corpus: CorpusOptions

    @OptionGroup var curationOptions: CurationOptions

    @OptionGroup var style: MapStyleOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder to read") }
    }

    func run() throws {
        let (graph, documentsRead, account) = try corpus.extractCurated(paths, curation: curationOptions, command: "map")
        for line in account.noteLines { printError(line) }
        guard documentsRead > 0 else {
            for line in account.lines { printError(line) }
            throw account.failure(strict: corpus.strict, paths: paths, command: "map") ?? ExitStatus.nothingRead.code
        }
        try reportingFailures("map") {
            let written = try write(graph)
            print((account.lines + ["written:"] + written.map { "  \($0)" }).joined(separator: "\n"))
        }
        if let failure = account.failure(strict: corpus.strict, paths: paths, command: "map") { throw failure }
    }

    /// Writes every output file; returns their paths in the order written.
    ///
    /// Each file is staged (written under a temporary name) as soon as it is made, so only
    /// one output is held in memory at a time; the graph JSON is written a chunk at a time.
    private func write(_ graph: StakeholderGraph) throws -> [String] {
        let measure: SizeMeasure = style.sizeBy == .none ? .betweenness : style.sizeBy
        let options = style.dotOptions(for: graph, measure: measure)
        let renderer = GraphvizRenderer()
        func path(_ name: String) -> String { (output as NSString).appendingPathComponent(name) }
        var staging = StagedWrite()
        do {
            try staging.stage(path("map.json")) { sink in try graph.writeJSON(to: sink) }
            try staging.stage(path("map.dot"), data: Data(DOTWriter(options: options).dot(for: graph).utf8))
            try staging.stage(path("map.svg"), data: try renderer.render(graph, format: .svg, engine: style.engine, options: options))
            try staging.stage(path("map.png"), data: try renderer.render(graph, format: .png, engine: style.engine, options: options))
            try staging.stage(path("map.graphml"), data: Data(GraphMLWriter.graphML(for: graph).utf8))
            try staging.stage(path("map.gexf"), data: Data(GEXFWriter.gexf(for: graph).utf8))
            try staging.stage(path("events.jsonl"), data: Data(EventsWriter.jsonLines(for: graph).utf8))
            let grievances = graph.grievanceReport(asOf: nil)
            try staging.stage(path("grievances.md"), data: Data(grievanceMarkdown(grievances).utf8))
            let centrality = graph.centrality(CentralityMetric.allCases, options: CentralityOptions())
            try staging.stage(path("centrality.csv"), data: Data(centrality.formatted(.csv).utf8))
            return try staging.commit()
        } catch {
            staging.discard()
            throw error
        }
    }

    /// The unmet grievances, one section per complainant, then every record with its quotes.
    private func grievanceMarkdown(_ report: GrievanceReport) -> String {
        var text = report.formattedByActor(.markdown)
        while text.hasSuffix("\n\n") { text.removeLast() }
        text += "\n" + report.formatted(.markdown)
        return text.hasSuffix("\n") ? text : text + "\n"
    }
}
