import Foundation
import StakeholderCore
import Yams

extension Curation {
    /// Reads a curation file.
    /// - Parameter path: the YAML file.
    /// - Returns: the curation and the warnings about its content (unknown keys, by line).
    /// - Throws: `CurationError.unreadable`, or `.invalid` with the line and column of the
    ///   problem and what was expected there.
    public static func load(contentsOf path: String) throws -> (Curation, [CurationNote]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CurationError.unreadable(file: path, reason: "cannot read the curation file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CurationError.unreadable(file: path, reason: "the curation file is not UTF-8 text")
        }
        return try parse(yaml: text, file: path)
    }

    /// Reads a curation file's text.
    /// - Parameters:
    ///   - yaml: the text.
    ///   - file: the file's name, for messages and for the evidence of added relations.
    /// - Returns: the curation and the warnings about its content, in line order.
    /// - Throws: `CurationError.invalid` naming file, line and column.
    /// - Complexity: O(n) in the size of the text.
    public static func parse(yaml: String, file: String) throws -> (Curation, [CurationNote]) {
        var reader = CurationReader(file: file, text: yaml)
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw reader.syntaxError(error)
        }
        let curation = try reader.read(root)
        let ordered = reader.notes.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
        return (curation, ordered.map(\.element))
    }

    /// The curation files found beside the given corpus paths: `stakemap.yaml` inside each
    /// folder given, or in the folder of each file given; existing ones only, without repeats,
    /// in argument order.
    public static func discover(besides paths: [String]) -> [String] {
        var found: [String] = []
        for path in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { continue }
            let folder = isDir.boolValue ? path : (path as NSString).deletingLastPathComponent
            let candidate = ((folder.isEmpty ? "." : folder) as NSString).appendingPathComponent(defaultFileName)
            if FileManager.default.fileExists(atPath: candidate), !found.contains(candidate) {
                found.append(candidate)
            }
        }
        return found
    }
}
