import Foundation
import StakeholderCore

/// An actor of one document, as coreference builds it.
struct DocumentActor: Sendable {
    var name: String
    var aliases: [String] = []
    var kind: ActorKind
    var sector: Sector
    var weakSector: Bool
    var proper: Bool
    /// Role classes it held, each once (few: a list is cheaper to search than a set to hash).
    var roleClasses: [String] = []
    /// Lower-case words of a person's name, for surname matching.
    var nameWords: [String] = []
    var mentions = 0
    var lastSentence = 0
    /// Derived forms of the names, for matching (`Coreference.matchingCache`).
    var cache = NameCache()
    /// Named with a word that is not an institution word ("Policía Nacional", not "Poder Judicial").
    var distinctive = false

    /// Adds `surface` (trimmed) as an alias unless it is a name already; a name added is also
    /// appended to `pending` (`Coreference.pendingNames`).
    mutating func addName(_ surface: String, pending: inout [String]) {
        // Most names start and end with a printable ASCII character: nothing to trim.
        let first = surface.utf8.first ?? 0, last = surface.utf8.last ?? 0
        let trimmed = first > 0x20 && first < 0x7F && last > 0x20 && last < 0x7F
            ? surface : surface.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed != name, !aliases.contains(trimmed) else { return }
        aliases.append(trimmed)
        pending.append(trimmed)
    }

    /// Makes `surface` the name. The old name is dropped (`addName` refuses the current name)
    /// unless a later mention gives it again; the caller then rebuilds `cache`.
    mutating func rename(_ surface: String, pending: inout [String]) {
        addName(name, pending: &pending)
        aliases.removeAll { $0 == surface }
        name = surface
        pending.append(surface)
    }
}

/// Forms of an actor's names kept for matching without recomputing them per mention.
struct NameCache: Sendable {
    /// The lower-case words of each name before its first connector, each name's followed by
    /// `LeadingWord.end` (one list, not one per name). Made when first read
    /// (`Coreference.makeLeadingWords`) for the first `leadingMade` of the name and aliases:
    /// since the cache was last made, names are only added, as aliases at the end.
    var leadingWords: [LeadingWord] = []
    var leadingMade = 0
}

/// Links mentions of one document to actors: names and their parts ("Rivas",
/// "Mr. Mamani", "Rivas Soto"), acronyms and parenthetical aliases, company names with
/// or without "Mining"/"S.A.", and bare descriptions ("el mandatario", "la empresa", "the
/// Ministry") to the latest actor holding that role or of that sector.
struct Coreference {
    let lexicon: Lexicon
    let text: SegmentedText
    var actors: [DocumentActor] = []
    /// Normalized keys of the names met so far (`keyID`), and the actor each key names
    /// (-1 for none yet; the first actor given it keeps it).
    var keys = WordTable(capacity: 64)
    var keyActor: [Int32] = []
    /// `NameNormalizer.normalize` of the names met so far (mention keys and actor names), so a
    /// name is normalized once per document; `GraphBuilder` reads it too.
    var normalizedNames = NormalizedNames()
    /// Names given to the actor being updated since its last mention, for the index and its
    /// `cache` to take in (one buffer for the document). Index keys are never removed, so
    /// indexing only these gives the index that indexing all names gives.
    var pendingNames: [String] = []
    /// The UTF-8 of the words of the names' leading parts (`LeadingWord`), one after another.
    var leadingBytes: [UInt8] = []
    /// Initials of the actors' multi-word names ("Estados Unidos" → "eu"), and whose they are
    /// (`Coreference.addMatchingForms`; one list for the document, not one per actor).
    var initialForms: [String] = []
    var initialActors: [Int32] = []
    /// Letters of the actors' acronyms ("EE.UU." → "eu"), and whose they are.
    var acronymForms: [String] = []
    var acronymActors: [Int32] = []
    /// Each actor's name folded when it is one word (`countryMatch`), and the folded adjective
    /// of its name when that is a two-word government description; made when first needed,
    /// again after a new name.
    var foldedNames: [FoldedForm] = []
    var foldedAdjectives: [FoldedForm] = []

    init(lexicon: Lexicon, text: SegmentedText) {
        self.lexicon = lexicon
        self.text = text
    }

