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
            Finds the actors, their sectors and the relations between them, each with the \
            sentence that says so, and writes the merged graph. The account of the run goes to \
            standard error.

            \(CorpusOptions.helpText)

            Example:
              stakemap extract seeds corpus -o graph.json --threads 2
              stakemap extract articles.jsonl -o graph.json --max-bytes 2000000 --strict
            """
    )

    @Argument(help: "Article files or folders of them.")
    var paths: [String]

    @Option(name: .shortAndLong, help: "Where to write the graph JSON ('-' for standard output).")
    var output: String

    @OptionGroup var corpus: CorpusOptions

    @OptionGroup var curationOptions: CurationOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder to read") }
    }

    func run() throws {
        let (graph, documentsRead, account) = try corpus.extractCurated(paths, curation: curationOptions, command: "extract")
        for line in account.noteLines + account.lines { printError(line) }
        if documentsRead > 0 {
            try reportingFailures("extract") {
                try writeOutput(to: output) { sink in try graph.writeJSON(to: sink) }
            }
        }
        if let failure = account.failure(strict: corpus.strict, paths: paths, command: "extract") { throw failure }
    }
}
