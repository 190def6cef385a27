/// A centrality measure that `StakeholderGraph.centrality` can compute.
public enum CentralityMetric: String, CaseIterable, Sendable, Codable {
    case degree, betweenness, closeness, pagerank, eigenvector
}

/// One column of a centrality report.
public enum CentralityColumn: String, CaseIterable, Sendable, Codable {
    case inDegree = "in_degree"
    case outDegree = "out_degree"
    case degree
    case betweenness
    case closeness
    case pagerank
    case eigenvector

    /// The columns a metric fills.
    public static func columns(of metric: CentralityMetric) -> [CentralityColumn] {
        switch metric {
        case .degree: return [.inDegree, .outDegree, .degree]
        case .betweenness: return [.betweenness]
        case .closeness: return [.closeness]
        case .pagerank: return [.pagerank]
        case .eigenvector: return [.eigenvector]
        }
    }
}

/// How centrality is computed on a stakeholder graph.
public struct CentralityOptions: Sendable, Equatable {
    public var weights: EdgeWeighting
    public var layer: RelationLayer
    /// Whether to respect relation direction (eigenvector centrality always uses the
    /// undirected view).
    public var directed: Bool
    /// Source sampling for betweenness, or `nil` for the exact value.
    public var sampling: BetweennessSampling?

    public init(weights: EdgeWeighting = .strength, layer: RelationLayer = .all,
                directed: Bool = true, sampling: BetweennessSampling? = nil) {
        self.weights = weights
        self.layer = layer
        self.directed = directed
        self.sampling = sampling
    }
}

/// Centrality scores of every actor of a graph, column by column.
public struct CentralityReport: Sendable, Equatable {
    /// The actors, in graph order.
    public var actors: [Actor]
    /// The computed columns, in `CentralityColumn` order.
    public var columns: [CentralityColumn]
    /// The values of each computed column, indexed like `actors`.
    public var values: [CentralityColumn: [Double]]
    /// Measures that could not be computed, and why.
    public var notes: [String]
    public var options: CentralityOptions

    /// The scores of `column` by actor id, or `nil` when it was not computed.
    public func scores(_ column: CentralityColumn) -> [String: Double]? {
        guard let column = values[column] else { return nil }
        return Dictionary(uniqueKeysWithValues: zip(actors.map(\.id), column))
    }

    /// Actor indices from the highest `column` value down; ties by name, then id.
    /// Empty when the column was not computed.
    public func ranking(by column: CentralityColumn) -> [Int] {
        guard let v = values[column] else { return [] }
        return actors.indices.sorted { a, b in
            if v[a] != v[b] { return v[a] > v[b] }
            if actors[a].name != actors[b].name { return actors[a].name < actors[b].name }
            return actors[a].id < actors[b].id
        }
    }

    /// The ids of the `count` actors with the highest `column` values (for labelling only the
    /// most central actors on a big map). Empty when the column was not computed.
    public func topActorIDs(_ count: Int, by column: CentralityColumn) -> [String] {
        ranking(by: column).prefix(max(0, count)).map { actors[$0].id }
    }

    /// The column `--top` sorts by: the first computed one (degree for `all`).
    public var primaryColumn: CentralityColumn? {
        columns.contains(.degree) ? .degree : columns.first
    }
}

extension StakeholderGraph {
    /// Computes centrality measures for every actor.
    ///
    /// Degree counts collapsed edges (`.none`) or sums strengths (`.strength`); betweenness
    /// (normalised) and harmonic closeness use hop counts or the distance 1/strength; PageRank
    /// passes score in proportion to strength; eigenvector centrality runs on the undirected
    /// view. A measure that does not converge is left out and explained in `notes`.
    /// - Parameters:
    ///   - metrics: the measures to compute.
    ///   - options: weights, layer, direction and sampling.
    /// - Returns: the report.
    /// - Complexity: dominated by betweenness and closeness, O(a·r) unweighted and
    ///   O(a·(r + a) log a) weighted, for a actors and r relations.
    public func centrality(_ metrics: [CentralityMetric] = CentralityMetric.allCases,
                           options: CentralityOptions = CentralityOptions()) -> CentralityReport {
        let graph = analysisGraph(layer: options.layer, weights: options.weights, directed: options.directed)
        let weighted = options.weights == .strength
        let lengths = weighted ? graph.reciprocalLengths : nil
        var values: [CentralityColumn: [Double]] = [:]
        var notes: [String] = []
        for metric in CentralityMetric.allCases where metrics.contains(metric) {
            switch metric {
            case .degree:
                let d = graph.degrees(weighted: weighted)
                values[.inDegree] = d.inDegree
                values[.outDegree] = d.outDegree
                values[.degree] = d.total
            case .betweenness:
                values[.betweenness] = graph.betweenness(lengths: lengths, sampling: options.sampling)
            case .closeness:
                values[.closeness] = graph.harmonicCloseness(lengths: lengths)
            case .pagerank:
                do { values[.pagerank] = try graph.pageRank(weighted: weighted) } catch { notes.append("\(error)") }
            case .eigenvector:
                do { values[.eigenvector] = try graph.eigenvectorCentrality(weighted: weighted) } catch {
                    notes.append("\(error); left out (it often fails on graphs of disconnected parts)")
                }
            }
        }
        let columns = CentralityColumn.allCases.filter { values[$0] != nil }
        return CentralityReport(actors: actors, columns: columns, values: values, notes: notes, options: options)
    }
}
