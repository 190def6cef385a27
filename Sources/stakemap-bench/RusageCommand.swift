import ArgumentParser
import Foundation

/// `stakemap-bench rusage`: runs a program and writes its peak memory and times as JSON.
///
/// Linux keeps the peak resident size of the memory a process had *before* `execve` in
/// `ru_maxrss`, and a process started by `posix_spawn` (vfork-style) begins with its parent's
/// memory. A child of the benchmark, which holds large corpora and graphs, would therefore
/// report the benchmark's peak, not its own. This small launcher starts the program from a
/// process that holds next to nothing, so `wait4` reports the program's own peak (above the
/// launcher's few MiB).
struct RusageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rusage",
        abstract: "Run a program and write its exit status, wall and CPU time and peak memory as JSON.",
        discussion: """
            Example:
              stakemap-bench rusage --report usage.json --log extract.log -- \\
                .build/release/stakemap extract corpus -o graph.json --threads 1
            """
    )

    @Option(help: "Where to write the JSON report.")
    var report: String

    @Option(help: "Where the program's standard output and error go.")
    var log: String = "/dev/null"

    @Argument(parsing: .captureForPassthrough, help: "The program and its arguments.")
    var command: [String]

    func run() throws {
        var words = command
        if words.first == "--" { words.removeFirst() }
        guard let program = words.first else { throw ValidationError("give the program to run after --") }
        let usage = try ChildProcess.run(program, Array(words.dropFirst()), logPath: log)
        let json: [String: Any] = ["status": usage.status, "seconds": usage.seconds,
                                   "peak_rss": usage.peakRSS, "cpu_seconds": usage.cpuSeconds]
        try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys]).write(to: URL(fileURLWithPath: report))
    }
}

extension ChildProcess {
    /// Runs `executable` through `stakemap-bench rusage`, so that the peak memory reported is
    /// the program's own (see `RusageCommand`).
    /// - Throws: `BenchError.spawn` or `.badPeerOutput` when the launcher fails.
    static func runMeasured(_ executable: String, _ arguments: [String], logPath: String) throws -> ChildUsage {
        let report = logPath + ".rusage.json"
        try? FileManager.default.removeItem(atPath: report)
        let me = BenchContext.siblingExecutable("stakemap-bench")
        let launcher = try run(me, ["rusage", "--report", report, "--log", logPath, "--", executable] + arguments)
        guard launcher.status == 0, let data = FileManager.default.contents(atPath: report),
              let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { throw BenchError.badPeerOutput(report, "the rusage launcher failed (status \(launcher.status))") }
        func number(_ key: String) -> Double { (json[key] as? NSNumber)?.doubleValue ?? .nan }
        return ChildUsage(status: Int32(number("status")), seconds: number("seconds"),
                          peakRSS: Int(number("peak_rss")), cpuSeconds: number("cpu_seconds"))
    }
}
