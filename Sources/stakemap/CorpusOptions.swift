import ArgumentParser
import Foundation
import StakeholderCore
import StakeholderExtraction

/// How `extract` and `map` read a corpus: threads, size limit, strictness.
struct CorpusOptions: ParsableArguments {
    @Option(help: "Documents extracted in parallel.")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Skip (with a note) files larger than this many bytes; for .jsonl, lines larger than this.")
    var maxBytes: Int = DocumentReader.defaultMaxBytes

    @Flag(help: "Exit with status 1 when any file or line was skipped (outputs are still written).")
    var strict = false

    func validate() throws {
        if threads < 1 { throw ValidationError("--threads must be at least 1, not \(threads)") }
        if maxBytes < 1 { throw ValidationError("--max-bytes must be at least 1, not \(maxBytes)") }
    }

    /// The formats read and what the exit statuses mean, for the commands' help.
    static let helpText = """
        Reads .txt and .md (plain text, UTF-8), .html and .htm (the text of the body, scripts and \
        styles dropped) and .jsonl (one article per line: {"text": ..., "id", "date", "title", \
        "url" optional}); folders are searched recursively. Files that cannot be read (binary, \
        empty, larger than --max-bytes, unreadable) and bad .jsonl lines are skipped, each with \
        its reason in the account printed at the end: documents read, skipped, actors, relations.

        Exit status: 0 when at least one document was read; 1 with --strict when something was \
        skipped, or when an output cannot be written; 2 on a usage error (a bad option, a path \
        that does not exist); 3 when no document could be read.
        """

    /// Extracts the corpus under `paths`, printing the notes about documents that were read
    /// (bad bytes replaced, ...) as they come; a missing path is a usage error.
    /// - Throws: `ExitCode(2)` for a missing path, after printing it.
    func extract(_ paths: [String], with extractor: Extractor, command: String) throws
        -> (graph: StakeholderGraph, notes: [ReadingNote], documentsRead: Int)
    {
        do {
            let reader = DocumentReader(maxBytes: maxBytes)
            return try extractor.extractCorpus(paths: paths, threads: threads, reader: reader)
        } catch let error as ExtractionError {
            printError("stakemap \(command): \(error)")
            throw ExitStatus.usage.code
        }
    }
}
