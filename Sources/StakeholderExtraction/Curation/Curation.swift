import StakeholderCore

/// A user's corrections to extraction, read from a curation file (`stakemap.yaml`).
///
/// Curated facts win over extracted ones: see `apply(to:)`. Every entry remembers the line it
/// came from so notes can point back to it.
public struct Curation: Hashable, Sendable {
    /// An actor the user knows: its name, and optionally its kind, sector and other names.
    public struct KnownActor: Hashable, Sendable {
        public var name: String
        public var kind: ActorKind?
        public var type: Sector?
        public var aliases: [String]
        public var line: Int

        public init(name: String, kind: ActorKind? = nil, type: Sector? = nil,
                    aliases: [String] = [], line: Int = 0) {
            self.name = name
            self.kind = kind
            self.type = type
            self.aliases = aliases
            self.line = line
        }

        /// The name first, then the aliases.
        public var allNames: [String] { [name] + aliases }
    }

    /// Names that are one actor; the actor found for the first name is kept.
    public struct Merge: Hashable, Sendable {
        public var names: [String]
        public var line: Int

        public init(names: [String], line: Int = 0) {
            self.names = names
            self.line = line
        }
    }

    /// A name whose actor (and its relations) is to be left out.
    public struct Ignored: Hashable, Sendable {
        public var name: String
        public var line: Int

        public init(name: String, line: Int = 0) {
            self.name = name
            self.line = line
        }
    }

    /// A relation to add (with its note as evidence) or to drop, between actors given by name.
    public struct RelationEntry: Hashable, Sendable {
        public var type: RelationKind
        public var source: String
        public var target: String
        /// Why the relation holds; the text of its evidence when added.
        public var note: String?
        /// The day the relation is known for (YYYY-MM-DD), the date of its evidence.
        public var date: String?
        public var line: Int
        /// Where the note starts in the curation file, in Unicode scalars (0 when unknown).
        public var noteOffset: Int

        public init(type: RelationKind, source: String, target: String, note: String? = nil,
                    date: String? = nil, line: Int = 0, noteOffset: Int = 0) {
            self.type = type
            self.source = source
            self.target = target
            self.note = note
            self.date = date
            self.line = line
            self.noteOffset = noteOffset
        }
    }

    /// The curation file's path, as given; evidence of added relations cites
    /// `curation:<file>`.
    public var file: String
    public var actors: [KnownActor]
    public var merges: [Merge]
    public var ignore: [Ignored]
    /// Extra trigger words: relation type → language code → words, in file order.
    public var triggers: [RelationKind: [String: [String]]]
    public var addRelations: [RelationEntry]
    public var dropRelations: [RelationEntry]

    public init(file: String, actors: [KnownActor] = [], merges: [Merge] = [],
                ignore: [Ignored] = [], triggers: [RelationKind: [String: [String]]] = [:],
                addRelations: [RelationEntry] = [], dropRelations: [RelationEntry] = []) {
        self.file = file
        self.actors = actors
        self.merges = merges
        self.ignore = ignore
        self.triggers = triggers
        self.addRelations = addRelations
        self.dropRelations = dropRelations
    }

    /// The rule id of curated evidence.
    public static let rule = "curation"
    /// The name of the curation file looked for beside a corpus.
    public static let defaultFileName = "stakemap.yaml"
}
