import StakeholderCore

/// An actor of one document, as coreference builds it.
struct DocumentActor: Sendable {
    var name: String
    var aliases: [String] = []
    var kind: ActorKind
    var sector: Sector
    var weakSector: Bool
    var proper: Bool
    var roleClasses: Set<String> = []
    /// Lower-case words of a person's name, for surname matching.
    var nameWords: [String] = []
    var mentions = 0
    var lastSentence = 0
    /// Named with a word that is not an institution word ("Policía Nacional", not "Poder Judicial").
    var distinctive = false

    mutating func addName(_ surface: String) {
        let trimmed = surface.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed != name, !aliases.contains(trimmed) else { return }
        aliases.append(trimmed)
    }
}

/// Links mentions of one document to actors: names and their parts ("Balcázar",
/// "Mr. Castrejón", "Balcázar Zelada"), acronyms and parenthetical aliases, company names with
/// or without "Mining"/"S.A.", and bare descriptions ("el mandatario", "la empresa", "the
/// Ministry") to the latest actor holding that role or of that sector.
struct Coreference {
    let lexicon: Lexicon
    let text: SegmentedText
    var actors: [DocumentActor] = []
    private var byKey: [String: Int] = [:]
    private var indexed = Set<String>()

    init(lexicon: Lexicon, text: SegmentedText) {
        self.lexicon = lexicon
        self.text = text
    }

