/// Whether a grievance or demand has been answered.
public enum GrievanceStatus: String, CaseIterable, Sendable, Codable, Comparable {
    /// Nothing answers it (a commitment alone does not).
    case unmet
    /// Answered in part: a resolution said to answer only in part, or a commitment recorded
    /// as kept, and no full resolution.
    case partial
    /// A stated resolution by the target answers it.
    case met

    public static func < (lhs: GrievanceStatus, rhs: GrievanceStatus) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A commitment the target of a grievance made to the complainant.
public struct GrievanceCommitment: Sendable, Equatable, Codable {
    public var evidence: Evidence
    /// The deadline phrase found in the evidence text ("plazo", "en 30 días", "by March"…).
    public var deadline: String?
    /// Whether the evidence records the commitment as kept ("cumplió", "fulfilled").
    public var fulfilled: Bool
    public var hasDeadline: Bool { deadline != nil }
}

/// A resolution by the target of a grievance towards the complainant.
public struct GrievanceResolution: Sendable, Equatable, Codable {
    public var evidence: Evidence
    /// Whether the evidence says it answers only in part ("parcialmente", "partially").
    public var isPartial: Bool
}

/// The life of one grievance: who complains or demands, against whom, since when, and what
/// answered it.
///
/// One record stands for all grievance and demand relations from one actor to another.
public struct GrievanceRecord: Sendable, Equatable, Codable {
    /// The complainant's actor id and name.
    public var by: String
    public var byName: String
    /// The target's actor id and name.
    public var against: String
    public var againstName: String
    /// The relation types behind the record (grievance, demand).
    public var kinds: [RelationKind]
    /// The evidence sentences stating the grievance, oldest first.
    public var issue: [Evidence]
    /// The earliest and latest evidence dates, when any evidence is dated.
    public var firstSeen: String?
    public var lastSeen: String?
    /// Days from `firstSeen` to the report's as-of date.
    public var ageDays: Int?
    public var status: GrievanceStatus
    /// The target's commitments to the complainant, oldest first.
    public var commitments: [GrievanceCommitment]
    /// The target's resolutions towards the complainant that answer this record, oldest first.
    public var resolutions: [GrievanceResolution]
}

/// One complainant's grievances, for "the actors with unmet grievances".
public struct GrievanceActorSummary: Sendable, Equatable, Codable {
    public var actor: String
    public var name: String
    public var unmet: Int
    public var partial: Int
    public var met: Int
    /// The age in days of the oldest unmet record, when dated.
    public var oldestUnmetDays: Int?
    /// The names of the targets of the unmet records, in record order.
    public var against: [String]
}

/// The grievance records of a graph, as of a day.
public struct GrievanceReport: Sendable, Equatable {
    /// The day ages are counted to.
    public var asOf: String?
    public var records: [GrievanceRecord]

    /// The records with `status`, or all for `nil`.
    public func records(status: GrievanceStatus?) -> [GrievanceRecord] {
        guard let status else { return records }
        return records.filter { $0.status == status }
    }

    /// One row per complainant with at least one unmet record: most unmet first, then the
    /// oldest, then by name.
    /// - Complexity: O(r log r) for r records.
    public func byActor() -> [GrievanceActorSummary] {
        var rows: [String: GrievanceActorSummary] = [:]
        var order: [String] = []
        for record in records {
            if rows[record.by] == nil {
                order.append(record.by)
                rows[record.by] = GrievanceActorSummary(actor: record.by, name: record.byName, unmet: 0,
                                                        partial: 0, met: 0, oldestUnmetDays: nil, against: [])
            }
            switch record.status {
            case .met: rows[record.by]!.met += 1
            case .partial: rows[record.by]!.partial += 1
            case .unmet:
                rows[record.by]!.unmet += 1
                if let age = record.ageDays { rows[record.by]!.oldestUnmetDays = max(rows[record.by]!.oldestUnmetDays ?? age, age) }
                if !rows[record.by]!.against.contains(record.againstName) { rows[record.by]!.against.append(record.againstName) }
            }
        }
        return order.compactMap { rows[$0] }.filter { $0.unmet > 0 }.sorted { a, b in
            if a.unmet != b.unmet { return a.unmet > b.unmet }
            if (a.oldestUnmetDays ?? -1) != (b.oldestUnmetDays ?? -1) { return (a.oldestUnmetDays ?? -1) > (b.oldestUnmetDays ?? -1) }
            return (a.name, a.actor) < (b.name, b.actor)
        }
    }
}
