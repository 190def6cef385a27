extension AnalysisGraph {
    /// Eigenvector centrality of the undirected view, as networkx `eigenvector_centrality`
    /// computes it on an undirected graph.
    ///
    /// Power iteration on A + I (the identity shift makes it converge on bipartite graphs),
    /// starting from the uniform vector, each iterate scaled to Euclidean norm 1; it stops when
    /// the L1 change is below n · `tolerance` (networkx defaults: 100 iterations, 1e-6). On a
    /// disconnected graph the result depends on the start and may not converge. A directed
    /// graph is first made undirected with `undirected()` (weights of u→v and v→u summed).
    /// A self-loop adds its node's own score once, as in networkx (Bonacich 1972).
    /// - Parameters:
    ///   - weighted: whether neighbours contribute in proportion to edge weights.
    ///   - maxIterations: the iteration limit.
    ///   - tolerance: the per-node convergence tolerance.
    /// - Returns: the eigenvector centrality of every node (unit Euclidean norm).
    /// - Throws: `StakeholderCoreError.notConverged` when the limit is reached first.
    /// - Complexity: O((n + m) · iterations).
    public func eigenvectorCentrality(weighted: Bool = false, maxIterations: Int = 100,
                                      tolerance: Double = 1e-6) throws -> [Double] {
        let graph = undirected()
        let n = graph.nodeCount
        guard n > 0 else { return [] }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = x
        for _ in 0..<maxIterations {
            var largest = 0.0
            for v in 0..<n {
                var sum = x[v]
                for k in graph.outOffsets[v]..<graph.outOffsets[v + 1] {
                    sum += x[graph.outTargets[k]] * (weighted ? graph.outWeights[k] : 1)
                }
                next[v] = sum
                largest = max(largest, abs(sum))
            }
            // The Euclidean norm, computed without overflow (as math.hypot).
            var squares = 0.0
            if largest > 0 { for v in 0..<n { let r = next[v] / largest; squares += r * r } }
            var norm = largest * squares.squareRoot()
            if norm == 0 { norm = 1 }
            var change = 0.0
            for v in 0..<n {
                next[v] /= norm
                change += abs(next[v] - x[v])
            }
            swap(&x, &next)
            if change < Double(n) * tolerance { return x }
        }
        throw StakeholderCoreError.notConverged(measure: "eigenvector", iterations: maxIterations)
    }
}
