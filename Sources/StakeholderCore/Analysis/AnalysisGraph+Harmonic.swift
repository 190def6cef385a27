extension AnalysisGraph {
    /// Harmonic closeness centrality, as networkx `harmonic_centrality` defines it.
    ///
    /// The harmonic closeness of u is the sum over the other nodes v of 1 / d(v, u), the
    /// distance *from* v *to* u (in a directed graph, the paths arriving at u); unreachable
    /// nodes add 0, so it is defined on disconnected graphs (Marchiori and Latora 2000,
    /// "Harmony in the small-world"; Boldi and Vigna 2014, "Axioms for centrality").
    /// The values are not normalised (networkx does not normalise either); divide by n − 1
    /// for a value in [0, 1] on unweighted graphs. Self-loops play no part.
    /// - Parameter lengths: the length of each out-edge (Dijkstra), or `nil` to count hops.
    /// - Returns: the harmonic closeness of every node.
    /// - Complexity: O(n·m) unweighted, O(n·(m + n) log n) weighted; parallel over sources.
    public func harmonicCloseness(lengths: [Double]? = nil) -> [Double] {
        let n = nodeCount
        return SourceParallel.sum(nodeCount: n, sources: Array(0..<n),
                                  makeWorkspace: { ShortestPathWorkspace(nodeCount: n) }) {
            workspace, s, partial in
            workspace.run(from: s, in: self, lengths: lengths)
            for u in workspace.order {
                let d = workspace.distance[u]
                if d != 0 { partial[u] += 1 / d }
            }
        }
    }
}
