import StakeholderCore

/// Joins a name and a role written side by side ("Ana María Rivas, presidente de la
/// República"; "el embajador de Estados Unidos, John Whitman"; "Roger Condo, a member of
/// the Front"): the name becomes a person of the role's sector, with the role as an alias and
/// an affiliation to the role's organization.
enum Appositions {
    static func resolve(_ mentions: inout [Mention], from first: Int, text: SegmentedText, lexicon: Lexicon) {
        // By start, longest first; mentions are mostly appended in that order already.
        var inOrder = true
        for k in first..<max(first, mentions.count - 1)
        where (mentions[k].start, -mentions[k].end) > (mentions[k + 1].start, -mentions[k + 1].end) {
            inOrder = false
            break
        }
        let order = inOrder ? Array(first..<mentions.count) : (first..<mentions.count).sorted {
            (mentions[$0].start, -mentions[$0].end, $0) < (mentions[$1].start, -mentions[$1].end, $1)
        }
        var previous: Int?
        for b in order {
            // A complement nested inside the previous mention is skipped.
            if let a = previous, mentions[b].start < mentions[a].end { continue }
            // "el embajador de Estados Unidos en el Perú, John Whitman": a place after a
            // role belongs to the role phrase.
            if let a = previous, mentions[b].place, isRole(mentions[a]),
               (mentions[a].end..<mentions[b].start).allSatisfy({ k in
                   text.tokens[k].has(.locative) || text.tokens[k].has(.determiner)
               }) {
                mentions[a].end = mentions[b].end
                continue
            }
            defer { previous = b }
            guard let a = previous, mentions[a].mergedInto == nil else { continue }
            let gap = mentions[a].end..<mentions[b].start
            // Between the two: one comma, then determiners or numeric modifiers ("a 45-year-old").
            var commas = 0
            var onlyComma = true
            for k in gap {
                if isComma(text.tokens[k]) {
                    commas += 1
                } else if !text.tokens[k].has(.determiner) && !text.tokens[k].shape.contains(.numeric) {
                    onlyComma = false
                }
            }
            onlyComma = onlyComma && commas <= 1 && (gap.isEmpty || isComma(text.tokens[gap.lowerBound]))
            let commaAfterB = mentions[b].end >= text.sentences[mentions[b].sentence].tokens.upperBound
                || closesClause(text.tokens[mentions[b].end].lower)
                || !text.tokens[mentions[b].end].isCapitalized
            if isCommunityDescription(mentions[a]), isName(mentions[b]), !mentions[b].titled, gap.count <= 7,
               isComma(text.tokens[gap.upperBound - 1]), commas == 1,
               gap.dropLast().allSatisfy({ !text.tokens[$0].isCapitalized && text.tokens[$0].isWord }),
               mentions[b].end < text.tokens.count, text.tokens[mentions[b].end].isWord,
               !text.tokens[mentions[b].end].isCapitalized {
                // "la población de una de las comunidades de la zona de influencia, Alto Huarca se
                // ha levantado": the name of the community, its residents folded into it.
                nameCommunity(a, b, &mentions, text: text, lexicon: lexicon)
                continue
            }
            guard onlyComma, gap.count <= 3 else { continue }
            if isCommunityDescription(mentions[a]), isName(mentions[b]), !mentions[b].titled, commas == 1, gap.count == 1,
               !commaAfterB || mentions[b].end >= text.sentences[mentions[b].sentence].tokens.upperBound
                || !isComma(text.tokens[mentions[b].end]) {
                // "una de las comunidades de la zona, Alto Huarca, …": the name of the community.
                markCommunity(b, describedBy: a, &mentions)
            } else if isRole(mentions[a]), isName(mentions[b]), commas == 1 || !mentions[b].titled, gap.count <= 1 {
                join(role: a, name: b, &mentions, text: text)
            } else if isName(mentions[a]), isRole(mentions[b]), commas == 1, commaAfterB {
                join(role: b, name: a, &mentions, text: text)
            }
        }
    }

