import ArgumentParser
import Foundation
import GraphvizRendering
import StakeholderCore

/// `stakemap export`: writes a graph JSON file in another format.
struct ExportCommand: ParsableCommand {
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case dot, json, graphml, gexf, csv, events

        /// The format named by a file's extension (`.gv` is DOT too, `.jsonl` events).
        init?(path: String) {
            let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
            switch ext {
            case "gv": self = .dot
            case "jsonl": self = .events
            default: self.init(rawValue: ext)
            }
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a stakeholder graph as DOT, JSON, GraphML, GEXF, CSV or an event list.",
        discussion: """
            dot: Graphviz DOT as `stakemap render` draws it (without the legend, which render places after layout). json: the graph itself (after \
            --since/--until). graphml: typed keys for networkx, Gephi and yEd. gexf: GEXF 1.3 \
            with evidence dates as spells for Gephi's timeline. csv: two tables that Kumu \
            imports (actors: Label, Type, ID, Kind, Aliases, Mentions; relations: From, To, \
            Type, Direction, Strength, Evidence, Documents, First Date, Last Date). events: \
            JSON Lines, one event per piece of evidence (date, document, type and its PLOVER \
            code, source and target with names and sectors, modality, rule, sentence, offsets), \
            ordered by date.

            The format follows the extension of -o unless --format is given. -o - writes to \
            standard output (not for csv). For csv, -o names a folder (an existing one, or a \
            path ending in /) that receives actors.csv and relations.csv, or a file name \
            whose stem is kept: -o out/mapa.csv writes out/mapa-actors.csv and \
            out/mapa-relations.csv.

            Example:
              stakemap export graphs/seeds.json --format graphml -o seeds.graphml
              stakemap export graphs/seeds.json --format csv -o kumu/
              stakemap export graphs/seeds.json -o events.jsonl
            """
    )

    @OptionGroup var input: GraphInputOptions

    @Option(help: "dot, json, graphml, gexf, csv or events (default: from the extension of -o).")
    var format: Format?

    @Option(name: .shortAndLong, help: "The file to write, - for standard output, or for csv a folder or file stem.")
    var output: String

    func validate() throws {
        guard let format = format ?? Format(path: output) else {
            throw ValidationError("cannot tell the format of '\(output)': use --format dot|json|graphml|gexf|csv|events")
        }
        if format == .csv, output == "-" {
            throw ValidationError("csv writes two files (actors and relations): -o needs a folder or a file stem, not -")
        }
    }

    func run() throws {
        try reportingFailures("export") {
            let graph = try input.loadExisting()
            switch format ?? Format(path: output) ?? .json {
            case .dot: try writeOutput(DOTWriter().dot(for: graph), to: output)
            case .json: try writeOutput(to: output) { sink in try graph.writeJSON(to: sink) }
            case .graphml: try writeOutput(GraphMLWriter.graphML(for: graph), to: output)
            case .gexf: try writeOutput(GEXFWriter.gexf(for: graph), to: output)
            case .events: try writeOutput(EventsWriter.jsonLines(for: graph), to: output)
            case .csv:
                let paths = Self.csvPaths(for: output)
                try writeOutput(KumuCSVWriter.actorsCSV(for: graph), to: paths.actors)
                try writeOutput(KumuCSVWriter.relationsCSV(for: graph), to: paths.relations)
            }
        }
    }

    /// Where the two CSV tables go for `-o output` (see the discussion).
    static func csvPaths(for output: String) -> (actors: String, relations: String) {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory)
        if output.hasSuffix("/") || (exists && isDirectory.boolValue) {
            let folder = URL(fileURLWithPath: output, isDirectory: true)
            return (folder.appendingPathComponent("actors.csv").path,
                    folder.appendingPathComponent("relations.csv").path)
        }
        let stem = output.lowercased().hasSuffix(".csv") ? String(output.dropLast(4)) : output
        return (stem + "-actors.csv", stem + "-relations.csv")
    }
}
