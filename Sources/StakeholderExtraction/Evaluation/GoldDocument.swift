import Foundation
import StakeholderCore

/// One gold annotation file (`gold/FORMAT.md`): what a careful reader finds in one document.
public struct GoldDocument: Codable, Hashable, Sendable {
    /// An actor as annotated.
    public struct Actor: Codable, Hashable, Sendable {
        public var id: String
        public var name: String
        public var kind: ActorKind
        public var type: Sector
        public var aliases: [String]

        public init(id: String, name: String, kind: ActorKind = .organization,
                    type: Sector = .unknown, aliases: [String] = []) {
            self.id = id
            self.name = name
            self.kind = kind
            self.type = type
            self.aliases = aliases
        }

        /// The name first, then the aliases.
        public var allNames: [String] { [name] + aliases }
    }

    /// A relation as annotated; `resolution` never appears in gold files.
    public struct Edge: Codable, Hashable, Sendable {
        public var type: RelationKind
        public var source: String
        public var target: String
        public var evidence: String
        public var note: String?

        public init(type: RelationKind, source: String, target: String, evidence: String = "",
                    note: String? = nil) {
            self.type = type
            self.source = source
            self.target = target
            self.evidence = evidence
            self.note = note
        }
    }

    /// Whether a grievance was satisfied, as far as the text says.
    public enum Status: String, Codable, Hashable, Sendable {
        case unmet, partial, met
    }

    /// A grievance as annotated.
    public struct Grievance: Codable, Hashable, Sendable {
        public var by: String
        public var against: String
        public var status: Status
        public var about: String
        public var evidence: String

        public init(by: String, against: String, status: Status = .unmet, about: String = "",
                    evidence: String = "") {
            self.by = by
            self.against = against
            self.status = status
            self.about = about
            self.evidence = evidence
        }
    }

    public var id: String
    public var language: String
    public var date: String?
    public var actors: [Actor]
    public var edges: [Edge]
    public var grievances: [Grievance]

    public init(id: String, language: String = "es", date: String? = nil, actors: [Actor],
                edges: [Edge] = [], grievances: [Grievance] = []) {
        self.id = id
        self.language = language
        self.date = date
        self.actors = actors
        self.edges = edges
        self.grievances = grievances
    }
}
