import Foundation

extension StakeholderGraph {
    /// The size of the chunks `writeJSON(chunkSize:to:)` hands out by default.
    public static let jsonChunkSize = 1 << 16

    /// Writes the graph as JSON, the bytes of `jsonData()`, in chunks of about `chunkSize`
    /// bytes, so that writing a large graph to a file needs no copy of it in memory.
    ///
    /// The layout is `JSONEncoder`'s with sorted keys, pretty printing and unescaped slashes
    /// (see `PrettyJSONBuffer`); absent optional values are left out, as synthesized
    /// `Codable` leaves them out; a final newline follows.
    /// - Parameters:
    ///   - chunkSize: flush the buffer once it holds at least this many bytes (a chunk may
    ///     be longer by one document, actor or piece of evidence).
    ///   - sink: receives the bytes in order; its buffer is valid during the call only.
    /// - Throws: what `sink` throws; writing stops there.
    /// - Complexity: O(size of the output) time; O(chunkSize) memory besides the graph.
    public func writeJSON(chunkSize: Int = StakeholderGraph.jsonChunkSize, to sink: ByteSink) throws {
        var out = PrettyJSONBuffer(capacity: min(chunkSize, 1 << 20) + 4096)
        func flush(_ force: Bool = false) throws {
            guard force ? !out.bytes.isEmpty : out.bytes.count >= chunkSize else { return }
            try out.bytes.withUnsafeBytes { try sink($0) }
            out.removeAll()
        }
        out.openObject(level: 0)
        out.key("actors", level: 1, first: true)
        out.openArray()
        for (i, actor) in actors.enumerated() {
            out.element(i, level: 1)
            Self.write(actor, level: 2, to: &out)
            try flush()
        }
        out.closeArray(level: 1)
        out.key("documents", level: 1)
        out.openArray()
        for (i, document) in documents.enumerated() {
            out.element(i, level: 1)
            Self.write(document, level: 2, to: &out)
            try flush()
        }
        out.closeArray(level: 1)
        out.key("format", level: 1)
        out.string(Self.formatName)
        out.key("relations", level: 1)
        out.openArray()
        for (i, relation) in relations.enumerated() {
            out.element(i, level: 1)
            out.openObject(level: 2)
            out.key("evidence", level: 3, first: true)
            out.openArray()
            for (j, evidence) in relation.evidence.enumerated() {
                out.element(j, level: 3)
                Self.write(evidence, level: 4, to: &out)
                try flush()
            }
            out.closeArray(level: 3)
            out.key("id", level: 3)
            out.string(relation.id)
            out.key("source", level: 3)
            out.string(relation.source)
            out.key("target", level: 3)
            out.string(relation.target)
            out.key("type", level: 3)
            out.string(relation.type.rawValue)
            out.key("weight", level: 3)
            out.int(relation.weight)
            out.closeObject(level: 2)
            try flush()
        }
        out.closeArray(level: 1)
        out.key("version", level: 1)
        out.int(Self.formatVersion)
        out.closeObject(level: 0)
        out.raw("\n")
        try flush(true)
    }

    /// Writes the graph JSON to `path` atomically (see `AtomicWrite.write(to:with:)`), a
    /// chunk at a time.
    /// - Throws: the file system's error, naming the path.
    public func writeJSON(toFile path: String) throws {
        try AtomicWrite.write(to: path) { sink in try writeJSON(to: sink) }
    }

    private static func write(_ actor: Actor, level: Int, to out: inout PrettyJSONBuffer) {
        out.openObject(level: level)
        out.key("aliases", level: level + 1, first: true)
        out.strings(actor.aliases, level: level + 1)
        out.key("id", level: level + 1)
        out.string(actor.id)
        out.key("kind", level: level + 1)
        out.string(actor.kind.rawValue)
        out.key("mentions", level: level + 1)
        out.int(actor.mentions)
        out.key("name", level: level + 1)
        out.string(actor.name)
        out.key("type", level: level + 1)
        out.string(actor.type.rawValue)
        out.closeObject(level: level)
    }

    private static func write(_ document: DocumentInfo, level: Int, to out: inout PrettyJSONBuffer) {
        out.openObject(level: level)
        var first = true
        if let date = document.date {
            out.key("date", level: level + 1, first: true)
            out.string(date)
            first = false
        }
        out.key("id", level: level + 1, first: first)
        out.string(document.id)
        out.key("language", level: level + 1)
        out.string(document.language)
        out.key("path", level: level + 1)
        out.string(document.path)
        if let title = document.title {
            out.key("title", level: level + 1)
            out.string(title)
        }
        out.closeObject(level: level)
    }

    private static func write(_ evidence: Evidence, level: Int, to out: inout PrettyJSONBuffer) {
        out.openObject(level: level)
        out.key("confidence", level: level + 1, first: true)
        out.double(evidence.confidence)
        if let date = evidence.date {
            out.key("date", level: level + 1)
            out.string(date)
        }
        out.key("document", level: level + 1)
        out.string(evidence.document)
        out.key("end", level: level + 1)
        out.int(evidence.end)
        out.key("modality", level: level + 1)
        out.string(evidence.modality.rawValue)
        out.key("rule", level: level + 1)
        out.string(evidence.rule)
        out.key("start", level: level + 1)
        out.int(evidence.start)
        out.key("text", level: level + 1)
        out.string(evidence.text)
        out.closeObject(level: level)
    }
}
