import ArgumentParser
import Foundation

@main
struct Stakemap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stakemap",
        abstract: "Turn news articles into a stakeholder map, with the evidence behind every line.",
        discussion: """
            Exit status: 0 on success, 1 when the work fails, 2 on a usage error (every \
            command), 3 when `map` or `extract` could read no document.

            Example:
              stakemap map seeds -o graphs
            """,
        subcommands: [
            MapCommand.self, ExtractCommand.self, EvalCommand.self,
            RenderCommand.self, ExportCommand.self, CurateTemplateCommand.self,
            CentralityCommand.self, GrievancesCommand.self, ExplainCommand.self,
        ]
    )

    /// Parses and runs the command; usage errors exit with status 2 instead of the parser's 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.usage.rawValue)
            }
            exit(withError: error)
        }
    }
}
