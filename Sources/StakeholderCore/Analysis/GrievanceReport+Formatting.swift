import Foundation

/// The output formats of the grievance reports.
public enum GrievanceFormat: String, CaseIterable, Sendable {
    case table, markdown, csv, json
}

extension GrievanceReport {
    /// The records with `status` (all for `nil`) as text. Markdown quotes every piece of
    /// evidence with its document and date, with names and quotes escaped
    /// (`TextFormatting.markdownEscaped`) so that untrusted text stays text; it is what
    /// `grievances.md` holds. The same report always gives the same text.
    /// - Parameters:
    ///   - format: the output format.
    ///   - status: the status to keep, or `nil` for all.
    /// - Returns: the text, ending in a newline.
    public func formatted(_ format: GrievanceFormat, status: GrievanceStatus? = nil) -> String {
        let shown = records(status: status)
        switch format {
        case .table:
            let rows = shown.map { r in
                [r.byName, r.againstName, r.status.rawValue, r.firstSeen ?? "-", r.lastSeen ?? "-",
                 r.ageDays.map(String.init) ?? "-", "\(r.issue.count)", "\(r.commitments.count)",
                 "\(r.resolutions.count)"]
            }
            return TextFormatting.table(header: ["by", "against", "status", "first_seen", "last_seen", "age_days",
                                                 "evidence", "commitments", "resolutions"], rows: rows)
        case .csv:
            var text = TextFormatting.csvLine(["by", "by_name", "against", "against_name", "kinds", "status",
                                               "first_seen", "last_seen", "age_days", "evidence",
                                               "commitments", "commitments_with_deadline", "resolutions", "issue"])
            for r in shown {
                text += TextFormatting.csvLine([
                    r.by, r.byName, r.against, r.againstName, r.kinds.map(\.rawValue).joined(separator: ";"),
                    r.status.rawValue, r.firstSeen ?? "", r.lastSeen ?? "", r.ageDays.map(String.init) ?? "",
                    "\(r.issue.count)", "\(r.commitments.count)", "\(r.commitments.filter(\.hasDeadline).count)",
                    "\(r.resolutions.count)", r.issue.first?.text ?? "",
                ])
            }
            return text
        case .json:
            return TextFormatting.jsonText(JSONReport(asOf: asOf, records: shown))
        case .markdown:
            return markdown(shown, status: status)
        }
    }

    /// `byActor()` as text: one row per actor with unmet grievances.
    /// - Parameter format: the output format.
    /// - Returns: the text, ending in a newline.
    public func formattedByActor(_ format: GrievanceFormat) -> String {
        let rows = byActor()
        let header = ["actor", "unmet", "partial", "met", "oldest_unmet_days", "against"]
        func cells(_ row: GrievanceActorSummary) -> [String] {
            [row.name, "\(row.unmet)", "\(row.partial)", "\(row.met)",
             row.oldestUnmetDays.map(String.init) ?? "-", row.against.joined(separator: "; ")]
        }
        switch format {
        case .table: return TextFormatting.table(header: header, rows: rows.map(cells))
        case .csv:
            return TextFormatting.csvLine(["id"] + header) + rows.map { TextFormatting.csvLine([$0.actor] + cells($0)) }.joined()
        case .json: return TextFormatting.jsonText(JSONByActor(asOf: asOf, actors: rows))
        case .markdown:
            var text = "# Actors with unmet grievances\n\n"
            text += "As of \(asOf ?? "an unknown date"). \(rows.count) actor\(rows.count == 1 ? "" : "s").\n\n"
            text += "| Actor | Unmet | Partial | Met | Oldest unmet (days) | Against |\n|---|---:|---:|---:|---:|---|\n"
            for row in rows {
                let c = cells(row)
                text += "| \(TextFormatting.markdownEscaped(c[0])) | \(c[1]) | \(c[2]) | \(c[3]) | \(c[4]) | "
                    + row.against.map(TextFormatting.markdownEscaped).joined(separator: "; ") + " |\n"
            }
            return text
        }
    }

    private func markdown(_ shown: [GrievanceRecord], status: GrievanceStatus?) -> String {
        let md = TextFormatting.markdownEscaped
        var text = "# Grievances\n\n"
        let counts = GrievanceStatus.allCases.map { s in "\(shown.filter { $0.status == s }.count) \(s.rawValue)" }
        text += "As of \(asOf ?? "an unknown date"). \(shown.count) record\(shown.count == 1 ? "" : "s")"
        text += status == nil ? ": \(counts.joined(separator: ", ")).\n" : " (\(status!.rawValue)).\n"
        for r in shown {
            text += "\n## \(md(r.byName)) against \(md(r.againstName)): \(r.status.rawValue)\n\n"
            var facts = [r.kinds.map(\.rawValue).joined(separator: " and ")]
            if let first = r.firstSeen, let last = r.lastSeen {
                facts.append(first == last ? "seen \(first)" : "first seen \(first), last seen \(last)")
            }
            if let age = r.ageDays { facts.append("\(age) day\(age == 1 ? "" : "s") old") }
            text += facts.joined(separator: "; ") + ".\n\n"
            for item in r.issue { text += quote(item) }
            if !r.commitments.isEmpty {
                text += "\nCommitments by \(md(r.againstName)):\n\n"
                for c in r.commitments {
                    var tags: [String] = []
                    if let deadline = c.deadline { tags.append("deadline: \u{201C}\(md(deadline))\u{201D}") }
                    if c.fulfilled { tags.append("recorded as kept") }
                    text += quote(c.evidence, tags: tags)
                }
            }
            if !r.resolutions.isEmpty {
                text += "\nResolutions by \(md(r.againstName)):\n\n"
                for res in r.resolutions {
                    text += quote(res.evidence, tags: res.isPartial ? ["in part"] : [])
                }
            }
        }
        while text.contains("\n\n\n") { text = text.replacingOccurrences(of: "\n\n\n", with: "\n\n") }
        while text.hasSuffix("\n\n") { text.removeLast() }
        return text
    }

    private func quote(_ item: Evidence, tags: [String] = []) -> String {
        var source = "\(TextFormatting.markdownEscaped(item.document)), \(item.date.map { String($0.prefix(10)) } ?? "undated")"
        if item.modality != .asserted { source += " (\(item.modality.rawValue))" }
        if !tags.isEmpty { source += "; " + tags.joined(separator: "; ") }
        return "> \(TextFormatting.markdownEscaped(item.text))\n>\n> — \(source)\n\n"
    }

    private struct JSONReport: Encodable {
        var asOf: String?
        var records: [GrievanceRecord]
    }

    private struct JSONByActor: Encodable {
        var asOf: String?
        var actors: [GrievanceActorSummary]
    }
}
