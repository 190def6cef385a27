import Foundation
import StakeholderCore

/// Renders an `EvaluationReport` as a table or as JSON.
public enum ReportFormatter {
    /// A measure with three decimals ("0.857"), the same on every platform.
    public static func number(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let whole = thousandths / 1000, frac = thousandths % 1000
        let digits = String(frac)
        return "\(whole)." + String(repeating: "0", count: 3 - digits.count) + digits
    }

    /// One row per document, then the micro-average over all of them, then the edge scores per
    /// relation type (micro); with `verbose`, each document's false positives and negatives.
    public static func table(_ report: EvaluationReport, verbose: Bool = false) -> String {
        let header = ["document", "actor P", "actor R", "actor F1", "type acc",
                      "edge P", "edge R", "edge F1", "griev P", "griev R", "griev F1"]
        var rows = report.documents.map { row($0.document, $0.scores) }
        rows.append(row("micro", report.micro))
        var out = render([header] + rows, separatorBefore: rows.count)

        out += "\nedges by type (micro)\n"
        var typeRows = [["type", "TP", "FP", "FN", "P", "R", "F1"]]
        for kind in RelationKind.allCases {
            guard let c = report.micro.edgesByType[kind.rawValue] else { continue }
            typeRows.append([kind.rawValue, String(c.truePositives), String(c.falsePositives),
                             String(c.falseNegatives), number(c.precision), number(c.recall), number(c.f1)])
        }
        out += render(typeRows, separatorBefore: nil)

        guard verbose else { return out }
        for doc in report.documents {
            out += "\n== \(doc.document)\n"
            let sections: [(String, [String])] = [
                ("actors predicted, not in gold", doc.falsePositives.actors),
                ("actors in gold, not found", doc.falseNegatives.actors),
                ("wrong types (predicted → gold)", doc.typeErrors),
                ("edges predicted, not in gold", doc.falsePositives.edges),
                ("edges in gold, not found", doc.falseNegatives.edges),
                ("unmet grievances predicted, not in gold", doc.falsePositives.grievances),
                ("unmet grievances in gold, not found", doc.falseNegatives.grievances),
            ]
            for (title, items) in sections where !items.isEmpty {
                out += "  \(title):\n"
                for item in items { out += "    \(item)\n" }
            }
        }
        return out
    }

    /// The report as JSON (keys sorted, two-space indentation, final newline), with the
    /// measures written beside the counts.
    public static func json(_ report: EvaluationReport) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try! encoder.encode(JSONReport(report))
        data.append(0x0A)
        return data
    }

    private static func row(_ name: String, _ s: EvaluationScores) -> [String] {
        [name, number(s.actors.precision), number(s.actors.recall), number(s.actors.f1),
         s.types.accuracy.map(number) ?? "-",
         number(s.edges.precision), number(s.edges.recall), number(s.edges.f1),
         number(s.grievances.precision), number(s.grievances.recall), number(s.grievances.f1)]
    }

    private static func render(_ rows: [[String]], separatorBefore: Int?) -> String {
        let widths = rows[0].indices.map { c in rows.map { $0[c].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { c, cell in
                let pad = String(repeating: " ", count: widths[c] - cell.count)
                return c == 0 ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }
        var out = line(rows[0]) + "\n"
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for (i, r) in rows.dropFirst().enumerated() {
            if let s = separatorBefore, i == s - 1, s > 1 {
                out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
            }
            out += line(r) + "\n"
        }
        return out
    }
}

/// The JSON shape of a report: counts with their measures.
private struct JSONReport: Encodable {
    struct Measured: Encodable {
        var tp, fp, fn: Int
        var precision, recall, f1: Double
        init(_ c: EvaluationCounts) {
            tp = c.truePositives; fp = c.falsePositives; fn = c.falseNegatives
            precision = c.precision; recall = c.recall; f1 = c.f1
        }
    }
    struct Types: Encodable {
        var correct, matched: Int
        var accuracy: Double?
    }
    struct Scores: Encodable {
        var actors: Measured, types: Types, edges: Measured
        var edgesByType: [String: Measured]
        var grievances: Measured
        init(_ s: EvaluationScores) {
            actors = Measured(s.actors)
            types = Types(correct: s.types.correct, matched: s.types.matched, accuracy: s.types.accuracy)
            edges = Measured(s.edges)
            edgesByType = s.edgesByType.mapValues(Measured.init)
            grievances = Measured(s.grievances)
        }
    }
    struct Document: Encodable {
        var document: String
        var scores: Scores
        var falsePositives, falseNegatives: DocumentEvaluation.Diagnostics
        var typeErrors: [String]
    }
    var documents: [Document]
    var micro: Scores
    init(_ r: EvaluationReport) {
        documents = r.documents.map {
            Document(document: $0.document, scores: Scores($0.scores), falsePositives: $0.falsePositives,
                     falseNegatives: $0.falseNegatives, typeErrors: $0.typeErrors)
        }
        micro = Scores(r.micro)
    }
}
