import StakeholderCore

/// Builds a corpus graph from document graphs, joining actors of different documents only
/// through names that say which actor they are, and a person's surname to the one person of
/// the corpus with that full name ("Ríos" in one article, "Carla Ríos" in another).
public struct CorpusJoiner: Sendable {
    /// The corpus graph so far.
    public private(set) var graph = StakeholderGraph()
    let extractor: Extractor
    /// Persons of the corpus by the normalized last word of their name: ids in order of arrival.
    private var bySurname: [String: [String]] = [:]
    /// Persons of the corpus known by one word only, by that word.
    private var bySingleName: [String: [String]] = [:]
    /// For each corpus actor (by index) listed by `index`, how many of its names were read.
    private var indexedNames: [Int: Int] = [:]
    /// Each name seen so far: whether it joins across documents, whether it describes.
    private var names: [String: NameFacts] = [:]

    /// What is known of a name seen so far.
    private struct NameFacts {
        /// Whether it joins across documents on its own.
        var joins: Bool
        /// Whether, generic, it is descriptive enough to join bodies and groups (`nil` until asked).
        var describes: Bool?
    }

    /// A joiner using the lexicons of `extractor` to tell generic names from proper ones.
    public init(extractor: Extractor) { self.extractor = extractor }

    /// Merges one document's graph into the corpus graph.
    /// - Complexity: O(a + r + e) for the actors, relations and evidence of `document`, plus
    ///   the names of its actors.
    public mutating func add(_ document: StakeholderGraph) {
        // Whether each name joins on its own, and whether a generic name describes (each asked
        // once per name in the corpus, one look-up per name); the names of bodies and groups
        // that join through two content words or more.
        var joinFlags: [[Bool]] = []
        joinFlags.reserveCapacity(document.actors.count)
        var descriptive: [String] = []
        var personWithGenericName = false
        for actor in document.actors {
            var flags: [Bool] = []
            flags.reserveCapacity(actor.aliases.count + 1)
            let person = actor.kind == .person
            for j in 0...actor.aliases.count {
                let name = j == 0 ? actor.name : actor.aliases[j - 1]  // `allNames`, without the list
                let slot = names.index(forKey: name)
                var facts = slot.map { names.values[$0] } ?? NameFacts(joins: extractor.joinsAcrossDocuments(name))
                if !facts.joins, !person, facts.describes == nil {
                    facts.describes = extractor.describesAcrossDocuments(name)
                    if let slot { names.values[slot] = facts }
                }
                if slot == nil { names[name] = facts }
                let describes = !facts.joins && !person && facts.describes == true
                if describes, !descriptive.contains(name) { descriptive.append(name) }
                if !facts.joins && person { personWithGenericName = true }
                flags.append(facts.joins || describes)
            }
            joinFlags.append(flags)
        }
        // A descriptive name joins in any actor: in a person's too.
        if personWithGenericName, !descriptive.isEmpty {
            for (i, actor) in document.actors.enumerated() where actor.kind == .person {
                for j in joinFlags[i].indices where !joinFlags[i][j] {
                    if descriptive.contains(j == 0 ? actor.name : actor.aliases[j - 1]) { joinFlags[i][j] = true }
                }
            }
        }
        let seen = names
        let joins: (String) -> Bool = { seen[$0]?.joins ?? false || descriptive.contains($0) }
        // The document graph's relations and documents are those of the prepared graph
        // (`Extractor.preparedForJoining`): only the actors change.
        for info in document.documents { graph.addDocument(info) }
        // The corpus index of each document actor, in order (`preparedActorsWithKeys` keeps it).
        var indexMap: [Int] = []
        indexMap.reserveCapacity(document.actors.count)
        for a in document.actors.indices {
            // `Extractor.preparedActorsWithKeys`, one actor at a time: an actor all of whose
            // aliases join is taken as it is.
            let (actor, keys, flags) = joinFlags[a].dropFirst().allSatisfy { $0 }
                ? (document.actors[a], document.nameKeys(ofActorAt: a), joinFlags[a])
                : Extractor.prepared(document.actors[a], keys: document.nameKeys(ofActorAt: a), joins: joinFlags[a])
            var incoming = actor
            var incomingKeys = keys
            var incomingFlags = flags
            // A lone capitalised word of unknown sector may be a surname ("Ríos dijo…").
            let mayBePerson = actor.kind == .person
                || (actor.type == .unknown && !Coreference.containsSpace(actor.name))
            if mayBePerson, flags[0], let known = surnameMatch(keys[0]) {
                incoming.addAlias(known)
                if incoming.aliases.count > actor.aliases.count {
                    let added = incoming.aliases.last!
                    incomingKeys.append(NameNormalizer.normalize(added))
                    incomingFlags.append(joins(added) || (seen[added] == nil && extractor.joinsAcrossDocuments(added)))
                }
            }
            // Every other name is the document's, so in `seen`: it joins when `joins` says so.
            let i = graph.addActorIndex(incoming, keys: incomingKeys, joinable: incomingFlags)
            indexMap.append(i)
            if actor.kind == .person { index(actorAt: i) }
        }
        // Ids are unique, so distinct indices are distinct ids.
        for (relation, ends) in zip(document.relations, document.relationEndpoints()) {
            let s = indexMap[ends.source], t = indexMap[ends.target]
            guard s != t else { continue }
            graph.addRelation(relation.type, fromActorAt: s, toActorAt: t, evidence: relation.evidence)
        }
    }

