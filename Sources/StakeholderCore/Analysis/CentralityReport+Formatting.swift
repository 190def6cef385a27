/// The output formats of a centrality report.
public enum CentralityFormat: String, CaseIterable, Sendable {
    case table, csv, json
}

extension CentralityReport {
    /// The actor indices shown: all, ranked by `primaryColumn`, or the first `top` of them.
    public func rows(top: Int? = nil) -> [Int] {
        let ranked = primaryColumn.map { ranking(by: $0) } ?? Array(actors.indices)
        guard let top else { return ranked }
        return Array(ranked.prefix(max(0, top)))
    }

    /// The report as text: an aligned table (six decimals), CSV (full precision; columns
    /// `id,name,type` then the measures) or JSON (`{"options", "notes", "actors": [...]}`).
    /// The same report always gives the same text.
    /// - Parameters:
    ///   - format: the output format.
    ///   - top: only the `top` most central actors, by `primaryColumn`.
    /// - Returns: the text, ending in a newline.
    public func formatted(_ format: CentralityFormat, top: Int? = nil) -> String {
        let shown = rows(top: top)
        switch format {
        case .table:
            let header = ["rank", "actor", "type"] + columns.map(\.rawValue)
            let body = shown.enumerated().map { rank, i in
                ["\(rank + 1)", actors[i].name, actors[i].type.rawValue]
                    + columns.map { TextFormatting.fixed(values[$0]![i]) }
            }
            var text = TextFormatting.table(header: header, rows: body)
            for note in notes { text += "note: \(note)\n" }
            return text
        case .csv:
            var text = TextFormatting.csvLine(["id", "name", "type"] + columns.map(\.rawValue))
            for i in shown {
                text += TextFormatting.csvLine([actors[i].id, actors[i].name, actors[i].type.rawValue]
                                               + columns.map { "\(values[$0]![i])" })
            }
            return text
        case .json:
            let rows = shown.map { i in
                JSONRow(id: actors[i].id, name: actors[i].name, type: actors[i].type.rawValue,
                        scores: Dictionary(uniqueKeysWithValues: columns.map { ($0.rawValue, values[$0]![i]) }))
            }
            let opts = JSONOptions(weights: options.weights.rawValue, layer: options.layer.rawValue,
                                   directed: options.directed, sampling: options.sampling)
            return TextFormatting.jsonText(JSONReport(options: opts, notes: notes, actors: rows))
        }
    }

    private struct JSONRow: Encodable {
        var id: String
        var name: String
        var type: String
        var scores: [String: Double]
    }

    private struct JSONOptions: Encodable {
        var weights: String
        var layer: String
        var directed: Bool
        var sampling: BetweennessSampling?
    }

    private struct JSONReport: Encodable {
        var options: JSONOptions
        var notes: [String]
        var actors: [JSONRow]
    }
}
