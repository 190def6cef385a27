import CGraphviz
import Foundation

/// The calls into libgvc and libcgraph. Every function here runs under `withLock`; every C
/// allocation is followed by the `defer` that frees it, except the one Graphviz context.
enum GraphvizSession {
    /// Serialises all Graphviz calls of the process: its error buffer, parser and plugin
    /// tables are global.
    private static let lock = NSLock()

    /// The process's Graphviz context, made on first use and kept to the end of the process.
    ///
    /// Graphviz 2.42 leaks the plugin configuration it reads in every `gvContext()` (about
    /// 3.6 kB, not returned by `gvFreeContext`), so a context per render would leak in
    /// proportion to the number of renders; one context, reused as the `dot` command reuses it
    /// for several graphs, costs that once. Only touched under `lock`.
    nonisolated(unsafe) private static var sharedContext: OpaquePointer?

    /// The shared context, made if needed. Call under `lock`.
    private static func context() throws -> OpaquePointer {
        if let sharedContext { return sharedContext }
        guard let made = gvContext() else {
            throw GraphvizRenderingError.graphviz(stage: "context", message: lastMessage())
        }
        sharedContext = made
        return made
    }

    /// Runs `body` while holding the Graphviz lock.
    static func withLock<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Renders DOT text to a format known to Graphviz (e.g. `svg`, `png:cairo`).
    ///
    /// With a legend, the graph is laid out by `engine` first and written back as DOT with its
    /// positions; the legend's statements, placed right of the bounding box, are added and the
    /// whole is drawn with `nop2` (positions kept as they are, only the new edges routed).
    /// Graphviz 2.42 does not free the node list of a `nop2` layout (8 bytes per node and
    /// render); that is the only memory a render with a legend loses.
    /// - Throws: `GraphvizRenderingError.graphviz` with the stage and Graphviz's message.
    static func render(dot: String, format: String, engine: LayoutEngine, legend: DOTLegend? = nil) throws -> Data {
        beginCapture()
        let context = try context()
        let graph = try read(dot)
        defer { agclose(graph) }
        let engineName = engine.resolved(nodeCount: Int(agnnodes(graph)))
        if engine == .auto, engineName == "sfdp" { setIfUnset(graph, "overlap", "prism") }
        guard gvLayout(context, graph, engineName) == 0 else {
            throw GraphvizRenderingError.graphviz(stage: "layout (\(engineName))", message: lastMessage())
        }
        defer { gvFreeLayout(context, graph) }
        guard let legend, !legend.isEmpty else {
            return try renderData(context, graph, format)
        }
        let positioned = String(decoding: try renderData(context, graph, "dot"), as: UTF8.self)
        let box = boundingBox(graph) ?? (0, 0, 0, 0)
        var names = Set<String>()
        var node = agfstnode(graph)
        while let current = node {
            names.insert(agnameof(current).map { String(cString: $0) } ?? "")
            node = agnxtnode(graph, current)
        }
        let lines = legend.lines(left: box.urx + 36, top: max(box.ury, Double(legend.sectors.count + legend.kinds.count + 1) * DOTLegend.rowHeight + 10), avoiding: names)
        guard let close = positioned.lastIndex(of: "}") else {
            throw GraphvizRenderingError.graphviz(stage: "legend", message: "laid-out graph has no closing brace")
        }
        let withLegend = positioned[..<close] + lines.joined(separator: "\n") + "\n}\n"
        let final = try read(String(withLegend))
        defer { agclose(final) }
        guard gvLayout(context, final, "nop2") == 0 else {
            throw GraphvizRenderingError.graphviz(stage: "layout (legend)", message: lastMessage())
        }
        defer { gvFreeLayout(context, final) }
        return try renderData(context, final, format)
    }

    /// Renders a laid-out graph.
    private static func renderData(_ context: OpaquePointer, _ graph: UnsafeMutablePointer<Agraph_t>,
                                   _ format: String) throws -> Data {
        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let status = gvRenderData(context, graph, format, &buffer, &length)
        // Free whatever Graphviz allocated, also on failure.
        defer { if let buffer { gvFreeRenderData(buffer) } }
        guard status == 0, let buffer else {
            throw GraphvizRenderingError.graphviz(stage: "render (\(format))", message: lastMessage())
        }
        return Data(bytes: buffer, count: Int(length))
    }

    /// The graph's bounding box in points, as `bb` holds it after layout and a render.
    private static func boundingBox(_ graph: UnsafeMutablePointer<Agraph_t>) -> (llx: Double, lly: Double, urx: Double, ury: Double)? {
        guard let text = withMutableCString("bb", { agget(graph, $0) }).map({ String(cString: $0) }) else { return nil }
        let parts = text.split(separator: ",").compactMap { Double($0) }
        guard parts.count == 4 else { return nil }
        return (parts[0], parts[1], parts[2], parts[3])
    }

    /// The displayed labels of the nodes of `dot`, in node order.
    static func nodeLabels(dot: String) throws -> [String] {
        beginCapture()
        let graph = try read(dot)
        defer { agclose(graph) }
        var labels: [String] = []
        var node = agfstnode(graph)
        while let current = node {
            let name = agnameof(current).map { String(cString: $0) } ?? ""
            let value = withMutableCString("label") { agget(current, $0) }.map { String(cString: $0) }
            if let value, value != "\\N" {
                labels.append(DOTEscaping.displayedText(ofLabelValue: value))
            } else {
                labels.append(name)
            }
            node = agnxtnode(graph, current)
        }
        return labels
    }

    // MARK: Private

    /// Parses DOT text; the caller closes the graph.
    private static func read(_ dot: String) throws -> UnsafeMutablePointer<Agraph_t> {
        guard let graph = agmemread(dot) else {
            let message = lastMessage()
            throw GraphvizRenderingError.graphviz(
                stage: "read", message: message.isEmpty ? "the text is not a DOT graph" : message)
        }
        return graph
    }

    /// Keeps Graphviz's messages in its buffer instead of printing them, and starts afresh.
    private static func beginCapture() {
        _ = agseterr(AGMAX)
        _ = agreseterrors()
    }

    /// Graphviz's last error or warning message, trimmed.
    private static func lastMessage() -> String {
        guard let text = aglasterr() else { return "" }
        defer { free(text) }
        return String(cString: text).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Sets a graph attribute unless the DOT text already gave it a value.
    private static func setIfUnset(_ graph: UnsafeMutablePointer<Agraph_t>, _ name: String, _ value: String) {
        let current = withMutableCString(name) { agget(graph, $0) }.map { String(cString: $0) } ?? ""
        guard current.isEmpty else { return }
        withMutableCString(name) { cName in
            withMutableCString(value) { cValue in
                withMutableCString("") { cDefault in _ = agsafeset(graph, cName, cValue, cDefault) }
            }
        }
    }

    /// Calls `body` with a mutable NUL-terminated copy of `text` (cgraph takes `char *` for
    /// names it only reads or copies).
    private static func withMutableCString<T>(_ text: String, _ body: (UnsafeMutablePointer<CChar>) -> T) -> T {
        var bytes = Array(text.utf8CString)
        return bytes.withUnsafeMutableBufferPointer { body($0.baseAddress!) }
    }
}
