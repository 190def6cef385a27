/// A binary min-heap of (distance, node) pairs in raw memory that grows by doubling.
/// One heap belongs to one workspace, hence to one thread.
final class DistanceHeap {
    private var keys: UnsafeMutablePointer<Double>
    private var nodes: UnsafeMutablePointer<Int>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 64) {
        self.capacity = max(1, capacity)
        keys = .allocate(capacity: self.capacity)
        nodes = .allocate(capacity: self.capacity)
    }

    deinit {
        keys.deallocate()
        nodes.deallocate()
    }

    func removeAll() { count = 0 }

    func push(_ key: Double, _ node: Int) {
        if count == capacity { grow() }
        var i = count
        count += 1
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

    func pop() -> (Double, Int)? {
        guard count > 0 else { return nil }
        let top = (keys[0], nodes[0])
        count -= 1
        let lastKey = keys[count], lastNode = nodes[count]
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
        return top
    }

    private func grow() {
        let bigger = capacity * 2
        let newKeys = UnsafeMutablePointer<Double>.allocate(capacity: bigger)
        let newNodes = UnsafeMutablePointer<Int>.allocate(capacity: bigger)
        newKeys.moveInitialize(from: keys, count: count)
        newNodes.moveInitialize(from: nodes, count: count)
        keys.deallocate()
        nodes.deallocate()
        keys = newKeys
        nodes = newNodes
        capacity = bigger
    }
}
