extension StakeholderGraph {
    /// The newest document date, or else the newest evidence date.
    public var newestDate: String? {
        if let newest = documents.compactMap(\.date).max() { return String(newest.prefix(10)) }
        return relations.flatMap { $0.evidence.compactMap(\.date) }.max().map { String($0.prefix(10)) }
    }

    /// The grievance lifecycle of the graph.
    ///
    /// Grievance and demand relations from an actor that is not of the government sector open
    /// a record, one per (complainant, target) pair. Against it are set the target's
    /// commitments and resolutions towards the complainant. A resolution counts when it is
    /// dated on or after the record's first date (or either is undated) and is stated as a
    /// fact (asserted); announced or hypothetical resolutions are listed but answer nothing.
    /// The status is `met` when a counting resolution does not say it answers only in part;
    /// `partial` when the only counting resolutions answer in part, or when a commitment is
    /// recorded as kept; otherwise `unmet` — a commitment alone leaves it unmet and is listed
    /// beside it, with its deadline when the evidence names one (`CommitmentCues`).
    /// - Parameter asOf: the day ages are counted to (`YYYY-MM-DD`); by default `newestDate`.
    /// - Returns: the records, oldest first seen first (undated last), then by names.
    /// - Complexity: O(r + e log e) for r relations and e pieces of evidence.
    public func grievanceReport(asOf: String? = nil) -> GrievanceReport {
        let day = asOf ?? newestDate
        var pairs: [String: [Relation]] = [:]
        var pairOrder: [(String, String)] = []
        for relation in relations where relation.type == .grievance || relation.type == .demand {
            guard relation.source != relation.target,
                  let by = actor(id: relation.source), by.type != .government else { continue }
            let key = relation.source + "\u{1}" + relation.target
            if pairs[key] == nil { pairOrder.append((relation.source, relation.target)) }
            pairs[key, default: []].append(relation)
        }
        var records: [GrievanceRecord] = []
        for (by, against) in pairOrder {
            let opened = pairs[by + "\u{1}" + against]!
            let issue = Self.chronological(opened.flatMap(\.evidence))
            let dates = issue.compactMap { $0.date.map { String($0.prefix(10)) } }
            let first = dates.min(), last = dates.max()
            let commitments = Self.chronological(relation(RelationKey(type: .commitment, source: against, target: by))?.evidence ?? [])
                .map { GrievanceCommitment(evidence: $0, deadline: CommitmentCues.deadline(in: $0.text),
                                           fulfilled: CommitmentCues.saysFulfilled($0.text)) }
            let resolutions = Self.chronological(relation(RelationKey(type: .resolution, source: against, target: by))?.evidence ?? [])
                .filter { item in
                    guard let first, let date = item.date else { return true }
                    return String(date.prefix(10)) >= first
                }
                .map { GrievanceResolution(evidence: $0, isPartial: CommitmentCues.saysPartial($0.text)) }
            let counting = resolutions.filter { $0.evidence.modality == .asserted }
            let status: GrievanceStatus
            if counting.contains(where: { !$0.isPartial }) {
                status = .met
            } else if !counting.isEmpty || commitments.contains(where: \.fulfilled) {
                status = .partial
            } else {
                status = .unmet
            }
            let age = first.flatMap { f in day.flatMap { CalendarDay.days(from: f, to: $0) } }
            records.append(GrievanceRecord(
                by: by, byName: actor(id: by)?.name ?? by, against: against,
                againstName: actor(id: against)?.name ?? against,
                kinds: Array(Set(opened.map(\.type))).sorted(), issue: issue, firstSeen: first,
                lastSeen: last, ageDays: age, status: status, commitments: commitments,
                resolutions: resolutions))
        }
        records.sort { a, b in
            if a.firstSeen != b.firstSeen {
                guard let x = a.firstSeen else { return false }
                guard let y = b.firstSeen else { return true }
                return x < y
            }
            return (a.byName, a.againstName, a.by, a.against) < (b.byName, b.againstName, b.by, b.against)
        }
        return GrievanceReport(asOf: day, records: records)
    }

    /// Evidence ordered by date (undated last), document and position.
    static func chronological(_ evidence: [Evidence]) -> [Evidence] {
        evidence.sorted { a, b in
            let x = a.date ?? "\u{10FFFF}", y = b.date ?? "\u{10FFFF}"
            if x != y { return x < y }
            return (a.document, a.start, a.end, a.rule) < (b.document, b.start, b.end, b.rule)
        }
    }
}
