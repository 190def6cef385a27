import StakeholderCore

/// How the graphs of several documents are joined: only through names that say which actor
/// they are.
extension Extractor {
    /// Whether `name` may join actors of different documents: it holds a proper-name token in
    /// one of the lexicons' terms (`Lexicon.hasProperToken`). "Presidente", "the community",
    /// "la empresa" and "the government" name a different actor in each article.
    /// - Complexity: O(n) in the length of the name, per lexicon.
    /// Whether a body's or a group's `name` describes it in at least two content words in
    /// every language's lexicon: such names join actors of different documents even without
    /// a proper name ("Defensoría del Pueblo", "mineros artesanales"); a person's never do.
    public func describesAcrossDocuments(_ name: String) -> Bool {
        !lexicons.isEmpty && lexicons.keys.sorted().allSatisfy { lexicons[$0]!.isDescriptiveName(name) }
    }

    public func joinsAcrossDocuments(_ name: String) -> Bool {
        for language in lexicons.keys.sorted() where !lexicons[language]!.hasProperToken(name) {
            return false
        }
        return !lexicons.isEmpty
    }

    /// `graph` (one document's) made ready to be merged into a corpus graph: aliases without a
    /// proper-name token are dropped, and an actor named only generically takes its first
    /// proper alias as its name. Ids are kept, so relations are unchanged.
    /// - Complexity: O(a·n) for a actors with names of total length n.
    public func preparedForJoining(_ graph: StakeholderGraph) -> StakeholderGraph {
        preparedForJoining(graph, joins: joinsAcrossDocuments)
    }

    /// `preparedForJoining`, with `joins` telling which names join across documents.
    func preparedForJoining(_ graph: StakeholderGraph, joins: (String) -> Bool) -> StakeholderGraph {
        // Ids are kept and were unique, and the relations are already joined: the graph built
        // again from these parts has them unchanged.
        StakeholderGraph(documents: graph.documents, actors: preparedActors(graph, joins: joins),
                         relations: graph.relations)
    }

    /// The actors of `preparedForJoining(graph, joins:)`, in order, without building the graph.
    /// - Complexity: O(a·n) for a actors with names of total length n.
    func preparedActors(_ graph: StakeholderGraph, joins: (String) -> Bool) -> [Actor] {
        let flags = graph.actors.map { $0.allNames.map(joins) }
        return preparedActorsWithKeys(graph, joinFlags: flags).map(\.actor)
    }

    /// `preparedActors`, each with `NameNormalizer.normalize` of its `allNames` (taken from
    /// `graph`, not computed again) and whether each joins.
    /// - Parameter joinFlags: for each actor of `graph`, whether each of its `allNames` joins.
    func preparedActorsWithKeys(_ graph: StakeholderGraph, joinFlags: [[Bool]])
        -> [(actor: Actor, keys: [String], joins: [Bool])]
    {
        var actors: [(actor: Actor, keys: [String], joins: [Bool])] = []
        actors.reserveCapacity(graph.actors.count)
        for (i, actor) in graph.actors.enumerated() {
            actors.append(Self.prepared(actor, keys: graph.nameKeys(ofActorAt: i), joins: joinFlags[i]))
        }
        return actors
    }

    /// One actor of `preparedActorsWithKeys`: `actor` with the names that join, their keys
    /// (from `keys`, one per `allNames`) and whether each joins (from `joins`).
    static func prepared(_ actor: Actor, keys: [String], joins: [Bool]) -> (actor: Actor, keys: [String], joins: [Bool]) {
        var kept = actor
        // Names are kept as they are, so each keeps its key: index 0 is the name, then aliases.
        let proper = actor.aliases.indices.filter { joins[$0 + 1] }
        if !joins[0], let first = proper.first {
            kept.name = actor.aliases[first]
            kept.aliases = proper.dropFirst().map { actor.aliases[$0] }
            return (kept, proper.map { keys[$0 + 1] }, proper.map { _ in true })
        }
        kept.aliases = proper.map { actor.aliases[$0] }
        return (kept, [keys[0]] + proper.map { keys[$0 + 1] }, [joins[0]] + proper.map { _ in true })
    }
}
