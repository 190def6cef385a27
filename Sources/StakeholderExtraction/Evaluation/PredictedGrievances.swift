import StakeholderCore

/// The unmet grievances a graph implies, for scoring a graph written by `stakemap extract`.
public enum PredictedGrievances {
    /// The (by, against) actor-id pairs of the demand and grievance relations whose source is
    /// not a government actor and for which no resolution relation runs from the target back
    /// to the source. A commitment alone does not satisfy a grievance (`gold/FORMAT.md`).
    /// - Parameter graph: the graph of one document.
    /// - Returns: the pairs, deduplicated, in relation order.
    /// - Complexity: O(r) for r relations.
    public static func unmet(in graph: StakeholderGraph) -> [(String, String)] {
        var result: [(String, String)] = []
        var seen = Set<String>()
        for relation in graph.relations where relation.type == .demand || relation.type == .grievance {
            guard graph.actor(id: relation.source)?.type != .government else { continue }
            let resolved = RelationKey(type: .resolution, source: relation.target, target: relation.source)
            guard graph.relation(resolved) == nil else { continue }
            if seen.insert(relation.source + "\u{1}" + relation.target).inserted {
                result.append((relation.source, relation.target))
            }
        }
        return result
    }
}
