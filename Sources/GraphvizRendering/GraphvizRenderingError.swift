/// Errors of the GraphvizRendering module.
public enum GraphvizRenderingError: Error, CustomStringConvertible, Equatable {
    /// Graphviz refused the DOT text or failed a layout or render; the message is Graphviz's own.
    case graphviz(stage: String, message: String)
    /// The output format or layout engine is not one stakemap renders.
    case unsupported(String)

    public var description: String {
        switch self {
        case let .graphviz(stage, message):
            let text = message.trimmingCharacters(in: .whitespacesAndNewlines)
            return "Graphviz \(stage) failed: \(text.isEmpty ? "no message" : text)"
        case let .unsupported(what): return what
        }
    }
}

import Foundation
