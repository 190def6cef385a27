import StakeholderCore

extension RelationFinder {
    /// Applies one trigger occurrence; returns whether it found an explicit subject.
    mutating func apply(_ entry: TriggerEntry, _ trigger: Range<Int>, sentence s: Int) -> Bool {
        let sentence = text.sentences[s]
        let clause = clauseStart(before: trigger.lowerBound, in: sentence)
        guard let modality = modality(trigger, clauseStart: clause, relation: entry.relation) else { return false }
        if entry.relation == .meeting {
            // "to negotiate", "para dialogar", "a space for dialogue": a meeting sought, not held.
            if trigger.lowerBound > sentence.tokens.lowerBound,
               ["for", "para", "to"].contains(tokens[trigger.lowerBound - 1].lower) { return false }
            for k in trigger.upperBound..<min(trigger.upperBound + 20, sentence.tokens.upperBound)
            where lexicon.has(tokens[k].lower, .breakdown) {
                return false
            }
        }
        let ms = bySentence[s]
        var source: Int?
        var sourceMention: Int?
        var targets: [Int] = []
        var explicitSubject = false
        switch entry.frame {
        case .blamed:
            guard let subject = subjectMention(clause, trigger.lowerBound, ms, allowPossessive: true) else { return false }
            targets = [subject]
            if let quoted = quotedSpeaker(trigger.lowerBound, sentence, ms) {
                sourceMention = quoted
            } else {
                (source, sourceMention) = speaker(before: clause, in: sentence, ms)
            }
        default:
            if let quoted = quotedSpeaker(trigger.lowerBound, sentence, ms) {
                sourceMention = quoted
            } else if targetsInSentence.contains(where: { t in
                          mentions[t].end <= trigger.lowerBound && (mentions[t].end..<trigger.lowerBound).contains { k in
                              ["to", "para", "a", "que", "that"].contains(tokens[k].lower)
                          }
                      }),
                      subjectMention(clause, trigger.lowerBound, ms, allowPossessive: false).map({ targetsInSentence.contains($0) }) ?? true {
                // "urging X to provide support for Y": what is asked of X is not a new act.
                return false
            } else if firstPerson(clause, trigger.lowerBound) {
                return false // the writer speaking ("I met…", "hemos pedido…")
            } else if let subject = subjectMention(clause, trigger.lowerBound, ms, allowPossessive: false) {
                sourceMention = subject
                explicitSubject = true
            } else if isRelativeClause(clause), let antecedent = subjectMention(sentence.tokens.lowerBound, clause, ms, allowPossessive: false) {
                sourceMention = antecedent
            } else if let spoken = speaker(before: clause, in: sentence, ms).mention, clause > sentence.tokens.lowerBound {
                sourceMention = spoken
            }
            // A headline starts a new topic: it does not inherit the last subject.
            source = sourceMention.map { mentions[$0].actor }
                ?? (isHeadline(sentence) ? nil : droppedSubject(trigger, clause))
            if let sm = sourceMention, targetsInSentence.contains(sm) {
                // The addressee of an earlier demand is not the author of the act demanded
                // ("urging X to provide support").
                return false
            }
            switch entry.frame {
            case .with:
                targets = withTargets(after: trigger.upperBound, sentence, ms)
                if targets.count >= 2, let marker = markerBefore(targets[0]), ["entre", "between"].contains(marker) {
                    // "diálogo entre A y B": the participants meet each other.
                    for other in targets.dropFirst() { emit(entry, targets[0], other, trigger, modality, s) }
                    return explicitSubject
                }
            case .object:
                targets = purposeTarget(trigger, clause, sentence, ms, entry.relation)
                    ?? objectTargets(after: trigger.upperBound, sentence, ms)
            case .possessor: targets = possessorTarget(trigger, sentence, ms)
            case .mutual:
                if let first = sourceMention {
                    let group = [first] + coordinated(after: first, sentence, ms)
                    for a in group { for b in group where a != b { emit(entry, a, b, trigger, modality, s) } }
                }
                return explicitSubject
            case .blamed: break
            }
        }
        if entry.relation == .meeting, source == nil || sourceMention == nil && explicitSubject == false,
           targets.count >= 2, tokens[max(trigger.upperBound, mentions[targets[0]].start - 1)].lower != "con" {
            // "reunión entre A y B": the first participant meets the others.
        }
        guard !targets.isEmpty else {
            if explicitSubject, let sm = sourceMention { lastSubjectUpdate(mentions[sm].actor) }
            return explicitSubject
        }
        let sourceActor = sourceMention.map { mentions[$0].actor } ?? source
        guard let src = sourceActor else { return false }
        var confidence = sourceMention == nil ? 0.6 : 0.8
        if modality != .asserted { confidence -= 0.2 }
        var sources: [(Int, Int?)] = [(src, sourceMention)]
        if let sm = sourceMention, explicitSubject {
            for other in coordinated(after: sm, sentence, ms) where mentions[other].end <= trigger.lowerBound {
                sources.append((mentions[other].actor, other))
            }
        }
        for (a, am) in sources {
            for t in targets where mentions[t].actor != a {
                emitActors(entry, a, am, t, trigger, modality, confidence)
                targetsInSentence.insert(t)
            }
        }
        lastSubjectUpdate(src)
        return explicitSubject
    }

