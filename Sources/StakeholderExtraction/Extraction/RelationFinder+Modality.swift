import StakeholderCore

extension RelationFinder {
    /// The modality of a trigger occurrence, or `nil` when the statement is negated, refused,
    /// or (for meetings) only conditional.
    ///
    /// Negation words within four tokens before the trigger, or a verb of refusal within six,
    /// cancel it (a negation written in the trigger itself, "no ha cumplido", is its meaning); "si"/"if" in its clause makes it hypothetical (and cancels a meeting);
    /// conditional forms ("solicitaría", "would") make it hypothetical; future forms ("se
    /// reunirá", "will meet", "va a") make it future.
    /// - Complexity: O(1) (bounded windows).
    func modality(_ trigger: Range<Int>, clauseStart: Int, relation: RelationKind) -> Modality? {
        let t0 = trigger.lowerBound
        for k in max(clauseStart, t0 - 4)..<t0 where tokens[k].has(.negation) { return nil }
        for k in max(clauseStart, t0 - 6)..<t0 where tokens[k].has(.refusal) && !Self.opennessWithoutObject(k, tokens) { return nil }
        var conditional = false
        for k in clauseStart..<t0 where tokens[k].has(.conditional) { conditional = true }
        if conditional { return relation == .meeting ? nil : .hypothetical }
        for k in max(clauseStart, t0 - 3)..<t0 {
            let w = tokens[k].lower
            if tokens[k].has(.hypothetical) { return .hypothetical }
            if tokens[k].has(.future) { return .future }
            if k + 1 < t0 || k + 1 == t0, k + 1 < tokens.count, tokens[k].classes & Lexicon.leadsPhrase != 0,
               lexicon.has(w + " " + tokens[k + 1].lower, .future) {
                return .future
            }
        }
        if lexicon.language == "es" {
            for k in trigger where tokens[k].isWord && !tokens[k].isCapitalized {
                let w = tokens[k].lower
                if Words.hasSuffix(w, anyOf: Self.conditionalEndings) { return .hypothetical }
                if Words.hasSuffix(w, anyOf: Self.futureEndings) { return .future }
            }
            // The verb just before a noun trigger ("mantendrá el diálogo", "sostendrá una reunión").
            for k in max(clauseStart, t0 - 3)..<t0 where tokens[k].isWord && !tokens[k].isCapitalized {
                let w = tokens[k].lower
                if Words.hasSuffix(w, anyOf: Self.conditionalVerbEndings) { return .hypothetical }
                if Words.hasSuffix(w, anyOf: Self.futureVerbEndings) { return .future }
            }
        }
        return .asserted
    }

    static let conditionalEndings = ["ría", "rían", "ríamos"]
    static let futureEndings = ["rá", "rán", "remos", "ré"]
    static let conditionalVerbEndings = ["ría", "rían"]
    static let futureVerbEndings = ["rá", "rán"]

    /// "open", "abierta" refuse a meeting only as "open to", "abierta al" (not "the open air").
    static func opennessWithoutObject(_ k: Int, _ tokens: [Token]) -> Bool {
        guard ["open", "abierta", "abierto", "abiertas", "abiertos"].contains(tokens[k].lower) else { return false }
        return k + 1 >= tokens.count || !["to", "a", "al"].contains(tokens[k + 1].lower)
    }
}
