import StakeholderCore

/// Who does what: clause boundaries, subjects, speakers and dropped subjects.
extension RelationFinder {
    /// Where the clause holding `i` starts: after ";", ":", an opening quote or a subordinator.
    /// - Parameter afterSpeech: also start it after an English verb of speech ("said the
    ///   company had…"), for statements whose subject is the one blamed.
    func clauseStart(before i: Int, in sentence: Sentence, afterSpeech: Bool = false) -> Int {
        var k = i - 1
        while k >= sentence.tokens.lowerBound {
            if tokens[k].has(.subordinator), k > sentence.tokens.lowerBound, tokenIs(k - 1, Mark.comma),
               ((k + 1)..<i).contains(where: { tokenIs($0, Mark.comma) }) {
                // "Antamina, which is owned by X, reached…": a relative clause closed before
                // the trigger is an aside.
                k -= 1
                continue
            }
            let h = tokens[k].head8
            if !tokens[k].isWord && (h == Mark.semicolon || h == Mark.colon || h == Mark.leftQuote || h == Mark.leftGuillemet)
                || tokens[k].has(.subordinator) { return k }
            if afterSpeech, tokens[k].has(.speech), k + 1 < i, !tokens[k + 1].has(.subordinator) {
                let w = tokens[k].lower
                // "X told Reuters the company had…", "said the company had…": reported speech
                // without "that" starts after the verb (and the outlet or "reporters" told).
                var c = k + 1
                if w == "told" || w == "tells" {
                    while c < i, tokens[c].isCapitalized || tokens[c].lower == "reporters" || tokens[c].lower == "journalists" { c += 1 }
                }
                if c < i, lexicon.language == "en" { return c }
            }
            // "He feels like the projects…": "like" after a verb of opinion opens a clause.
            if h == Mark.like, k > sentence.tokens.lowerBound, tokens[k - 1].has(.speech) { return k }
            k -= 1
        }
        return sentence.tokens.lowerBound
    }

    func isRelativeClause(_ clause: Int) -> Bool {
        ["who", "which", "quien", "quienes"].contains(tokens[clause].lower)
    }

    /// The first mention of the clause that is not inside a prepositional phrase.
    func subjectMention(_ from: Int, _ to: Int, _ ms: [Int], allowPossessive: Bool) -> Int? {
        var firstCandidate = to
        for m in ms where mentions[m].start >= from && mentions[m].end <= to && !mentions[m].place {
            firstCandidate = mentions[m].start
            break
        }
        for k in from..<firstCandidate where tokens[k].has(.pronoun) { return nil }
        for m in ms where mentions[m].start >= from && mentions[m].end <= to {
            if inPrepositionalPhrase(mentions[m]) { continue }
            if mentions[m].place { continue }
            if !allowPossessive, mentions[m].end < tokens.count, tokens[mentions[m].end].lower == "'s" { continue }
            // "U.S. Ambassador Lisa Kent": the organization before a titled person is not the subject.
            if ms.contains(where: { mentions[$0].complement == m && mentions[$0].start <= mentions[m].end + 1 && $0 != m }) {
                continue
            }
            return m
        }
        return nil
    }

    /// The speaker of the main clause before a "que"/"that" clause starting at `clause`.
    func speaker(before clause: Int, in sentence: Sentence, _ ms: [Int]) -> (actor: Int?, mention: Int?) {
        guard clause > sentence.tokens.lowerBound else { return (lastSubject, nil) }
        var hasSpeech = false
        for k in sentence.tokens.lowerBound..<clause where tokens[k].has(.speech) { hasSpeech = true }
        guard hasSpeech, let m = subjectMention(sentence.tokens.lowerBound, clause, ms, allowPossessive: false) else {
            return (lastSubject, nil)
        }
        return (mentions[m].actor, m)
    }

    /// For a trigger inside quotation marks, the speaker named after the quote ("…," said X).
    /// - Parameter postposed: also accept a speaker after a comma without quotation marks
    ///   ("…, denunció X"), for statements whose subject is the one blamed.
    func quotedSpeaker(_ i: Int, _ sentence: Sentence, _ ms: [Int], postposed: Bool = false) -> Int? {
        var quotes = 0
        var close: Int?
        for k in sentence.tokens where !tokens[k].isWord {
            guard Mark.isQuote(tokens[k].head8) else { continue }
            if k < i { quotes += 1 } else if close == nil && quotes % 2 == 1 { close = k }
        }
        guard let close else { return postposed ? postposedSpeaker(after: i, sentence, ms) : nil }
        var speech = false
        for k in close..<min(close + 8, sentence.tokens.upperBound) where tokens[k].has(.speech) {
            speech = true
        }
        guard speech else { return nil }
        return ms.first { mentions[$0].start > close && mentions[$0].start <= close + 6 }
    }

