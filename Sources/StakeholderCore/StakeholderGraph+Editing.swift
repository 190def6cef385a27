extension StakeholderGraph {
    /// The graph without the actors with the given ids and the relations that touch them.
    ///
    /// Documents, the other actors (with their ids) and the other relations keep their order.
    /// - Parameter ids: the ids of the actors to remove; unknown ids are ignored.
    /// - Returns: the new graph.
    /// - Complexity: O(a + r + e).
    public func removingActors(_ ids: Set<String>) -> StakeholderGraph {
        var result = StakeholderGraph()
        for document in documents { result.addDocument(document) }
        for actor in actors where !ids.contains(actor.id) { result.addActorKeepingID(actor) }
        for relation in relations where !ids.contains(relation.source) && !ids.contains(relation.target) {
            result.addRelation(relation.type, from: relation.source, to: relation.target, evidence: relation.evidence)
        }
        return result
    }

    /// The graph without the relations `drop` accepts.
    /// - Complexity: O(a + r + e).
    public func removingRelations(where drop: (Relation) -> Bool) -> StakeholderGraph {
        var result = StakeholderGraph()
        for document in documents { result.addDocument(document) }
        for actor in actors { result.addActorKeepingID(actor) }
        for relation in relations where !drop(relation) {
            result.addRelation(relation.type, from: relation.source, to: relation.target, evidence: relation.evidence)
        }
        return result
    }

    /// The graph in which the actors with the given ids are one actor, `keep`.
    ///
    /// `keep` keeps its id, name, place and, unless they are `unknown`, its kind and sector
    /// (else it takes the first known one of the others, in `ids` order); it gains the others'
    /// names as aliases and their mentions. Their relations are redirected to `keep` and joined
    /// with its own (evidence without duplicates); relations between merged actors disappear.
    /// - Parameters:
    ///   - ids: the actors to merge into `keep`; `keep` itself and unknown ids are ignored.
    ///   - keep: the id of the actor that remains.
    /// - Returns: the new graph, or this graph unchanged when `keep` is unknown.
    /// - Complexity: O(a + r + e).
    public func mergingActors(_ ids: [String], into keep: String) -> StakeholderGraph {
        guard var kept = actor(id: keep) else { return self }
        let merged = ids.filter { $0 != keep && actor(id: $0) != nil }
        guard !merged.isEmpty else { return self }
        let gone = Set(merged)
        for id in merged {
            let other = actor(id: id)!
            for name in other.allNames { kept.addAlias(name) }
            kept.mentions += other.mentions
            if kept.type == .unknown, other.type != .unknown {
                kept.type = other.type
                kept.kind = other.kind
            }
        }
        var result = StakeholderGraph()
        for document in documents { result.addDocument(document) }
        for actor in actors where !gone.contains(actor.id) {
            result.addActorKeepingID(actor.id == keep ? kept : actor)
        }
        for relation in relations {
            let s = gone.contains(relation.source) ? keep : relation.source
            let t = gone.contains(relation.target) ? keep : relation.target
            guard s != t else { continue }
            result.addRelation(relation.type, from: s, to: t, evidence: relation.evidence)
        }
        return result
    }
}
