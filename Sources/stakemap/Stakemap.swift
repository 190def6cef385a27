import ArgumentParser

@main
struct Stakemap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stakemap",
        abstract: "Turn news articles into a stakeholder map, with the evidence behind every line.",
        discussion: """
            Example:
              stakemap map seeds -o graphs
            """,
        subcommands: [
            MapCommand.self, ExtractCommand.self, EvalCommand.self,
            RenderCommand.self, ExportCommand.self, CurateTemplateCommand.self,
            CentralityCommand.self, GrievancesCommand.self, ExplainCommand.self,
        ]
    )
}
