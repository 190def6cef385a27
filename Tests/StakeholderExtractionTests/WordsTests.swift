import Testing
@testable import StakeholderExtraction

/// The byte-level word tests give what `String`'s character-based methods give, for plain
/// Spanish and English words and for the spellings where bytes and characters differ.
@Suite struct WordsTests {
    static let words = [
        "reunión", "reunio\u{0301}n", "exigieron", "exig", "dialogar", "e", "", "ministra", "artesanales",
        "ñandú", "nan\u{0303}du\u{0301}", "solicitaron", "solicit", "reclamaron", "étnicas", "e\u{0301}tnicas", "co-op", "a\r\nb", "🇵🇪peru", "café", "cafe\u{0301}",
    ]
    static let affixes = ["solicit", "reclamar", "reclamaro", "reclamaron", "reclamarons", "re", "reun", "reunió", "reunio", "exig", "é", "e\u{0301}", "", "ales", "al", "n", "ó", "\u{0301}n", "dú", "cafe", "café"]

    @Test func prefixSuffixAndLengthAgreeWithString() {
        for word in Self.words {
            #expect(Words.characterCount(word) == word.count, "count of \(word.debugDescription)")
            for affix in Self.affixes {
                #expect(Words.hasPrefix(word, affix) == word.hasPrefix(affix), "\(word.debugDescription) prefix \(affix.debugDescription)")
                #expect(Words.hasSuffix(word, affix) == word.hasSuffix(affix), "\(word.debugDescription) suffix \(affix.debugDescription)")
            }
        }
    }

    @Test func preparedPrefixAgreesWithString() throws {
        let lexicon = try Lexicon.builtIn("es")
        for word in Self.words {
            var tokens = [Token(start: 0, end: 1, lower: word, shape: [.word])]
            lexicon.classify(&tokens)
            for affix in Self.affixes {
                #expect(Words.Prefix(affix).matches(head8: tokens[0].head8, simple: tokens[0].simple, lower: word) == word.hasPrefix(affix),
                        "\(word.debugDescription) prefix \(affix.debugDescription)")
            }
        }
    }
}
