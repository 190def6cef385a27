import StakeholderCore

/// Finds the mentions of possible actors in a segmented document.
///
/// Overlap policy: at each position the longest reading wins (a lexicon head phrase with its
/// complement, a capitalised span with its connectors), then the scan moves past it, so the
/// leftmost-longest mention is kept (as in rule-based entity rulers).
struct MentionFinder {
    let lexicon: Lexicon
    let text: SegmentedText
    /// Words that occur in lower case somewhere in the document (so a capitalised occurrence
    /// at the start of a sentence is a common word, not a name).
    let lowerVocabulary: Set<String>
    var mentions: [Mention] = []

    init(lexicon: Lexicon, text: SegmentedText) {
        self.lexicon = lexicon
        self.text = text
        var vocabulary = Set<String>()
        for token in text.tokens where token.isWord && !token.isCapitalized { vocabulary.insert(token.lower) }
        self.lowerVocabulary = vocabulary
    }

    var tokens: [Token] { text.tokens }

    /// All mentions of the document, in order.
    /// - Complexity: O(n·k) for n tokens and k lexicon candidates per token.
    mutating func run() -> [Mention] {
        for (s, sentence) in text.sentences.enumerated() {
            let first = mentions.count
            var i = sentence.tokens.lowerBound
            let hi = sentence.tokens.upperBound
            while i < hi {
                if tokens[i].isWord, let next = parse(at: i, hi: hi, sentence: s) {
                    i = max(next, i + 1)
                } else {
                    i += 1
                }
            }
            // A name in parentheses that is not an alias (a credit, "(Reuters)") is no actor.
            for k in first..<mentions.count where mentions[k].start > 0 && tokens[mentions[k].start - 1].lower == "("
                && mentions[k].end < tokens.count && tokens[mentions[k].end].lower == ")" {
                mentions[k].place = true
            }
            Appositions.resolve(&mentions, from: first, text: text, lexicon: lexicon)
        }
        return mentions
    }

    // MARK: Parsing at a position

    /// Parses a mention starting at `i`; appends it (and its complement) and returns the
    /// index after it, or `nil` when nothing starts there.
    mutating func parse(at i: Int, hi: Int, sentence s: Int) -> Int? {
        let before = mentions.count
        let next = parseMention(at: i, hi: hi, sentence: s)
        if next != nil {
            for k in before..<mentions.count where mentions[k].surfaceStart < 0 {
                var b = mentions[k].start
                while b > i, lexicon.has(tokens[b - 1].lower, .determiner) { b -= 1 }
                mentions[k].surfaceStart = b
                if b < mentions[k].start, ["a", "an", "un", "una", "unos", "unas"].contains(tokens[b].lower) {
                    mentions[k].indefinite = true
                    mentions[k].aliases.append(text.text(b, mentions[k].end))
                }
                if lexicon.language == "en", mentions[k].kind == .group, !mentions[k].proper,
                   let full = fullNounPhraseStart(mentions[k].start, sentence: s), full < mentions[k].start {
                    // "Dozens of impoverished Andean communities": the whole noun phrase is a name.
                    mentions[k].aliases.append(text.text(full, mentions[k].end))
                }
            }
        }
        return next
    }

    mutating func parseMention(at i: Int, hi: Int, sentence s: Int) -> Int? {
        var p = i
        while p < hi, lexicon.has(tokens[p].lower, .determiner), p - i < 2 { p += 1 }
        guard p < hi, tokens[p].isWord else { return nil }
        if lexicon.has(tokens[p].lower, .title), p + 1 < hi, tokens[p + 1].isCapitalized {
            guard let end = properSpanEnd(p + 1, hi) else { return nil }
            var m = makeProper(p + 1, end, sentence: s)
            m.start = p
            m.kind = .person
            m.titled = true
            m.aliases.append(text.text(p, end))
            return append(m, hi: hi)
        }
        var match = lexicon.heads.longestMatch(tokens, at: p, end: hi)
        if let h = match, h.length > 1, !tokens[p].isCapitalized,
           (p + 1..<p + h.length).contains(where: { tokens[$0].isCapitalized }) {
            // "la compañía Minera Los Andes": a capital starts a name inside the head phrase.
            match = lexicon.heads.longestMatch(tokens, at: p, end: p + 1)
        }
        if match != nil, lexicon.language == "es", p == i, p > 0, !tokens[p].isCapitalized,
           tokens[p - 1].isWord, !tokens[p - 1].isCapitalized, !lexicon.has(tokens[p - 1].lower, .stopword),
           !lexicon.has(tokens[p - 1].lower, .determiner), !lexicon.has(tokens[p - 1].lower, .preposition),
           !lexicon.has(tokens[p - 1].lower, .speech), !tokens[p - 1].shape.contains(.numeric),
           looksLikeNoun(tokens[p - 1].lower) {
            // "actividad minera", "zona comunal": a head noun used as an adjective.
            match = nil
        }
        if let head = match {
            let headEnd = p + head.length
            let t = tokens[p]
            if t.isCapitalized && head.value.kind == .person, headEnd < hi, tokens[headEnd].isCapitalized,
               !isConnector(headEnd), let end = properSpanEnd(headEnd, hi) {
                // "Presidente Balcázar", "Minister Alessandra Herrera": a titled person.
                var m = makeProper(headEnd, end, sentence: s)
                m.start = p
                m.kind = .person
                m.titled = true
                m.sector = head.value.sector
                m.weak = head.value.weak
                m.roleClass = head.value.roleClass
                m.aliases.append(text.text(p, end))
                return append(m, hi: hi)
            }
            if t.isCapitalized && head.value.kind == .organization, let end = properSpanEnd(p, hi), end > headEnd {
                // "Ministerio de Energía y Minas", "Policía Nacional": a named institution.
                return append(makeProper(p, end, sentence: s), hi: hi)
            }
            return rolePhrase(p, head: head.value, headEnd: headEnd, hi: hi, sentence: s)
        }
        let t = tokens[p]
        guard t.isCapitalized || (t.isAcronym) else { return nil }
        if t.shape.contains(.sentenceInitial) || t.shape.contains(.lineInitial) {
            if lexicon.has(t.lower, .stopword) || lexicon.has(t.lower, .determiner) { return nil }
            if lowerVocabulary.contains(t.lower) && !t.isAcronym { return nil }
            // A verb opening a sentence ("Exigimos que…", "Denuncian…") is no name.
            if lexicon.triggers.longestMatch(tokens, at: p, end: hi) != nil && !(p + 1 < hi && tokens[p + 1].isCapitalized) {
                return nil
            }
            // A dateline ("LIMA (Reuters) -").
            if t.isAcronym, p + 1 < hi, !tokens[p + 1].isWord { return nil }
        } else if lexicon.has(t.lower, .stopword) && !t.isAcronym {
            return nil
        }
        guard let end = properSpanEnd(p, hi) else { return nil }
        if let split = splitAtRole(p, end, hi: hi, sentence: s) { return split }
        return append(makeProper(p, end, sentence: s), hi: hi)
    }

