/// In-, out- and total degree of every node.
public struct DegreeScores: Sendable, Equatable {
    /// Edges (or their weights) arriving at each node.
    public var inDegree: [Double]
    /// Edges (or their weights) leaving each node.
    public var outDegree: [Double]
    /// `inDegree + outDegree` in a directed graph; the degree in an undirected one.
    public var total: [Double]
}

extension AnalysisGraph {
    /// The degree of every node, as networkx `in_degree`, `out_degree` and `degree` count it.
    ///
    /// With `weighted`, edges count by their weight (the strength, in a stakeholder graph the
    /// evidence count), else each collapsed edge counts 1. In an undirected graph a self-loop
    /// counts twice towards the degree (networkx convention), and in- and out-degree equal the
    /// degree. In a directed graph a self-loop counts once in and once out.
    /// - Parameter weighted: whether to sum weights instead of counting edges.
    /// - Returns: the three degree arrays, indexed by node.
    /// - Complexity: O(n + m).
    public func degrees(weighted: Bool) -> DegreeScores {
        var outDegree = [Double](repeating: 0, count: nodeCount)
        var inDegree = [Double](repeating: 0, count: nodeCount)
        for u in 0..<nodeCount {
            for k in outOffsets[u]..<outOffsets[u + 1] {
                let w = weighted ? outWeights[k] : 1
                outDegree[u] += w
                if isDirected {
                    inDegree[outTargets[k]] += w
                } else if outTargets[k] == u {
                    outDegree[u] += w
                }
            }
        }
        if !isDirected {
            return DegreeScores(inDegree: outDegree, outDegree: outDegree, total: outDegree)
        }
        let total = (0..<nodeCount).map { inDegree[$0] + outDegree[$0] }
        return DegreeScores(inDegree: inDegree, outDegree: outDegree, total: total)
    }
}
