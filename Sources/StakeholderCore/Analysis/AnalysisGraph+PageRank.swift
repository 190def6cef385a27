extension AnalysisGraph {
    /// PageRank by power iteration, as networkx `pagerank` computes it.
    ///
    /// Each node passes `damping` of its score along its out-edges in proportion to their
    /// weights; a dangling node (no out-edges) spreads it uniformly over all nodes; every node
    /// also receives (1 − damping)/n. An undirected edge is followed both ways. Iteration
    /// starts from the uniform vector and stops when the L1 change is below n · `tolerance`
    /// (networkx defaults: damping 0.85, 100 iterations, tolerance 1e-6); the result is that
    /// iterate, which sums to 1 up to the tolerance (Page, Brin, Motwani and Winograd 1999).
    /// - Parameters:
    ///   - damping: the probability of following an edge (networkx `alpha`).
    ///   - weighted: whether edges pass score in proportion to their weights.
    ///   - maxIterations: the iteration limit.
    ///   - tolerance: the per-node convergence tolerance.
    /// - Returns: the PageRank of every node.
    /// - Throws: `StakeholderCoreError.notConverged` when the limit is reached first.
    /// - Complexity: O((n + m) · iterations).
    public func pageRank(damping: Double = 0.85, weighted: Bool = true, maxIterations: Int = 100,
                         tolerance: Double = 1e-6) throws -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        // Row sums and their reciprocals, as networkx scales the adjacency matrix.
        var inverseOut = [Double](repeating: 0, count: n)
        var dangling: [Int] = []
        for u in 0..<n {
            var sum = 0.0
            for k in outOffsets[u]..<outOffsets[u + 1] { sum += weighted ? outWeights[k] : 1 }
            if sum != 0 { inverseOut[u] = 1 / sum } else { dangling.append(u) }
        }
        // The scaled weight of every in-edge: A[i, j] · (1 / S[i]).
        var scaled = [Double](repeating: 0, count: inSources.count)
        for v in 0..<n {
            for k in inOffsets[v]..<inOffsets[v + 1] {
                scaled[k] = (weighted ? inWeights[k] : 1) * inverseOut[inSources[k]]
            }
        }
        let uniform = 1 / Double(n)
        var x = [Double](repeating: uniform, count: n)
        var next = x
        for _ in 0..<maxIterations {
            var danglingSum = 0.0
            for u in dangling { danglingSum += x[u] }
            var change = 0.0
            for v in 0..<n {
                var incoming = 0.0
                for k in inOffsets[v]..<inOffsets[v + 1] { incoming += x[inSources[k]] * scaled[k] }
                next[v] = damping * (incoming + danglingSum * uniform) + (1 - damping) * uniform
                change += abs(next[v] - x[v])
            }
            swap(&x, &next)
            if change < Double(n) * tolerance { return x }
        }
        throw StakeholderCoreError.notConverged(measure: "pagerank", iterations: maxIterations)
    }
}