    /// "SNMPE Chairman Raul Jacob Ruisanchez", "Deputy Hydrocarbons Minister Juan Sanchez":
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
                var m = makeProper(nameStart, end, sentence: s)
                m.start = org == nil ? p : k
                m.kind = .person
                m.titled = true
                m.sector = head.value.sector
                m.weak = head.value.weak
                m.roleClass = head.value.roleClass
                m.aliases.append(text.text(p, end))
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
        let lo = text.sentences[s].tokens.lowerBound
        var b = start
        var adjectives = 0
        while b - 1 >= lo, adjectives < 2 {
            let t = tokens[b - 1]
            guard t.isWord, !t.isCapitalized, !lexicon.has(t.lower, .stopword), !lexicon.has(t.lower, .determiner),
                  ["ed", "al", "ous", "ive", "ic", "ful", "ent", "ant", "ian", "scale"].contains(where: { t.lower.hasSuffix($0) })
            else { break }
            b -= 1
            adjectives += 1
        }
        let quantifiers: Set<String> = ["dozens", "hundreds", "thousands", "millions", "many", "some", "several", "scores"]
        if b - 2 >= lo, tokens[b - 1].lower == "of", quantifiers.contains(tokens[b - 2].lower) { b -= 2 }
        return b
    }

    /// A Spanish word with a noun ending and none of the common verb endings.
    func looksLikeNoun(_ w: String) -> Bool {
        for ending in ["ó", "aron", "ieron", "an", "en", "ar", "er", "ir", "ía", "ían", "ará", "erá", "irá"]
        where w.hasSuffix(ending) { return false }
        return ["ad", "ión", "o", "a", "os", "as", "e", "es"].contains { w.hasSuffix($0) }
    }

    func isConnector(_ k: Int) -> Bool { lexicon.has(tokens[k].lower, .connector) }

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
                if lexicon.has(t.lower, .stopword) && !lexicon.has(t.lower, .connector) && !t.isAcronym { break }
                j += 1
                continue
            }
            if isConnector(j), j + 1 < hi {
                let inComplement = p > 0 && isConnector(p - 1) && !lexicon.has(tokens[p - 1].lower, .conjunction)
                if lexicon.has(t.lower, .conjunction), !inComplement, !hasInnerConnector(p, j), !hasHead(p, j) { break }
                if tokens[j + 1].isCapitalized && !lexicon.has(tokens[j + 1].lower, .stopword) { j += 2; continue }
                if isConnector(j + 1), j + 2 < hi, tokens[j + 2].isCapitalized { j += 3; continue }
            }
            // "National Society of Mining, Oil, and Energy".
            if t.lower == ",", j + 2 < hi, lexicon.has(tokens[j + 1].lower, .conjunction), tokens[j + 2].isCapitalized,
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

    /// Whether the span holds a "de"/"of"-like connector (so a following "y"/"and" joins parts
    /// of one institution's name, not two names).
    func hasInnerConnector(_ p: Int, _ j: Int) -> Bool {
        (p..<j).contains { isConnector($0) && !lexicon.has(tokens[$0].lower, .conjunction) }
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
        guard k + 1 < hi, lexicon.has(tokens[k].lower, .conjunction), tokens[k + 1].isCapitalized else { return false }
        return k + 2 >= hi || tokens[k + 2].lower == "(" || !tokens[k + 2].isCapitalized
    }
}
