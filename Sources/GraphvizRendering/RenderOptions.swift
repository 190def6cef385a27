/// A Graphviz layout engine, or `auto` to choose one from the graph's size.
public enum LayoutEngine: String, CaseIterable, Sendable {
    case auto, dot, neato, fdp, sfdp, circo

    /// Graphs with at most this many nodes are laid out by `dot` under `auto`: layered
    /// drawings read well while they stay small.
    public static let autoDotLimit = 20
    /// Graphs with at most this many nodes (and more than `autoDotLimit`) are laid out by
    /// `neato`; larger ones by `sfdp` with `overlap=prism`, which stays fast on thousands of nodes.
    public static let autoNeatoLimit = 150

    /// The engine `auto` stands for with `nodeCount` nodes; other engines stand for themselves.
    /// - Returns: the Graphviz engine name.
    public func resolved(nodeCount: Int) -> String {
        guard self == .auto else { return rawValue }
        if nodeCount <= Self.autoDotLimit { return "dot" }
        if nodeCount <= Self.autoNeatoLimit { return "neato" }
        return "sfdp"
    }
}

/// An output format of `GraphvizRenderer`.
public enum RenderFormat: String, CaseIterable, Sendable {
    case svg, png, pdf

    /// The format named by a file name's extension (case-insensitive), if it is one of ours.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        self.init(rawValue: path[path.index(after: dot)...].lowercased())
    }

    /// The Graphviz output format string: PNG and PDF go through cairo for antialiased text.
    var graphvizName: String {
        switch self {
        case .svg: return "svg"
        case .png: return "png:cairo"
        case .pdf: return "pdf:cairo"
        }
    }
}
