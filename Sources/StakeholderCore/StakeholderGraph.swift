import Foundation

/// Actors, the relations between them and the documents they were read from.
///
/// Storage is index-based: actors and relations live in arrays, and the adjacency lists hold
/// relation indices. Actors are found by id and by the normalized form of any of their names.
/// Order is insertion order, so the same sequence of additions gives the same graph.
public struct StakeholderGraph: Sendable, Equatable {
    public private(set) var documents: [DocumentInfo] = []
    public private(set) var actors: [Actor] = []
    public private(set) var relations: [Relation] = []

    private var actorIndex: [String: Int] = [:]
    private var nameIndex: [String: Int] = [:]
    /// For each actor, `NameNormalizer.normalize` of each of `allNames`, in that order.
    private var nameKeys: [[String]] = []
    /// Relations by their key, with actors as indices (`RelationSlot`).
    private var relationIndex: [RelationSlot: Int] = [:]
    private var documentIndex: [String: Int] = [:]
    /// For each id base that was taken, the suffix to try next (ids are never removed).
    private var nextSuffix: [String: Int] = [:]
    /// For each relation with many pieces of evidence, their identities (so joining stays
    /// linear); empty while a relation has fewer than `identitySetThreshold`, whose evidence
    /// is compared one by one (cheaper than hashing two strings).
    private var evidenceIdentities: [Set<Evidence.Identity>] = []
    private static let identitySetThreshold = 8
    /// For each actor, the indices of relations whose source it is.
    public private(set) var outgoing: [[Int]] = []
    /// For each actor, the indices of relations whose target it is.
    public private(set) var incoming: [[Int]] = []

    public init() {}

    /// A graph of the given parts, joined as `addActor` and `addRelation` join them.
    public init(documents: [DocumentInfo], actors: [Actor], relations: [Relation]) {
        for document in documents { addDocument(document) }
        for actor in actors { addActorKeepingID(actor) }
        for relation in relations {
            addRelation(relation.type, from: relation.source, to: relation.target,
                        evidence: relation.evidence)
        }
    }

    public static func == (lhs: StakeholderGraph, rhs: StakeholderGraph) -> Bool {
        lhs.documents == rhs.documents && lhs.actors == rhs.actors && lhs.relations == rhs.relations
    }

    // MARK: Lookup

    /// The index of the actor with `id`.
    public func index(ofActor id: String) -> Int? { actorIndex[id] }

    /// The actor with `id`.
    public func actor(id: String) -> Actor? { actorIndex[id].map { actors[$0] } }

    /// The actor whose name or one of whose aliases normalizes like `name`.
    public func actor(named name: String) -> Actor? {
        nameIndex[NameNormalizer.normalize(name)].map { actors[$0] }
    }

    /// The relation joined under `key`.
    public func relation(_ key: RelationKey) -> Relation? {
        guard let s = actorIndex[key.source], let t = actorIndex[key.target] else { return nil }
        return relationIndex[RelationSlot(key.type, s, t)].map { relations[$0] }
    }

    /// The relations that touch the actor with `id`, outgoing first.
    public func relations(of id: String) -> [Relation] {
        guard let i = actorIndex[id] else { return [] }
        var seen = Set<Int>()
        return (outgoing[i] + incoming[i]).filter { seen.insert($0).inserted }.map { relations[$0] }
    }

    // MARK: Building

    /// Records a document as read; a document with a known id replaces the old record.
    public mutating func addDocument(_ document: DocumentInfo) {
        if let i = documentIndex[document.id] {
            documents[i] = document
        } else {
            documentIndex[document.id] = documents.count
            documents.append(document)
        }
    }

    /// Adds `actor`, or joins it with the known actor that shares a normalized name or alias.
    ///
    /// A joined actor keeps its id and name, gains the new names as aliases, adds the mentions,
    /// and takes the new sector and kind only where its own were `unknown`.
    /// - Returns: the id under which the actor is stored.
    @discardableResult
    public mutating func addActor(_ actor: Actor) -> String {
        addActor(actor, joiningOn: { _ in true })
    }

    /// Adds `actor`, joining it with a known actor only through names that `joinable` accepts.
    /// - Parameters:
    ///   - actor: the actor to add.
    ///   - joinable: whether a name of `actor` may join it to a known actor of the same name.
    /// - Returns: the id under which the actor is stored.
    @discardableResult
    public mutating func addActor(_ actor: Actor, joiningOn joinable: (String) -> Bool) -> String {
        addActor(actor, keys: actor.allNames.map(NameNormalizer.normalize), joiningOn: joinable)
    }

