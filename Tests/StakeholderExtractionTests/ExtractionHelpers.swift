import Foundation
import StakeholderCore
@testable import StakeholderExtraction

/// Shared helpers for the extraction tests.
enum Fixture {
    /// One extractor with the built-in lexicons for all tests.
    static let extractor: Extractor = {
        // The built-in data is part of the build; failing to load it fails every test.
        try! Extractor()
    }()

    static func document(_ text: String, language: String, id: String = "t") -> Document {
        Document(id: id, path: "\(id).txt", text: text, date: nil, language: language, title: nil)
    }

    static func graph(_ text: String, language: String) -> StakeholderGraph {
        extractor.extract(document(text, language: language))
    }

    /// Whether `graph` has a relation of `type` from an actor named `source` to one named
    /// `target` (names compared as the gold format compares them; meetings unordered).
    static func has(_ graph: StakeholderGraph, _ type: RelationKind, _ source: String, _ target: String) -> Bool {
        func matches(_ id: String, _ name: String) -> Bool {
            guard let actor = graph.actor(id: id) else { return false }
            let wanted = NameNormalizer.normalize(name)
            return actor.allNames.contains { NameNormalizer.normalize($0) == wanted }
        }
        return graph.relations.contains { r in
            guard r.type == type else { return false }
            if matches(r.source, source) && matches(r.target, target) { return true }
            return type == .meeting && matches(r.source, target) && matches(r.target, source)
        }
    }

    /// The seeds folder of the repository.
    static var seedsFolder: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds").path
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "stakemap-test-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func describe(_ graph: StakeholderGraph) -> String {
        graph.relations.map { "\($0.type.rawValue) \($0.source) -> \($0.target)" }.joined(separator: "; ")
    }
}