    /// The antecedent of a dropped or pronoun subject: the latest subject that agrees in
    /// number with the verb or pronoun ("exigen", "they" → a group or organization; "he",
    /// "she" → a person).
    func droppedSubject(_ trigger: Range<Int>, _ clause: Int) -> Int? {
        var plural: Bool?
        for k in clause..<trigger.lowerBound {
            guard tokens[k].simple else {
                // A combining mark ("e\u{301}l"): compared as text, canonically.
                switch tokens[k].lower {
                case "they", "ellos", "ellas": plural = true
                case "he", "she", "él", "ella": plural = false
                default: break
                }
                continue
            }
            switch tokens[k].head8 {
            case Mark.they, Mark.ellos, Mark.ellas: plural = true
            case Mark.he, Mark.she, Mark.el, Mark.ella: plural = false
            default: break
            }
        }
        if plural == nil, lexicon.language == "es", let verb = (trigger.lowerBound..<trigger.upperBound).first(where: { k in
            tokens[k].isWord && !["se", "no"].contains(tokens[k].lower)
        }) {
            let w = tokens[verb].lower
            if w.hasSuffix("n") && !w.hasSuffix("ión") { plural = true }
            else if w.hasSuffix("ó") || w.hasSuffix("e") || w.hasSuffix("a") { plural = false }
        }
        guard let plural else { return lastSubject }
        for a in subjects.reversed().prefix(4) where actorIsPerson[a] != plural { return a }
        return nil
    }

    /// "…, denunció el dirigente X." / "…, the leader said.": a speaker named after a comma and
    /// a verb of speech at the end of the sentence.
    func postposedSpeaker(after i: Int, _ sentence: Sentence, _ ms: [Int]) -> Int? {
        let hi = sentence.tokens.upperBound
        for lo in (i + 1)..<hi where tokens[lo].lower == "," && lo + 1 < hi {
            if tokens[lo + 1].has(.speech) || tokens[lo + 1].has(.grievanceSpeech) {
                return ms.first { mentions[$0].start > lo + 1 && !mentions[$0].place }
            }
            if let m = ms.first(where: { mentions[$0].start == lo + 1 || mentions[$0].surfaceStart == lo + 1 }) {
                var n = m
                while let next = mentions[n].mergedInto { n = next }
                let end = max(mentions[m].end, mentions[n].end)
                // "…, the mayor of X, John Smith, said": skip the apposition's closing comma.
                let verb = end < hi && tokens[end].lower == "," ? end + 1 : end
                if verb < hi, tokens[verb].has(.speech) { return m }
            }
        }
        return nil
    }

    /// Where a relative clause set off by commas ("X, quien respalda la protesta, pidió…")
    /// that holds the trigger ends, or `nil` when the trigger is not in one.
    func asideEnd(_ clause: Int, _ trigger: Range<Int>, _ sentence: Sentence) -> Int? {
        guard clause > sentence.tokens.lowerBound, tokens[clause].has(.subordinator), tokens[clause - 1].lower == "," else {
            return nil
        }
        return (trigger.upperBound..<sentence.tokens.upperBound).first { tokens[$0].lower == "," }
    }

    /// "Según X, …", "According to X, …": the speaker's mention and where the statement
    /// starts (after the comma that closes the speaker, and its apposition).
    func accordingTo(_ sentence: Sentence, _ ms: [Int]) -> (speaker: Int, clause: Int)? {
        let lo = sentence.tokens.lowerBound, hi = sentence.tokens.upperBound
        var k = lo
        if tokens[k].lower == "según" { k += 1 } else if k + 1 < hi, tokens[k].lower == "according", tokens[k + 1].lower == "to" {
            k += 2
        } else {
            return nil
        }
        guard let first = ms.first(where: { mentions[$0].start >= k && mentions[$0].start <= k + 2 }) else { return nil }
        var speaker = first
        while let next = mentions[speaker].mergedInto { speaker = next }
        var end = max(mentions[first].end, mentions[speaker].end)
        if mentions[speaker].start > end, mentions[speaker].end > end { end = mentions[speaker].end }
        guard end < hi, tokens[end].lower == "," else { return nil }
        return (speaker, end + 1)
    }

    /// Whether the sentence starts with a quotation mark.
    func opensWithQuote(_ sentence: Sentence) -> Bool {
        let first = tokens[sentence.tokens.lowerBound]
        return !first.isWord && ["\"", "“", "«"].contains(first.lower)
    }

    /// A line without final punctuation (a headline or subtitle).
    func isHeadline(_ sentence: Sentence) -> Bool {
        guard let last = sentence.tokens.last else { return false }
        return tokens[last].isWord && tokens[sentence.tokens.lowerBound].shape.contains(.lineInitial)
    }

    /// Whether the clause before the trigger is said in the first person outside a quote.
    static let firstPersonWords = TokenWords(["i", "i've", "i'm", "we", "we've", "yo", "nosotros", "hemos", "he"])

    func firstPerson(_ from: Int, _ to: Int) -> Bool {
        for k in from..<to where tokens[k].isWord && Self.firstPersonWords.contains(tokens[k]) {
            if lexicon.language == "en" && tokens[k].lower == "he" { continue }
            return true
        }
        return false
    }
}
