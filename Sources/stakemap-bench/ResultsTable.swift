import Foundation

/// One line of the results: what was measured, stakemap's figure, the peers' figures, and
/// how they compare.
struct ResultRow: Sendable {
    var section: String
    var measure: String
    var stakemap: String
    /// spaCy or networkx.
    var peer: String = "—"
    var igraph: String = "—"
    /// How many times better stakemap does than the peer (higher is better for stakemap).
    var versusPeer: String = "—"
    var versusIgraph: String = "—"
    /// Agreement of values, or a remark.
    var note: String = ""
}

/// The table `make bench` prints and writes to `Benchmarks/RESULTS.md`.
struct ResultsTable: Sendable {
    var rows: [ResultRow] = []
    /// Lines printed under the table (conditions, footnotes).
    var notes: [String] = []
    /// The issue's targets, each checked against this run's figures.
    var targets: [TargetCheck] = []

    static let headers = ["Measure", "stakemap", "spaCy / networkx", "igraph",
                          "vs spaCy / networkx", "vs igraph", "Values / notes"]

    private func cells(_ row: ResultRow) -> [String] {
        [row.section.isEmpty ? row.measure : "\(row.section): \(row.measure)", row.stakemap, row.peer,
         row.igraph, row.versusPeer, row.versusIgraph, row.note]
    }

    /// The table as aligned plain text, for the terminal.
    func plainText() -> String {
        let all = [Self.headers] + rows.map(cells)
        var widths = [Int](repeating: 0, count: Self.headers.count)
        for line in all { for (i, c) in line.enumerated() { widths[i] = max(widths[i], c.count) } }
        var out = ""
        for (n, line) in all.enumerated() {
            out += line.enumerated().map { i, c in c.padding(toLength: widths[i], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces) + "\n"
            if n == 0 { out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
        }
        return out
    }

    /// The table as Markdown, one sub-table per section.
    func markdown() -> String {
        var out = ""
        var section: String? = nil
        for row in rows {
            if row.section != section {
                section = row.section
                out += "\n### \(row.section)\n\n"
                out += "| " + Self.headers.joined(separator: " | ") + " |\n"
                out += "|" + Self.headers.map { _ in "---" }.joined(separator: "|") + "|\n"
            }
            var c = cells(row)
            c[0] = row.measure
            out += "| " + c.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// The whole `RESULTS.md`: title, machine, command, tables, notes.
    func document(machine: MachineInfo, command: String) -> String {
        var out = "# Benchmarks: stakemap beside spaCy, networkx and igraph\n\n"
        out += "Measured by `\(command)` on \(machine.summary). "
        out += "Every figure comes from the same run, on the same inputs, so the ratios hold even "
        out += "though the machine was shared and absolute times vary between runs. Times are medians "
        out += "of several runs on the monotonic clock; \"vs\" columns say how many times faster "
        out += "(or, for throughput, how many times more) stakemap is.\n"
        out += markdown()
        if !targets.isEmpty {
            out += "\n### Targets\n\n| Target | Met | Figures |\n|---|---|---|\n"
            for t in targets {
                out += "| \(t.target) | \(t.verdict) | \(t.detail.replacingOccurrences(of: "|", with: "\\|")) |\n"
            }
        }
        if !notes.isEmpty {
            out += "\n### Notes\n\n" + notes.map { "- \($0)\n" }.joined()
        }
        return out
    }
}

/// One target of the issue, checked against the run.
struct TargetCheck: Sendable {
    var target: String
    /// `nil` when it could not be checked (a peer missing).
    var met: Bool?
    var detail: String

    var verdict: String {
        switch met {
        case .some(true): return "yes"
        case .some(false): return "**no**"
        case .none: return "not checked"
        }
    }

    var plainText: String { "[\(met == true ? "met" : met == false ? "MISSED" : "n/a")] \(target): \(detail)" }
}
