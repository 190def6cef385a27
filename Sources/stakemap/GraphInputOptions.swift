import ArgumentParser
import Foundation
import StakeholderCore

/// The graph a command reads, and the time window it keeps (`--since`, `--until`).
struct GraphInputOptions: ParsableArguments {
    @Argument(help: "A graph JSON file written by `stakemap extract` or `stakemap map`.")
    var graph: String

    @Option(help: "Keep only evidence dated on or after this day (YYYY-MM-DD).")
    var since: String?

    @Option(help: "Keep only evidence dated on or before this day (YYYY-MM-DD).")
    var until: String?

    func validate() throws {
        for (flag, value) in [("--since", since), ("--until", until)] {
            if let value, !GraphInputOptions.isDay(value) {
                throw ValidationError("\(flag) expects a date as YYYY-MM-DD, not '\(value)'")
            }
        }
        if let since, let until, since > until {
            throw ValidationError("--since \(since) is after --until \(until)")
        }
    }

    /// Reads the graph and applies the time window: relations keep only the evidence in the
    /// window and disappear when none is left. Undated evidence is kept only without a window.
    func load() throws -> StakeholderGraph {
        let graph = try StakeholderGraph(contentsOf: self.graph)
        guard since != nil || until != nil else { return graph }
        return graph.filteringEvidence { evidence in
            guard let date = evidence.date else { return false }
            if let since, date < since { return false }
            if let until, date > until { return false }
            return true
        }
    }

    static func isDay(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let m = Int(parts[1]), let d = Int(parts[2]), Int(parts[0]) != nil
        else { return false }
        return (1...12).contains(m) && (1...31).contains(d)
    }
}

/// Writes a command's output to a file (atomically) or, for `-`, to standard output.
enum OutputWriter {
    static func write(_ data: Data, to path: String) throws {
        if path == "-" {
            FileHandle.standardOutput.write(data)
        } else {
            try AtomicWrite.write(data, to: path)
        }
    }

    static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Writes what `body` hands its sink, a chunk at a time, to `path` (atomically) or, for
    /// `-`, to standard output.
    static func write(to path: String, with body: (ByteSink) throws -> Void) throws {
        if path == "-" {
            try body { chunk in try FileHandle.standardOutput.write(contentsOf: Data(chunk)) }
        } else {
            try AtomicWrite.write(to: path, with: body)
        }
    }
}

/// Prints a line to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
