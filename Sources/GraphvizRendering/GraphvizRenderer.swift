import Foundation
import StakeholderCore

/// Lays out and renders DOT text with Graphviz in-process (libgvc), without a subprocess.
///
/// Graphviz keeps global state (error buffer, parser, plugin tables), so every call into it is
/// serialised by one process-wide lock; the renderer itself is a plain value and safe to share.
public struct GraphvizRenderer: Sendable {
    public init() {}

    /// Renders DOT text.
    /// - Parameters:
    ///   - dot: a complete DOT graph.
    ///   - format: svg, png or pdf.
    ///   - engine: the layout engine; `auto` picks from the node count (see `LayoutEngine`)
    ///     and, for `sfdp`, sets `overlap=prism` unless the graph sets `overlap` itself.
    /// - Returns: the rendered file's bytes; the same input gives the same bytes (PDF dates are
    ///   fixed to 1970-01-01).
    /// - Throws: `GraphvizRenderingError.graphviz(stage:message:)` with Graphviz's message when
    ///   it cannot read, lay out or render the graph.
    /// - Complexity: that of the layout engine.
    public func render(dot: String, format: RenderFormat, engine: LayoutEngine = .auto) throws -> Data {
        let data = try GraphvizSession.withLock {
            try GraphvizSession.render(dot: dot, format: format.graphvizName, engine: engine)
        }
        return format == .pdf ? PDFNormalizing.fixingDates(data) : data
    }

    /// Renders a stakeholder graph drawn by `DOTWriter` with `options`, with the legend (when
    /// `options.legend`) placed to the right of the laid-out map.
    /// - Throws: as `render(dot:format:engine:)`.
    public func render(_ graph: StakeholderGraph, format: RenderFormat, engine: LayoutEngine = .auto,
                       options: DOTWriter.Options = DOTWriter.Options()) throws -> Data {
        let dot = DOTWriter(options: options).dot(for: graph)
        let legend = options.legend ? DOTLegend(graph: graph) : nil
        let data = try GraphvizSession.withLock {
            try GraphvizSession.render(dot: dot, format: format.graphvizName, engine: engine, legend: legend)
        }
        return format == .pdf ? PDFNormalizing.fixingDates(data) : data
    }

    /// The labels of the nodes of a DOT graph as Graphviz reads them, in the graph's node order,
    /// with Graphviz's label escapes (`\n`, `\\`...) applied as it applies them when drawing.
    /// A node without a `label` attribute shows its name.
    /// - Throws: `GraphvizRenderingError.graphviz(stage: "read", ...)` when the text is not DOT.
    public static func nodeLabels(ofDOT dot: String) throws -> [String] {
        try GraphvizSession.withLock { try GraphvizSession.nodeLabels(dot: dot) }
    }
}
