import StakeholderCore

/// Role phrases and collectives headed by a lexicon word, and their complements.
extension MentionFinder {
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
        // "la empresa minera Las Lomas": a capitalised article may open the name.
        let articleOpensName = q + 1 < hi && tokens[q].has(.determiner) && tokens[q + 1].isCapitalized
            && !tokens[q + 1].has(.stopword)
        if head.kind == .organization || head.roleClass == "residents", q < hi, tokens[q].isCapitalized,
           !tokens[q].has(.stopword) || articleOpensName, properSpanEnd(q, hi) != nil {
            // "la minera Cerro Alto", "la empresa X", "el gremio X": the head names its kind.
            let before = mentions.count
            let after = parse(at: q, hi: hi, sentence: s) ?? q
            if mentions.count > before, !mentions[mentions.count - 1].place || head.kind == .organization {
                return attach(m, complement: mentions.count - 1, end: after, hi: hi)
            }
        }
        // "a spokeswoman for X": a person's role also takes "for".
        let complementWords = head.kind == .person ? Self.personComplementWords : Self.complementWords
        if head.kind == .person, q < hi, tokens[q].isCapitalized, !tokens[q].has(.stopword),
           !tokens[q].isAcronym, let end = properSpanEnd(q, hi), headOfSpan(q, end) == nil {
            // "el presidente Andrés Salas", "la ministra Ana Díaz": a role used as a title.
            return append(titledPerson(head, name: q, end, start: p, sentence: s), hi: hi)
        }
        var c = q
        let generic = head.sector == .unknown || (head.kind == .group && head.weak)
        if c < hi, Self.isShortWord(tokens[c].lower, 2...4) && complementWords.contains(tokens[c].lower)
            || (tokens[c].lower == "in" && generic) {
            c += 1
            while c < hi, tokens[c].has(.determiner) { c += 1 }
            // "pobladores de la parroquia Palo Quemado": a lower-case place noun before the name.
            if c + 1 < hi, !tokens[c].isCapitalized, tokens[c].has(.placenoun), tokens[c + 1].isCapitalized { c += 1 }
            if c < hi, tokens[c].isWord, tokens[c].isCapitalized || lexicon.heads.longestMatch(tokens, at: c, end: hi) != nil {
                let before = mentions.count
                let after = parse(at: c, hi: hi, sentence: s) ?? c
                if mentions.count > before {
                    let outer = mentions.count - 1
                    if tokens[q].lower == "in", !(after < hi && tokens[after].has(.placenoun))
                        && !(mentions[outer].end < hi && tokens[mentions[outer].end].has(.placenoun)) {
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
        if (max(0, p - 2)..<p).contains(where: { Self.isOtherness(tokens[$0].lower) }) {
            // "Another community leader", "otra empresa": a new actor, not the last one of that role.
            m.anaphoric = false
        }
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
        return Words.hasSuffix(t.lower, anyOf: Self.demonymEndings) && Words.characterCount(t.lower) > 4
    }

    static let complementWords: Set<String> = ["de", "del", "of", "from"]
    static let personComplementWords: Set<String> = ["de", "del", "of", "from", "for"]
    static let demonymEndings = ["an", "ian", "ese", "ish", "ean", "ic"]
    /// Endings of Spanish adjectives, with their length in characters.
    static let adjectiveSuffixes: [(text: String, count: Int)] = [
        "ales", "al", "anos", "anas", "icos", "icas", "ivos", "ivas", "ados", "adas", "idos",
        "idas", "inos", "inas", "enses", "iles", "ares", "ista", "istas", "eros", "ano", "ana", "ico", "ica", "ivo", "iva",
        "ado", "ada", "ino", "ina", "ense", "il", "eno", "ena", "enos", "enas", "és", "esa",
    ].map { ($0, $0.count) }
    /// The UTF-8 of `adjectiveSuffixes` (none holds a scalar from U+0300 up).
    static let adjectiveSuffixBytes: [[UInt8]] = adjectiveSuffixes.map { Array($0.text.utf8) }

    /// Spanish adjectives after a head noun ("mineros artesanales", "pobladores afectados").
    func isPostAdjective(_ t: Token) -> Bool {
        guard t.isWord, !t.isCapitalized, !t.has(.stopword) else { return false }
        var lower = t.lower
        // A word without a scalar from U+0300 up: characters and suffixes read on its bytes
        // (as `Words` reads them), each ending compared from its last byte.
        let fast: Bool? = lower.withUTF8 { w in
            guard Words.isSimple(w) else { return nil }
            var length = 0
            for (k, b) in w.enumerated() where b & 0xC0 != 0x80 {
                if b == 0x0A, k > 0, w[k - 1] == 0x0D { continue }
                length += 1
            }
            for (n, suffix) in Self.adjectiveSuffixBytes.enumerated()
            where length > Self.adjectiveSuffixes[n].count + 2 && w.count >= suffix.count {
                var k = suffix.count - 1, j = w.count - 1
                while k >= 0, w[j] == suffix[k] { k -= 1; j -= 1 }
                if k < 0 { return true }
            }
            return false
        }
        if let fast { return fast }
        let length = Words.characterCount(t.lower)
        for suffix in Self.adjectiveSuffixes
        where length > suffix.count + 2 && Words.hasSuffix(t.lower, suffix.text) {
            return true
        }
        return false
    }
}
