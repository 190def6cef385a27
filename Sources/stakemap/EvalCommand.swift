import ArgumentParser
import Foundation
import StakeholderCore
import StakeholderExtraction

/// `stakemap eval`: scores extraction against gold annotations.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score extraction against gold annotations (actors, types, edges, unmet grievances).",
        discussion: """
            Each document is extracted on its own and scored against the gold file of the same
            stem (seeds/000_x.txt ↔ GOLD/000_x.json); documents without a gold file are skipped.
            With --predicted, graph JSON files written by `stakemap extract` (DIR/000_x.json)
            are scored instead; their unmet grievances are the demand and grievance relations
            of non-government actors with no resolution running back to them.
            Scores are per document and micro-averaged (counts summed over documents).
            The floors apply to the micro-average. Exit status: 0 when every floor given is met,
            1 when one is not (each is named on standard error), 2 when a gold file, document or
            prediction cannot be read.

            Example:
              stakemap eval --gold gold seeds corpus --min-actor-f1 0.85 --min-edge-f1 0.70
              stakemap eval --gold gold --predicted graphs --verbose
            """
    )

    @Option(help: "The folder of gold annotation files (<stem>.json).")
    var gold: String

    @Option(help: "Score the graph JSON files of this folder (<stem>.json) instead of extracting.")
    var predicted: String?

    @Argument(help: "Documents, or folders of documents, to extract and score.")
    var paths: [String] = []

    @Flag(help: "Write the report as JSON.")
    var json = false

    @Flag(help: "List each document's false positives and negatives.")
    var verbose = false

    @Option(help: "Fail when the micro-averaged actor F1 is below this value.")
    var minActorF1: Double?

    @Option(help: "Fail when the micro-averaged edge F1 is below this value.")
    var minEdgeF1: Double?

    @Option(help: "Fail when the micro-averaged unmet-grievance F1 is below this value.")
    var minGrievanceF1: Double?

    @Option(help: "Fail when the type accuracy over matched actors is below this value.")
    var minTypeAccuracy: Double?

    func validate() throws {
        if predicted == nil, paths.isEmpty {
            throw ValidationError("give documents to extract, or --predicted DIR")
        }
        if predicted != nil, !paths.isEmpty {
            throw ValidationError("--predicted scores graph files: give no document paths with it")
        }
    }

    func run() throws {
        let golds: [String: GoldDocument]
        do { golds = try GoldLoader.load(folder: gold) } catch {
            printError("stakemap eval: \(error)")
            throw ExitCode(2)
        }
        var rows: [DocumentEvaluation] = []
        do {
            for (stem, path) in try inputs(golds: golds) {
                let (graph, grievances) = try predicted == nil
                    ? predict(path: path)
                    : Self.readPredicted(path: path)
                rows.append(Scorer.evaluate(graph: graph, unmetGrievances: grievances,
                                            gold: golds[stem]!, document: stem))
            }
        } catch {
            printError("stakemap eval: \(error)")
            throw ExitCode(2)
        }
        let report = EvaluationReport(documents: rows)
        if json {
            try OutputWriter.write(ReportFormatter.json(report), to: "-")
        } else {
            try OutputWriter.write(ReportFormatter.table(report, verbose: verbose), to: "-")
        }
        let floors = EvaluationFloors(actorF1: minActorF1, edgeF1: minEdgeF1,
                                      grievanceF1: minGrievanceF1, typeAccuracy: minTypeAccuracy)
        let failures = floors.failures(of: report.micro)
        if !failures.isEmpty {
            for line in failures { printError("stakemap eval: \(line)") }
            throw ExitCode.failure
        }
    }

    /// The (stem, file) pairs to score, sorted by stem; stems without gold are skipped.
    private func inputs(golds: [String: GoldDocument]) throws -> [(String, String)] {
        var files: [String] = []
        if let predicted {
            files = try Self.list(predicted).filter { $0.hasSuffix(".json") }
        } else {
            for path in paths { files += try Self.list(path) }
        }
        var result: [String: String] = [:]
        for file in files {
            let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            if golds[stem] != nil, result[stem] == nil { result[stem] = file }
        }
        if result.isEmpty {
            throw EvalCommandError.nothingToScore((predicted.map { [$0] } ?? paths).joined(separator: ", "), gold: gold)
        }
        let missing = golds.keys.filter { result[$0] == nil }.sorted()
        if !missing.isEmpty {
            printError("stakemap eval: not scored, no input for gold \(missing.joined(separator: ", "))")
        }
        return result.keys.sorted().map { ($0, result[$0]!) }
    }

    /// A file as itself, a folder as its files (recursively, hidden ones left out), sorted.
    private static func list(_ path: String) throws -> [String] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw EvalCommandError.missing(path)
        }
        guard isDir.boolValue else { return [path] }
        var files: [String] = []
        let walker = FileManager.default.enumerator(atPath: path)
        while let relative = walker?.nextObject() as? String {
            let full = (path as NSString).appendingPathComponent(relative)
            var sub: ObjCBool = false
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            if FileManager.default.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue {
                files.append(full)
            }
        }
        return files.sorted()
    }

    private static func readPredicted(path: String) throws -> (StakeholderGraph, [(String, String)]) {
        let graph = try StakeholderGraph(contentsOf: path)
        return (graph, PredictedGrievances.unmet(in: graph))
    }
}

/// Errors of `stakemap eval` outside the library.
enum EvalCommandError: Error, CustomStringConvertible {
    case missing(String)
    case nothingToScore(String, gold: String)
    case unreadable(String, String)

    var description: String {
        switch self {
        case let .missing(path): return "\(path): no such file or folder"
        case let .nothingToScore(paths, gold): return "\(paths): no file has a gold annotation in \(gold)"
        case let .unreadable(path, reason): return reason.isEmpty ? "\(path): cannot be read" : reason
        }
    }
}
