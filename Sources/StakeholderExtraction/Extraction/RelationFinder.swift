import StakeholderCore

/// A relation found in one sentence, before actors get their graph ids.
struct FoundRelation: Sendable {
    var type: RelationKind
    var source: Int
    var target: Int
    /// Token range of the evidence.
    var tokens: Range<Int>
    var rule: String
    var modality: Modality
    var confidence: Double
}

/// A value held by reference (never changed).
final class Holder<Value: Sendable>: Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// Applies the trigger lexicon and its argument frames to every sentence.
struct RelationFinder {
    /// The lexicon, held by reference: the finder stays small, so calling its methods from
    /// its mutating ones does not copy hundreds of bytes each time.
    let lexiconHolder: Holder<Lexicon>
    var lexicon: Lexicon {
        @inline(__always) get { lexiconHolder.value }
    }
    let text: SegmentedText
    let mentions: [Mention]
    /// The sector of each document actor.
    let actorSectors: [Sector]
    /// Mention indices already used as targets in the current sentence.
    var targetsInSentence = Set<Int>()
    /// Mention indices of each sentence, sorted by position, actors only.
    var bySentence: [[Int]]
    var found: [FoundRelation] = []
    /// The actors seen as subjects, latest last, for dropped subjects and pronouns.
    var subjects: [Int] = []
    /// The actor last seen as a subject.
    var lastSubject: Int? {
        get { subjects.last }
        set { if let a = newValue { subjects.append(a) } }
    }
    /// Whether each document actor is a person.
    let actorIsPerson: [Bool]

    init(lexicon: Lexicon, text: SegmentedText, mentions: [Mention], actorSectors: [Sector], actorIsPerson: [Bool]) {
        self.actorSectors = actorSectors
        self.actorIsPerson = actorIsPerson
        self.lexiconHolder = Holder(lexicon)
        self.text = text
        self.tokens = text.tokens
        self.mentions = mentions
        var lists = Array(repeating: [Int](), count: text.sentences.count)
        for (i, m) in mentions.enumerated() where m.actor >= 0 {
            lists[m.sentence].append(i)
        }
        for s in lists.indices {
            lists[s].sort { (mentions[$0].start, -mentions[$0].end, $0) < (mentions[$1].start, -mentions[$1].end, $1) }
        }
        self.bySentence = lists
    }

    /// `text.tokens`, held directly (reading it through `text` costs a retain per access).
    let tokens: [Token]

    /// All relations of the document, in sentence order.
    mutating func run() -> [FoundRelation] {
        // Held here: reached through `lexicon` at each token, the table's arrays are retained
        // and released at every call.
        let triggers = lexicon.triggers
        for (s, sentence) in text.sentences.enumerated() {
            var subjectSeen = false
            targetsInSentence.removeAll(keepingCapacity: true)
            if !isQuestion(sentence) {
                var i = sentence.tokens.lowerBound
                while i < sentence.tokens.upperBound {
                    // The match is looked up first: most words start no trigger.
                    if tokens[i].isWord, triggers.mayStart(tokens, at: i),
                       let hit = triggers.longestMatch(tokens, at: i, end: sentence.tokens.upperBound),
                       !insideMention(i, s) {
                        if apply(hit.value, i..<(i + hit.length), sentence: s) { subjectSeen = true }
                        i += hit.length
                    } else {
                        i += 1
                    }
                }
            }
            if !subjectSeen {
                let opensWithQuote = opensWithQuote(sentence)
                if opensWithQuote, let speaker = quotedSpeaker(sentence.tokens.lowerBound + 1, sentence, bySentence[s]) {
                    lastSubject = mentions[speaker].actor
                } else if opensWithQuote {
                    // "…," she added: the speaker stays the same.
                } else if let first = bySentence[s].first(where: { !inPrepositionalPhrase(mentions[$0]) && !mentions[$0].place }) {
                    lastSubject = mentions[first].actor
                }
            }
            addAffiliations(sentence: s)
        }
        return found
    }

    func isQuestion(_ sentence: Sentence) -> Bool {
        guard let first = sentence.tokens.first, let last = sentence.tokens.last else { return false }
        return !tokens[first].isWord && tokens[first].lower == "¿" || tokens[last].lower == "?"
    }

    func insideMention(_ i: Int, _ s: Int) -> Bool {
        for m in bySentence[s] where mentions[m].start <= i && i < mentions[m].end && mentions[m].proper { return true }
        return false
    }

    /// Whether a preposition (other than a subject-marking one) comes right before the mention.
    func inPrepositionalPhrase(_ m: Mention) -> Bool {
        var b = m.start - 1
        let lo = text.sentences[m.sentence].tokens.lowerBound
        while b >= lo, tokens[b].has(.determiner) { b -= 1 }
        guard b >= lo else { return false }
        // "Cientos de pobladores", "Thousands of miners": the quantity does not make a complement.
        if b > lo, tokens[b].lower == "de" || tokens[b].lower == "of", tokens[b - 1].has(.quantifier) { return false }
        return tokens[b].has(.preposition)
    }

    /// Affiliation edges from appositions and role phrases ("El coordinador general de X, Y").
    mutating func addAffiliations(sentence s: Int) {
        for i in bySentence[s] where mentions[i].mergedInto == nil && mentions[i].kind == .person {
            let m = mentions[i]
            // A person named only by a role ("el presidente del Congreso") is not affiliated
            // to the public body the role names; an unnamed officer of a named company ("el
            // gerente de Cerro Alto") is.
            guard let c = m.complement, let span = m.affiliationSpan, m.actor >= 0 else { continue }
            var target = c
            while let next = mentions[target].mergedInto { target = next }
            let t = mentions[target].actor
            guard m.proper || (t >= 0 && mentions[target].proper && actorSectors[t] == .company) else { continue }
            guard t >= 0, t != m.actor, mentions[target].kind == .organization, !mentions[target].place,
                  actorSectors[t] != .unknown || (m.sector != .government && mentions[target].proper)
            else { continue }
            found.append(FoundRelation(type: .affiliation, source: m.actor, target: t, tokens: span,
                                       rule: lexicon.appositionRule,
                                       modality: .asserted, confidence: 0.8))
        }
    }
}
