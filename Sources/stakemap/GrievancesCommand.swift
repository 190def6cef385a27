import ArgumentParser
import StakeholderCore


/// `stakemap grievances`: the grievances and demands, and what answered them.
struct GrievancesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grievances",
        abstract: "List grievances and demands with their age, status, commitments and resolutions.",
        discussion: """
            Grievances and demands from actors outside government open a record per \
            complainant and target. A resolution by the target closes it (met); one said to \
            answer only in part, or a commitment recorded as kept, makes it partial; a \
            commitment alone leaves it unmet and is listed beside it, with its deadline when \
            the evidence names one. Ages count days from the first evidence to --as-of \
            (default: the newest document date).

            Example:
              stakemap grievances graphs/seeds.json --status unmet --format markdown
              stakemap grievances graphs/seeds.json --by-actor
            """)

    enum StatusChoice: String, CaseIterable, ExpressibleByArgument {
        case unmet, partial, met, all
    }

    @OptionGroup var input: GraphInputOptions

    @Option(help: "unmet, partial, met or all.")
    var status: StatusChoice = .all

    @Flag(help: "One row per actor with unmet grievances: counts, oldest age and against whom.")
    var byActor = false

    @Option(help: "Count ages to this day (YYYY-MM-DD) instead of the newest document date.")
    var asOf: String?

    @Option(help: "table, markdown, csv or json.")
    var format: GrievanceFormat = .table

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String = "-"

    func validate() throws {
        if let asOf, !GraphInputOptions.isDay(asOf) {
            throw ValidationError("--as-of expects a date as YYYY-MM-DD, not '\(asOf)'")
        }
    }

    func run() throws {
        let graph: StakeholderGraph
        do { graph = try input.load() } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
        let report = graph.grievanceReport(asOf: asOf)
        let text = byActor ? report.formattedByActor(format)
            : report.formatted(format, status: GrievanceStatus(rawValue: status.rawValue))
        try OutputWriter.write(text, to: output)
    }
}
