import StakeholderCore

/// An experiment, not used for the results: Brandes' unweighted betweenness on one thread with
/// 32-bit node indices and hop counts, to see how much of the library's time is memory traffic
/// (its rows and distances are 64-bit).
enum BrandesProbe {
    /// Raw undirected betweenness sums (each pair counted from both ends), as the library's
    /// before normalisation.
    static func betweenness(_ graph: AnalysisGraph) -> [Double] {
        let n = graph.nodeCount
        let offsets = graph.outOffsets.map { Int32($0) }
        let targets = graph.outTargets.map { Int32($0) }
        var result = [Double](repeating: 0, count: n)
        var dist = [Int32](repeating: -1, count: n)
        var sigma = [Double](repeating: 0, count: n)
        var delta = [Double](repeating: 0, count: n)
        var order = [Int32](repeating: 0, count: n)
        offsets.withUnsafeBufferPointer { off in
        targets.withUnsafeBufferPointer { tgt in
        dist.withUnsafeMutableBufferPointer { dist in
        sigma.withUnsafeMutableBufferPointer { sigma in
        delta.withUnsafeMutableBufferPointer { delta in
        order.withUnsafeMutableBufferPointer { order in
        result.withUnsafeMutableBufferPointer { result in
            for s in 0..<n {
                dist[s] = 0
                sigma[s] = 1
                order[0] = Int32(s)
                var count = 1
                var head = 0
                while head < count {
                    let v = Int(order[head])
                    head += 1
                    let next = dist[v] &+ 1
                    let sv = sigma[v]
                    var k = Int(off[v])
                    let end = Int(off[v &+ 1])
                    while k < end {
                        let w = Int(tgt[k])
                        let dw = dist[w]
                        if dw < 0 {
                            dist[w] = next
                            order[count] = Int32(w)
                            count &+= 1
                            sigma[w] = sv
                        } else if dw == next {
                            sigma[w] += sv
                        }
                        k &+= 1
                    }
                }
                var i = count
                while i > 0 {
                    i &-= 1
                    let w = Int(order[i])
                    let coefficient = (1 + delta[w]) / sigma[w]
                    let previous = dist[w] &- 1
                    var k = Int(off[w])
                    let end = Int(off[w &+ 1])
                    while k < end {
                        let v = Int(tgt[k])
                        if dist[v] == previous { delta[v] += sigma[v] * coefficient }
                        k &+= 1
                    }
                    if w != s { result[w] += delta[w] }
                }
                for i in 0..<count {
                    let v = Int(order[i])
                    dist[v] = -1
                    sigma[v] = 0
                    delta[v] = 0
                }
            }
        }}}}}}}
        return result
    }
}
