import Foundation

/// Errors of the StakeholderCore module.
public enum StakeholderCoreError: Error, CustomStringConvertible, Equatable {
    /// The file is not JSON, or not a graph of ours.
    case notAGraph(path: String, reason: String)
    /// The file is a stakemap graph of a version this build cannot read.
    case unsupportedVersion(path: String, version: Int)
    /// An argument names something the graph does not hold.
    case invalidArgument(String)
    /// An iterative measure did not converge within its iteration limit.
    case notConverged(measure: String, iterations: Int)

    public var description: String {
        switch self {
        case let .notAGraph(path, reason):
            return "\(path): not a stakemap graph (\(reason))"
        case let .unsupportedVersion(path, version):
            return "\(path): stakemap graph version \(version) is not supported (this build reads version \(StakeholderGraph.formatVersion))"
        case let .invalidArgument(message):
            return message
        case let .notConverged(measure, iterations):
            return "\(measure) did not converge in \(iterations) iterations"
        }
    }
}

extension StakeholderGraph {
    /// The `format` value of a graph JSON file.
    public static let formatName = "stakemap-graph"
    /// The version of the graph JSON format written by this build.
    public static let formatVersion = 1

    private struct File: Decodable {
        var format: String
        var version: Int
        var documents: [DocumentInfo]
        var actors: [Actor]
        var relations: [Relation]
    }

    private struct Header: Decodable {
        var format: String?
        var version: Int?
    }

    /// The graph as JSON: keys sorted, two-space indentation, a final newline (the layout of
    /// `JSONEncoder` with `[.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]`).
    /// The same graph always gives the same bytes. To write a file, `writeJSON(toFile:)`
    /// writes the same bytes without holding them all.
    public func jsonData() -> Data {
        var data = Data()
        // Appending to memory cannot fail.
        try! writeJSON(chunkSize: Self.jsonChunkSize) { chunk in
            data.append(chunk.assumingMemoryBound(to: UInt8.self))
        }
        return data
    }

    /// Reads a graph written by `jsonData()`.
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - path: the file's name, for error messages.
    /// - Throws: `StakeholderCoreError.notAGraph` or `.unsupportedVersion`.
    public init(jsonData data: Data, path: String = "<graph>") throws {
        let decoder = JSONDecoder()
        let header: Header
        do {
            header = try decoder.decode(Header.self, from: data)
        } catch {
            throw StakeholderCoreError.notAGraph(path: path, reason: "not a JSON object")
        }
        guard header.format == Self.formatName else {
            let found = header.format.map { "format is \"\($0)\"" } ?? "no \"format\" key"
            throw StakeholderCoreError.notAGraph(path: path, reason: "\(found), expected \"\(Self.formatName)\"")
        }
        guard header.version == Self.formatVersion else {
            throw StakeholderCoreError.unsupportedVersion(path: path, version: header.version ?? 0)
        }
        let file: File
        do {
            file = try decoder.decode(File.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw StakeholderCoreError.notAGraph(path: path, reason: "missing \"\(key.stringValue)\" at \(Self.codingPath(context.codingPath))")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw StakeholderCoreError.notAGraph(path: path, reason: "\(context.debugDescription) at \(Self.codingPath(context.codingPath))")
        } catch let DecodingError.dataCorrupted(context) {
            throw StakeholderCoreError.notAGraph(path: path, reason: "\(context.debugDescription) at \(Self.codingPath(context.codingPath))")
        }
        self.init(documents: file.documents, actors: file.actors, relations: file.relations)
    }

    /// Reads the graph JSON file at `path`.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StakeholderCoreError.notAGraph(path: path, reason: "cannot read the file")
        }
        try self.init(jsonData: data, path: path)
    }

    private static func codingPath(_ path: [any CodingKey]) -> String {
        path.isEmpty ? "top level" : path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
}
