import StakeholderCore
import Yams

/// Typed access to YAML nodes, with messages that give line and column.
extension CurationReader {
    /// The (key, value) pairs of `map` with string keys; unknown keys give a warning and are skipped.
    mutating func entries(_ map: Node.Mapping, known: [String]) throws -> [(String, Node)] {
        var result: [(String, Node)] = []
        for (key, value) in map {
            let name = try string(key, "a key")
            if known.contains(name) {
                result.append((name, value))
            } else {
                notes.append(CurationNote(.warning, file: file, line: line(key),
                    "unknown key '\(name)' ignored (expected one of \(known.joined(separator: ", ")))"))
            }
        }
        return result
    }

    func mapping(_ node: Node, _ expected: String) throws -> Node.Mapping {
        guard case let .mapping(map) = node else { throw invalid(node, "expected \(expected), found \(describe(node))") }
        return map
    }

    func sequence(_ node: Node, _ expected: String) throws -> [Node] {
        if isNull(node) { return [] }
        guard case let .sequence(list) = node else { throw invalid(node, "expected \(expected), found \(describe(node))") }
        return Array(list)
    }

    func string(_ node: Node, _ expected: String) throws -> String {
        guard case let .scalar(scalar) = node, !isNull(node) else {
            throw invalid(node, "expected \(expected), found \(describe(node))")
        }
        let value = scalar.string.trimmingWhitespace()
        guard !value.isEmpty else { throw invalid(node, "expected \(expected), found an empty value") }
        return value
    }

    /// A list of strings; a single string is a list of one; nothing is an empty list.
    func strings(_ node: Node, _ expected: String) throws -> [String] {
        if case .scalar = node, !isNull(node) { return [try string(node, expected)] }
        return try sequence(node, expected).map { try string($0, "a name") }
    }

    func choice<T: RawRepresentable & CaseIterable>(_ node: Node, _: T.Type, _ what: String) throws -> T
    where T.RawValue == String {
        let value = try string(node, "a \(what)")
        guard let result = T(rawValue: value) else {
            let options = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw invalid(node, "expected a \(what) (\(options)), found '\(value)'")
        }
        return result
    }

    func isNull(_ node: Node) -> Bool {
        guard case let .scalar(scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case let .scalar(scalar): return isNull(node) ? "nothing" : "'\(scalar.string)'"
        }
    }

    func line(_ node: Node) -> Int { node.mark?.line ?? 0 }

    func offset(of node: Node) -> Int {
        guard let mark = node.mark, mark.line >= 1, mark.line <= lineStarts.count else { return 0 }
        return lineStarts[mark.line - 1] + mark.column - 1
    }

    func invalid(_ node: Node, _ message: String) -> CurationError {
        CurationError.invalid(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, message: message)
    }

    func syntaxError(_ error: YamlError) -> CurationError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { "\(problem) (\($0.text) at \($0.mark.line):\($0.mark.column))" } ?? problem
            return .invalid(file: file, line: mark.line, column: mark.column, message: "invalid YAML: \(detail)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return .invalid(file: file, line: context.mark.line, column: context.mark.column,
                            message: "key given twice: \(duplicates.joined(separator: ", "))")
        default:
            return .invalid(file: file, line: 1, column: 1, message: "invalid YAML: \(error)")
        }
    }

    static func isDay(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              Int(parts[0]) != nil, let m = Int(parts[1]), let d = Int(parts[2]) else { return false }
        return (1...12).contains(m) && (1...31).contains(d)
    }
}
