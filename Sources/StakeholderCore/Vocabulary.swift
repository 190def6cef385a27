/// The sector an actor belongs to or represents (see `gold/FORMAT.md`).
public enum Sector: String, Codable, CaseIterable, Sendable, Comparable {
    case government
    case miners
    case community
    case company
    case embassy
    case international
    case civilSociety = "civil_society"
    case media
    case unknown

    public static func < (lhs: Sector, rhs: Sector) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Whether an actor is one person, a constituted body, or a loose collective.
public enum ActorKind: String, Codable, CaseIterable, Sendable {
    case person
    case organization
    case group
}

/// The relation layers analysis can restrict itself to.
public enum RelationLayer: String, CaseIterable, Sendable {
    /// Every relation type.
    case all
    /// Demands and grievances.
    case conflict
    /// Meetings, commitments, support and resolutions.
    case cooperation
}

/// The type of a relation between two actors.
public enum RelationKind: String, Codable, CaseIterable, Sendable, Comparable {
    case meeting
    case demand
    case grievance
    case commitment
    case support
    case affiliation
    case resolution

    /// Meetings are symmetric; every other relation runs from source to target.
    public var isDirected: Bool { self != .meeting }

    /// Whether a relation of this type belongs to `layer`.
    public func belongs(to layer: RelationLayer) -> Bool {
        switch layer {
        case .all: return true
        case .conflict: return self == .demand || self == .grievance
        case .cooperation:
            return self == .meeting || self == .commitment || self == .support || self == .resolution
        }
    }

    public static func < (lhs: RelationKind, rhs: RelationKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// How a statement presents the relation it supports.
public enum Modality: String, Codable, CaseIterable, Sendable {
    /// Stated as a fact ("se reunió con").
    case asserted
    /// Announced for the future ("se reunirá con").
    case future
    /// Conditional or reported with distance ("solicitaría").
    case hypothetical
}
