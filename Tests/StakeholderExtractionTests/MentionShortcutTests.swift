import Foundation
import StakeholderCore
import Testing
@testable import StakeholderExtraction

/// The byte and table shortcuts of mention finding and coreference give what the string
/// comparisons they replaced give, on ASCII, Latin-1 and decomposed (combining) text.
@Suite struct MentionShortcutTests {
    static let spanish = try! Lexicon.builtIn("es")

    /// A capitalised word counts as occurring in lower case exactly when a lower-case word
    /// token of the document is the same word (`String` equality, canonical equivalence).
    @Test func lowerCaseOccurrenceAgreesWithStringEquality() {
        let text = """
        Zyxqa llegó. Luego zyxqa salió. Ñandúxq vino. Después ñandúxq se fue. \
        Cafe\u{0301}xz abrió. Todos vieron caféxz cerrado. Qwerty no volvió. \
        Las comunidades y la empresa minera. Empresa grande. Bolívarxyzlarga llegó y bolívarxyzlarga.
        """
        let seg = Segmenter(lexicon: Self.spanish).segment(text)
        let finder = MentionFinder(lexicon: Self.spanish, text: seg)
        let tokens = seg.tokens
        var checked = 0
        for i in tokens.indices where tokens[i].isWord {
            let t = tokens[i]
            let expected = tokens.contains { u in
                u.isWord && !u.isCapitalized && (t.word >= 0 ? u.word == t.word : u.word < 0 && u.lower == t.lower)
            }
            #expect(finder.occursInLowerCase(i) == expected, "\(t.lower)")
            checked += 1
        }
        #expect(checked > 20)
        // The decomposed capitalised word is found through its composed lower-case spelling.
        let cafe = tokens.indices.first { tokens[$0].lower == "caféxz" && tokens[$0].isCapitalized }
        #expect(cafe.map { finder.occursInLowerCase($0) } == true)
    }

    /// Looking for a space by bytes agrees with looking for it as a character, also next to
    /// combining and prepended marks.
    @Test(arguments: ["Perú Libre", "São Paulo", "Ñuñoa", "ñ ", " ñ", "x \u{0301}y", "é \u{0301}", "\u{0600} a",
                      "ب \u{0600}", "Ωmega Λambda", "Ω", "日本 国"])
    func spaceByBytesAgreesWithCharacters(_ name: String) {
        #expect(Coreference.containsSpace(name) == name.contains(" "))
    }

    /// Spanish adjectives after a head noun are told by their endings on bytes as by
    /// characters.
    @Test func postAdjectivesAgreeWithCharacterEndings() {
        let text = "mineros artesanales pobladores afectados dirigentes comunales obreros peruanos "
            + "campesinos cordilleranos gente francesa ríos andinos cafe\u{0301}s montañeses la ya "
            + "trabajadores pesqueros y agricultores costeños"
        let seg = Segmenter(lexicon: Self.spanish).segment(text)
        let finder = MentionFinder(lexicon: Self.spanish, text: seg)
        var adjectives = 0
        for t in seg.tokens {
            var expected = false
            if t.isWord, !t.isCapitalized, !t.has(.stopword) {
                let length = Words.characterCount(t.lower)
                expected = MentionFinder.adjectiveSuffixes.contains { length > $0.count + 2 && Words.hasSuffix(t.lower, $0.text) }
            }
            #expect(finder.isPostAdjective(t) == expected, "\(t.lower)")
            if expected { adjectives += 1 }
        }
        #expect(adjectives >= 5)
    }

    /// A leading word kept as bytes equals a token's word exactly when their texts are equal.
    @Test func leadingWordsCompareAsStrings() {
        let text = "frente defensa frentedefensaxyz frentedefensaxyw ñandú nandu cafe\u{0301} café ríos rios a"
        let seg = Segmenter(lexicon: Self.spanish).segment(text)
        var coreference = Coreference(lexicon: Self.spanish, text: seg)
        var leading: [LeadingWord] = []
        var bytes: [UInt8] = []
        let names = ["frente defensa", "frentedefensaxyz", "ñandú café", "cafe\u{0301} ríos", "rios a", "frentedefensaxy"]
        for name in names {
            Array(name.utf8).withUnsafeBufferPointer {
                Coreference.appendLeadingWords(of: $0, lexicon: Self.spanish, to: &leading, bytes: &bytes)
            }
        }
        coreference.leadingBytes = bytes
        let words = leading.filter { $0.count >= 0 }
        #expect(words.count >= 8)
        for w in words {
            let wordText = coreference.text(of: w)
            for k in seg.tokens.indices where seg.tokens[k].isWord {
                #expect(coreference.equals(w, token: k) == (wordText == seg.tokens[k].lower), "\(wordText) / \(seg.tokens[k].lower)")
            }
        }
    }

    /// The short word tests agree with the sets and comparisons they stand for.
    @Test func shortWordTestsAgreeWithStrings() {
        let samples = ["a", "an", "un", "una", "unos", "unas", "uno", "another", "other", "otro", "otra", "otros",
                       "otras", "others", "is", "was", "es", "fue", "era", "eran", ",", ".", ";", ")", "—", "–", "-",
                       ",,", "", "de", "del", "of", "from", "for", "in", "desde", "a\u{0301}", "é"]
        for w in samples {
            #expect(MentionFinder.isIndefiniteArticle(w) == ["a", "an", "un", "una", "unos", "unas"].contains(w), "\(w)")
            #expect(MentionFinder.isOtherness(w) == MentionFinder.othernessWords.contains(w), "\(w)")
            #expect((MentionFinder.isShortWord(w, 2...4) && MentionFinder.complementWords.contains(w))
                == MentionFinder.complementWords.contains(w), "\(w)")
            #expect(Appositions.isCopula(w) == ["is", "was", "es", "fue", "era"].contains(w), "\(w)")
            #expect(Appositions.closesClause(w) == [",", ".", ";", ")", "—", "–"].contains(w), "\(w)")
        }
    }
}

extension MentionShortcutTests {
    /// Every name and alias of the document's actors reads back its normalized form, also
    /// names written with combining marks (kept apart from their composed spelling).
    @Test func normalizedNamesReadBackEveryName() {
        let text = """
        El alcalde de Tambogrande, José Pérez, se reunió con la empresa Minera Cerro Alto S.A. \
        y con la comunidad de Santa Rosa. Jose\u{0301} Pe\u{0301}rez dijo que la Minera Cerro Alto \
        no cumplió. La empresa respondió. Los pobladores de Santa Rosa marcharon.
        """
        let seg = Segmenter(lexicon: Self.spanish).segment(text)
        var finder = MentionFinder(lexicon: Self.spanish, text: seg)
        var mentions = finder.run()
        var coreference = Coreference(lexicon: Self.spanish, text: seg)
        coreference.resolve(&mentions)
        var names = 0
        for actor in coreference.actors {
            for name in [actor.name] + actor.aliases {
                #expect(coreference.normalizedNames[ExactName(name)] == NameNormalizer.normalize(name), "\(name)")
                names += 1
            }
        }
        #expect(names >= 6)
        #expect(coreference.normalizedNames[ExactName("never met")] == nil)
    }
}