    /// Sets `actor` on every mention that is not a place.
    /// - Complexity: O(m·a) for m mentions and a actors (both small per document).
    mutating func resolve(_ mentions: inout [Mention]) {
        // Room for the names and keys of every mention (a name, its mention, an alias or two).
        let room = 2 * mentions.count
        normalizedNames.simple = WordTable(capacity: room)
        normalizedNames.simpleNames.reserveCapacity(room)
        normalizedNames.simpleKeys.reserveCapacity(room)
        normalizedNames.simpleKeyIDs.reserveCapacity(room)
        keys = WordTable(capacity: room)
        keyActor.reserveCapacity(room)
        actors.reserveCapacity(mentions.count)
        let order = mentions.indices.sorted {
            (mentions[$0].sentence, mentions[$0].start, -mentions[$0].end, $0)
                < (mentions[$1].sentence, mentions[$1].start, -mentions[$1].end, $1)
        }
        for i in order where mentions[i].mergedInto == nil && !mentions[i].place {
            mentions[i].actor = assign(mentions[i])
        }
        for i in order where mentions[i].mergedInto != nil {
            var target = mentions[i].mergedInto!
            while let next = mentions[target].mergedInto { target = next }
            mentions[i].actor = mentions[target].actor
        }
    }

    func nameText(_ m: Mention) -> String { text.text(m.nameStart, m.nameEnd) }

    /// The name of mention `m`, the id of its key (`nameKey`) and the id of its comparison key
    /// (`key`): the key of the name without trailing company suffixes ("Cerro Alto Mining").
    mutating func nameAndKey(_ m: Mention) -> (name: String, nameKey: Int32, key: Int32) {
        var end = m.nameEnd
        if m.proper && m.kind != .person {
            while end - m.nameStart > 1, text.tokens[end - 1].has(.orgsuffix) { end -= 1 }
        }
        let whole = name(m.nameStart, m.nameEnd)
        if end == m.nameEnd { return (whole.name, whole.key, whole.key) }
        return (whole.name, whole.key, name(m.nameStart, end).key)
    }

    private mutating func assign(_ m: Mention) -> Int {
        let (surface, surfaceKey, k) = nameAndKey(m)
        // The name's word tokens: counted, and their lower forms listed only when needed.
        var wordCount = 0, firstWord = 0, secondWord = 0
        for k in m.nameStart..<m.nameEnd where text.tokens[k].isWord {
            if wordCount == 0 { firstWord = k } else if wordCount == 1 { secondWord = k }
            wordCount += 1
        }
        var words: [String]?
        var found: Int? = keyActor[Int(k)] >= 0 ? Int(keyActor[Int(k)]) : nil
        let keyIndexed = found != nil
        if found == nil, m.proper, m.kind == .person || (m.sector == .unknown && m.roleClass == nil) {
            words = nameWords(of: m)
            found = personMatch(words!)
        }
        if found == nil, m.proper, let a = acronymMatch(m, name: surface) { found = a }
        if found == nil, m.proper, m.kind == .organization, let a = organizationMatch(m) { found = a }
        if found == nil, m.anaphoric, let c = m.roleClass {
            found = antecedent(roleClass: c, m)
        }
        if found == nil, m.kind != .person,
           let a = countryMatch(m, wordCount: wordCount, first: firstWord, second: secondWord) { found = a }
        if let a = found {
            update(a, with: m, surface: surface, surfaceKey: surfaceKey, words: words, wordCount: wordCount, key: k,
                   keyIndexed: keyIndexed)
            return a
        }
        // Built in place in the list (a local value appended would be copied, then dropped).
        actors.append(DocumentActor(name: surface, kind: m.kind, sector: m.sector, weakSector: m.weak,
                                    proper: m.proper))
        if m.kind == .person && m.proper {
            if words == nil { words = nameWords(of: m) }
            actors[actors.count - 1].nameWords = words!
        }
        pendingNames.append(surface)
        foldedNames.append(.unknown)
        foldedAdjectives.append(.unknown)
        let a = actors.count - 1
        update(a, with: m, surface: surface, surfaceKey: surfaceKey, words: words, wordCount: wordCount, key: k,
               keyIndexed: false)
        return a
    }

    /// Adds mention `m` (name `surface`, key `k`, indexed already when `keyIndexed`) to actor `a`.
    /// The lower forms of the word tokens of `m`'s name.
    func nameWords(of m: Mention) -> [String] {
        var words: [String] = []
        words.reserveCapacity(m.nameEnd - m.nameStart)
        for k in m.nameStart..<m.nameEnd where text.tokens[k].isWord { words.append(text.tokens[k].lower) }
        return words
    }

