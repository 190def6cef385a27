import ArgumentParser
import Foundation
import StakeholderCore
import StakeholderExtraction

/// `stakemap curate-template`: a starting curation file from a graph.
struct CurateTemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "curate-template",
        abstract: "Write a starting curation file listing a graph's actors, for you to edit.",
        discussion: """
            The file lists every actor found, with its kind, type and aliases, and commented
            examples of merges, names to ignore, extra trigger words and relations to add or
            drop. Save it as stakemap.yaml beside the corpus (or pass --curation FILE to
            `stakemap extract` and `stakemap map`).

            Example:
              stakemap curate-template graphs/seeds.json -o seeds/stakemap.yaml
            """
    )

    @Argument(help: "A graph JSON file written by `stakemap extract` or `stakemap map`.")
    var graph: String

    @Option(name: .shortAndLong, help: "Where to write the curation file ('-' for standard output).")
    var output: String = "-"

    func run() throws {
        let loaded: StakeholderGraph
        do {
            loaded = try StakeholderGraph(contentsOf: graph)
        } catch {
            printError("stakemap curate-template: \(error)")
            throw ExitCode.failure
        }
        do {
            try OutputWriter.write(CurationTemplate.yaml(for: loaded, source: graph), to: output)
        } catch {
            printError("stakemap curate-template: \(output): \(error.localizedDescription)")
            throw ExitCode.failure
        }
    }
}