    /// `addActor(_:joiningOn:)` for a caller that has normalized the names already.
    /// - Parameter keys: `NameNormalizer.normalize` of each of `actor.allNames`, in order.
    @discardableResult
    package mutating func addActor(_ actor: Actor, keys: [String], joiningOn joinable: (String) -> Bool) -> String {
        actors[addActorIndex(actor, keys: keys, joiningOn: joinable)].id
    }

    /// `addActor(_:keys:joiningOn:)` giving the index of the stored actor instead of its id.
    package mutating func addActorIndex(_ actor: Actor, keys: [String], joiningOn joinable: (String) -> Bool) -> Int {
        var existing: Int?
        for (name, key) in zip(actor.allNames, keys) where joinable(name) {
            if let i = nameIndex[key] { existing = i; break }
        }
        return add(actor, keys: keys, joiningWith: existing)
    }

    /// `addActor(_:keys:joiningOn:)` with `joinable` given for each of `actor.allNames`, in order.
    @discardableResult
    package mutating func addActor(_ actor: Actor, keys: [String], joinable: [Bool]) -> String {
        actors[addActorIndex(actor, keys: keys, joinable: joinable)].id
    }

    /// `addActor(_:keys:joinable:)` giving the index of the stored actor instead of its id.
    package mutating func addActorIndex(_ actor: Actor, keys: [String], joinable: [Bool]) -> Int {
        var existing: Int?
        for (key, joins) in zip(keys, joinable) where joins {
            if let i = nameIndex[key] { existing = i; break }
        }
        guard existing == nil else { return add(actor, keys: keys, joiningWith: existing) }
        // A new actor: the joinable keys were just found absent, so they are stored without
        // looking them up again (a key met twice in `keys` gets the same index both times).
        var fresh = actor
        fresh.id = uniqueID(startingWith: actor.id.isEmpty ? NameNormalizer.slug(actor.name) : actor.id)
        insert(fresh, keys: keys, absent: joinable)
        return actors.count - 1
    }

    /// Joins `actor` (names normalized as `keys`) into actor `existing`, or inserts it.
    /// - Returns: the index of the stored actor.
    private mutating func add(_ actor: Actor, keys: [String], joiningWith existing: Int?) -> Int {
        // Each name is normalized once, for matching and then for indexing.
        if let existing {
            join(actor, keys: keys, into: existing)
            return existing
        }
        var fresh = actor
        fresh.id = uniqueID(startingWith: actor.id.isEmpty ? NameNormalizer.slug(actor.name) : actor.id)
        insert(fresh, keys: keys)
        return actors.count - 1
    }

    /// Makes room for `actors` actors (with about three names each) and `relations` relations.
    package mutating func reserveCapacity(actors count: Int, relations relationCount: Int) {
        actors.reserveCapacity(count)
        actorIndex.reserveCapacity(count)
        nameIndex.reserveCapacity(3 * count)
        nameKeys.reserveCapacity(count)
        outgoing.reserveCapacity(count)
        incoming.reserveCapacity(count)
        relations.reserveCapacity(relationCount)
        relationIndex.reserveCapacity(relationCount)
        evidenceIdentities.reserveCapacity(relationCount)
    }

    /// Replaces the stored actor with the same id (names re-indexed).
    public mutating func updateActor(_ actor: Actor) {
        guard let i = actorIndex[actor.id] else { return }
        actors[i] = actor
        nameKeys[i] = actor.allNames.map(NameNormalizer.normalize)
        indexKeys(nameKeys[i], of: i)
    }

    /// For each relation, in order, the indices in `actors` of its source and its target.
    /// - Complexity: O(a + r), no id looked up.
    package func relationEndpoints() -> [(source: Int, target: Int)] {
        var ends = [(source: Int, target: Int)](repeating: (0, 0), count: relations.count)
        // `addRelation` lists a relation under its source's index in `outgoing` and its
        // target's in `incoming`.
        for i in actors.indices {
            for r in outgoing[i] { ends[r].source = i }
            for r in incoming[i] { ends[r].target = i }
        }
        return ends
    }

    /// `NameNormalizer.normalize` of each of the names (`allNames`) of the actor at `index`.
    package func nameKeys(ofActorAt index: Int) -> [String] { nameKeys[index] }

    /// Adds evidence for a relation, joining it with the relation of the same key.
    ///
    /// Evidence already present (same document, span and rule) is not added twice; the weight
    /// is the number of pieces of evidence. Endpoints must be known actor ids.
    /// - Returns: the relation's index, or `nil` when an endpoint is unknown or `evidence` is empty.
    @discardableResult
    public mutating func addRelation(
        _ type: RelationKind, from source: String, to target: String, evidence: [Evidence]
    ) -> Int? {
        guard let s = actorIndex[source], let t = actorIndex[target] else { return nil }
        return addRelation(type, fromActorAt: s, toActorAt: t, evidence: evidence)
    }

