import StakeholderCore

/// Why an actor has its sector, in words a user can check: the head words and role words of
/// its names that the lexicons type, and the organisations it is affiliated with.
public enum SectorReasons {
    /// The reasons for the sector of `actor`, at most `limit`, in a stable order.
    /// - Parameters:
    ///   - actor: an actor of `graph`.
    ///   - graph: the graph it belongs to (for affiliations and curated evidence).
    ///   - lexicons: the lexicons that typed it, by language.
    ///   - limit: how many reasons to give.
    /// - Returns: one sentence each; empty when nothing in the names or relations says so.
    /// - Complexity: O(names × words × lexicons).
    public static func reasons(for actor: Actor, in graph: StakeholderGraph,
                               lexicons: [String: Lexicon], limit: Int = 4) -> [String] {
        guard actor.type != .unknown else { return [] }
        var reasons: [String] = []
        var seen = Set<String>()
        for language in lexicons.keys.sorted() {
            guard let lexicon = lexicons[language] else { continue }
            let segmenter = Segmenter(abbreviations: lexicon.abbreviations)
            for name in actor.allNames {
                var tokens = segmenter.segment(name).tokens
                lexicon.classify(&tokens)
                var i = 0
                while i < tokens.count {
                    if let (entry, length) = lexicon.heads.longestMatch(tokens, at: i, end: tokens.count),
                       entry.sector == actor.type {
                        let phrase = tokens[i..<(i + length)].map(\.lower).joined(separator: " ")
                        if seen.insert("\(language)|\(phrase)").inserted {
                            reasons.append("“\(phrase)” in “\(name)” is a \(actor.type.rawValue) word of the \(language) lexicon")
                        }
                        i += length
                    } else {
                        i += 1
                    }
                }
            }
        }
        for relation in graph.relations(of: actor.id) where relation.type == .affiliation && relation.source == actor.id {
            if let org = graph.actor(id: relation.target), org.type == actor.type {
                reasons.append("affiliated with \(org.name) (\(org.type.rawValue))")
            }
        }
        return Array(reasons.prefix(limit))
    }
}
