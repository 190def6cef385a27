import StakeholderCore
import Yams

/// Walks a composed YAML tree into a `Curation`, keeping line and column for every message.
struct CurationReader {
    let file: String
    let text: String
    var notes: [CurationNote] = []
    /// The offset, in Unicode scalars, at which each line starts.
    private let lineStarts: [Int]

    init(file: String, text: String) {
        self.file = file
        self.text = text
        var starts = [0]
        for (i, scalar) in text.unicodeScalars.enumerated() where scalar == "\n" { starts.append(i + 1) }
        lineStarts = starts
    }

    static let topKeys = ["actors", "merges", "ignore", "triggers", "relations"]

    mutating func read(_ root: Node?) throws -> Curation {
        var curation = Curation(file: file)
        guard let root, !isNull(root) else { return curation }
        let top = try mapping(root, "a mapping with the keys \(Self.topKeys.joined(separator: ", "))")
        for (key, value) in try entries(top, known: Self.topKeys) {
            switch key {
            case "actors":
                for item in try sequence(value, "a list of actors") { curation.actors.append(try knownActor(item)) }
            case "merges":
                curation.merges = try sequence(value, "a list of merges, each a list of names").map { item in
                    let names = try strings(item, "a list of names that are one actor")
                    guard names.count >= 2 else { throw invalid(item, "expected at least two names to merge") }
                    return Curation.Merge(names: names, line: line(item))
                }
            case "ignore":
                curation.ignore = try sequence(value, "a list of names to ignore").map {
                    Curation.Ignored(name: try string($0, "a name to ignore"), line: line($0))
                }
            case "triggers":
                curation.triggers = try triggers(value)
            default: // relations
                let relations = try mapping(value, "a mapping with the keys add, drop")
                for (sub, list) in try entries(relations, known: ["add", "drop"]) {
                    let items = try sequence(list, "a list of relations")
                    for item in items {
                        if sub == "add" {
                            curation.addRelations.append(try relation(item, needsNote: true))
                        } else {
                            curation.dropRelations.append(try relation(item, needsNote: false))
                        }
                    }
                }
            }
        }
        return curation
    }

    // MARK: Entries

    private mutating func knownActor(_ node: Node) throws -> Curation.KnownActor {
        let map = try mapping(node, "an actor: a mapping with name, and optionally kind, type, aliases")
        var actor = Curation.KnownActor(name: "", line: line(node))
        var hasName = false
        for (key, value) in try entries(map, known: ["name", "kind", "type", "aliases"]) {
            switch key {
            case "name": actor.name = try string(value, "the actor's name"); hasName = true
            case "kind": actor.kind = try choice(value, ActorKind.self, "kind")
            case "type": actor.type = try choice(value, Sector.self, "type")
            default: actor.aliases = try strings(value, "a list of aliases")
            }
        }
        guard hasName else { throw invalid(node, "expected a name for this actor") }
        return actor
    }

    private mutating func relation(_ node: Node, needsNote: Bool) throws -> Curation.RelationEntry {
        let map = try mapping(node, "a relation: a mapping with type, source, target\(needsNote ? ", note" : "")")
        var type: RelationKind?, source: String?, target: String?
        var entry = Curation.RelationEntry(type: .meeting, source: "", target: "", line: line(node))
        for (key, value) in try entries(map, known: ["type", "source", "target", "note", "date"]) {
            switch key {
            case "type": type = try choice(value, RelationKind.self, "relation type")
            case "source": source = try string(value, "the source actor's name")
            case "target": target = try string(value, "the target actor's name")
            case "note":
                entry.note = try string(value, "a note saying why the relation holds")
                entry.noteOffset = offset(of: value)
            default:
                let day = try string(value, "a date as YYYY-MM-DD")
                guard Self.isDay(day) else { throw invalid(value, "expected a date as YYYY-MM-DD, found '\(day)'") }
                entry.date = day
            }
        }
        guard let type else { throw invalid(node, "expected a type for this relation") }
        guard let source else { throw invalid(node, "expected a source for this relation") }
        guard let target else { throw invalid(node, "expected a target for this relation") }
        if needsNote, entry.note == nil {
            throw invalid(node, "expected a note for this relation: it is the relation's evidence")
        }
        entry.type = type
        entry.source = source
        entry.target = target
        return entry
    }

    private mutating func triggers(_ node: Node) throws -> [RelationKind: [String: [String]]] {
        let kinds = RelationKind.allCases.map(\.rawValue)
        var result: [RelationKind: [String: [String]]] = [:]
        let map = try mapping(node, "a mapping from relation type to languages")
        for (key, value) in map {
            let name = try string(key, "a relation type")
            guard let kind = RelationKind(rawValue: name) else {
                throw invalid(key, "expected a relation type (\(kinds.joined(separator: ", "))), found '\(name)'")
            }
            var byLanguage: [String: [String]] = result[kind] ?? [:]
            for (language, words) in try mapping(value, "a mapping from language code (es, en) to words") {
                let code = try string(language, "a language code such as es or en").lowercased()
                byLanguage[code, default: []] += try strings(words, "a list of trigger words")
            }
            result[kind] = byLanguage
        }
        return result
    }

    // MARK: Nodes

    /// The (key, value) pairs of `map` with string keys; unknown keys give a warning and are skipped.
    private mutating func entries(_ map: Node.Mapping, known: [String]) throws -> [(String, Node)] {
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

    private func mapping(_ node: Node, _ expected: String) throws -> Node.Mapping {
        guard case let .mapping(map) = node else { throw invalid(node, "expected \(expected), found \(describe(node))") }
        return map
    }

    private func sequence(_ node: Node, _ expected: String) throws -> [Node] {
        if isNull(node) { return [] }
        guard case let .sequence(list) = node else { throw invalid(node, "expected \(expected), found \(describe(node))") }
        return Array(list)
    }

    private func string(_ node: Node, _ expected: String) throws -> String {
        guard case let .scalar(scalar) = node, !isNull(node) else {
            throw invalid(node, "expected \(expected), found \(describe(node))")
        }
        let value = scalar.string.trimmingWhitespace()
        guard !value.isEmpty else { throw invalid(node, "expected \(expected), found an empty value") }
        return value
    }

    /// A list of strings; a single string is a list of one; nothing is an empty list.
    private func strings(_ node: Node, _ expected: String) throws -> [String] {
        if case .scalar = node, !isNull(node) { return [try string(node, expected)] }
        return try sequence(node, expected).map { try string($0, "a name") }
    }

    private func choice<T: RawRepresentable & CaseIterable>(_ node: Node, _: T.Type, _ what: String) throws -> T
    where T.RawValue == String {
        let value = try string(node, "a \(what)")
        guard let result = T(rawValue: value) else {
            let options = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw invalid(node, "expected a \(what) (\(options)), found '\(value)'")
        }
        return result
    }

    private func isNull(_ node: Node) -> Bool {
        guard case let .scalar(scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    private func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case let .scalar(scalar): return isNull(node) ? "nothing" : "'\(scalar.string)'"
        }
    }

    private func line(_ node: Node) -> Int { node.mark?.line ?? 0 }

    private func offset(of node: Node) -> Int {
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
