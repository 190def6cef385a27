/// A person, organization or group that takes part in the story.
public struct Actor: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var kind: ActorKind
    public var type: Sector
    /// Other surface forms that refer to this actor, without `name`, in order of first sight.
    public var aliases: [String]
    /// How many times the actor was mentioned across the documents read.
    public var mentions: Int

    public init(
        id: String, name: String, kind: ActorKind = .organization, type: Sector = .unknown,
        aliases: [String] = [], mentions: Int = 1
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.type = type
        self.aliases = []
        self.mentions = mentions
        for alias in aliases { addAlias(alias) }
    }

    /// Every name the actor goes by: `name` first, then the aliases.
    public var allNames: [String] { [name] + aliases }

    /// Adds `alias` unless it is the name or already known (compared as written).
    public mutating func addAlias(_ alias: String) {
        let trimmed = alias.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed != name, !aliases.contains(trimmed) else { return }
        aliases.append(trimmed)
    }
}

/// A document that was read to build a graph.
public struct DocumentInfo: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var path: String
    public var date: String?
    public var language: String
    public var title: String?

    public init(id: String, path: String, date: String?, language: String, title: String?) {
        self.id = id
        self.path = path
        self.date = date
        self.language = language
        self.title = title
    }
}

extension String {
    /// The string without leading and trailing white space and newlines.
    public func trimmingWhitespace() -> String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
