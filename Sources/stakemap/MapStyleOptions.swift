import ArgumentParser
import GraphvizRendering
import StakeholderCore

/// The measure that sizes the actors of a map.
enum SizeMeasure: String, CaseIterable, ExpressibleByArgument {
    case none, degree, betweenness, closeness, pagerank

    /// The centrality column and the measure that computes it; `nil` for `none`.
    var column: CentralityColumn? { CentralityColumn(rawValue: rawValue) }
    var metric: CentralityMetric? { CentralityMetric(rawValue: rawValue) }
}

/// How a map is drawn: layout engine, node sizes, labels, title. Shared by `render` and `map`.
struct MapStyleOptions: ParsableArguments {
    @Option(help: "The layout engine: auto, dot, neato, fdp, sfdp or circo.")
    var engine: LayoutEngine = .auto

    @Option(help: """
        Size actors by a centrality measure: none, degree, betweenness, closeness or pagerank \
        (computed on all relations, weighted by evidence count).
        """)
    var sizeBy: SizeMeasure = .none

    @Option(help: "Keep the labels of only the N most central (or most mentioned) actors; the others keep their tooltip.")
    var labelTop: Int?

    @Option(help: "A title drawn above the map.")
    var title: String?

    func validate() throws {
        if let labelTop, labelTop < 0 { throw ValidationError("--label-top expects a number of actors, not \(labelTop)") }
    }

    /// The DOT options for `graph`: node sizes from the chosen measure, when there is one.
    /// - Parameter measure: overrides `--size-by` (the `map` command's default).
    func dotOptions(for graph: StakeholderGraph, measure: SizeMeasure? = nil) -> DOTWriter.Options {
        let measure = measure ?? sizeBy
        var sizes: [String: Double]?
        if let metric = measure.metric, let column = measure.column {
            let report = graph.centrality([metric], options: CentralityOptions())
            if let scores = report.scores(column), scores.values.contains(where: { $0 > 0 }) {
                sizes = scores
            }
        }
        return DOTWriter.Options(nodeSizes: sizes, labelTop: labelTop, title: title)
    }
}
