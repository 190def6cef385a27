import StakeholderCore
import Yams

/// Walks a composed YAML tree into a `Curation`, keeping line and column for every message.
struct CurationReader {
    let file: String
    let text: String
    var notes: [CurationNote] = []
    /// The offset, in Unicode scalars, at which each line starts.
    let lineStarts: [Int]

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
}