    /// Sets `actor` on every mention that is not a place.
    /// - Complexity: O(m·a) for m mentions and a actors (both small per document).
    mutating func resolve(_ mentions: inout [Mention]) {
        let order = mentions.indices.sorted {
            (mentions[$0].sentence, mentions[$0].start, -mentions[$0].end)
                < (mentions[$1].sentence, mentions[$1].start, -mentions[$1].end)
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

    /// The comparison key of a name, without trailing company suffixes ("Yanacocha Mining").
    func key(_ m: Mention) -> String {
        var end = m.nameEnd
        if m.proper && m.kind != .person {
            while end - m.nameStart > 1, lexicon.has(text.tokens[end - 1].lower, .orgsuffix) { end -= 1 }
        }
        return NameNormalizer.normalize(text.text(m.nameStart, end))
    }

    private mutating func assign(_ m: Mention) -> Int {
        let k = key(m)
        let words = (m.nameStart..<m.nameEnd).filter { text.tokens[$0].isWord }.map { text.tokens[$0].lower }
        var found: Int? = byKey[k]
        if found == nil, m.proper, m.kind == .person || (m.sector == .unknown && m.roleClass == nil) {
            found = personMatch(words)
        }
        if found == nil, m.proper, let a = acronymMatch(m) { found = a }
        if found == nil, m.proper, m.kind == .organization, let a = organizationMatch(m, words) { found = a }
        if found == nil, m.anaphoric, let c = m.roleClass {
            found = antecedent(roleClass: c, m)
        }
        if let a = found {
            update(a, with: m, words: words)
            return a
        }
        var actor = DocumentActor(name: nameText(m), kind: m.kind, sector: m.sector, weakSector: m.weak,
                                  proper: m.proper)
        if m.kind == .person && m.proper { actor.nameWords = words }
        actors.append(actor)
        let a = actors.count - 1
        update(a, with: m, words: words)
        return a
    }

    /// The initials of a name's capitalised words ("Estados Unidos" → "eu").
    func initials(_ name: String) -> String {
        String(name.split(separator: " ").compactMap { w in
            w.first.flatMap { $0.isUppercase ? Character($0.lowercased()) : nil }
        })
    }

    /// The letters of an acronym, with Spanish doubled plurals collapsed ("EE.UU." → "eu").
    func acronymLetters(_ word: String) -> String {
        let letters = Array(word.lowercased().filter(\.isLetter))
        if letters.count >= 4, letters.count % 2 == 0,
           stride(from: 0, to: letters.count, by: 2).allSatisfy({ letters[$0] == letters[$0 + 1] }) {
            return String(stride(from: 0, to: letters.count, by: 2).map { letters[$0] })
        }
        return String(letters)
    }

    /// An actor whose name's initials are this acronym, or whose acronym this name expands.
    private func acronymMatch(_ m: Mention) -> Int? {
        let name = nameText(m)
        if m.nameEnd - m.nameStart == 1, text.tokens[m.nameStart].isAcronym {
            let letters = acronymLetters(name)
            guard letters.count >= 2 else { return nil }
            return actors.indices.last { a in
                ([actors[a].name] + actors[a].aliases).contains { $0.contains(" ") && initials($0) == letters }
            }
        }
        let own = initials(name)
        guard own.count >= 2 else { return nil }
        return actors.indices.last { a in
            ([actors[a].name] + actors[a].aliases).contains { !$0.contains(" ") && $0.count >= 2
                && $0.uppercased() == $0 && acronymLetters($0) == own }
        }
    }

    /// A known named organization whose name is this one with words added or left out
    /// ("Antapaccay" / "Glencore Antapaccay"; "Coporaque" / "Coporaque Defense Front").
    private func organizationMatch(_ m: Mention, _ words: [String]) -> Int? {
        // Only the part before a connector names the body ("Congreso de la República" is not
        // "República").
        let content = Array(words.prefix { !lexicon.has($0, .connector) })
        guard !content.isEmpty else { return nil }
        var hit: Int?
        for (a, actor) in actors.enumerated() where actor.proper && actor.kind == .organization {
            for name in [actor.name] + actor.aliases {
                let known = Array(name.lowercased().split(separator: " ").map(String.init).prefix { !lexicon.has($0, .connector) })
                guard !known.isEmpty, known != content else { continue }
                let (short, long) = known.count < content.count ? (known, content) : (content, known)
                // The short name must be the distinctive part: not only head nouns.
                guard short.count <= 2, short.allSatisfy({ long.contains($0) }),
                      !short.contains(where: { isHeadWord($0) }) else { continue }
                if actor.sector != .unknown, m.sector != .unknown, actor.sector != m.sector { continue }
                if hit != nil && hit != a { return nil }
                hit = a
            }
        }
        return hit
    }

    /// Whether `longer` is `name` with capitalised words added that are not company suffixes.
    func extendsName(_ name: String, _ longer: String) -> Bool {
        let old = name.split(separator: " ").map(String.init)
        let new = longer.split(separator: " ").map(String.init)
        guard new.count > old.count, old.allSatisfy({ new.contains($0) }) else { return false }
        return new.filter { !old.contains($0) }.allSatisfy { w in
            w.first?.isUppercase == true && !lexicon.has(w.lowercased(), .orgsuffix)
        }
    }

    func isHeadWord(_ w: String) -> Bool {
        let probe = [Token(start: 0, end: 0, lower: w, shape: .word)]
        return lexicon.heads.longestMatch(probe, at: 0, end: 1) != nil
    }

    /// A known person whose name holds every word of `words` or whose surname starts it.
    private func personMatch(_ words: [String]) -> Int? {
        guard !words.isEmpty else { return nil }
        var hit: Int?
        for (a, actor) in actors.enumerated() where actor.kind == .person && !actor.nameWords.isEmpty {
            let known = actor.nameWords
            let subset = words.allSatisfy { known.contains($0) }
            let surnameFirst = words.count <= 2 && words[0] == known.last!
            let extends = known.allSatisfy { words.contains($0) }
            if subset || surnameFirst || extends {
                if hit != nil && hit != a { return nil } // ambiguous
                hit = a
            }
        }
        return hit
    }

    /// The latest actor that holds role class `c`, or for an institution word the latest
    /// named organization of the same sector.
    private func antecedent(roleClass c: String, _ m: Mention) -> Int? {
        var best: Int?
        for (a, actor) in actors.enumerated() where actor.roleClasses.contains(c) {
            if best == nil || actor.lastSentence >= actors[best!].lastSentence { best = a }
        }
        if best != nil { return best }
        if m.anaphoric, ["protesters", "residents"].contains(c), !text.tokens[m.start].isCapitalized {
            // "los manifestantes", "los pobladores": the community named before.
            for (a, actor) in actors.enumerated() where actor.proper && actor.sector == .community && actor.kind != .person {
                if best == nil || actor.lastSentence >= actors[best!].lastSentence { best = a }
            }
            return best
        }
        guard m.anaphoric, m.kind == .organization, !text.tokens[m.start].isCapitalized,
              m.sector == .company || m.sector == .community, !m.weak else { return nil }
        for (a, actor) in actors.enumerated()
        where actor.proper && actor.kind == .organization && actor.sector == m.sector {
            if best == nil || actor.lastSentence >= actors[best!].lastSentence { best = a }
        }
        return best
    }

    private mutating func update(_ a: Int, with m: Mention, words: [String]) {
        var actor = actors[a]
        let surface = nameText(m)
        if m.proper && m.kind == .person && actor.kind == .person && words.count > actor.nameWords.count {
            actor.addName(actor.name)
            actor.aliases.removeAll { $0 == surface }
            actor.name = surface
            actor.nameWords = words
        } else if m.proper && actor.proper && m.kind == .organization && extendsName(actor.name, surface) {
            // "Coporaque" then "Coporaque Defense Front": the fuller name becomes the name.
            actor.addName(actor.name)
            actor.aliases.removeAll { $0 == surface }
            actor.name = surface
        } else if m.proper && !actor.proper {
            actor.addName(actor.name)
            actor.aliases.removeAll { $0 == surface }
            actor.name = surface
            actor.proper = true
        } else {
            actor.addName(surface)
        }
        actor.addName(text.text(m.start, m.end))
        for alias in m.aliases { actor.addName(alias) }
        if m.kind == .person && actor.kind != .person && m.proper { actor.kind = .person; actor.nameWords = words }
        if (actor.sector == .unknown || actor.weakSector) && m.sector != .unknown && !(m.weak && !actor.weakSector && actor.sector != .unknown) {
            actor.sector = m.sector
            actor.weakSector = m.weak
        }
        if let c = m.roleClass { actor.roleClasses.insert(c) }
        if m.proper, (m.nameStart..<m.nameEnd).contains(where: { k in
            let t = text.tokens[k]
            return t.isWord && !lexicon.has(t.lower, .connector) && !isHeadWord(t.lower)
        }) {
            actor.distinctive = true
        }
        actor.mentions += 1
        actor.lastSentence = m.sentence
        actors[a] = actor
        // Index the names not indexed yet (the name may have changed: index it too).
        let names = [actor.name] + actor.aliases
        for name in names where indexed.insert(name + "\u{1}\(a)").inserted {
            let k = NameNormalizer.normalize(name)
            if byKey[k] == nil { byKey[k] = a }
        }
        byKey[key(m)] = byKey[key(m)] ?? a
    }
}
