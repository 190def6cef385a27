import StakeholderCore

/// Capitalised spans, names split at a role word, noun-phrase edges.
extension MentionFinder {
    /// "ANMIN Chairman Raul Jacob Ruisanchez", "Deputy Hydrocarbons Minister Juan Sanchez":
    /// a capitalised span holding a role word followed by a name is a titled person, with the
    /// part before the role as its organization when that part is an acronym or institution.
    mutating func splitAtRole(_ p: Int, _ end: Int, hi: Int, sentence s: Int) -> Int? {
        var k = p + 1
        while k < end {
            if let head = lexicon.heads.longestMatch(tokens, at: k, end: end), head.value.kind == .person {
                let nameStart = k + head.length
                guard nameStart < end, tokens[nameStart].isCapitalized, !isConnector(nameStart) else { return nil }
                var org: Int?
                if tokens[p].isAcronym || headOfSpan(p, k) != nil {
                    mentions.append(makeProper(p, k, sentence: s))
                    org = mentions.count - 1
                }
                var m = titledPerson(head.value, name: nameStart, end, start: p, sentence: s)
                m.start = org == nil ? p : k
                if let org {
                    m.complement = org
                    m.affiliationSpan = p..<end
                    if m.weak || m.sector == .unknown, mentions[org].sector != .unknown {
                        m.sector = mentions[org].sector
                    }
                }
                return append(m, hi: hi)
            }
            k += 1
        }
        return nil
    }

    /// Where an English group's noun phrase starts: adjectives before it ("impoverished"),
    /// then a quantifier with "of" ("Thousands of").
    func fullNounPhraseStart(_ start: Int, sentence s: Int) -> Int? {
        Self.fullNounPhraseStart(start, from: text.sentences[s].tokens.lowerBound, tokens: tokens)
    }

    /// `fullNounPhraseStart(_:sentence:)` for a sentence starting at token `lo` (static, so a
    /// caller that is mutating the finder does not copy it to call this).
    static func fullNounPhraseStart(_ start: Int, from lo: Int, tokens: [Token]) -> Int? {
        var b = start
        var adjectives = 0
        while b - 1 >= lo, adjectives < 2 {
            let t = tokens[b - 1]
            guard t.isWord, !t.isCapitalized, !t.has(.stopword), !t.has(.determiner),
                  Words.hasSuffix(t.lower, anyOf: adjectiveEndings)
            else { break }
            b -= 1
            adjectives += 1
        }
        if b - 2 >= lo, tokens[b - 1].lower == "of", quantifierWords.contains(tokens[b - 2].lower) { b -= 2 }
        return b
    }

    static let adjectiveEndings = ["ed", "al", "ous", "ive", "ic", "ful", "ent", "ant", "ian", "scale"]
    static let quantifierWords: Set<String> = ["dozens", "hundreds", "thousands", "millions", "many", "some", "several", "scores"]
    static let verbEndings = ["ó", "aron", "ieron", "an", "en", "ar", "er", "ir", "ía", "ían", "ará", "erá", "irá"]
    static let nounEndings = ["ad", "ión", "o", "a", "os", "as", "e", "es"]

    /// A Spanish word with a noun ending and none of the common verb endings.
    func looksLikeNoun(_ w: String) -> Bool {
        if Words.hasSuffix(w, anyOf: Self.verbEndings) { return false }
        return Words.hasSuffix(w, anyOf: Self.nounEndings)
    }

    func isConnector(_ k: Int) -> Bool { tokens[k].has(.connector) }

    /// The end of the capitalised span starting at `p`: capitalised words joined by connectors.
    func properSpanEnd(_ p: Int, _ hi: Int) -> Int? {
        guard p < hi, tokens[p].isCapitalized || tokens[p].isAcronym else { return nil }
        var j = p + 1
        while j < hi {
            let t = tokens[j]
            if t.isWord && t.isCapitalized {
                // A dotted abbreviation ("EE.UU.") ends a name before a new capitalised name.
                if tokens[j - 1].shape.contains(.abbreviation), tokens[j - 1].isAcronym, !t.isAcronym,
                   lexicon.heads.longestMatch(tokens, at: j, end: hi)?.value.kind != .person { break }
                if t.has(.stopword) && !t.has(.connector) && !t.isAcronym { break }
                j += 1
                continue
            }
            if isConnector(j), j + 1 < hi {
                let inComplement = p > 0 && isConnector(p - 1) && !tokens[p - 1].has(.conjunction)
                if t.has(.conjunction), !inComplement, !hasInnerConnector(p, j), !hasHead(p, j),
                   !roleFollows(j + 1, hi) { break }
                if tokens[j + 1].isCapitalized && !tokens[j + 1].has(.stopword) { j += 2; continue }
                if isConnector(j + 1), j + 2 < hi, tokens[j + 2].isCapitalized { j += 3; continue }
            }
            // "National Society of Mining, Oil, and Energy".
            if t.lower == ",", j + 2 < hi, tokens[j + 1].has(.conjunction), tokens[j + 2].isCapitalized,
               hasInnerConnector(p, j), hasHead(p, j) {
                j += 3
                continue
            }
            // "Sociedad Nacional de Minería, Petróleo y Energía": a list inside a name.
            if t.lower == ",", j + 3 < hi, tokens[j + 1].isCapitalized, isConnector(j + 2) || tokens[j + 2].lower == ",",
               hasHead(p, j), insideNameList(j, hi) {
                j += 1
                continue
            }
            break
        }
        while j > p + 1, isConnector(j - 1) || tokens[j - 1].lower == "," { j -= 1 }
        return j
    }

    /// Whether the capitalised run from `k` reaches a person's role word ("Energy and Mines
    /// Minister X": the portfolio before the role is one name).
    func roleFollows(_ k: Int, _ hi: Int) -> Bool {
        var j = k
        while j < hi, tokens[j].isWord, tokens[j].isCapitalized {
            if let head = lexicon.heads.longestMatch(tokens, at: j, end: hi), head.value.kind == .person { return j > k }
            j += 1
        }
        return false
    }

    /// Whether the span holds a "de"/"of"-like connector (so a following "y"/"and" joins parts
    /// of one institution's name, not two names).
    func hasInnerConnector(_ p: Int, _ j: Int) -> Bool {
        (p..<j).contains { isConnector($0) && !tokens[$0].has(.conjunction) }
    }

    func hasHead(_ p: Int, _ j: Int) -> Bool {
        for k in p..<j where lexicon.heads.longestMatch(tokens, at: k, end: j) != nil { return true }
        return false
    }

    /// Whether the comma at `j` is followed by "Word (, Word)* y|and Word" and then no verb-like
    /// lower-case continuation: a list of name parts.
    func insideNameList(_ j: Int, _ hi: Int) -> Bool {
        var k = j
        while k + 1 < hi, tokens[k].lower == "," && tokens[k + 1].isCapitalized { k += 2 }
        if k < hi, tokens[k].lower == ",", k + 1 < hi, isConnector(k + 1) { k += 1 }
        guard k + 1 < hi, tokens[k].has(.conjunction), tokens[k + 1].isCapitalized else { return false }
        return k + 2 >= hi || tokens[k + 2].lower == "(" || !tokens[k + 2].isCapitalized
    }
}
