import Foundation
import StakeholderCore
import Testing
@testable import StakeholderExtraction

/// The byte-level shortcuts of coreference and corpus joining give what the general
/// (character and Unicode property) paths give.
@Suite struct CoreferenceFastPathTests {
    /// Every Latin-1 scalar lowers as `String.lowercased()` lowers it, alone and in names.
    @Test func latinLoweringAgreesWithLowercased() {
        for v in UInt32(0)...0xFF {
            let s = String(Unicode.Scalar(v)!)
            #expect(Coreference.latinLowercased(s) == Array(s.lowercased().utf8), "U+\(String(v, radix: 16))")
        }
        for name in ["ÁNGEL ÑUÑOA Díaz", "Frente de Defensa", "x × y ÷ Þorn", "Ç ÀÉÎÕÜ ß µ", ""] {
            #expect(Coreference.latinLowercased(name) == Array(name.lowercased().utf8))
        }
    }

    /// Outside Latin-1 the shortcut declines, so the general path is taken.
    @Test(arguments: ["Łódź", "ΩΜΕΓΑ", "Perú 🇵🇪", "e\u{0301}", "İstanbul"])
    func latinLoweringDeclinesOtherScalars(_ name: String) {
        #expect(Coreference.latinLowercased(name) == nil)
    }

    /// Initials lower ASCII and other capitals alike, and skip words in lower case.
    @Test func initialsOfAsciiAndOtherCapitals() {
        let coreference = Coreference(lexicon: Fixture.extractor.lexicons["es"]!,
                                      text: Segmenter(abbreviations: []).segment(""))
        #expect(coreference.initials("Estados Unidos") == "eu")
        #expect(coreference.initials("Frente de Defensa") == "fd")
        #expect(coreference.initials("Óscar Ñandú") == "óñ")
        #expect(coreference.initials("Ωmega Λambda") == "ωλ")
        #expect(coreference.initials("") == "")
    }

    /// A normalized key is cut into the same words by bytes as by characters.
    @Test(arguments: ["carla rios", "rios", "jose maria  perez", "perez\u{0301} soto", "a b c", ""])
    func keyWordsAgreeWithCharacterSplit(_ key: String) {
        #expect(CorpusJoiner.words(ofKey: key) == key.split(separator: " "))
    }
}

extension CoreferenceFastPathTests {
    /// Looking for a space by bytes agrees with looking for it as a string.
    @Test(arguments: ["Perú", "Estados Unidos", "Cajamarca", "a \u{0301}b", "Ñuñoa Alto", "", " "])
    func spaceByBytesAgreesWithContains(_ name: String) {
        #expect(Coreference.containsSpace(name) == name.contains(" "))
    }
}

extension CoreferenceFastPathTests {
    /// ASCII folds as Foundation folds case and diacritics; other text goes to Foundation.
    @Test func asciiFoldAgreesWithFoundation() {
        let ascii = String(decoding: (UInt8(0x20)...0x7E).map { $0 }, as: UTF8.self)
        for s in [ascii, "PERUANO", "Peru", "Estados Unidos", "", "Perú", "ÑANDÚ", "A\r\nB"] {
            #expect(Coreference.fold(s) == Array(s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)))
        }
    }
}

/// The byte-level forms of coreference that replaced character-level ones.
@Suite struct CoreferenceBytePathTests {
    /// Initials read on ASCII and Latin-1 bytes agree with reading the name scalar by scalar.
    @Test(arguments: ["Estados Unidos", " Frente  de Defensa ", "ABC def Ghi", "a B", "x", "Perú Libre", "1st Army",
                      "Óscar Ñandú", "Ángel de la Ñusta", "×avier Ýves", "ÀÉÎ ÕÜ", "Ça Ölçü Þorn", "a Á b É",
                      "A B C D E F G H I J K L M N O P Q R", "É É É É É É É É É", "E\u{0301}mile Zola", "Ωmega Λambda",
                      "  Perú  Libre ", "ß Straße", "µ Ÿves"])
    func initialsAgreeWithScalarReading(_ name: String) {
        let coreference = Coreference(lexicon: Fixture.extractor.lexicons["es"]!,
                                      text: Segmenter(abbreviations: []).segment(""))
        var expected = ""
        var atWordStart = true
        for scalar in name.unicodeScalars {
            if scalar == " " { atWordStart = true; continue }
            if atWordStart, scalar.properties.isUppercase { expected += scalar.properties.lowercaseMapping }
            atWordStart = false
        }
        #expect(coreference.initials(name) == expected)
    }

    /// Names as cache keys are equal only when their bytes are, and equal keys hash alike.
    @Test func exactNamesCompareBytes() {
        #expect(ExactName("Perú") == ExactName("Per" + "ú"))
        #expect(ExactName("Perú").hashValue == ExactName("Per" + "ú").hashValue)
        #expect(ExactName("Perú") != ExactName("Peru\u{0301}"))
        #expect(ExactName("") == ExactName(""))
        #expect(ExactName("a") != ExactName("b"))
    }
}

/// The last word of a key read by bytes is the last of its words.
@Suite struct CorpusJoinerLastWordTests {
    @Test(arguments: ["carla rios", "rios", "jose maria  perez ", "  perez", "perez\u{0301} soto", "ríos", "a b c", "", "   "])
    func lastWordIsTheLastOfTheWords(_ key: String) {
        let words = CorpusJoiner.words(ofKey: key)
        let last = CorpusJoiner.lastWord(ofKey: key)
        #expect(last?.word == words.last.map(String.init))
        #expect(last?.only == (words.last == nil ? nil : words.count == 1))
    }
}
