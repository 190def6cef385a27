import CGraphviz
import Foundation

/// The calls into libgvc and libcgraph. Every function here runs under `withLock`; every C
/// allocation is followed by the `defer` that frees it.
enum GraphvizSession {
    /// Serialises all Graphviz calls of the process: its error buffer, parser and plugin
    /// tables are global.
    private static let lock = NSLock()

    /// Runs `body` while holding the Graphviz lock.
    static func withLock<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Renders DOT text to a format known to Graphviz (e.g. `svg`, `png:cairo`).
    /// - Throws: `GraphvizRenderingError.graphviz` with the stage and Graphviz's message.
    static func render(dot: String, format: String, engine: LayoutEngine) throws -> Data {
        beginCapture()
        guard let context = gvContext() else {
            throw GraphvizRenderingError.graphviz(stage: "context", message: lastMessage())
        }
        defer { gvFreeContext(context) }
        let graph = try read(dot)
        defer { agclose(graph) }
        let engineName = engine.resolved(nodeCount: Int(agnnodes(graph)))
        if engine == .auto, engineName == "sfdp" { setIfUnset(graph, "overlap", "prism") }
        guard gvLayout(context, graph, engineName) == 0 else {
            throw GraphvizRenderingError.graphviz(stage: "layout (\(engineName))", message: lastMessage())
        }
        defer { gvFreeLayout(context, graph) }
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
