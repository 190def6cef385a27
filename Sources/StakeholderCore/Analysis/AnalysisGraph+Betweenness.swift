/// Which sources betweenness is estimated from.
public struct BetweennessSampling: Sendable, Equatable, Codable {
    /// The number of sources drawn (without replacement).
    public var samples: Int
    /// The seed of the generator that draws them; the same seed draws the same sources.
    public var seed: UInt64

    public init(samples: Int, seed: UInt64) {
        self.samples = samples
        self.seed = seed
    }
}

extension AnalysisGraph {
    /// Betweenness centrality by Brandes' algorithm.
    ///
    /// The betweenness of v is the sum over pairs s ≠ v ≠ t of σ(s,t|v) / σ(s,t), the share of
    /// shortest s–t paths through v (endpoints excluded, networkx `endpoints=False`).
    /// Normalised as networkx does: divided by (n − 1)(n − 2) for directed and undirected graphs
    /// alike (an undirected pair is counted in both orders); unnormalised undirected values are
    /// halved. Graphs with n ≤ 2 are left at zero.
    ///
    /// With `lengths` (one per out-edge, as `outTargets`), paths are shortest by the sum of the
    /// lengths (Dijkstra) and ties are exact floating-point equalities, as in networkx;
    /// without, by hop count (breadth-first search). Stakeholder graphs pass `1 / weight`.
    ///
    /// Sources are processed in parallel with a deterministic reduction (`SourceParallel`).
    /// With `sampling` (and `samples < n`), only `samples` sources drawn without replacement
    /// by a seeded generator are used and the result is rescaled as networkx 3.6 does with
    /// `k`: a sampled node's sum is scaled by (n − 1)/(k − 1), any other node's by (n − 1)/k
    /// (before normalisation). This is an unbiased estimate of the exact value (Brandes and
    /// Pich 2007, "Centrality estimation in large networks").
    /// - Parameters:
    ///   - lengths: the length of each out-edge, or `nil` to count hops.
    ///   - normalized: whether to divide by the number of ordered pairs (n − 1)(n − 2).
    ///   - sampling: the source sample, or `nil` for the exact value.
    /// - Returns: the betweenness of every node.
    /// - Complexity: O(n·m) unweighted, O(n·m + n² log n) weighted (Brandes 2001, "A faster
    ///   algorithm for betweenness centrality", J. Math. Sociol. 25(2)); O(k·m) resp.
    ///   O(k·(m + n log n)) sampled. Memory O(n + m) per worker plus O(32·n).
    public func betweenness(lengths: [Double]? = nil, normalized: Bool = true,
                            sampling: BetweennessSampling? = nil) -> [Double] {
        let n = nodeCount
        var sources = Array(0..<n)
        var sampled: Set<Int>? = nil
        if let sampling, sampling.samples < n {
            sources = Self.sampledSources(nodeCount: n, samples: sampling.samples, seed: sampling.seed)
            sampled = Set(sources)
        }
        let inLengths = lengths.map { inLengthsMatching($0) }
        var raw = SourceParallel.sum(nodeCount: n, sources: sources,
                                     makeWorkspace: { ShortestPathWorkspace(nodeCount: n) }) {
            workspace, s, partial in
            workspace.run(from: s, in: self, lengths: lengths)
            workspace.accumulate(source: s, in: self, inLengths: inLengths, into: partial)
        }
        rescaleBetweenness(&raw, normalized: normalized, sampled: sampled)
        return raw
    }

    /// The lengths of the in-edges, given the lengths of the out-edges.
    /// - Complexity: O(n + m log d) for the largest degree d.
    func inLengthsMatching(_ lengths: [Double]) -> [Double] {
        guard isDirected else { return lengths }
        var result = [Double](repeating: 0, count: inSources.count)
        for v in 0..<nodeCount {
            for k in inOffsets[v]..<inOffsets[v + 1] {
                let u = inSources[k]
                // Rows are sorted, so the out-edge u→v is found by binary search.
                var lo = outOffsets[u], hi = outOffsets[u + 1]
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if outTargets[mid] < v { lo = mid + 1 } else { hi = mid }
                }
                result[k] = lengths[lo]
            }
        }
        return result
    }

    private func rescaleBetweenness(_ values: inout [Double], normalized: Bool, sampled: Set<Int>?) {
        let n = nodeCount
        guard n > 2 else { return }
        let pairs = Double(n - 1)
        let correction: Double = (normalized || isDirected) ? 1 : 2
        func scale(k: Double) -> Double { normalized ? 1 / (k * (pairs - 1)) : pairs / (k * correction) }
        guard let sampled else {
            let s = scale(k: pairs)
            if s != 1 { for v in 0..<n { values[v] *= s } }
            return
        }
        let k = Double(sampled.count)
        let sourceScale = k > 1 ? scale(k: k - 1) : .nan
        let otherScale = scale(k: k)
        for v in 0..<n { values[v] *= sampled.contains(v) ? sourceScale : otherScale }
    }
}

extension AnalysisGraph {
    /// The sources sampled betweenness starts from: a uniform sample of `samples` nodes drawn
    /// by a partial Fisher–Yates shuffle driven by `SplitMix64(seed:)`, sorted.
    /// - Complexity: O(n).
    public static func sampledSources(nodeCount n: Int, samples: Int, seed: UInt64) -> [Int] {
        let k = min(n, max(1, samples))
        var sources = Array(0..<n)
        var rng = SplitMix64(seed: seed)
        for i in 0..<k {
            let j = i + Int(rng.next() % UInt64(n - i))
            sources.swapAt(i, j)
        }
        return Array(sources[0..<k]).sorted()
    }
}

/// A small, fast, seedable generator (Steele, Lea and Flood 2014, SplitMix64): the same
/// sequence for the same seed on every machine, for sampling, fixtures and benchmarks.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` (multiply-shift; the bias is below 2⁻³² for bounds
    /// under 2³²).
    public mutating func below(_ bound: Int) -> Int {
        Int((UInt64(bound).multipliedFullWidth(by: next())).high)
    }
}
