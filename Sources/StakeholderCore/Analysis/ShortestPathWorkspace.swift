/// Scratch state for single-source shortest paths (breadth-first or Dijkstra), reused across
/// sources: only the nodes reached from the last source are reset.
///
/// After `run`, `order` holds the reached nodes in the order they were settled (non-decreasing
/// distance), `distance[v]` their distance (`.infinity` when unreached) and `sigma[v]` the
/// number of shortest paths from the source, as in Brandes (2001). The storage is raw memory
/// owned by the workspace, so the inner loops run without bounds checks or copy-on-write
/// checks; one workspace belongs to one thread.
final class ShortestPathWorkspace {
    let nodeCount: Int
    let distance: UnsafeMutablePointer<Double>
    let sigma: UnsafeMutablePointer<Double>
    let delta: UnsafeMutablePointer<Double>
    private let settled: UnsafeMutablePointer<Bool>
    private let orderStorage: UnsafeMutablePointer<Int>
    private(set) var orderCount = 0
    private let heap: DistanceHeap

    init(nodeCount: Int) {
        self.nodeCount = nodeCount
        let size = max(1, nodeCount)
        heap = DistanceHeap(capacity: size)
        distance = .allocate(capacity: size)
        distance.initialize(repeating: .infinity, count: size)
        sigma = .allocate(capacity: size)
        sigma.initialize(repeating: 0, count: size)
        delta = .allocate(capacity: size)
        delta.initialize(repeating: 0, count: size)
        settled = .allocate(capacity: size)
        settled.initialize(repeating: false, count: size)
        orderStorage = .allocate(capacity: size)
        orderStorage.initialize(repeating: 0, count: size)
    }

    deinit {
        distance.deallocate()
        sigma.deallocate()
        delta.deallocate()
        settled.deallocate()
        orderStorage.deallocate()
    }

    /// The reached nodes in settling order.
    var order: UnsafeBufferPointer<Int> { UnsafeBufferPointer(start: orderStorage, count: orderCount) }

    /// Shortest paths from `source`, counting hops (`lengths == nil`) or summing `lengths`
    /// (indexed like `graph.outTargets`, all positive).
    /// - Complexity: O(n' + m') breadth-first, O((n' + m') log m') Dijkstra, for the n' nodes
    ///   and m' edges reached.
    func run(from source: Int, in graph: AnalysisGraph, lengths: [Double]?) {
        for i in 0..<orderCount {
            let v = orderStorage[i]
            distance[v] = .infinity
            sigma[v] = 0
            delta[v] = 0
            settled[v] = false
        }
        orderCount = 0
        graph.outOffsets.withUnsafeBufferPointer { offsets in
            graph.outTargets.withUnsafeBufferPointer { targets in
                if let lengths {
                    lengths.withUnsafeBufferPointer { dijkstra(from: source, offsets, targets, $0) }
                } else {
                    breadthFirst(from: source, offsets, targets)
                }
            }
        }
    }

    /// Breadth-first search; the settling order doubles as the queue.
    private func breadthFirst(from source: Int, _ offsets: UnsafeBufferPointer<Int>,
                              _ targets: UnsafeBufferPointer<Int>) {
        distance[source] = 0
        sigma[source] = 1
        orderStorage[0] = source
        orderCount = 1
        var head = 0
        while head < orderCount {
            let v = orderStorage[head]
            head += 1
            let next = distance[v] + 1
            let sv = sigma[v]
            for k in offsets[v]..<offsets[v + 1] {
                let w = targets[k]
                if distance[w] == .infinity {
                    distance[w] = next
                    orderStorage[orderCount] = w
                    orderCount += 1
                }
                if distance[w] == next { sigma[w] += sv }
            }
        }
    }

    /// Dijkstra as networkx `_single_source_dijkstra_path_basic` runs it: a node's tentative
    /// distance is `distance[v] + length`, and paths of exactly equal length are counted.
    private func dijkstra(from source: Int, _ offsets: UnsafeBufferPointer<Int>,
                          _ targets: UnsafeBufferPointer<Int>, _ lengths: UnsafeBufferPointer<Double>) {
        heap.removeAll()
        distance[source] = 0
        sigma[source] = 1
        heap.push(0, source)
        while let (d, v) = heap.pop() {
            if settled[v] { continue }
            settled[v] = true
            orderStorage[orderCount] = v
            orderCount += 1
            let sv = sigma[v]
            for k in offsets[v]..<offsets[v + 1] {
                let w = targets[k]
                if settled[w] { continue }
                let candidate = d + lengths[k]
                if candidate < distance[w] {
                    distance[w] = candidate
                    sigma[w] = sv
                    heap.push(candidate, w)
                } else if candidate == distance[w] {
                    sigma[w] += sv
                }
            }
        }
        // The heap is empty, so every node given a distance was settled and is in `order`,
        // which is what the next reset walks.
    }

    /// Brandes' dependency accumulation for the last source: walks the settled nodes
    /// backwards, finds each one's predecessors among its in-edges (hop count one less, or
    /// `distance[v] + length == distance[w]` exactly) and adds the dependencies to `partial`.
    /// - Complexity: O(n' + m') for the nodes and in-edges reached.
    func accumulate(source s: Int, in graph: AnalysisGraph, inLengths: [Double]?,
                    into partial: UnsafeMutableBufferPointer<Double>) {
        graph.inOffsets.withUnsafeBufferPointer { offsets in
            graph.inSources.withUnsafeBufferPointer { sources in
                if let inLengths {
                    inLengths.withUnsafeBufferPointer { lengths in
                        var i = orderCount
                        while i > 0 {
                            i -= 1
                            let w = orderStorage[i]
                            let coefficient = (1 + delta[w]) / sigma[w]
                            let dw = distance[w]
                            for k in offsets[w]..<offsets[w + 1] {
                                let v = sources[k]
                                if distance[v] + lengths[k] == dw { delta[v] += sigma[v] * coefficient }
                            }
                            if w != s { partial[w] += delta[w] }
                        }
                    }
                } else {
                    var i = orderCount
                    while i > 0 {
                        i -= 1
                        let w = orderStorage[i]
                        let coefficient = (1 + delta[w]) / sigma[w]
                        let previous = distance[w] - 1
                        for k in offsets[w]..<offsets[w + 1] {
                            let v = sources[k]
                            if distance[v] == previous { delta[v] += sigma[v] * coefficient }
                        }
                        if w != s { partial[w] += delta[w] }
                    }
                }
            }
        }
    }
}
