extension StakeholderGraph {
    /// The ways in which this graph breaks its own rules; empty when it keeps them all.
    ///
    /// Checked: actor ids unique and indexed; every relation's endpoints known; relation keys
    /// unique; weight equal to the evidence count and at least one; no evidence twice in a
    /// relation; evidence spans well formed; adjacency lists agree with the relations.
    /// - Complexity: O(a + r + e).
    public func invariantViolations() -> [String] {
        var problems: [String] = []
        var ids = Set<String>()
        for (i, actor) in actors.enumerated() {
            if !ids.insert(actor.id).inserted { problems.append("duplicate actor id \(actor.id)") }
            if index(ofActor: actor.id) != i { problems.append("actor \(actor.id) not indexed at \(i)") }
            if actor.name.isEmpty { problems.append("actor \(actor.id) has no name") }
            if actor.aliases.contains(actor.name) { problems.append("actor \(actor.id) lists its name as an alias") }
        }
        var keys = Set<RelationKey>()
        var expectedOut = Array(repeating: [Int](), count: actors.count)
        var expectedIn = Array(repeating: [Int](), count: actors.count)
        for (r, relation) in relations.enumerated() {
            guard let s = index(ofActor: relation.source), let t = index(ofActor: relation.target) else {
                problems.append("relation \(relation.id) has an unknown endpoint")
                continue
            }
            expectedOut[s].append(r)
            expectedIn[t].append(r)
            if !keys.insert(relation.key).inserted { problems.append("relation \(relation.id) appears twice") }
            if relation.weight != relation.evidence.count || relation.weight < 1 {
                problems.append("relation \(relation.id) has weight \(relation.weight) for \(relation.evidence.count) evidence")
            }
            if Set(relation.evidence.map(\.identity)).count != relation.evidence.count {
                problems.append("relation \(relation.id) holds the same evidence twice")
            }
            for item in relation.evidence where item.start < 0 || item.end < item.start {
                problems.append("relation \(relation.id) has evidence with span \(item.start)..<\(item.end)")
            }
        }
        if expectedOut != outgoing || expectedIn != incoming {
            problems.append("adjacency lists disagree with the relations")
        }
        return problems
    }
}
