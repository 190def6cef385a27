import StakeholderCore

/// Scores a predicted graph of one document against its gold annotation (`gold/FORMAT.md`).
///
/// - Actors: names and aliases are compared after `NameNormalizer.normalize`. Each gold actor
///   is matched at most once, in three passes so the assignment is deterministic: first a
///   predicted name equal to a gold name, then a name equal to an alias (either way), then
///   alias to alias. Within a pass, predicted actors go in graph order and each takes the
///   first free gold actor in gold order.
/// - Edges: a predicted edge matches a gold edge of the same type between the matched gold
///   actors (either order for meetings). Gold edges with the same (type, endpoints) count once.
///   `resolution` edges are left out: gold files do not annotate them.
/// - Grievances: (by, against) pairs, deduplicated; gold pairs are those with status `unmet`.
public enum Scorer {
    /// Scores one document.
    /// - Parameters:
    ///   - graph: the predicted graph of the document.
    ///   - unmetGrievances: the predicted unmet grievances as (by, against) predicted actor ids.
    ///   - gold: the gold annotation.
    ///   - document: the id shown in the report; the gold id by default.
    /// - Returns: the scores with the false positives and negatives.
    /// - Complexity: O(p·g·n) for p predicted and g gold actors of n names each, plus the edges.
    public static func evaluate(
        graph: StakeholderGraph, unmetGrievances: [(String, String)], gold: GoldDocument,
        document: String? = nil
    ) -> DocumentEvaluation {
        let matches = matchActors(graph.actors, gold.actors)
        let goldByID = Dictionary(gold.actors.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var scores = EvaluationScores()
        var fp = DocumentEvaluation.Diagnostics(), fn = DocumentEvaluation.Diagnostics()
        var typeErrors: [String] = []

        // Actors and types.
        let matchedGold = Set(matches.values)
        for actor in graph.actors {
            guard let g = matches[actor.id], let goldActor = goldByID[g] else {
                fp.actors.append(actor.name)
                continue
            }
            scores.types.matched += 1
            if actor.type == goldActor.type {
                scores.types.correct += 1
            } else {
                typeErrors.append("\(actor.name): \(actor.type.rawValue) → \(goldActor.type.rawValue)")
            }
        }
        for actor in gold.actors where !matchedGold.contains(actor.id) { fn.actors.append(actor.name) }
        scores.actors = EvaluationCounts(truePositives: matches.count, falsePositives: fp.actors.count,
                                         falseNegatives: fn.actors.count)

        // Edges.
        let goldName = { (id: String) in goldByID[id]?.name ?? id }
        let predName = { (id: String) in graph.actor(id: id)?.name ?? id }
        var goldKeys: [RelationKey] = []
        var seen = Set<RelationKey>()
        for edge in gold.edges {
            let key = RelationKey(type: edge.type, source: edge.source, target: edge.target)
            if seen.insert(key).inserted { goldKeys.append(key) }
        }
        var found = Set<RelationKey>()
        var byType: [RelationKind: EvaluationCounts] = [:]
        for relation in graph.relations where relation.type != .resolution {
            if let s = matches[relation.source], let t = matches[relation.target] {
                let key = RelationKey(type: relation.type, source: s, target: t)
                if seen.contains(key), found.insert(key).inserted {
                    byType[relation.type, default: .init()].truePositives += 1
                    continue
                }
            }
            byType[relation.type, default: .init()].falsePositives += 1
            fp.edges.append(describe(relation.type, predName(relation.source), predName(relation.target)))
        }
        for key in goldKeys where !found.contains(key) {
            byType[key.type, default: .init()].falseNegatives += 1
            fn.edges.append(describe(key.type, goldName(key.source), goldName(key.target)))
        }
        for (kind, counts) in byType {
            scores.edges = scores.edges + counts
            scores.edgesByType[kind.rawValue] = counts
        }

        // Unmet grievances.
        var goldPairs: [Pair] = []
        var goldSet = Set<Pair>()
        for g in gold.grievances where g.status == .unmet {
            let pair = Pair(by: g.by, against: g.against)
            if goldSet.insert(pair).inserted { goldPairs.append(pair) }
        }
        var predictedSeen = Set<Pair>(), hit = Set<Pair>()
        for (by, against) in unmetGrievances {
            if let b = matches[by], let a = matches[against] {
                let pair = Pair(by: b, against: a)
                guard predictedSeen.insert(pair).inserted else { continue }
                if goldSet.contains(pair) {
                    hit.insert(pair)
                    continue
                }
            } else if !predictedSeen.insert(Pair(by: "\u{1}" + by, against: against)).inserted {
                continue
            }
            fp.grievances.append("\(predName(by)) → \(predName(against))")
        }
        for pair in goldPairs where !hit.contains(pair) {
            fn.grievances.append("\(goldName(pair.by)) → \(goldName(pair.against))")
        }
        scores.grievances = EvaluationCounts(truePositives: hit.count,
                                             falsePositives: fp.grievances.count,
                                             falseNegatives: fn.grievances.count)

        return DocumentEvaluation(document: document ?? gold.id, scores: scores,
                                  actorMatches: matches, falsePositives: fp,
                                  falseNegatives: fn, typeErrors: typeErrors)
    }

    /// Assigns predicted actors to gold actors, each gold actor at most once.
    /// - Returns: predicted actor id → gold actor id.
    public static func matchActors(_ predicted: [Actor], _ gold: [GoldDocument.Actor]) -> [String: String] {
        let norm = { (s: String) in NameNormalizer.normalize(s) }
        let predNames = predicted.map { (name: norm($0.name), aliases: Set($0.aliases.map(norm)).subtracting([""])) }
        let goldNames = gold.map { (name: norm($0.name), aliases: Set($0.aliases.map(norm)).subtracting([""])) }
        typealias Names = (name: String, aliases: Set<String>)
        let passes: [(Names, Names) -> Bool] = [
            { p, g in !p.name.isEmpty && p.name == g.name },
            { p, g in g.aliases.contains(p.name) || p.aliases.contains(g.name) },
            { p, g in !p.aliases.isDisjoint(with: g.aliases) },
        ]
        var result: [String: String] = [:]
        var taken = Array(repeating: false, count: gold.count)
        for pass in passes {
            for (i, actor) in predicted.enumerated() where result[actor.id] == nil {
                if let j = gold.indices.first(where: { !taken[$0] && pass(predNames[i], goldNames[$0]) }) {
                    taken[j] = true
                    result[actor.id] = gold[j].id
                }
            }
        }
        return result
    }

    private struct Pair: Hashable { var by: String; var against: String }

    private static func describe(_ type: RelationKind, _ source: String, _ target: String) -> String {
        type == .meeting ? "meeting \(source) — \(target)" : "\(type.rawValue) \(source) → \(target)"
    }
}
