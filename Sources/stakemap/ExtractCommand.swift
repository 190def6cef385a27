import ArgumentParser
import Foundation
import StakeholderCore
import StakeholderExtraction

/// `stakemap extract`: articles to a graph JSON file.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract actors and relations from articles into a graph JSON file.",
        discussion: """
            Reads .txt and .md files (folders are searched recursively), finds the actors,
            their sectors and the relations between them, each with the sentence that says so,
            and writes the merged graph. Problems with single files are printed to standard
            error and do not stop the run.

            Example:
              stakemap extract seeds corpus -o graph.json --threads 2
            """
    )

    @Argument(help: "Article files or folders of them.")
    var paths: [String]

    @Option(name: .shortAndLong, help: "Where to write the graph JSON ('-' for standard output).")
    var output: String

    @OptionGroup var curationOptions: CurationOptions

    @Option(help: "Documents extracted in parallel.")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder to read") }
        if threads < 1 { throw ValidationError("--threads must be at least 1, not \(threads)") }
    }

    func run() throws {
        do {
            let curations = try curationOptions.load(for: paths)
            var extractor = try Extractor().adding(triggersOf: curations)
            extractor.debugMentions = ProcessInfo.processInfo.environment["STAKEMAP_DEBUG_MENTIONS"] != nil
            let result = try extractor.extractCorpus(paths: paths, threads: threads)
            for note in result.notes { printError("note: \(note)") }
            guard result.documentsRead > 0 else { throw ExtractionError.nothingToRead(paths) }
            try OutputWriter.write(curations.apply(to: result.graph).jsonData(), to: output)
        } catch let error as ExtractionError {
            printError("error: \(error)")
            throw ExitCode.failure
        } catch let error as CurationError {
            printError("error: \(error)")
            throw ExitCode.failure
        } catch let error as CocoaError {
            printError("error: cannot write \(output): \(error.localizedDescription)")
            throw ExitCode.failure
        }
    }
}
