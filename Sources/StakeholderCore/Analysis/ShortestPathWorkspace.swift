/// Scratch state for single-source shortest paths (breadth-first or Dijkstra), reused across
/// sources: only the nodes reached from the last source are reset.
///
/// After `run`, `order` holds the reached nodes in the order they were settled (non-decreasing
/// distance), `distance[v]` their distance (`.infinity` when unreached) and `sigma[v]` the
/// number of shortest paths from the source, as in Brandes (2001).
struct ShortestPathWorkspace {
    var distance: [Double]
    var sigma: [Double]
    var delta: [Double]
    var order: [Int] = []
    private var settled: [Bool]
    private var heap = DistanceHeap()
    private var queue: [Int] = []

    init(nodeCount: Int) {
        distance = [Double](repeating: .infinity, count: nodeCount)
        sigma = [Double](repeating: 0, count: nodeCount)
        delta = [Double](repeating: 0, count: nodeCount)
        settled = [Bool](repeating: false, count: nodeCount)
        order.reserveCapacity(nodeCount)
        queue.reserveCapacity(nodeCount)
    }

    /// Shortest paths from `source`, counting hops (`lengths == nil`) or summing `lengths`
    /// (indexed like `graph.outTargets`, all positive).
    /// - Complexity: O(n' + m') breadth-first, O((n' + m') log m') Dijkstra, for the n' nodes
    ///   and m' edges reached.
    mutating func run(from source: Int, in graph: AnalysisGraph, lengths: [Double]?) {
        for v in order {
            distance[v] = .infinity
            sigma[v] = 0
            delta[v] = 0
            settled[v] = false
        }
        order.removeAll(keepingCapacity: true)
        if let lengths {
            dijkstra(from: source, in: graph, lengths: lengths)
        } else {
            breadthFirst(from: source, in: graph)
        }
    }

    private mutating func breadthFirst(from source: Int, in graph: AnalysisGraph) {
        queue.removeAll(keepingCapacity: true)
        distance[source] = 0
        sigma[source] = 1
        queue.append(source)
        var head = 0
        while head < queue.count {
            let v = queue[head]
            head += 1
            order.append(v)
            let next = distance[v] + 1
            for k in graph.outOffsets[v]..<graph.outOffsets[v + 1] {
                let w = graph.outTargets[k]
                if distance[w] == .infinity {
                    distance[w] = next
                    queue.append(w)
                }
                if distance[w] == next { sigma[w] += sigma[v] }
            }
        }
    }

    /// Dijkstra as networkx `_single_source_dijkstra_path_basic` runs it: a node's tentative
    /// distance is `distance[v] + length`, and paths of exactly equal length are counted.
    private mutating func dijkstra(from source: Int, in graph: AnalysisGraph, lengths: [Double]) {
        heap.removeAll()
        distance[source] = 0
        sigma[source] = 1
        heap.push(0, source)
        while let (d, v) = heap.pop() {
            if settled[v] { continue }
            settled[v] = true
            order.append(v)
            for k in graph.outOffsets[v]..<graph.outOffsets[v + 1] {
                let w = graph.outTargets[k]
                if settled[w] { continue }
                let candidate = d + lengths[k]
                if candidate < distance[w] {
                    distance[w] = candidate
                    sigma[w] = sigma[v]
                    heap.push(candidate, w)
                } else if candidate == distance[w] {
                    sigma[w] += sigma[v]
                }
            }
        }
        // The heap is empty, so every node given a distance was settled and is in `order`,
        // which is what the next reset walks.
    }
}

/// A binary min-heap of (distance, node) pairs in two flat arrays.
struct DistanceHeap {
    private var keys: [Double] = []
    private var nodes: [Int] = []

    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        nodes.removeAll(keepingCapacity: true)
    }

    mutating func push(_ key: Double, _ node: Int) {
        keys.append(key)
        nodes.append(node)
        var i = keys.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            if keys[parent] <= key { break }
            keys[i] = keys[parent]
            nodes[i] = nodes[parent]
            i = parent
        }
        keys[i] = key
        nodes[i] = node
    }

    mutating func pop() -> (Double, Int)? {
        guard let top = keys.first else { return nil }
        let topNode = nodes[0]
        let lastKey = keys.removeLast()
        let lastNode = nodes.removeLast()
        let count = keys.count
        if count > 0 {
            var i = 0
            while true {
                var child = 2 * i + 1
                if child >= count { break }
                if child + 1 < count, keys[child + 1] < keys[child] { child += 1 }
                if keys[child] >= lastKey { break }
                keys[i] = keys[child]
                nodes[i] = nodes[child]
                i = child
            }
            keys[i] = lastKey
            nodes[i] = lastNode
        }
        return (top, topNode)
    }
}
