import ArgumentParser
import StakeholderCore
import StakeholderExtraction

/// What `extract` and `map` report when they end: documents read, skipped (each with its
/// reason), actors and relations.
struct RunAccount {
    var documentsRead: Int
    var notes: [ReadingNote]
    var graph: StakeholderGraph

    var skipped: [ReadingNote] { notes.filter(\.skipped) }

    /// The notes about files that were read all the same, one `note:` line each.
    var noteLines: [String] { notes.filter { !$0.skipped }.map { "note: \($0)" } }

    /// The account, one fact per line.
    var lines: [String] {
        var counts: [RelationKind: Int] = [:]
        for relation in graph.relations { counts[relation.type, default: 0] += 1 }
        let byType = RelationKind.allCases.compactMap { kind in counts[kind].map { "\(kind.rawValue) \($0)" } }
        var lines = ["documents read: \(documentsRead)", "skipped: \(skipped.count)"]
        lines += skipped.map { "  \($0)" }
        lines.append("actors: \(graph.actors.count)")
        lines.append("relations: \(graph.relations.count)" + (byType.isEmpty ? "" : " (\(byType.joined(separator: ", ")))"))
        return lines
    }

    /// The status the run ends with: nothing read, or skips under `--strict`; `nil` for success.
    func failure(strict: Bool, paths: [String], command: String) -> ExitCode? {
        if documentsRead == 0 {
            printError("stakemap \(command): no document could be read from \(paths.joined(separator: ", "))")
            return ExitStatus.nothingRead.code
        }
        if strict, !skipped.isEmpty {
            printError("stakemap \(command): --strict: \(skipped.count) skipped")
            return ExitStatus.failure.code
        }
        return nil
    }
}
