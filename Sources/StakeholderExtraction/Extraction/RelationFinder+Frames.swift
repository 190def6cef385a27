import StakeholderCore

extension RelationFinder {
    /// Applies one trigger occurrence; returns whether it found an explicit subject.
    mutating func apply(_ entry: TriggerEntry, _ trigger: Range<Int>, sentence s: Int) -> Bool {
        let sentence = text.sentences[s]
        var clause = clauseStart(before: trigger.lowerBound, in: sentence, afterSpeech: entry.frame == .blamed)
        // "Según X, el Estado ha abandonado…": X speaks, the statement starts after the comma.
        let according = accordingTo(sentence, bySentence[s]).flatMap { trigger.lowerBound >= $0.clause ? $0 : nil }
        if let a = according, clause < a.clause { clause = a.clause }
        if entry.frame == .ultimatum { return applyUltimatum(entry, trigger, clause: clause, sentence: s) }
        guard let modality = modality(trigger, clauseStart: clause, relation: entry.relation) else { return false }
        if entry.relation == .meeting {
            // "to negotiate", "para dialogar", "a space for dialogue": a meeting sought, not held.
            if trigger.lowerBound > sentence.tokens.lowerBound,
               ["for", "para", "to"].contains(tokens[trigger.lowerBound - 1].lower) { return false }
            for k in trigger.upperBound..<min(trigger.upperBound + 20, sentence.tokens.upperBound)
            where tokens[k].has(.breakdown) {
                return false
            }
            // "pidió a las autoridades instalar una mesa de diálogo", "urged authorities to
            // open talks": a meeting asked for earlier in the sentence is not held.
            var k = sentence.tokens.lowerBound
            let triggers = lexicon.triggers
            while k < trigger.lowerBound {
                if let hit = triggers.longestMatch(tokens, at: k, end: trigger.lowerBound) {
                    if hit.value.relation == .demand { return false }
                    k += hit.length
                } else {
                    k += 1
                }
            }
        }
        let ms = bySentence[s]
        var source: Int?
        var sourceMention: Int?
        var targets: [Int] = []
        var explicitSubject = false
        switch entry.frame {
        case .blamed:
            // "the projects done by Y are just temporary fixes": the agent of a passive subject.
            guard let subject = subjectMention(clause, trigger.lowerBound, ms, allowPossessive: true)
                    ?? agentMention(clause, trigger.lowerBound, ms) else { return false }
            targets = [subject]
            if let a = according {
                sourceMention = a.speaker
            } else if let quoted = quotedSpeaker(trigger.lowerBound, sentence, ms, postposed: true) {
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
                // Inside a quotation "we" is the speaker, taken up below; elsewhere it is the
                // writer speaking ("I met…", "hemos pedido…").
                if !opensWithQuote(sentence) { return false }
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
            case .counterpart:
                if let src = sourceMention.map({ mentions[$0].actor }) ?? source {
                    emitToCounterpart(entry, src, sourceMention, trigger, modality, sentence: s)
                }
                return explicitSubject
            case .joins:
                let participants = explicitSubject ? sourceMention.map { [$0] + coordinated(after: $0, sentence, ms) } ?? []
                    : objectTargets(after: trigger.upperBound, sentence, ms)
                joinMeeting(entry, participants, trigger, modality, sentence: s)
                return explicitSubject
            case .blamed, .ultimatum: break
            }
        }
        if targets.isEmpty, entry.relation == .meeting || entry.relation == .resolution, explicitSubject, let sm = sourceMention {
            // "El ministro y los dirigentes se reunieron": conjoined subjects meet each other.
            let others = coordinated(after: sm, sentence, ms).filter { mentions[$0].end <= trigger.lowerBound }
            for other in others { emit(entry, sm, other, trigger, modality, s) }
        }
        if let end = asideEnd(clause, trigger, sentence) {
            // "El alcalde, quien respalda la protesta, pidió…": what the aside says stays in it.
            targets = targets.filter { mentions[$0].start < end }
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
}
