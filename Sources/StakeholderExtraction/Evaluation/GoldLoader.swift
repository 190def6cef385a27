import Foundation

/// Reads gold annotation files.
public enum GoldLoader {
    /// Reads one gold file.
    /// - Parameter path: the JSON file.
    /// - Returns: the annotation.
    /// - Throws: `EvaluationError.badGold` naming the file and what is wrong.
    public static func load(file path: String) throws -> GoldDocument {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw EvaluationError.badGold(file: path, reason: "cannot read the file")
        }
        do {
            return try JSONDecoder().decode(GoldDocument.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw EvaluationError.badGold(file: path, reason: "missing \"\(key.stringValue)\" at \(describe(context.codingPath))")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw EvaluationError.badGold(file: path, reason: "\(context.debugDescription) at \(describe(context.codingPath))")
        } catch let DecodingError.dataCorrupted(context) {
            let reason = context.codingPath.isEmpty ? "not valid JSON"
                : "\(context.debugDescription) at \(describe(context.codingPath))"
            throw EvaluationError.badGold(file: path, reason: reason)
        } catch {
            throw EvaluationError.badGold(file: path, reason: "not valid JSON")
        }
    }

    /// Reads every `*.json` file of a gold folder, keyed by file stem.
    /// - Parameter folder: the gold folder (other files, such as FORMAT.md, are ignored).
    /// - Returns: the annotations by file stem.
    /// - Throws: `EvaluationError.badGold` for the first bad file (in name order), or
    ///   `.noGold` when the folder cannot be listed or holds no JSON file.
    /// - Complexity: O(total size of the files).
    public static func load(folder: String) throws -> [String: GoldDocument] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            throw EvaluationError.noGold(folder: folder, reason: "cannot list the folder")
        }
        var result: [String: GoldDocument] = [:]
        for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let path = (folder as NSString).appendingPathComponent(name)
            result[String(name.dropLast(5))] = try load(file: path)
        }
        if result.isEmpty { throw EvaluationError.noGold(folder: folder, reason: "no .json file") }
        return result
    }

    private static func describe(_ path: [any CodingKey]) -> String {
        path.isEmpty ? "top level"
            : path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
}
