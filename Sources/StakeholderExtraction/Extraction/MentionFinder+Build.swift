import StakeholderCore

extension MentionFinder {
    /// The head entry that types a capitalised span: Spanish names are head-first
    /// ("Ministerio de…"), English ones head-last before "of" ("National Society of…",
    /// "Coporaque Defense Front"). A weak head lets a later strong head in the span decide.
    func headOfSpan(_ p: Int, _ end: Int) -> HeadEntry? {
        var found: [(Int, HeadEntry)] = []
        var k = p
        while k < end {
            if let h = lexicon.heads.longestMatch(tokens, at: k, end: end) {
                found.append((k, h.value))
                k += h.length
            } else {
                k += 1
            }
        }
        guard !found.isEmpty else { return nil }
        var firstOf = end
        for k in p..<end where tokens[k].lower == "of" || tokens[k].lower == "de" || tokens[k].lower == "del" {
            firstOf = k
            break
        }
        // Head positions: the first word, or the last head before the first "of"/"de".
        let primary = found.first(where: { $0.0 == p }) ?? found.last(where: { $0.0 < firstOf && lexicon.language == "en" })
        guard var head = primary?.1 else { return nil }
        if head.weak || head.sector == .unknown,
           let strong = found.first(where: { !$0.1.weak && $0.1.sector != .unknown && $0.0 > primary!.0 && $0.1.kind != .person }) {
            head.sector = strong.1.sector
            head.weak = false
        }
        return head
    }

    /// A mention for the capitalised span `p..<end`.
    func makeProper(_ p: Int, _ end: Int, sentence s: Int) -> Mention {
        var m = Mention(start: p, end: end, nameStart: p, nameEnd: end, sentence: s,
                        kind: .organization, sector: .unknown, proper: true)
        if let head = headOfSpan(p, end) {
            m.sector = head.sector
            m.weak = head.weak
            m.roleClass = head.roleClass
            m.kind = head.kind == .person ? .organization : head.kind == .group ? .organization : head.kind
        } else {
            // Company suffixes ("S.A.", "Mining") type the name.
            if end - p >= 2, lexicon.has(tokens[end - 1].lower, .orgsuffix) { m.sector = .company }
        }
        // A place: introduced by a locative preposition and without an institutional head.
        if m.sector == .unknown {
            var b = p - 1
            while b >= 0, lexicon.has(tokens[b].lower, .determiner) { b -= 1 }
            if b >= 0, b >= text.sentences[s].tokens.lowerBound, lexicon.has(tokens[b].lower, .locative) { m.place = true }
        }
        return m
    }

    /// Finishes a mention: English "Name + head noun" ("Yanacocha mine", "Minsur mine"),
    /// a possessive "'s", a parenthetical alias; appends it.
    /// - Returns: the token index after the mention.
    mutating func append(_ mention: Mention, hi: Int) -> Int {
        var m = mention
        var j = m.end
        if m.proper, j < hi, !tokens[j].isCapitalized, let head = lexicon.heads.longestMatch(tokens, at: j, end: hi),
           head.value.kind != .person, lexicon.language == "en" || tokens[j].lower == "s.a." {
            // "the San Andrés de Negritos community", "Yanacocha mining company".
            if m.end - m.start == 1, isDemonym(tokens[m.start])
                || (tokens[m.start].shape.contains(.sentenceInitial) && head.value.kind == .group && !tokens[m.start].isAcronym) {
                // "a Peruvian community", "Andean communities": a description, not a name.
                m.proper = false
                m.kind = head.value.kind
                m.sector = head.value.sector
                m.weak = head.value.weak
                m.roleClass = head.value.roleClass
                m.place = false
                m.end = j + head.length
                m.nameEnd = m.end
                mentions.append(m)
                return m.end
            }
            if head.value.roleClass != "residents" {
                if m.sector == .unknown || m.weak { m.sector = head.value.sector; m.weak = head.value.weak }
                if m.kind != .person { m.kind = .organization }
                m.roleClass = m.roleClass ?? head.value.roleClass
                m.place = false
                j += head.length
                m.aliases.append(text.text(m.start, j))
                m.end = j
            }
        }
        // Parenthetical alias: "Confederación … (Confemin Perú)", "Ministry of Energy-Mines (Minem)".
        if m.proper, j + 2 < hi, tokens[j].lower == "(", let aliasEnd = properSpanEnd(j + 1, hi),
           aliasEnd < hi, tokens[aliasEnd].lower == ")", isAlias(name: m.nameStart..<m.nameEnd, alias: (j + 1)..<aliasEnd) {
            m.aliases.append(text.text(j + 1, aliasEnd))
            j = aliasEnd + 1
            m.end = j
        }
        // "the Andean region", "Espinar province": a place.
        if m.proper, m.sector == .unknown, j < hi, lexicon.has(tokens[j].lower, .placenoun) {
            m.place = true
        }
        // A name in parentheses that is not an alias (a credit, "(Reuters)") is no actor.
        if m.start > 0, tokens[m.start - 1].lower == "(", j < tokens.count, tokens[j].lower == ")" {
            m.place = true
        }
        mentions.append(m)
        return j
    }