    /// `addRelation(_:from:to:evidence:)` with the endpoints given as indices into `actors`
    /// (no id is looked up).
    /// - Returns: the relation's index, or `nil` when `evidence` is empty.
    @discardableResult
    package mutating func addRelation(
        _ type: RelationKind, fromActorAt s: Int, toActorAt t: Int, evidence: [Evidence]
    ) -> Int? {
        guard !evidence.isEmpty else { return nil }
        let slot = RelationSlot(type, s, t)
        if let r = relationIndex[slot] {
            for item in evidence where insertIdentity(item, ofRelation: r) {
                relations[r].evidence.append(sharingText(item, ofRelation: r))
            }
            relations[r].weight = relations[r].evidence.count
            return r
        }
        var unique: [Evidence] = []
        var known = Set<Evidence.Identity>()
        if evidence.count < Self.identitySetThreshold {
            for item in evidence where !unique.contains(where: { Self.sameStatement($0, item) }) {
                unique.append(item)
            }
        } else {
            for item in evidence where known.insert(item.identity).inserted { unique.append(item) }
        }
        // The set is kept only for a relation with many pieces (`insertIdentity`).
        if unique.count < Self.identitySetThreshold { known = [] }
        let source = actors[s].id, target = actors[t].id
        let key = RelationKey(type: type, source: source, target: target)
        let relation = Relation(key: key, evidence: unique)
        relations.append(relation)
        evidenceIdentities.append(known)
        let r = relations.count - 1
        relationIndex[slot] = r
        // The key puts a meeting's ids in order; ids are unique, so equal ids are one actor.
        let sourceFirst = key.source == source
        outgoing[sourceFirst ? s : t].append(r)
        incoming[sourceFirst ? t : s].append(r)
        return r
    }

    /// `item`, holding the very text of one of the latest pieces of evidence of relation `r`
    /// when that piece quotes the same span with the same bytes (a republished article): one
    /// string kept instead of two equal ones.
    /// - Complexity: O(1): at most `textSharingWindow` pieces are compared.
    private func sharingText(_ item: Evidence, ofRelation r: Int) -> Evidence {
        relations[r].evidence.withUnsafeBufferPointer { list in
            var k = list.count - 1
            let stop = max(0, list.count - Self.textSharingWindow)
            while k >= stop {
                // Fields read in place: no piece is copied.
                if list[k].start == item.start, list[k].end == item.end, Self.sameBytes(list[k].text, item.text) {
                    var shared = item
                    shared.text = list[k].text
                    return shared
                }
                k -= 1
            }
            return item
        }
    }

    private static let textSharingWindow = 8

    /// Whether `a` and `b` hold the same UTF-8 bytes (not only canonically equivalent text).
    private static func sameBytes(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        guard a.utf8.count == b.utf8.count else { return false }
        return a.withUTF8 { x in
            b.withUTF8 { y in
                x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0
            }
        }
    }

    /// Whether `a` and `b` cite the same statement (`Evidence.identity` equal), ints first.
    private static func sameStatement(_ a: Evidence, _ b: Evidence) -> Bool {
        a.start == b.start && a.end == b.end && a.document == b.document && a.rule == b.rule
    }

    /// Records `item` as evidence of relation `r` unless the same statement is there.
    /// - Returns: whether it was new.
    private mutating func insertIdentity(_ item: Evidence, ofRelation r: Int) -> Bool {
        let count = relations[r].evidence.count
        if count < Self.identitySetThreshold {
            return !relations[r].evidence.contains(where: { Self.sameStatement($0, item) })
        }
        if evidenceIdentities[r].isEmpty {
            evidenceIdentities[r] = Set(relations[r].evidence.map(\.identity))
        }
        return evidenceIdentities[r].insert(item.identity).inserted
    }

    // MARK: Merge

    /// Joins `other` into this graph.
    ///
    /// Actors are joined when a normalized name or alias is shared; relations are joined on
    /// (type, source, target), unordered for meetings; evidence is appended without duplicates
    /// and the weight is the evidence count.
    /// - Complexity: O(a + r + e) for the actors, relations and evidence of `other`.
    public mutating func merge(_ other: StakeholderGraph) {
        merge(other, joiningOn: { _ in true })
    }

    /// Joins `other` into this graph, joining actors only through names `joinable` accepts
    /// (so that generic names such as "the company" of two documents stay two actors).
    /// - Complexity: O(a + r + e) for the actors, relations and evidence of `other`.
    public mutating func merge(_ other: StakeholderGraph, joiningOn joinable: (String) -> Bool) {
        for document in other.documents { addDocument(document) }
        var idMap: [String: String] = [:]
        for actor in other.actors { idMap[actor.id] = addActor(actor, joiningOn: joinable) }
        for relation in other.relations {
            guard let s = idMap[relation.source], let t = idMap[relation.target], s != t else { continue }
            addRelation(relation.type, from: s, to: t, evidence: relation.evidence)
        }
    }

