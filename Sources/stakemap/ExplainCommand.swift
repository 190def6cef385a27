import ArgumentParser
import StakeholderCore
import StakeholderExtraction

/// `stakemap explain`: everything known about an actor or a pair.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show everything known about an actor, or about two actors and their relations.",
        discussion: """
            Actors are named by id, name or alias (case and accents do not matter). A name \
            that fits several actors, or none, lists the closest ones.

            Example:
              stakemap explain graphs/seeds.json "Ministerio de Energía y Minas"
              stakemap explain graphs/seeds.json minem confemin
            """)

    @OptionGroup var input: GraphInputOptions

    @Argument(help: "The actor: id, name or alias.")
    var actor: String

    @Argument(help: "A second actor, to show only the relations between the two.")
    var other: String?

    func run() throws {
        let graph: StakeholderGraph
        do { graph = try input.load() } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
        let first = try resolve(actor, in: graph)
        let second = try other.map { try resolve($0, in: graph) }
        var reasons: [String: [String]] = [:]
        if let extractor = try? Extractor() {
            for id in [first] + (second.map { [$0] } ?? []) {
                if let actor = graph.actor(id: id) {
                    reasons[id] = SectorReasons.reasons(for: actor, in: graph, lexicons: extractor.lexicons)
                }
            }
        }
        print(graph.explanation(of: first, and: second, sectorReasons: reasons) ?? "", terminator: "")
    }

    private func resolve(_ name: String, in graph: StakeholderGraph) throws -> String {
        switch graph.lookUpActor(name) {
        case let .found(actor):
            return actor.id
        case let .ambiguous(actors):
            printError("error: '\(name)' fits \(actors.count) actors in \(input.graph); name one by id:")
            for actor in actors { printError("  \(actor.id)  \(actor.name)") }
        case let .notFound(closest):
            printError("error: no actor called '\(name)' in \(input.graph)" + (closest.isEmpty ? "" : "; closest:"))
            for actor in closest { printError("  \(actor.id)  \(actor.name)") }
        }
        throw ExitCode.failure
    }
}