    /// The normalized words of a name.
    static func words(_ name: String) -> [Substring] {
        words(ofKey: NameNormalizer.normalize(name))
    }

    /// The words of a normalized name.
    /// - Complexity: O(n) in the length of `key`; an ASCII key is cut by bytes, not characters.
    static func words(ofKey key: String) -> [Substring] {
        guard key.utf8.allSatisfy({ $0 < 0x80 }) else { return key.split(separator: " ") }
        // In ASCII every byte is a character: cutting at space bytes cuts at " " characters.
        return key.utf8.split(separator: 0x20).map { Substring($0) }
    }

    /// The last of `words(ofKey: key)` and whether it is the only one; `nil` for no word.
    /// - Complexity: O(n) in the length of `key`; an ASCII key is read by bytes, and only its
    ///   last word is made into a string.
    static func lastWord(ofKey key: String) -> (word: String, only: Bool)? {
        var key = key
        var ascii = true
        let found = key.withUTF8 { b -> (word: String, only: Bool)? in
            if b.contains(where: { $0 >= 0x80 }) { ascii = false; return nil }
            // In ASCII every byte is a character: words are the runs between space bytes.
            var end = b.count
            while end > 0, b[end - 1] == 0x20 { end -= 1 }
            guard end > 0 else { return nil }
            var start = end
            while start > 0, b[start - 1] != 0x20 { start -= 1 }
            let only = !b[..<start].contains(where: { $0 != 0x20 })
            return (String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self), only)
        }
        if ascii { return found }
        let w = words(ofKey: key)
        guard let last = w.last else { return nil }
        return (String(last), w.count == 1)
    }

    /// The name of the one known person that an actor names by surname or in full (when its
    /// name joins across documents).
    /// - Parameter key: `NameNormalizer.normalize` of the actor's name.
    private func surnameMatch(_ key: String) -> String? {
        guard let (last, only) = Self.lastWord(ofKey: key) else { return nil }
        let candidates = only ? bySurname[last] : bySingleName[last]
        // An id is listed once under a word, so one id means one person.
        guard let ids = candidates, ids.count == 1, let person = graph.actor(id: ids[0]) else { return nil }
        return person.name
    }

    /// Lists the person at index `i` (id `id`) under the last word of each of its names that joins.
    ///
    /// A corpus actor's names are only ever appended to, and listing is idempotent: only the
    /// names given since the person was last indexed are read.
    /// - Complexity: O(n) in the length of those names.
    private mutating func index(actorAt i: Int) {
        guard graph.actors[i].kind == .person else { return }
        let person = graph.actors[i]
        let id = person.id
        let done = indexedNames[i] ?? 0
        let keys = graph.nameKeys(ofActorAt: i)
        indexedNames[i] = keys.count
        for (name, key) in zip(person.allNames[done...], keys[done...])
        where names[name]?.joins ?? extractor.joinsAcrossDocuments(name) {
            guard let (key, only) = Self.lastWord(ofKey: key) else { continue }
            if only {
                if !(bySingleName[key]?.contains(id) ?? false) { bySingleName[key, default: []].append(id) }
            } else if !(bySurname[key]?.contains(id) ?? false) {
                bySurname[key, default: []].append(id)
            }
        }
    }
}
