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
            if tokens[k].has(.hypothetical) { return .hypothetical }
            if tokens[k].has(.future) { return .future }
            if k + 1 < t0 || k + 1 == t0, k + 1 < tokens.count, tokens[k].classes & Lexicon.leadsPhrase != 0,
               lexicon.has(tokens[k].lower + " " + tokens[k + 1].lower, .future) {
                return .future
            }
        }
        if lexicon.language == "es" {
            for k in trigger where tokens[k].isWord && !tokens[k].isCapitalized {
                switch Self.tenseEnding(tokens[k], verbOnly: false) {
                case .conditional: return .hypothetical
                case .future: return .future
                case nil: break
                }
            }
            // The verb just before a noun trigger ("mantendrá el diálogo", "sostendrá una reunión").
            for k in max(clauseStart, t0 - 3)..<t0 where tokens[k].isWord && !tokens[k].isCapitalized {
                switch Self.tenseEnding(tokens[k], verbOnly: true) {
                case .conditional: return .hypothetical
                case .future: return .future
                case nil: break
                }
            }
        }
        return .asserted
    }

    /// A Spanish ending of the conditional or the future.
    enum TenseEnding { case conditional, future }

    /// Which of the endings the token's word has: `conditionalEndings` then `futureEndings`
    /// (with `verbOnly`, `conditionalVerbEndings` then `futureVerbEndings`), as
    /// `Words.hasSuffix(_:anyOf:)` tells them.
    /// - Complexity: O(1): the word's last bytes, read once (a word with a scalar from U+0300
    ///   up takes `Words.hasSuffix`).
    static func tenseEnding(_ token: Token, verbOnly: Bool) -> TenseEnding? {
        guard token.simple else {
            if Words.hasSuffix(token.lower, anyOf: verbOnly ? conditionalVerbEndings : conditionalEndings) { return .conditional }
            if Words.hasSuffix(token.lower, anyOf: verbOnly ? futureVerbEndings : futureEndings) { return .future }
            return nil
        }
        var word = token.lower
        return word.withUTF8 { w -> TenseEnding? in
            // Both texts are simple: bytes decide (`Words`). Every ending holds "r" followed
            // by "í", "á", "é" or "e".
            @inline(__always) func ends(_ suffix: StaticString) -> Bool {
                let n = suffix.utf8CodeUnitCount
                guard w.count >= n else { return false }
                let p = suffix.utf8Start, o = w.count - n
                for k in 0..<n where w[o + k] != p[k] { return false }
                return true
            }
            if ends("ría") || ends("rían") || (!verbOnly && ends("ríamos")) { return .conditional }
            if ends("rá") || ends("rán") || (!verbOnly && (ends("remos") || ends("ré"))) { return .future }
            return nil
        }
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
