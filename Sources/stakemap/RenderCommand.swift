import ArgumentParser
import Foundation
import GraphvizRendering
import StakeholderCore

/// `stakemap render`: draws a graph JSON file as SVG, PNG or PDF through Graphviz (in-process).
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a stakeholder graph as an SVG, PNG or PDF map.",
        discussion: """
            Actors are filled by sector and shaped by kind (person: ellipse, organization: box, \
            group: hexagon); demands and grievances are drawn in warm colours, meetings, \
            commitments, support and resolutions in cool ones, affiliations thin and dashed. \
            Hovering an actor or a line in the SVG shows its evidence.

            The format follows the extension of -o unless --format is given. --engine auto \
            uses dot up to \(LayoutEngine.autoDotLimit) actors, neato up to \
            \(LayoutEngine.autoNeatoLimit), sfdp beyond.

            Example:
              stakemap render graphs/seeds.json -o graphs/seeds.svg
              stakemap render graphs/seeds.json -o map.png --engine neato --since 2026-03-01
              stakemap render big.json -o big.svg --size-by betweenness --label-top 30
            """
    )

    @OptionGroup var input: GraphInputOptions

    @Option(name: .shortAndLong, help: "The map to write (.svg, .png, .pdf), or - for standard output with --format.")
    var output: String

    @Option(help: "The output format: svg, png or pdf (default: from the extension of -o).")
    var format: RenderFormat?

    @OptionGroup var style: MapStyleOptions

    func validate() throws {
        if format == nil, RenderFormat(path: output) == nil {
            throw ValidationError("cannot tell the format of '\(output)': use a .svg, .png or .pdf name, or --format")
        }
    }

    func run() throws {
        try reportingFailures("render") {
            let graph = try input.loadExisting()
            let format = self.format ?? RenderFormat(path: output) ?? .svg
            let options = style.dotOptions(for: graph)
            let data = try GraphvizRenderer().render(graph, format: format, engine: style.engine, options: options)
            try writeOutput(data, to: output)
        }
    }
}
