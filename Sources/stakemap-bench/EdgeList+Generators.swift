/// Seeded random graphs of the two classic families.
extension EdgeList {
    /// A Barabási–Albert preferential-attachment graph, built as networkx
    /// `barabasi_albert_graph` builds it: a star on the first m + 1 nodes, then every new node
    /// joins m distinct earlier nodes drawn in proportion to their degree (Barabási and Albert
    /// 1999, "Emergence of scaling in random networks").
    /// - Parameters:
    ///   - nodes: the number of nodes n (> m).
    ///   - m: the edges each new node brings.
    ///   - seed: the generator's seed.
    /// - Returns: a connected graph with m·(n − m) edges.
    /// - Complexity: O(n·m) expected.
    static func barabasiAlbert(nodes: Int, m: Int, seed: UInt64) -> EdgeList {
        precondition(nodes > m && m >= 1)
        var rng = BenchRandom(seed: seed)
        var edges: [(Int32, Int32)] = []
        edges.reserveCapacity(m * (nodes - m))
        // One entry per edge end: drawing uniformly from it draws in proportion to degree.
        var ends: [Int32] = []
        ends.reserveCapacity(2 * m * (nodes - m))
        for leaf in 1...m {
            edges.append((0, Int32(leaf)))
            ends.append(0)
            ends.append(Int32(leaf))
        }
        var chosen: [Int32] = []
        for source in (m + 1)..<nodes {
            chosen.removeAll(keepingCapacity: true)
            while chosen.count < m {
                let t = ends[rng.below(ends.count)]
                if !chosen.contains(t) { chosen.append(t) }
            }
            chosen.sort()
            for t in chosen {
                edges.append((t, Int32(source)))
                ends.append(t)
                ends.append(Int32(source))
            }
        }
        return EdgeList(name: "ba-\(nodes)", nodeCount: nodes, edges: edges)
    }

    /// An Erdős–Rényi G(n, M) graph: M distinct edges drawn uniformly among all pairs
    /// (Erdős and Rényi 1959, "On random graphs I").
    /// - Parameters:
    ///   - nodes: the number of nodes n.
    ///   - edgesPerNode: M / n.
    ///   - seed: the generator's seed.
    /// - Returns: the graph, edges sorted; with M = 5n a few nodes stay isolated.
    /// - Complexity: O(M) expected, O(M log M) for the sort.
    static func erdosRenyi(nodes: Int, edgesPerNode: Int, seed: UInt64) -> EdgeList {
        var rng = BenchRandom(seed: seed)
        let target = min(nodes * edgesPerNode, nodes * (nodes - 1) / 2)
        var seen = Set<UInt64>(minimumCapacity: target)
        var edges: [(Int32, Int32)] = []
        edges.reserveCapacity(target)
        while edges.count < target {
            let a = rng.below(nodes), b = rng.below(nodes)
            guard a != b else { continue }
            let (u, v) = (min(a, b), max(a, b))
            if seen.insert(UInt64(u) << 32 | UInt64(v)).inserted {
                edges.append((Int32(u), Int32(v)))
            }
        }
        edges.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        return EdgeList(name: "er-\(nodes)", nodeCount: nodes, edges: edges)
    }
}
