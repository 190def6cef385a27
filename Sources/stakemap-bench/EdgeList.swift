import Foundation

/// An undirected graph as a plain list of edges over nodes `0..<nodeCount`: the one input
/// that stakemap and the peers (networkx, igraph) all read.
struct EdgeList: Sendable {
    /// A short name such as `ba-1000`, used for file names and table rows.
    var name: String
    var nodeCount: Int
    /// Each edge once, as (u, v) with u < v; no self-loops, no duplicates.
    var edges: [(Int32, Int32)]

    /// The text form: a `# nodes N edges M` header, then one `u v` line per edge.
    /// - Complexity: O(m).
    func text() -> String {
        var out = "# nodes \(nodeCount) edges \(edges.count)\n"
        out.reserveCapacity(edges.count * 12 + 32)
        for (u, v) in edges {
            out += String(u)
            out += " "
            out += String(v)
            out += "\n"
        }
        return out
    }

    /// Writes `text()` to `path`, creating the folder.
    /// - Throws: the file system's error.
    func write(to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        try Data(text().utf8).write(to: url)
    }

    /// The degree of every node.
    func degrees() -> [Int] {
        var d = [Int](repeating: 0, count: nodeCount)
        for (u, v) in edges {
            d[Int(u)] += 1
            d[Int(v)] += 1
        }
        return d
    }
}