    /// Whether a parenthesis after a name gives another name of it: an acronym or short form
    /// that starts like the name, or a translation of several capitalised words.
    func isAlias(name: Range<Int>, alias: Range<Int>) -> Bool {
        guard let a = tokens[alias.lowerBound].lower.unicodeScalars.first,
              let n = tokens[name.lowerBound].lower.unicodeScalars.first else { return false }
        if a == n { return true }
        let capitalised = alias.filter { tokens[$0].isCapitalized }.count
        // A short name of a long one ("… Mining (Confemin)"), or a translation.
        return name.count >= 3 && capitalised == alias.count && alias.count <= 3 || capitalised >= 2 && name.count >= 2
    }

    /// A role phrase or collective headed by a lexicon word at `p`: "el embajador de Estados
    /// Unidos", "alcaldes de Lima Metropolitana", "mineros artesanales", "la empresa".
    mutating func rolePhrase(_ p: Int, head: HeadEntry, headEnd: Int, hi: Int, sentence s: Int) -> Int {
        var q = headEnd
        if lexicon.language == "es" {
            while q < hi, q - headEnd < 2, isPostAdjective(tokens[q]) { q += 1 }
        }
        if lexicon.language == "en", head.kind == .organization, q < hi, !tokens[q].isCapitalized,
           let people = lexicon.heads.longestMatch(tokens, at: q, end: hi), people.value.kind != .organization,
           people.value.sector == .unknown || people.value.sector == head.sector || people.value.weak {
            // "Ministry authorities", "company executives": the body's people stand for it.
            q += people.length
        }
        var m = Mention(start: p, end: q, nameStart: p, nameEnd: q, sentence: s, kind: head.kind,
                        sector: head.sector, weak: head.weak, roleClass: head.roleClass)
        if head.kind == .organization || head.roleClass == "residents", q < hi, tokens[q].isCapitalized,
           !lexicon.has(tokens[q].lower, .stopword), properSpanEnd(q, hi) != nil {
            // "la minera Yanacocha", "la empresa X", "el gremio X": the head names its kind.
            let before = mentions.count
            let after = parse(at: q, hi: hi, sentence: s) ?? q
            if mentions.count > before, !mentions[mentions.count - 1].place || head.kind == .organization {
                return attach(m, complement: mentions.count - 1, end: after, hi: hi)
            }
        }
        var complementWords: Set<String> = ["de", "del", "of", "from"]
        if head.kind == .person { complementWords.insert("for") } // "a spokeswoman for X"
        if head.kind == .person, q < hi, tokens[q].isCapitalized, !lexicon.has(tokens[q].lower, .stopword),
           !tokens[q].isAcronym, let end = properSpanEnd(q, hi), headOfSpan(q, end) == nil {
            // "el presidente Andrés Salas", "la ministra Ana Díaz": a role used as a title.
            var name = makeProper(q, end, sentence: s)
            name.start = p
            name.kind = .person
            name.titled = true
            name.sector = head.sector
            name.weak = head.weak
            name.roleClass = head.roleClass
            name.aliases.append(text.text(p, end))
            return append(name, hi: hi)
        }
        var c = q
        let generic = head.sector == .unknown || (head.kind == .group && head.weak)
        if c < hi, complementWords.contains(tokens[c].lower) || (tokens[c].lower == "in" && generic) {
            c += 1
            while c < hi, lexicon.has(tokens[c].lower, .determiner) { c += 1 }
            if c < hi, tokens[c].isWord, tokens[c].isCapitalized || lexicon.heads.longestMatch(tokens, at: c, end: hi) != nil {
                let before = mentions.count
                let after = parse(at: c, hi: hi, sentence: s) ?? c
                if mentions.count > before {
                    let outer = mentions.count - 1
                    if tokens[q].lower == "in", !(after < hi && lexicon.has(tokens[after].lower, .placenoun))
                        && !(mentions[outer].end < hi && lexicon.has(tokens[mentions[outer].end].lower, .placenoun)) {
                        // "leaders in Ecuador": only a local unit ("in the X district") names them.
                        m.anaphoric = false
                        mentions.append(m)
                        return q
                    }
                    if mentions[outer].place, head.kind == .group, !generic, tokens[q].lower != "de" && tokens[q].lower != "of" {
                        // "miners in Peru": the place does not name the group.
                        m.anaphoric = q == headEnd
                        mentions.append(m)
                        return after
                    }
                    return attach(m, complement: outer, end: after, hi: hi)
                }
            }
        }
        if tokens[p].isCapitalized && !tokens[p].shape.contains(.sentenceInitial) && head.kind == .organization {
            m.proper = true // "Congreso", "the Ministry": a capitalised institution word
        }
        m.anaphoric = q == headEnd || (lexicon.language == "en" && head.kind == .organization)
        mentions.append(m)
        return q
    }

