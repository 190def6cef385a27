/// Whether a name says which actor it is, or only what kind of actor ("the community").
extension Lexicon {
    /// Whether `name` holds a proper-name token: a capitalised word or acronym that is not
    /// covered by a head or role phrase of the lexicon, not an article, connector or stop word,
    /// and not an adjective of origin ("Bolivian"). "the Ministry", "Presidente", "la empresa",
    /// "presidente de la República" and "Bolivian community" hold none; "Ministerio de Energía
    /// y Minas", "Quispe" and "CGTP" do.
    /// - Parameter name: a name as written.
    /// - Returns: `true` when the name can tell one actor from another across documents.
    /// - Complexity: O(n·k) for n words and k head entries per word.
    public func hasProperToken(_ name: String) -> Bool {
        let tokens = nameTokens(name)
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if let head = heads.longestMatch(tokens, at: i, end: tokens.count) {
                i += head.length
                continue
            }
            i += 1
            guard t.isWord, t.isCapitalized || t.isAcronym else { continue }
            if t.isAcronym && t.lower.unicodeScalars.count >= 2 { return true }
            if has(t.lower, .determiner) || has(t.lower, .connector) || has(t.lower, .stopword)
                || has(t.lower, .title) || has(t.lower, .pronoun) || has(t.lower, .generic) {
                continue
            }
            if Self.looksLikeDemonym(t.lower) { continue }
            return true
        }
        return false
    }

    /// An English adjective or noun of origin ("bolivian", "chileans", "chinese"), lower-case.
    static func looksLikeDemonym(_ lower: String) -> Bool {
        lower.unicodeScalars.count > 5
            && ["ian", "ians", "ean", "eans", "can", "cans", "ese", "ish"].contains { lower.hasSuffix($0) }
    }
}

extension Lexicon {
    /// Whether `name` describes a body or a collective in at least two content words
    /// ("Congreso de la República", "Defensoría del Pueblo", "mineros artesanales"), so that two
    /// articles using it mean the same stakeholder. A bare head ("la empresa", "the Ministry",
    /// "community") does not.
    /// - Complexity: O(n) in the length of `name`.
    public func isDescriptiveName(_ name: String) -> Bool {
        let tokens = nameTokens(name)
        var content = 0
        for t in tokens where t.isWord {
            if has(t.lower, .determiner) || has(t.lower, .connector) || has(t.lower, .stopword)
                || has(t.lower, .pronoun) {
                continue
            }
            content += 1
        }
        return content >= 2
    }

    /// The tokens of a name, as the tokenizer cuts running text.
    func nameTokens(_ name: String) -> [Token] {
        let scalars = Array(name.unicodeScalars)
        var tokens: [Token] = []
        Tokenizer.tokenize(scalars, from: 0, to: scalars.count, abbreviations: abbreviations, into: &tokens)
        classify(&tokens)
        return tokens
    }
}
