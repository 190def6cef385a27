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
    /// (Listed words by vocabulary id in `lowerListed`, a bit set; others are looked for among
    /// the tokens when asked: few are, and a table of them all would cost more.)
    let lowerListed: [UInt64]
    var mentions: [Mention] = []

    init(lexicon: Lexicon, text: SegmentedText) {
        self.lexicon = lexicon
        self.text = text
        self.tokens = text.tokens
        var listed = [UInt64](repeating: 0, count: lexicon.classesByWord.count / 64 + 1)
        text.tokens.withUnsafeBufferPointer { tokens in
            for k in tokens.indices {
                let word = tokens[k].word
                guard word >= 0, tokens[k].isWord, !tokens[k].isCapitalized else { continue }
                listed[Int(word) >> 6] |= 1 << UInt64(word & 63)
            }
        }
        self.lowerListed = listed
    }

    /// `text.tokens`, held directly (reading it through `text` costs a retain per access).
    let tokens: [Token]

    /// Whether the word of token `i` occurs somewhere in the document in lower case.
    func occursInLowerCase(_ i: Int) -> Bool {
        let word = tokens[i].word
        if word >= 0 { return lowerListed[Int(word) >> 6] & (1 << UInt64(word & 63)) != 0 }
        let simple = tokens[i].simple, head8 = tokens[i].head8
        let lower = tokens[i].lower
        // Canonically equal words (`String`'s `==`, as the vocabulary compares them); two
        // words without a scalar from U+0300 up are equal only when their bytes are, so
        // their first eight bytes rule most tokens out.
        return tokens.withUnsafeBufferPointer { tokens in
            for k in tokens.indices {
                guard tokens[k].word < 0, tokens[k].isWord, !tokens[k].isCapitalized else { continue }
                if tokens[k].simple && simple && tokens[k].head8 != head8 { continue }
                if tokens[k].lower == lower { return true }
            }
            return false
        }
    }

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
            Appositions.resolveCopula(&mentions, from: first, sentence: sentence, text: text, lexicon: lexicon)
        }
        // Handed over, not shared: the caller's writes then copy nothing.
        var found: [Mention] = []
        swap(&found, &mentions)
        return found
    }

    /// Whether `w` is "a", "an", "un", "una", "unos" or "unas".
    static func isIndefiniteArticle(_ w: String) -> Bool {
        guard isShortWord(w, 1...4) else { return false }
        return w == "a" || w == "an" || w == "un" || w == "una" || w == "unos" || w == "unas"
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
                while b > i, tokens[b - 1].has(.determiner) { b -= 1 }
                mentions[k].surfaceStart = b
                if b < mentions[k].start, Self.isIndefiniteArticle(tokens[b].lower) {
                    mentions[k].indefinite = true
                    mentions[k].aliases.append(text.text(b, mentions[k].end))
                }
                if lexicon.language == "en", mentions[k].kind == .group, !mentions[k].proper,
                   let full = Self.fullNounPhraseStart(mentions[k].start, from: text.sentences[s].tokens.lowerBound,
                                                       tokens: tokens),
                   full < mentions[k].start {
                    // "Dozens of impoverished Andean communities": the whole noun phrase is a name.
                    mentions[k].aliases.append(text.text(full, mentions[k].end))
                }
            }
        }
        return next
    }

    mutating func parseMention(at i: Int, hi: Int, sentence s: Int) -> Int? {
        var p = i
        while p < hi, tokens[p].has(.determiner), p - i < 2 { p += 1 }
        guard p < hi, tokens[p].isWord else { return nil }
        if tokens[p].has(.title), p + 1 < hi, tokens[p + 1].isCapitalized {
            guard let end = properSpanEnd(p + 1, hi) else { return nil }
            var m = makeProper(p + 1, end, sentence: s)
            m.start = p
            m.kind = .person
            m.titled = true
            m.aliases.append(text.text(p, end))
            return append(m, hi: hi)
        }
        // "Frente a esta situación": a stop word with "a" is a prepositional locution.
        if tokens[p].has(.stopword), p + 1 < hi, Self.isShortWord(tokens[p + 1].lower, 1...2),
           tokens[p + 1].lower == "a" || tokens[p + 1].lower == "al" {
            return nil
        }
        var match = lexicon.heads.longestMatch(tokens, at: p, end: hi)
        if let h = match, h.length > 1, !tokens[p].isCapitalized,
           (p + 1..<p + h.length).contains(where: { tokens[$0].isCapitalized }) {
            // "la compañía Minera Los Andes": a capital starts a name inside the head phrase.
            match = lexicon.heads.longestMatch(tokens, at: p, end: p + 1)
        }
        if match != nil, lexicon.language == "es", p == i, p > 0, !tokens[p].isCapitalized,
           tokens[p - 1].isWord, !tokens[p - 1].isCapitalized, !tokens[p - 1].has(.stopword),
           !tokens[p - 1].has(.determiner), !tokens[p - 1].has(.preposition),
           !tokens[p - 1].has(.speech), !tokens[p - 1].shape.contains(.numeric),
           looksLikeNoun(tokens[p - 1].lower) {
            // "actividad minera", "zona comunal": a head noun used as an adjective.
            match = nil
        }
        if let head = match {
            let headEnd = p + head.length
            let capitalized = tokens[p].isCapitalized
            if capitalized && head.value.kind == .person, headEnd < hi, tokens[headEnd].isCapitalized,
               !isConnector(headEnd), let end = properSpanEnd(headEnd, hi) {
                // "Presidente Rivas", "Minister Alessandra Herrera": a titled person.
                return append(titledPerson(head.value, name: headEnd, end, start: p, sentence: s), hi: hi)
            }
            if capitalized && head.value.kind == .organization, let end = properSpanEnd(p, hi), end > headEnd {
                // "Ministerio de Energía y Minas", "Policía Nacional": a named institution.
                return append(makeProper(p, end, sentence: s), hi: hi)
            }
            return rolePhrase(p, head: head.value, headEnd: headEnd, hi: hi, sentence: s)
        }
        let shape = tokens[p].shape
        guard shape.contains(.capitalized) || shape.contains(.acronym) else { return nil }
        let acronym = shape.contains(.acronym)
        if shape.contains(.sentenceInitial) || shape.contains(.lineInitial) {
            if tokens[p].has(.stopword) || tokens[p].has(.determiner) || tokens[p].has(.quantifier) { return nil }
            if !acronym && occursInLowerCase(p) { return nil }
            // A verb opening a sentence ("Exigimos que…", "Denuncian…") is no name.
            if lexicon.triggers.longestMatch(tokens, at: p, end: hi) != nil && !(p + 1 < hi && tokens[p + 1].isCapitalized) {
                return nil
            }
            // A dateline ("LIMA (Reuters) -").
            if acronym, p + 1 < hi, !tokens[p + 1].isWord { return nil }
        } else if tokens[p].has(.stopword) && !acronym {
            return nil
        }
        guard let end = properSpanEnd(p, hi) else { return nil }
        if let split = splitAtRole(p, end, hi: hi, sentence: s) { return split }
        return append(makeProper(p, end, sentence: s), hi: hi)
    }
}
