/// A compact, index-based view of a graph for analysis: compressed sparse rows (CSR) of
/// out-edges and in-edges, each with a positive weight.
///
/// Nodes are `0..<nodeCount`. Parallel edges are collapsed when the view is built: edges between
/// the same ordered pair (directed) or unordered pair (undirected) become one edge whose weight
/// is the sum of theirs. In an undirected view every edge {u, v} is listed in the rows of both
/// `u` and `v` (a self-loop once, in its node's row), and the in-rows equal the out-rows.
/// Neighbours within a row are in increasing index order, so every algorithm visits them in
/// the same order on every run.
public struct AnalysisGraph: Sendable, Equatable {
    /// One weighted edge given to `init(nodeCount:directed:edges:)`.
    public struct Edge: Sendable, Equatable {
        public var source: Int
        public var target: Int
        public var weight: Double
        public init(_ source: Int, _ target: Int, weight: Double = 1) {
            self.source = source
            self.target = target
            self.weight = weight
        }
    }

    public let nodeCount: Int
    public let isDirected: Bool
    /// Row `u` of the out-edges is `outTargets[outOffsets[u]..<outOffsets[u + 1]]`.
    public let outOffsets: [Int]
    public let outTargets: [Int]
    public let outWeights: [Double]
    /// Row `v` of the in-edges is `inSources[inOffsets[v]..<inOffsets[v + 1]]`.
    public let inOffsets: [Int]
    public let inSources: [Int]
    public let inWeights: [Double]

    /// The number of distinct edges after collapsing (an undirected edge counts once).
    public var edgeCount: Int {
        guard !isDirected else { return outTargets.count }
        var loops = 0
        for u in 0..<nodeCount {
            for k in outOffsets[u]..<outOffsets[u + 1] where outTargets[k] == u { loops += 1 }
        }
        return (outTargets.count - loops) / 2 + loops
    }

    /// Builds the view, collapsing parallel edges by summing their weights.
    /// - Parameters:
    ///   - nodeCount: the number of nodes; edge endpoints must lie in `0..<nodeCount`.
    ///   - directed: whether edges run from source to target.
    ///   - edges: the edges, in any order; weights should be positive.
    /// - Complexity: O(n + m log m) for n nodes and m edges.
    public init(nodeCount: Int, directed: Bool, edges: [Edge]) {
        precondition(edges.allSatisfy { (0..<nodeCount).contains($0.source) && (0..<nodeCount).contains($0.target) },
                     "edge endpoint out of range")
        self.nodeCount = nodeCount
        self.isDirected = directed
        // Canonical pairs, sorted, then summed.
        var pairs = edges.map { edge -> Edge in
            if directed || edge.source <= edge.target { return edge }
            return Edge(edge.target, edge.source, weight: edge.weight)
        }
        pairs.sort { ($0.source, $0.target) < ($1.source, $1.target) }
        var collapsed: [Edge] = []
        collapsed.reserveCapacity(pairs.count)
        for edge in pairs {
            if let last = collapsed.last, last.source == edge.source, last.target == edge.target {
                collapsed[collapsed.count - 1].weight += edge.weight
            } else {
                collapsed.append(edge)
            }
        }
        var arcs = collapsed
        if !directed {
            for edge in collapsed where edge.source != edge.target {
                arcs.append(Edge(edge.target, edge.source, weight: edge.weight))
            }
        }
        let out = Self.rows(nodeCount: nodeCount, arcs: arcs, bySource: true)
        outOffsets = out.offsets
        outTargets = out.neighbours
        outWeights = out.weights
        if directed {
            let incoming = Self.rows(nodeCount: nodeCount, arcs: arcs, bySource: false)
            inOffsets = incoming.offsets
            inSources = incoming.neighbours
            inWeights = incoming.weights
        } else {
            inOffsets = outOffsets
            inSources = outTargets
            inWeights = outWeights
        }
    }

    /// The undirected view: each edge {u, v} weighs the sum of the weights of u→v and v→u.
    /// An undirected graph is returned as it is.
    /// - Complexity: O(n + m log m).
    public func undirected() -> AnalysisGraph {
        guard isDirected else { return self }
        return AnalysisGraph(nodeCount: nodeCount, directed: false, edges: edgeList())
    }

    /// The same edges, each with weight 1.
    public func unweighted() -> AnalysisGraph {
        AnalysisGraph(nodeCount: nodeCount, directed: isDirected,
                      edges: edgeList().map { Edge($0.source, $0.target, weight: 1) })
    }

    /// The collapsed edges, each once (an undirected edge with source ≤ target).
    public func edgeList() -> [Edge] {
        var result: [Edge] = []
        for u in 0..<nodeCount {
            for k in outOffsets[u]..<outOffsets[u + 1] where isDirected || u <= outTargets[k] {
                result.append(Edge(u, outTargets[k], weight: outWeights[k]))
            }
        }
        return result
    }

    private static func rows(nodeCount: Int, arcs: [Edge], bySource: Bool)
        -> (offsets: [Int], neighbours: [Int], weights: [Double])
    {
        var offsets = [Int](repeating: 0, count: nodeCount + 1)
        for arc in arcs { offsets[(bySource ? arc.source : arc.target) + 1] += 1 }
        for i in 0..<nodeCount { offsets[i + 1] += offsets[i] }
        var fill = offsets
        var neighbours = [Int](repeating: 0, count: arcs.count)
        var weights = [Double](repeating: 0, count: arcs.count)
        // Sorted by the other endpoint so that rows are in increasing order.
        let ordered = arcs.sorted {
            bySource ? ($0.source, $0.target) < ($1.source, $1.target)
                     : ($0.target, $0.source) < ($1.target, $1.source)
        }
        for arc in ordered {
            let row = bySource ? arc.source : arc.target
            neighbours[fill[row]] = bySource ? arc.target : arc.source
            weights[fill[row]] = arc.weight
            fill[row] += 1
        }
        return (offsets, neighbours, weights)
    }
}
