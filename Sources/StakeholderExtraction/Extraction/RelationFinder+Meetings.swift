import StakeholderCore

/// Statements that lean on a meeting described just before: demands put to its other party,
/// participants joining it; and ultimatums.
extension RelationFinder {
    /// The sentence holding relation `r`.
    func sentenceOf(_ r: FoundRelation) -> Int { text.sentenceIndex(ofToken: r.tokens.lowerBound) }

    /// The other parties of the meetings of `actor` found in sentences `s - back ... s`, latest first.
    func meetingCounterparts(of actor: Int, sentence s: Int, back: Int) -> [Int] {
        var out: [Int] = []
        for r in found.reversed() {
            if sentenceOf(r) < s - back { break }
            guard r.type == .meeting else { continue }
            let other = r.source == actor ? r.target : r.target == actor ? r.source : nil
            if let other, !out.contains(other) { out.append(other) }
        }
        return out
    }

    /// "Los representantes de X dieron a conocer sus planteamientos": a demand from `src` to
    /// whoever it was just said to meet (same or previous sentence).
    mutating func emitToCounterpart(_ entry: TriggerEntry, _ speaker: Int, _ srcMention: Int?, _ trigger: Range<Int>,
                                    _ modality: Modality, sentence s: Int) {
        let lo = srcMention.map { min(mentions[$0].start, trigger.lowerBound) } ?? trigger.lowerBound
        var src = speaker
        var others = meetingCounterparts(of: src, sentence: s, back: 1)
        if others.isEmpty, actorSectors[src] != .unknown, let last = found.last(where: { $0.type == .meeting }),
           sentenceOf(last) >= s - 1 {
            // "Los dirigentes expusieron sus demandas" after a meeting with a community: the
            // party of the same sector speaks.
            let same = [last.source, last.target].filter { actorSectors[$0] == actorSectors[src] }
            if same.count == 1 {
                src = same[0]
                others = meetingCounterparts(of: src, sentence: s, back: 1)
            }
        }
        for other in others where other != src {
            found.append(FoundRelation(type: entry.relation, source: src, target: other, tokens: lo..<trigger.upperBound,
                                       rule: entry.id, modality: modality, confidence: 0.6))
        }
        lastSubjectUpdate(src)
    }

    /// "Also participating in this meeting was X": each participant meets the parties of the
    /// latest meeting (up to six sentences back) whose sector differs from its own; a
    /// participant of unknown sector joins no side.
    mutating func joinMeeting(_ entry: TriggerEntry, _ participants: [Int], _ trigger: Range<Int>,
                              _ modality: Modality, sentence s: Int) {
        guard !participants.isEmpty else { return }
        var parties: [Int] = []
        var meetingSentence: Int?
        for r in found.reversed() {
            let rs = sentenceOf(r)
            if rs < s - 6 || (meetingSentence != nil && rs != meetingSentence) { break }
            guard r.type == .meeting else { continue }
            meetingSentence = rs
            for a in [r.source, r.target] where !parties.contains(a) { parties.append(a) }
        }
        for p in participants {
            let a = mentions[p].actor
            guard a >= 0, actorSectors[a] != .unknown, !parties.contains(a) else { continue }
            for q in parties where actorSectors[q] != .unknown && actorSectors[q] != actorSectors[a] {
                let lo = min(trigger.lowerBound, mentions[p].start), hi = max(trigger.upperBound, mentions[p].end)
                found.append(FoundRelation(type: .meeting, source: a, target: q, tokens: lo..<hi, rule: entry.id,
                                           modality: modality, confidence: 0.6))
            }
        }
    }

    /// "…no se moverán del lugar hasta que la empresa les solucione el problema": with a
    /// negation in the clause before, the actor after "hasta que"/"until" is asked to act; the
    /// speaker (or else the subject) asks it.
    /// - Returns: whether an explicit subject was found.
    mutating func applyUltimatum(_ entry: TriggerEntry, _ trigger: Range<Int>, clause: Int, sentence s: Int) -> Bool {
        let sentence = text.sentences[s]
        let from = max(clause, trigger.lowerBound - 12)
        guard (from..<trigger.lowerBound).contains(where: { tokens[$0].has(.negation) }) else { return false }
        let ms = bySentence[s]
        guard let target = objectTargets(after: trigger.upperBound, sentence, ms).first,
              mentions[target].start <= trigger.upperBound + 3 else { return false }
        var sourceMention: Int?
        var source: Int?
        if let quoted = quotedSpeaker(trigger.lowerBound, sentence, ms) {
            sourceMention = quoted
        } else if clause > sentence.tokens.lowerBound, let spoken = speaker(before: clause, in: sentence, ms).mention {
            sourceMention = spoken
        } else if let subject = subjectMention(clause, trigger.lowerBound, ms, allowPossessive: false) {
            sourceMention = subject
        } else {
            source = droppedSubject(trigger, clause)
        }
        guard let src = sourceMention.map({ mentions[$0].actor }) ?? source, src != mentions[target].actor else { return false }
        emitActors(entry, src, sourceMention, target, trigger, .asserted, sourceMention == nil ? 0.5 : 0.7)
        return false
    }

    /// The agent of a passive ("done by Y", "realizadas por Y") or the owner of what is judged
    /// ("los programas de la empresa son insuficientes") between `from` and `to`.
    func agentMention(_ from: Int, _ to: Int, _ ms: [Int]) -> Int? {
        for m in ms where mentions[m].start >= from && mentions[m].end <= to && !mentions[m].place {
            if let marker = markerBefore(m), ["by", "por", "de", "del", "of"].contains(marker) { return m }
        }
        return nil
    }
}