    mutating func lastSubjectUpdate(_ actor: Int) { lastSubject = actor }

    mutating func emit(_ entry: TriggerEntry, _ a: Int, _ b: Int, _ trigger: Range<Int>, _ modality: Modality, _ s: Int) {
        guard mentions[a].actor != mentions[b].actor else { return }
        emitActors(entry, mentions[a].actor, a, b, trigger, modality, 0.7)
    }

    mutating func emitActors(_ entry: TriggerEntry, _ src: Int, _ srcMention: Int?, _ t: Int,
                             _ trigger: Range<Int>, _ modality: Modality, _ confidence: Double) {
        var lo = min(trigger.lowerBound, mentions[t].start)
        var hi = max(trigger.upperBound, mentions[t].end)
        if let sm = srcMention, mentions[sm].sentence == mentions[t].sentence {
            lo = min(lo, mentions[sm].start)
            hi = max(hi, mentions[sm].end)
        }
        found.append(FoundRelation(type: entry.relation, source: src, target: mentions[t].actor,
                                   tokens: lo..<hi, rule: entry.id, modality: modality, confidence: confidence))
    }

    // MARK: Clauses and subjects

    /// Where the clause holding `i` starts: after ";", ":", an opening quote or a subordinator.
    func clauseStart(before i: Int, in sentence: Sentence) -> Int {
        var k = i - 1
        while k >= sentence.tokens.lowerBound {
            let w = tokens[k].lower
            if w == ";" || w == ":" || w == "“" || w == "«" || lexicon.has(w, .subordinator) { return k }
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
        for k in from..<firstCandidate where lexicon.has(tokens[k].lower, .pronoun) { return nil }
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
        for k in sentence.tokens.lowerBound..<clause where lexicon.has(tokens[k].lower, .speech) { hasSpeech = true }
        guard hasSpeech, let m = subjectMention(sentence.tokens.lowerBound, clause, ms, allowPossessive: false) else {
            return (lastSubject, nil)
        }
        return (mentions[m].actor, m)
    }

    /// For a trigger inside quotation marks, the speaker named after the quote ("…," said X).
    func quotedSpeaker(_ i: Int, _ sentence: Sentence, _ ms: [Int]) -> Int? {
        var quotes = 0
        var close: Int?
        for k in sentence.tokens {
            let w = tokens[k].lower
            guard w == "\"" || w == "“" || w == "”" || w == "«" || w == "»" else { continue }
            if k < i { quotes += 1 } else if close == nil && quotes % 2 == 1 { close = k }
        }
        guard let close else { return nil }
        var speech = false
        for k in close..<min(close + 8, sentence.tokens.upperBound) where lexicon.has(tokens[k].lower, .speech) {
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
            switch tokens[k].lower {
            case "they", "ellos", "ellas": plural = true
            case "he", "she", "él", "ella": plural = false
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

    /// A line without final punctuation (a headline or subtitle).
    func isHeadline(_ sentence: Sentence) -> Bool {
        guard let last = sentence.tokens.last else { return false }
        return tokens[last].isWord && tokens[sentence.tokens.lowerBound].shape.contains(.lineInitial)
    }

    /// Whether the clause before the trigger is said in the first person outside a quote.
    func firstPerson(_ from: Int, _ to: Int) -> Bool {
        let words: Set<String> = ["i", "i've", "i'm", "we", "we've", "yo", "nosotros", "hemos", "he"]
        for k in from..<to where words.contains(tokens[k].lower) {
            if lexicon.language == "en" && tokens[k].lower == "he" { continue }
            return true
        }
        return false
    }

    /// The word that introduces a mention ("con", "entre", "with").
    func markerBefore(_ m: Int) -> String? {
        var b = mentions[m].start - 1
        while b >= 0, lexicon.has(tokens[b].lower, .determiner) { b -= 1 }
        return b >= 0 ? tokens[b].lower : nil
    }

    /// "camped outside Congress to demand…", "protestan frente a X para exigir…": the
    /// institution in front of which people protest is who the demand is made of.
    func purposeTarget(_ trigger: Range<Int>, _ clause: Int, _ sentence: Sentence, _ ms: [Int],
                       _ relation: RelationKind) -> [Int]? {
        guard relation == .demand, trigger.lowerBound > sentence.tokens.lowerBound,
              ["to", "para"].contains(tokens[trigger.lowerBound - 1].lower) else { return nil }
        let places: Set<String> = ["outside", "frente", "ante", "before", "front"]
        for m in ms where mentions[m].end <= trigger.lowerBound && mentions[m].start >= clause {
            guard let marker = markerBefore(m) ?? nil else { continue }
            let previous = mentions[m].start >= 2 ? tokens[mentions[m].start - 2].lower : ""
            if places.contains(marker) || (marker == "a" && previous == "frente") || (marker == "of" && previous == "front") {
                return [m]
            }
        }
        return nil
    }

    // MARK: Targets

    /// Mentions joined to `m` by commas and conjunctions ("A, B y C").
    func coordinated(after m: Int, _ sentence: Sentence, _ ms: [Int]) -> [Int] {
        var out: [Int] = []
        var last = m
        var idx = ms.firstIndex(of: m).map { $0 + 1 } ?? ms.count
        while idx < ms.count {
            let next = ms[idx]
            if mentions[next].start < mentions[last].end || mentions[next].actor == mentions[last].actor {
                if mentions[next].actor == mentions[last].actor, mentions[next].start >= mentions[last].end { last = next }
                idx += 1
                continue
            }
            let gap = mentions[last].end..<mentions[next].start
            guard !gap.isEmpty, gap.count <= 3, gap.allSatisfy({ k in
                let w = tokens[k].lower
                return lexicon.has(w, .conjunction) || lexicon.has(w, .determiner) || w == ","
            }) else { break }
            if !mentions[next].place { out.append(next) }
            last = next
            idx += 1
        }
        return out
    }

    func withTargets(after i: Int, _ sentence: Sentence, _ ms: [Int]) -> [Int] {
        let markers: Set<String> = ["con", "with", "entre", "between", "junto"]
        var k = i
        while k < sentence.tokens.upperBound, k - i < 25 {
            if markers.contains(tokens[k].lower) {
                var start = k + 1
                if tokens[k].lower == "junto", start < sentence.tokens.upperBound, ["a", "al"].contains(tokens[start].lower) { start += 1 }
                guard let first = ms.first(where: { mentions[$0].start >= start && mentions[$0].start <= start + 2 }) else {
                    return []
                }
                return ([first] + coordinated(after: first, sentence, ms)).filter { !mentions[$0].place }
            }
            k += 1
        }
        // A direct object right after the verb ("met directors of…", "recibió a X"); a
        // "meeting of X" names who held it, not who was met.
        if i < sentence.tokens.upperBound, ["of", "de", "del"].contains(tokens[i].lower) { return [] }
        if let first = ms.first(where: { mentions[$0].start >= i && mentions[$0].start <= i + 2 && !mentions[$0].place }) {
            return [first]
        }
        return []
    }

    func objectTargets(after i: Int, _ sentence: Sentence, _ ms: [Int]) -> [Int] {
        guard var first = ms.first(where: { mentions[$0].start >= i && mentions[$0].start - i <= 12 && !mentions[$0].place })
        else { return [] }
        let e = mentions[first].end
        if e < tokens.count, tokens[e].lower == "'s",
           let owned = ms.first(where: { mentions[$0].start == e + 1 && !mentions[$0].place }) {
            first = owned // "against MMG's Las Bambas mine"
        }
        if mentions[first].indefinite && !mentions[first].proper { return [] }
        return [first] + coordinated(after: first, sentence, ms)
    }

    func possessorTarget(_ trigger: Range<Int>, _ sentence: Sentence, _ ms: [Int]) -> [Int] {
        var k = trigger.lowerBound - 1
        while k >= sentence.tokens.lowerBound, trigger.lowerBound - k <= 3 {
            if tokens[k].lower == "'s" {
                if let m = ms.last(where: { mentions[$0].end == k }) { return [m] }
                return []
            }
            k -= 1
        }
        let j = trigger.upperBound
        if j < sentence.tokens.upperBound, ["de", "del", "of", "by"].contains(tokens[j].lower),
           let m = ms.first(where: { mentions[$0].start > j && mentions[$0].start <= j + 2 && !mentions[$0].place }) {
            return [m]
        }
        return []
    }
}
