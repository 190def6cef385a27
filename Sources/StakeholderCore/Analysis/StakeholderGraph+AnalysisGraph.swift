/// How relations weigh in analysis.
public enum EdgeWeighting: String, CaseIterable, Sendable, Codable {
    /// Every collapsed edge weighs 1; path lengths count hops.
    case none
    /// An edge weighs its strength w, the number of pieces of evidence behind it (summed over
    /// the relations it collapses); path-based measures use the distance 1/w, so that strongly
    /// evidenced ties are short.
    case strength
}

extension StakeholderGraph {
    /// The index-based view of this graph that the centrality measures read.
    ///
    /// Node i is `actors[i]`. Only relations of `layer` take part. Relations between the same
    /// two actors, of different types, are collapsed into one edge whose weight is the sum of
    /// their evidence counts (`.strength`) or 1 (`.none`). In the directed view a relation runs
    /// from source to target and a meeting, being symmetric, runs both ways (a meeting of
    /// strength 3 adds 3 to u→v and 3 to v→u). In the undirected view every relation, a meeting
    /// included, adds its strength once to the edge {u, v}.
    /// - Parameters:
    ///   - layer: the relation types that take part.
    ///   - weights: how edges weigh.
    ///   - directed: whether to build the directed view.
    /// - Returns: the view.
    /// - Complexity: O(a + r log r).
    public func analysisGraph(layer: RelationLayer = .all, weights: EdgeWeighting = .strength,
                              directed: Bool = true) -> AnalysisGraph {
        var edges: [AnalysisGraph.Edge] = []
        edges.reserveCapacity(relations.count * 2)
        for relation in relations where relation.type.belongs(to: layer) {
            guard let s = index(ofActor: relation.source), let t = index(ofActor: relation.target) else { continue }
            let w = Double(relation.weight)
            edges.append(.init(s, t, weight: w))
            if directed, !relation.type.isDirected, s != t { edges.append(.init(t, s, weight: w)) }
        }
        let graph = AnalysisGraph(nodeCount: actors.count, directed: directed, edges: edges)
        return weights == .none ? graph.unweighted() : graph
    }
}

extension AnalysisGraph {
    /// The distance of each out-edge, 1 / weight, for the path-based measures.
    /// - Complexity: O(m).
    public var reciprocalLengths: [Double] { outWeights.map { 1 / $0 } }
}
