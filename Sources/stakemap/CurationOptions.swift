import ArgumentParser
import Foundation
import StakeholderCore
import StakeholderExtraction

/// `--curation FILE`, or the `stakemap.yaml` found beside the corpus: a user's corrections.
struct CurationOptions: ParsableArguments {
    @Option(help: """
        A curation file (YAML: known actors, merges, actors to ignore, extra trigger words, \
        relations to add or drop). Default: stakemap.yaml inside the folders read or beside \
        the files read. Write a starting one with `stakemap curate-template`.
        """)
    var curation: String?

    @Flag(help: "Ignore any stakemap.yaml found beside the corpus.")
    var noCuration = false

    /// Reads the curation files that apply to `paths`, printing their warnings.
    /// - Throws: `CurationError` with file:line:column for a broken file.
    func load(for paths: [String]) throws -> [Curation] {
        let files: [String]
        if let curation {
            guard FileManager.default.fileExists(atPath: curation) else {
                throw CommandFailure("\(curation): no such curation file")
            }
            files = [curation]
        } else if noCuration {
            files = []
        } else {
            files = Curation.discover(besides: paths)
        }
        var result: [Curation] = []
        for file in files {
            let (loaded, warnings) = try Curation.load(contentsOf: file)
            for warning in warnings { printError("\(warning)") }
            result.append(loaded)
        }
        return result
    }
}

extension Extractor {
    /// The extractor with the curated trigger words added to its lexicons.
    func adding(triggersOf curations: [Curation]) -> Extractor {
        var extractor = self
        for curation in curations {
            for (relation, byLanguage) in curation.triggers.sorted(by: { $0.key < $1.key }) {
                for (language, phrases) in byLanguage.sorted(by: { $0.key < $1.key }) {
                    for phrase in phrases {
                        extractor.lexicons[language]?.addTrigger(
                            phrase, relation: relation, frame: relation == .meeting ? .with : .object,
                            id: "curation.\(language).\(relation.rawValue)")
                    }
                }
            }
        }
        return extractor
    }
}

extension [Curation] {
    /// `graph` with every curation applied in order; notes printed to standard error.
    func apply(to graph: StakeholderGraph) -> StakeholderGraph {
        var result = graph
        for curation in self {
            let (curated, notes) = curation.apply(to: result)
            for note in notes where note.kind == .warning { printError("\(note)") }
            let changes = notes.filter { $0.kind == .change }.count
            printError("curation: \(curation.file): \(changes) change\(changes == 1 ? "" : "s") applied")
            result = curated
        }
        return result
    }
}

extension CorpusOptions {
    /// Extracts the corpus under `paths` with the curation that applies to it: the curated
    /// trigger words added to the extractor, the curation applied to the merged graph.
    /// - Returns: the curated graph, the reading notes and the number of documents read, and
    ///   the run's account.
    /// - Throws: `ExitStatus.failure` after printing a broken curation file or lexicon;
    ///   `ExitStatus.usage` for a missing path.
    func extractCurated(_ paths: [String], curation: CurationOptions, command: String) throws
        -> (graph: StakeholderGraph, documentsRead: Int, account: RunAccount)
    {
        var extractor: Extractor
        let curations: [Curation]
        do {
            curations = try curation.load(for: paths)
            extractor = try Extractor().adding(triggersOf: curations)
        } catch {
            printError("stakemap \(command): \(error)")
            throw ExitStatus.failure.code
        }
        extractor.debugMentions = ProcessInfo.processInfo.environment["STAKEMAP_DEBUG_MENTIONS"] != nil
        var result = try extract(paths, with: extractor, command: command)
        if result.documentsRead > 0 { result.graph = curations.apply(to: result.graph) }
        let account = RunAccount(documentsRead: result.documentsRead, notes: result.notes, graph: result.graph)
        return (result.graph, result.documentsRead, account)
    }
}