    /// - Parameters:
    ///   - words: `nameWords(of: m)` when the caller has it; `wordCount` its count.
    ///   - surfaceKey: the id of the key of `surface` itself.
    private mutating func update(_ a: Int, with m: Mention, surface: String, surfaceKey: Int32, words: [String]?,
                                 wordCount: Int, key k: Int32, keyIndexed: Bool) {
        // Moved out and back (not copied), so its names and sets are not retained again.
        var actor = DocumentActor(name: "", kind: .organization, sector: .unknown, weakSector: false, proper: false)
        swap(&actor, &actors[a])
        let oldName = actor.name
        if m.proper && m.kind == .person && actor.kind == .person && wordCount > actor.nameWords.count {
            actor.rename(surface, pending: &pendingNames)
            actor.nameWords = words ?? nameWords(of: m)
        } else if m.proper && actor.proper && m.kind == .organization && extendsName(actor.name, surface) {
            // "Coporaque" then "Coporaque Defense Front": the fuller name becomes the name.
            actor.rename(surface, pending: &pendingNames)
        } else if m.proper && !actor.proper {
            actor.rename(surface, pending: &pendingNames)
            actor.proper = true
        } else {
            actor.addName(surface, pending: &pendingNames)
        }
        // The whole mention, when it is more than the name (the name is given already).
        if m.start != m.nameStart || m.end != m.nameEnd { actor.addName(text.text(m.start, m.end), pending: &pendingNames) }
        for alias in m.aliases { actor.addName(alias, pending: &pendingNames) }
        if m.kind == .person && actor.kind != .person && m.proper {
            actor.kind = .person
            actor.nameWords = words ?? nameWords(of: m)
        }
        if (actor.sector == .unknown || actor.weakSector) && m.sector != .unknown && !(m.weak && !actor.weakSector && actor.sector != .unknown) {
            actor.sector = m.sector
            actor.weakSector = m.weak
        }
        if let c = m.roleClass, !actor.roleClasses.contains(c) { actor.roleClasses.append(c) }
        if !actor.distinctive, m.proper, (m.nameStart..<m.nameEnd).contains(where: { k in
            let t = text.tokens[k]
            return t.isWord && !t.has(.connector) && !isHeadWord(t.lower)
        }) {
            actor.distinctive = true
        }
        actor.mentions += 1
        actor.lastSentence = m.sentence
        // Take in the names given since the last mention: matching forms and index keys. A
        // new name drops the old one: the matching forms are then made again from all names.
        if actor.name != oldName {
            remakeMatchingForms(of: &actor, at: a)
            foldedNames[a] = .unknown
            foldedAdjectives[a] = .unknown
        } else if !pendingNames.isEmpty {
            var pending: [String] = []
            swap(&pending, &pendingNames)
            addMatchingForms(of: a, names: pending)
            swap(&pending, &pendingNames)
        }
        if !pendingNames.isEmpty {
            var pending: [String] = []
            swap(&pending, &pendingNames)
            for name in pending {
                // The mention's own name (the same bytes) has its key already.
                let own = name.utf8.count == surface.utf8.count && ExactName(name) == ExactName(surface)
                let k = Int(own ? surfaceKey : keyID(ofName: name))
                if keyActor[k] < 0 { keyActor[k] = Int32(a) }
            }
            pending.removeAll(keepingCapacity: true)
            swap(&pending, &pendingNames)
        }
        swap(&actor, &actors[a])
        if !keyIndexed, keyActor[Int(k)] < 0 { keyActor[Int(k)] = Int32(a) }
    }
}

/// A form of an actor's name for `Coreference.countryMatch`, made when first needed.
enum FoldedForm: Sendable {
    case unknown
    /// The name has no such form (a one-word name is wanted, or a two-word description).
    case absent
    case folded([Character])
}

/// A name compared and hashed by its UTF-8 bytes, as a cache key: cheaper to hash than a
/// `String` (which hashes a non-ASCII string in its normalized form), and byte-equal names
/// have equal derived forms.
struct ExactName: Hashable {
    var name: String

    init(_ name: String) { self.name = name }

    static func == (lhs: ExactName, rhs: ExactName) -> Bool {
        var a = lhs.name, b = rhs.name
        guard a.utf8.count == b.utf8.count else { return false }
        return a.withUTF8 { x in b.withUTF8 { y in x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 } }
    }

    func hash(into hasher: inout Hasher) {
        var name = name
        name.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
