/// The outcome of looking an actor up by id, name or alias.
public enum ActorLookup: Sendable, Equatable {
    /// Exactly one actor answers to the name.
    case found(Actor)
    /// Several actors answer to it equally well (listed by name).
    case ambiguous([Actor])
    /// None answers to it; the closest names, nearest first.
    case notFound(closest: [Actor])
}

extension StakeholderGraph {
    /// Finds the actor meant by `query`: an exact id first; then the actors one of whose names
    /// normalizes (`NameNormalizer`) exactly like it; then those one of whose normalized names
    /// contains it as whole words. One match is `found`, several are `ambiguous`; with none,
    /// `closest` lists up to `limit` actors by the edit distance between the normalized query
    /// and their nearest normalized name.
    /// - Parameters:
    ///   - query: an id, name or alias as the user typed it.
    ///   - limit: the most suggestions to return.
    /// - Returns: the lookup result.
    /// - Complexity: O(a · k · q) for a actors with k names of length up to q.
    public func lookUpActor(_ query: String, limit: Int = 5) -> ActorLookup {
        if let actor = actor(id: query) { return .found(actor) }
        let key = NameNormalizer.normalize(query)
        guard !key.isEmpty else { return .notFound(closest: []) }
        let normalized = actors.map { $0.allNames.map(NameNormalizer.normalize) }
        let exact = actors.indices.filter { normalized[$0].contains(key) }
        if exact.count == 1 { return .found(actors[exact[0]]) }
        if exact.count > 1 { return .ambiguous(sortedByName(exact)) }
        let padded = " \(key) "
        let partial = actors.indices.filter { i in normalized[i].contains { " \($0) ".contains(padded) } }
        if partial.count == 1 { return .found(actors[partial[0]]) }
        if partial.count > 1 { return .ambiguous(sortedByName(partial)) }
        let scored = actors.indices.map { i in
            (i, normalized[i].map { Self.editDistance(key, $0) }.min() ?? Int.max)
        }
        let ranked = scored.sorted { a, b in
            if a.1 != b.1 { return a.1 < b.1 }
            return (actors[a.0].name, actors[a.0].id) < (actors[b.0].name, actors[b.0].id)
        }
        // Names within about a third of the query's length are close; else the nearest few.
        let near = ranked.filter { $0.1 <= max(2, key.count / 3) }
        let chosen = (near.isEmpty ? Array(ranked.prefix(3)) : near).prefix(limit).map { actors[$0.0] }
        return .notFound(closest: Array(chosen))
    }

    private func sortedByName(_ indices: [Int]) -> [Actor] {
        indices.map { actors[$0] }.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }

    /// The Levenshtein distance between `a` and `b`, counted in characters.
    /// - Complexity: O(|a| · |b|) time, O(|b|) memory.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        var previous = Array(0...y.count)
        var current = previous
        for i in 1...x.count {
            current[0] = i
            for j in stride(from: 1, through: y.count, by: 1) {
                let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}
