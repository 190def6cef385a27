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
    /// A person named after a title or role ("Presidente Rivas", "Minister Ana Herrera"):
    /// the name spans `nameStart..<end`, the mention `start..<end`, which is also an alias.
    func titledPerson(_ head: HeadEntry, name nameStart: Int, _ end: Int, start: Int, sentence s: Int) -> Mention {
        var m = makeProper(nameStart, end, sentence: s)
        m.start = start
        m.kind = .person
        m.titled = true
        m.sector = head.sector
        m.weak = head.weak
        m.roleClass = head.roleClass
        m.aliases.append(text.text(start, end))
        return m
    }

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
            if end - p >= 2, tokens[end - 1].has(.orgsuffix) { m.sector = .company }
        }
        // "Chileans", "Bolivians": a people, not a stakeholder.
        if m.sector == .unknown, end - p == 1, !tokens[p].isAcronym, tokens[p].lower.hasSuffix("s"),
           Lexicon.looksLikeDemonym(String(tokens[p].lower.dropLast())) {
            m.place = true
        }
        // A place: introduced by a locative preposition and without an institutional head.
        if m.sector == .unknown {
            var b = p - 1
            while b >= 0, tokens[b].has(.determiner) { b -= 1 }
            if b >= 0, b >= text.sentences[s].tokens.lowerBound, tokens[b].has(.locative) { m.place = true }
        }
        return m
    }

    /// Finishes a mention: English "Name + head noun" ("Cerro Alto mine", "Andesur mine"),
    /// a possessive "'s", a parenthetical alias; appends it.
    /// - Returns: the token index after the mention.
    mutating func append(_ mention: Mention, hi: Int) -> Int {
        var m = mention
        var j = m.end
        if m.proper, j < hi, !tokens[j].isCapitalized, let head = lexicon.heads.longestMatch(tokens, at: j, end: hi),
           head.value.kind != .person, lexicon.language == "en" || tokens[j].lower == "s.a." {
            // "the Santa Rosa de Lima community", "Cerro Alto mining company".
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
        // Parenthetical alias: "Confederación … (Fenamin Perú)", "Ministry of Energy-Mines (Minem)".
        if m.proper, j + 2 < hi, tokens[j].lower == "(", let aliasEnd = properSpanEnd(j + 1, hi),
           aliasEnd < hi, tokens[aliasEnd].lower == ")", isAlias(name: m.nameStart..<m.nameEnd, alias: (j + 1)..<aliasEnd) {
            m.aliases.append(text.text(j + 1, aliasEnd))
            j = aliasEnd + 1
            m.end = j
        }
        // "the Andean region", "Espinar province": a place.
        if m.proper, m.sector == .unknown, j < hi, tokens[j].has(.placenoun) {
            m.place = true
        }
        // A name in parentheses that is not an alias (a credit, "(Reuters)") is no actor.
        if m.start > 0, tokens[m.start - 1].lower == "(", j < tokens.count, tokens[j].lower == ")" {
            m.place = true
        }
        mentions.append(m)
        return j
    }

    /// Words before a description that say it is not the actor named before.
    static let othernessWords: Set<String> = ["another", "other", "otro", "otra", "otros", "otras"]

    /// `othernessWords.contains(w)`, hashing only words of their lengths.
    @inline(__always)
    static func isOtherness(_ w: String) -> Bool { isShortWord(w, 4...7) && othernessWords.contains(w) }

    /// Whether `w` has `lengths` UTF-8 bytes: an ASCII word of other length is not equal to `w`
    /// (a string equal to an ASCII word is that word's bytes).
    @inline(__always)
    static func isShortWord(_ w: String, _ lengths: ClosedRange<Int>) -> Bool { lengths.contains(w.utf8.count) }

    /// Whether a parenthesis after a name gives another name of it: an acronym or short form
    /// that starts like the name, or a translation of several capitalised words.
    func isAlias(name: Range<Int>, alias: Range<Int>) -> Bool {
        guard let a = tokens[alias.lowerBound].lower.unicodeScalars.first,
              let n = tokens[name.lowerBound].lower.unicodeScalars.first else { return false }
        if a == n { return true }
        let capitalised = alias.filter { tokens[$0].isCapitalized }.count
        // A short name of a long one ("… Mining (Fenamin)"), or a translation.
        return name.count >= 3 && capitalised == alias.count && alias.count <= 3 || capitalised >= 2 && name.count >= 2
    }
}