    /// The graph with only what `keep` accepts: relations lose the evidence it rejects and
    /// disappear when none is left; actors stay.
    public func filteringEvidence(_ keep: (Evidence) -> Bool) -> StakeholderGraph {
        var result = StakeholderGraph()
        for document in documents { result.addDocument(document) }
        for actor in actors { result.addActorKeepingID(actor) }
        for relation in relations {
            let kept = relation.evidence.filter(keep)
            if !kept.isEmpty {
                result.addRelation(relation.type, from: relation.source, to: relation.target, evidence: kept)
            }
        }
        return result
    }

    // MARK: Private

    /// Joins `actor`, whose names normalize to `keys`, into actor `i`.
    private mutating func join(_ actor: Actor, keys: [String], into i: Int) {
        let wasUnknown = actors[i].type == .unknown
        for (j, key) in keys.enumerated() where j <= actor.aliases.count {
            let name = j == 0 ? actor.name : actor.aliases[j - 1]  // `allNames`, without the list
            // A name that starts and ends with a printable ASCII character has nothing to trim:
            // `addAlias` is done here without trimming it.
            let first = name.utf8.first ?? 0, last = name.utf8.last ?? 0
            if first > 0x20 && first < 0x7F && last > 0x20 && last < 0x7F {
                guard name != actors[i].name, !actors[i].aliases.contains(name) else { continue }
                actors[i].aliases.append(name)
                nameKeys[i].append(key)
                continue
            }
            let count = actors[i].aliases.count
            actors[i].addAlias(name)
            guard actors[i].aliases.count > count else { continue }
            // `addAlias` may have trimmed the name: normalize what it stored.
            let stored = actors[i].aliases[count]
            nameKeys[i].append(stored.utf8.count == name.utf8.count ? key : NameNormalizer.normalize(stored))
        }
        actors[i].mentions += actor.mentions
        if wasUnknown { actors[i].type = actor.type }
        if actors[i].kind != actor.kind, actor.type != .unknown, wasUnknown {
            actors[i].kind = actor.kind
        }
        // The names already stored were indexed when they arrived; only the new ones can add keys.
        indexKeys(keys, of: i)
    }

    /// Inserts an actor under its own id (made unique if taken), without joining by name.
    mutating func addActorKeepingID(_ actor: Actor) {
        var fresh = actor
        fresh.id = uniqueID(startingWith: actor.id.isEmpty ? NameNormalizer.slug(actor.name) : actor.id)
        insert(fresh)
    }

    /// Appends `actor` and indexes its names, normalized as `keys` when the caller has them.
    /// - Parameter absent: for each of `keys` (when given), whether it is known not to be
    ///   indexed yet.
    private mutating func insert(_ actor: Actor, keys: [String]? = nil, absent: [Bool] = []) {
        actors.append(actor)
        let i = actors.count - 1
        actorIndex[actor.id] = i
        outgoing.append([])
        incoming.append([])
        let names = keys ?? actor.allNames.map(NameNormalizer.normalize)
        nameKeys.append(names)
        for (k, key) in names.enumerated() where !key.isEmpty {
            if k < absent.count && absent[k] {
                nameIndex[key] = i
            } else if nameIndex[key] == nil {
                nameIndex[key] = i
            }
        }
    }

    /// Indexes actor `i` under each normalized name in `keys` not indexed yet.
    private mutating func indexKeys(_ keys: [String], of i: Int) {
        for key in keys where !key.isEmpty && nameIndex[key] == nil { nameIndex[key] = i }
    }

    /// `base` if free, else `base_n` for the smallest free n ≥ 2.
    ///
    /// Ids are never removed, so the search resumes where the last one for `base` stopped.
    /// - Complexity: amortized O(1) per call.
    private mutating func uniqueID(startingWith base: String) -> String {
        if actorIndex[base] == nil { return base }
        var n = nextSuffix[base] ?? 2
        while actorIndex["\(base)_\(n)"] != nil { n += 1 }
        nextSuffix[base] = n + 1
        return "\(base)_\(n)"
    }
}

/// A relation key with actors as indices into `actors`, a meeting's in increasing order: two
/// relation keys are equal exactly when their slots are (ids and indices are one to one).
private struct RelationSlot: Hashable {
    var type: RelationKind
    var source: Int
    var target: Int

    init(_ type: RelationKind, _ source: Int, _ target: Int) {
        self.type = type
        (self.source, self.target) = type.isDirected || source <= target ? (source, target) : (target, source)
    }
}
