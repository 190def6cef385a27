import Foundation

/// Runs a per-source computation over many sources in parallel and sums the per-node results
/// deterministically.
///
/// Sources are cut into a fixed number of contiguous chunks that depends only on the number of
/// sources and nodes, never on the machine. Each chunk sums its sources in order into its own
/// array; the chunk arrays are then added in chunk order. The floating-point result is
/// therefore the same on every run and every machine.
enum SourceParallel {
    /// The most chunks used; more chunks than cores only costs memory (one array each).
    static let maxChunks = 32

    /// Sums `body`'s contributions over `sources`.
    /// - Parameters:
    ///   - nodeCount: the length of the result.
    ///   - sources: the sources, visited in this order within a chunk.
    ///   - makeWorkspace: makes the scratch state one chunk reuses across its sources.
    ///   - body: adds the contribution of one source to the chunk's array.
    /// - Returns: the per-node sums.
    /// - Complexity: the cost of `body` over all sources, spread over the cores, plus
    ///   O(chunks · n) for the reduction.
    static func sum<Workspace>(
        nodeCount: Int, sources: [Int],
        makeWorkspace: @Sendable () -> Workspace,
        body: @Sendable (inout Workspace, Int, UnsafeMutableBufferPointer<Double>) -> Void
    ) -> [Double] {
        guard nodeCount > 0, !sources.isEmpty else { return [Double](repeating: 0, count: nodeCount) }
        // Keep the scratch memory bounded for very large graphs (about 32 M doubles).
        let memoryCap = max(1, 32_000_000 / nodeCount)
        let chunks = min(maxChunks, sources.count, memoryCap)
        var partials = [Double](repeating: 0, count: chunks * nodeCount)
        partials.withUnsafeMutableBufferPointer { all in
            // Each chunk writes only its own slice of the buffer.
            let shared = SharedBuffer(base: all)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let lower = sources.count * c / chunks
                let upper = sources.count * (c + 1) / chunks
                let slice = UnsafeMutableBufferPointer(
                    rebasing: shared.base[(c * nodeCount)..<((c + 1) * nodeCount)])
                var workspace = makeWorkspace()
                for s in sources[lower..<upper] { body(&workspace, s, slice) }
            }
        }
        var result = [Double](repeating: 0, count: nodeCount)
        for c in 0..<chunks {
            let offset = c * nodeCount
            for v in 0..<nodeCount { result[v] += partials[offset + v] }
        }
        return result
    }
}

/// A buffer whose disjoint slices are written by different threads.
private struct SharedBuffer: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<Double>
}