    /// "Another community leader I met is Mr. Tomas from Santa Elena", "El nuevo gerente es Juan
    /// Díaz": a role that opens the sentence, and a name right after the first copula, are one
    /// person.
    static func resolveCopula(_ mentions: inout [Mention], from first: Int, sentence: Sentence,
                              text: SegmentedText, lexicon: Lexicon) {
        guard first < mentions.count else { return }
        // The mentions of the sentence that are actors; `a` the first of them (by start, then index).
        var opening: Int?
        for k in first..<mentions.count where mentions[k].mergedInto == nil && !mentions[k].place {
            if opening == nil || mentions[k].start < mentions[opening!].start { opening = k }
        }
        guard let a = opening, isRole(mentions[a]), mentions[a].complement == nil else { return }
        // The role opens the sentence (after determiners and "another").
        let lead = sentence.tokens.lowerBound..<mentions[a].start
        guard lead.count <= 2, lead.allSatisfy({ k in
            let w = text.tokens[k].lower
            return lexicon.has(w, .determiner) || MentionFinder.isOtherness(w)
        }) else { return }
        guard let cop = (mentions[a].end..<sentence.tokens.upperBound).first(where: { isCopula(text.tokens[$0].lower) }),
              let b = (first..<mentions.count).first(where: { mentions[$0].mergedInto == nil && !mentions[$0].place
                  && mentions[$0].start == cop + 1 }), isName(mentions[b]),
              !(first..<mentions.count).contains(where: { mentions[$0].mergedInto == nil && !mentions[$0].place
                  && mentions[$0].start > mentions[a].end && mentions[$0].end <= cop
                  && mentions[$0].kind == .person && mentions[$0].proper }) else { return }
        join(role: a, name: b, &mentions, text: text)
    }

    /// Whether a token is a comma (as `lower == ","`, without a string comparison).
    @inline(__always)
    static func isComma(_ t: Token) -> Bool { t.lower.utf8.count == 1 && t.lower.utf8.first == 0x2C }

    /// Whether `w` is a punctuation mark that closes an apposition: , . ; ) — –
    static func closesClause(_ w: String) -> Bool {
        let utf8 = w.utf8
        if utf8.count == 1, let b = utf8.first { return b == 0x2C || b == 0x2E || b == 0x3B || b == 0x29 }
        return utf8.count == 3 && (w == "—" || w == "–")
    }

    /// Whether `w` is "is", "was", "es", "fue" or "era".
    static func isCopula(_ w: String) -> Bool {
        let n = w.utf8.count
        guard n == 2 || n == 3 else { return false }
        return w == "is" || w == "was" || w == "es" || w == "fue" || w == "era"
    }

    /// A role phrase naming a person (or a plural of leaders) without a proper name.
    static func isRole(_ m: Mention) -> Bool {
        !m.proper && m.kind == .person || (!m.proper && m.kind == .group && m.roleClass == "leaders")
    }

    /// Makes the name `b` a community organisation and folds the description `a` into it.
    static func markCommunity(_ b: Int, describedBy a: Int, _ mentions: inout [Mention]) {
        mentions[b].sector = .community
        mentions[b].kind = .organization
        mentions[b].roleClass = mentions[b].roleClass ?? "community"
        mentions[a].mergedInto = b
    }

    /// Folds the description `a` (and residents' descriptions joined to it by "de") into the
    /// name `b`.
    static func nameCommunity(_ a: Int, _ b: Int, _ mentions: inout [Mention], text: SegmentedText, lexicon: Lexicon) {
        markCommunity(b, describedBy: a, &mentions)
        let name = mentions[b]
        var start = mentions[a].start
        for r in mentions.indices.reversed() where mentions[r].sentence == name.sentence && mentions[r].end <= start {
            let gap = mentions[r].end..<start
            guard isCommunityDescription(mentions[r]), mentions[r].mergedInto == nil, gap.count <= 4,
                  gap.allSatisfy({ k in
                      let w = text.tokens[k].lower
                      return lexicon.has(w, .preposition) || lexicon.has(w, .determiner) || lexicon.has(w, .stopword)
                  }) else { continue }
            mentions[r].mergedInto = b
            start = mentions[r].start
        }
    }

    /// An unnamed community or its residents ("la población de una de las comunidades").
    static func isCommunityDescription(_ m: Mention) -> Bool {
        !m.proper && m.sector == .community && ["community", "communities", "residents"].contains(m.roleClass ?? "")
    }

    /// A capitalised name that may be a person's: no institutional head.
    static func isName(_ m: Mention) -> Bool {
        m.proper && !m.place && (m.kind == .person || (m.sector == .unknown && m.roleClass == nil))
            && m.nameEnd - m.nameStart <= 5
    }

    static func join(role r: Int, name n: Int, _ mentions: inout [Mention], text: SegmentedText) {
        let role = mentions[r]
        var name = mentions[n]
        name.kind = .person
        if name.sector == .unknown || name.weak || name.roleClass == nil {
            name.sector = role.sector
            name.weak = role.weak
        }
        name.roleClass = role.roleClass
        name.titled = true
        name.aliases.append(text.text(role.start, role.end))
        name.aliases.append(contentsOf: role.aliases)
        if let c = role.complement {
            name.complement = c
            let lo = min(role.start, name.start), hi = max(role.end, name.end)
            name.affiliationSpan = lo..<hi
        }
        mentions[n] = name
        mentions[r].mergedInto = n
    }
}