    /// Joins a role phrase to the mention of its complement (index `c`), per the head's kind.
    mutating func attach(_ role: Mention, complement c: Int, end: Int, hi: Int) -> Int {
        var m = role
        var comp = mentions[c]
        m.end = max(end, comp.end)
        m.nameEnd = m.end
        let generic = role.sector == .unknown || (role.kind == .group && role.weak)
        if role.kind == .organization || role.roleClass == "residents" || (generic && role.kind == .group) {
            // "comunidad de Alto Huarca", "pobladores de X", "representantes de X": the complement
            // is the actor itself.
            if role.kind == .organization || role.roleClass == "residents" {
                if comp.sector == .unknown || comp.weak || comp.place {
                    comp.sector = role.sector == .unknown ? comp.sector : role.sector
                }
                comp.kind = .organization
                comp.place = false
                comp.roleClass = comp.roleClass ?? role.roleClass
                comp.aliases.append(text.text(role.start, m.end))
            } else if comp.place || comp.sector == .unknown {
                // "Leaders in the X district": the leaders stand for X.
                comp.place = false
                if role.sector != .unknown { comp.sector = role.sector; comp.weak = role.weak }
            }
            comp.start = role.start
            comp.end = max(comp.end, m.end)
            mentions[c] = comp
            return m.end
        }
        // A person or group named by its role, with the complement as a separate actor.
        if (role.weak || role.sector == .unknown), comp.sector != .unknown, !comp.place {
            m.sector = comp.sector
            m.weak = false
        }
        if comp.sector == .unknown, !role.weak, role.sector == .embassy || role.sector == .company {
            comp.sector = role.sector // "embajador de Estados Unidos", "gerente de X"
            comp.place = false
        }
        if comp.place, role.kind == .group { m.anaphoric = false }
        mentions[c] = comp
        m.complement = c
        m.affiliationSpan = role.start..<comp.end
        m.anaphoric = false
        mentions.append(m)
        return m.end
    }

    /// A capitalised adjective of origin ("Peruvian", "Andean", "Chinese").
    func isDemonym(_ t: Token) -> Bool {
        guard t.isCapitalized, !t.isAcronym else { return false }
        return ["an", "ian", "ese", "ish", "ean", "ic"].contains { t.lower.hasSuffix($0) } && t.lower.count > 4
    }

    /// Spanish adjectives after a head noun ("mineros artesanales", "pobladores afectados").
    func isPostAdjective(_ t: Token) -> Bool {
        guard t.isWord, !t.isCapitalized, !lexicon.has(t.lower, .stopword) else { return false }
        for suffix in ["ales", "al", "anos", "anas", "icos", "icas", "ivos", "ivas", "ados", "adas", "idos",
                       "idas", "inos", "inas", "enses", "iles", "ares", "ista", "istas", "eros", "ano", "ana", "ico", "ica", "ivo", "iva",
                       "ado", "ada", "ino", "ina", "ense", "il"]
        where t.lower.hasSuffix(suffix) && t.lower.count > suffix.count + 2 {
            return true
        }
        return false
    }
}
