import Foundation
import Testing
@testable import StakeholderExtraction

/// The relation rules' fast paths (trigger look-up by grouped prefixes, marks compared by
/// their first bytes, tense endings on bytes) against the plain definitions.
@Suite struct RelationFinderFastPathTests {
    static let texts = [
        ("es", """
         Los dirigentes se reunieron con el ministro y presentaron sus demandas. «No vamos a \
         dialogar», dijo el alcalde; la empresa exigió garantías: denunció a la minera y \
         reclamó el diálogo. Los comuneros presentarán su pliego, pedirían una mesa y \
         se reunirán mañana. Él manifestó su preocupación; hicieron llegar sus reclamos. \
         Se reúnen, reclamaba, reclamación, plantearon sus reivindicaciones, pre, p, r.
         """),
        ("en", """
         The leaders met with the minister and voiced their concerns. "We will not talk," \
         said the mayor; the company demanded guarantees: it accused the miners and \
         laid out its demands. They would meet "tomorrow" and raised their grievances, \
         like the others. Protesters demand, demanded, demanding.
         """),
    ]

    /// The longest trigger at a token, by the plain definition: every pattern tried, words
    /// compared as strings, a final `*` a prefix.
    static func longestPlain(_ patterns: [[String]], _ tokens: [Token], _ i: Int) -> Int {
        var best = 0
        for p in patterns where i + p.count <= tokens.count && p.count > best {
            let all = p.indices.allSatisfy { k in
                let w = p[k], lower = tokens[i + k].lower
                return w.hasSuffix("*") ? lower.hasPrefix(String(w.dropLast())) : lower == w
            }
            if all { best = p.count }
        }
        return best
    }

    @Test func triggerLookUpMatchesThePlainDefinition() throws {
        for (language, text) in Self.texts {
            let lexicon = try Lexicon.builtIn(language)
            let tokens = Segmenter(lexicon: lexicon).segment(text).tokens
            let patterns = lexicon.triggers.allPatterns
            var hits = 0
            for i in tokens.indices {
                let fast = lexicon.triggers.longestMatch(tokens, at: i, end: tokens.count)?.length ?? 0
                #expect(fast == Self.longestPlain(patterns, tokens, i), "\(language) at \(tokens[i].lower)")
                // The filter never rules out a token where an entry starts.
                #expect(fast == 0 || lexicon.triggers.mayStart(tokens, at: i), "\(language) at \(tokens[i].lower)")
                if fast > 0 { hits += 1 }
            }
            #expect(hits >= 5)
        }
    }

    @Test func marksAreTheFirstBytesOfTheirTexts() {
        #expect(Mark.doubleQuote == Mark.head8("\""))
        #expect(Mark.leftQuote == Mark.head8("“"))
        #expect(Mark.rightQuote == Mark.head8("”"))
        #expect(Mark.leftGuillemet == Mark.head8("«"))
        #expect(Mark.rightGuillemet == Mark.head8("»"))
        #expect(Mark.semicolon == Mark.head8(";"))
        #expect(Mark.colon == Mark.head8(":"))
        #expect(Mark.comma == Mark.head8(","))
        #expect(Mark.like == Mark.head8("like"))
        #expect(Mark.they == Mark.head8("they"))
        #expect(Mark.ellos == Mark.head8("ellos"))
        #expect(Mark.ellas == Mark.head8("ellas"))
        #expect(Mark.he == Mark.head8("he"))
        #expect(Mark.she == Mark.head8("she"))
        #expect(Mark.el == Mark.head8("él"))
        #expect(Mark.ella == Mark.head8("ella"))
        // Tokens carry them: a quote token is told by its first bytes, a word is not.
        let lexicon = try! Lexicon.builtIn("es")
        let tokens = Segmenter(lexicon: lexicon).segment("«Sí», dijo “él”; \"no\": likes like.").tokens
        for t in tokens {
            #expect(Mark.isQuote(t.head8) == ["\"", "“", "”", "«", "»"].contains(t.lower), "\(t.lower)")
            #expect((t.head8 == Mark.like) == (t.lower == "like"), "\(t.lower)")
        }
    }

    @Test func tenseEndingsAgreeWithSuffixTests() {
        let lexicon = try! Lexicon.builtIn("es")
        // Plain, accented, decomposed (a combining accent: not simple) and short words.
        let words = ["pediría", "pedirían", "pediríamos", "reunirá", "reunirán", "pediremos", "pediré",
                     "pedire", "ría", "rá", "ra", "a", "mesa", "pedirí\u{301}a", "reunira\u{301}", "rían", "cantaría"]
        let tokens = Segmenter(lexicon: lexicon).segment(words.joined(separator: " ")).tokens
        for t in tokens where t.isWord {
            for verbOnly in [false, true] {
                let conditional = Words.hasSuffix(t.lower, anyOf: verbOnly ? RelationFinder.conditionalVerbEndings
                                                                            : RelationFinder.conditionalEndings)
                let future = Words.hasSuffix(t.lower, anyOf: verbOnly ? RelationFinder.futureVerbEndings
                                                                       : RelationFinder.futureEndings)
                let expected: RelationFinder.TenseEnding? = conditional ? .conditional : future ? .future : nil
                #expect(RelationFinder.tenseEnding(t, verbOnly: verbOnly) == expected, "\(t.lower) \(verbOnly)")
            }
        }
    }
}
