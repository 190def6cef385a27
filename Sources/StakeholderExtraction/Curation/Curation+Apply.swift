import StakeholderCore

extension Curation {
    /// The graph with the curation applied, and what changed or matched nothing.
    ///
    /// In order: ignored names remove their actors and relations; merges join the actors found
    /// for their names into the one found for the first name (or the first found); known actors
    /// join every actor found for their name or aliases, take the curated name (the old one
    /// becomes an alias), aliases, kind and sector; relations to drop are removed with all their
    /// evidence; relations to add get one piece of evidence whose rule is `curation`, document
    /// `curation:<file>` and text the note, and are joined with an extracted relation of the same
    /// key. An actor named in an added relation and absent from the graph is created (from the
    /// known actor of that name when there is one). Known actors absent from the graph are not
    /// added. Names are compared with `NameNormalizer`.
    /// - Parameter graph: the extracted graph (of a corpus, or of one document).
    /// - Returns: the curated graph, and notes in file order per step.
    /// - Complexity: O(c·(a + r + e)) for c curation entries.
    public func apply(to graph: StakeholderGraph) -> (StakeholderGraph, [CurationNote]) {
        var g = graph
        var notes: [CurationNote] = []
        func note(_ kind: CurationNote.Kind, _ line: Int, _ message: String) {
            notes.append(CurationNote(kind, file: file, line: line, message))
        }

        for entry in ignore {
            let ids = Self.ids(matching: [entry.name], in: g)
            if ids.isEmpty { note(.warning, entry.line, "ignore '\(entry.name)': no such actor"); continue }
            let before = g.relations.count
            g = g.removingActors(Set(ids))
            note(.change, entry.line, "ignored '\(entry.name)' (\(ids.count) actor(s), \(before - g.relations.count) relation(s))")
        }

        for merge in merges {
            let ids = Self.ids(matching: merge.names, in: g)
            guard let keep = ids.first else {
                note(.warning, merge.line, "merge \(Self.list(merge.names)): no such actor"); continue
            }
            if ids.count > 1 {
                g = g.mergingActors(Array(ids.dropFirst()), into: keep)
                note(.change, merge.line, "merged \(ids.count) actors as '\(g.actor(id: keep)!.name)'")
            }
            var actor = g.actor(id: keep)!
            for name in merge.names { actor.addAlias(name) }
            g.updateActor(actor)
        }

        for known in actors {
            let ids = Self.ids(matching: known.allNames, in: g)
            guard let keep = ids.first else { continue }
            if ids.count > 1 {
                g = g.mergingActors(Array(ids.dropFirst()), into: keep)
                note(.change, known.line, "merged \(ids.count) actors as '\(known.name)'")
            }
            let old = g.actor(id: keep)!
            let curated = Self.curated(old, by: known)
            if curated.type != old.type {
                note(.change, known.line, "'\(known.name)': type \(old.type.rawValue) → \(curated.type.rawValue)")
            }
            if curated.kind != old.kind {
                note(.change, known.line, "'\(known.name)': kind \(old.kind.rawValue) → \(curated.kind.rawValue)")
            }
            g.updateActor(curated)
        }

        for entry in dropRelations {
            let sources = Set(Self.ids(matching: [entry.source], in: g))
            let targets = Set(Self.ids(matching: [entry.target], in: g))
            let before = g.relations.count
            g = g.removingRelations { r in
                r.type == entry.type && ((sources.contains(r.source) && targets.contains(r.target))
                    || (!r.type.isDirected && sources.contains(r.target) && targets.contains(r.source)))
            }
            let dropped = before - g.relations.count
            if dropped == 0 {
                note(.warning, entry.line, "drop \(entry.type.rawValue) '\(entry.source)' → '\(entry.target)': no such relation")
            } else {
                note(.change, entry.line, "dropped \(entry.type.rawValue) '\(entry.source)' → '\(entry.target)'")
            }
        }

        for entry in addRelations {
            let s = actorID(named: entry.source, in: &g)
            let t = actorID(named: entry.target, in: &g)
            guard s != t else {
                note(.warning, entry.line, "add \(entry.type.rawValue): '\(entry.source)' and '\(entry.target)' are one actor"); continue
            }
            let text = entry.note ?? ""
            let evidence = Evidence(document: "curation:\(file)", date: entry.date, text: text,
                                    start: entry.noteOffset, end: entry.noteOffset + text.unicodeScalars.count,
                                    rule: Self.rule)
            g.addRelation(entry.type, from: s, to: t, evidence: [evidence])
            note(.change, entry.line, "added \(entry.type.rawValue) '\(entry.source)' → '\(entry.target)'")
        }
        return (g, notes)
    }

    /// The ids of the actors one of whose names normalizes like one of `names`, ordered by the
    /// first of `names` they match, then by graph order.
    static func ids(matching names: [String], in graph: StakeholderGraph) -> [String] {
        let wanted = names.map(NameNormalizer.normalize).filter { !$0.isEmpty }
        var ranked: [(rank: Int, index: Int, id: String)] = []
        for (index, actor) in graph.actors.enumerated() {
            let own = Set(actor.allNames.map(NameNormalizer.normalize))
            if let rank = wanted.firstIndex(where: own.contains) { ranked.append((rank, index, actor.id)) }
        }
        return ranked.sorted { ($0.rank, $0.index) < ($1.rank, $1.index) }.map(\.id)
    }

    /// `actor` with the curated name, aliases, kind and sector.
    static func curated(_ actor: Actor, by known: KnownActor) -> Actor {
        var result = actor
        let previous = actor.allNames
        result.name = known.name
        result.aliases = []
        for name in known.aliases + previous { result.addAlias(name) }
        if let kind = known.kind { result.kind = kind }
        if let type = known.type { result.type = type }
        return result
    }

    /// The id of the actor called `name`, created (from the known actor of that name, if any)
    /// when the graph has none.
    private func actorID(named name: String, in graph: inout StakeholderGraph) -> String {
        if let id = Self.ids(matching: [name], in: graph).first { return id }
        let key = NameNormalizer.normalize(name)
        if let known = actors.first(where: { $0.allNames.map(NameNormalizer.normalize).contains(key) }) {
            return graph.addActor(Self.curated(Actor(id: "", name: known.name, mentions: 0), by: known))
        }
        return graph.addActor(Actor(id: "", name: name, mentions: 0))
    }

    private static func list(_ names: [String]) -> String {
        names.map { "'\($0)'" }.joined(separator: ", ")
    }
}
