import Foundation
import Testing
@testable import StakeholderExtraction

/// The segmenter's byte-level fast paths (Latin-1 words hashed as they are lower-cased,
/// vocabulary strings shared, marks made once per document, ASCII decoded eight bytes at a
/// time) give the tokens and sentences of the plain scalar-by-scalar reference, field by field.
@Suite struct TokenizerAgreementTests {
    static let samples = [
        "El Sr. Pérez habló con el embajador de EE.UU. Juan Ruiz. La empresa Minera S.A. Respondió luego.",
        "Mr. Smith met Dr. Jones at 10 a.m. on Monday. The U.S. Embassy agreed; 31,560 people, 2.8%.",
        "“Señaló” que la Confederación (Confemin) y Yanacocha’s ñandú… no.\nOtra línea 🇵🇪 aquí.",
        "ÁREA ÑANDÚ Über ÉTNICAS compa\u{00F1}\u{00ED}a compan\u{0303}i\u{0301}a CAFÉ cafe\u{0301} İstanbul ǅemal ß ﬁn",
        "Dirigentes—y comuneros–reclamaron: «¡Basta!» ¿Quién? @usuario #ParoAgrario co-op 2026-03-02 Ⅻ ½ x²",
        " date 2026-03-02 El ministro habló.\nMain Menu\n5\nLa comunidad respondió. Ω Å ﬀ ΑΘΗΝΑ Москва",
        "PERU'S MINERS' strike... -- Toquepala’s workers' union met the ministry's team at 9:30.",
        "", "\n\n", "a", "A.", "ab.cd.ef.gh", "x’s y's z’S", "......", "\u{0301}abc", "abc\u{0301}",
    ]

    /// A text of random scalars drawn from letters, marks and punctuation of many scripts.
    static func randomText(seed: UInt64, length: Int) -> String {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let pool: [Unicode.Scalar] = Array("aeiouAEIOUnsrtlNSRTL019 ., ;:!?\n\t-–—'’\"“”«»()¿¡…@#_/%".unicodeScalars)
            + Array("áéíóúñüÁÉÍÓÚÑÜçÇßÿµªº°±²½×÷".unicodeScalars)
            + ["\u{0301}", "\u{0303}", "\u{0130}", "\u{01C5}", "\u{03A9}", "\u{212B}", "\u{2126}", "\u{FB01}",
               "\u{0416}", "\u{05D0}", "\u{4E2D}", "\u{1F600}", "\u{00A0}", "\u{2009}", "\u{2000}", "\u{0085}"]
        var view = String.UnicodeScalarView()
        for _ in 0..<length { view.append(pool[Int(next() % UInt64(pool.count))]) }
        return String(view)
    }

    func expectAgreement(_ text: String, _ lexicon: Lexicon, classify: Bool) {
        let fast = classify ? Segmenter(lexicon: lexicon).segment(text)
                            : Segmenter(abbreviations: lexicon.abbreviations).segment(text)
        let reference = classify ? ReferenceSegmenter(lexicon: lexicon).segment(text)
                                 : ReferenceSegmenter(abbreviations: lexicon.abbreviations).segment(text)
        #expect(fast.scalars == reference.scalars)
        #expect(fast.utf8Offsets == reference.utf8Offsets)
        #expect(fast.sentences == reference.sentences, "sentences of \(text.debugDescription)")
        #expect(fast.tokens.count == reference.tokens.count, "tokens of \(text.debugDescription)")
        for (a, b) in zip(fast.tokens, reference.tokens) where !Self.same(a, b) {
            Issue.record("token \(a) differs from the reference \(b) in \(text.debugDescription)")
            return
        }
    }

    /// Every stored field equal, `lower` byte for byte.
    static func same(_ a: Token, _ b: Token) -> Bool {
        a.start == b.start && a.end == b.end && Array(a.lower.utf8) == Array(b.lower.utf8) && a.shape == b.shape
            && a.classes == b.classes && a.word == b.word && a.prefixKey == b.prefixKey && a.head8 == b.head8
            && a.simple == b.simple
    }

    @Test(arguments: ["es", "en"])
    func samplesAgreeWithTheReference(language: String) throws {
        let lexicon = try Lexicon.builtIn(language)
        for text in Self.samples {
            expectAgreement(text, lexicon, classify: true)
            expectAgreement(text, lexicon, classify: false)
        }
    }

    @Test func randomTextsAgreeWithTheReference() throws {
        let lexicon = try Lexicon.builtIn("es")
        for seed in 1...60 {
            expectAgreement(Self.randomText(seed: UInt64(seed), length: 40 + seed * 7), lexicon, classify: seed % 3 != 0)
        }
    }

    @Test func seedArticlesAgreeWithTheReference() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let lexicon = try Lexicon.builtIn(LanguageDetector.detect(text))
            expectAgreement(text, lexicon, classify: true)
        }
    }

    /// The ASCII part of the Latin-1 table classifies as the ASCII ranges the reference uses.
    @Test func latinTableAgreesOnASCII() {
        for v in 0..<0x80 {
            let c = Unicode.Scalar(UInt8(v))
            let isWord = (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
            #expect(Tokenizer.isWordScalar(c) == isWord)
            #expect((Scalars.latin1[v].flags & Scalars.Latin1.whitespace != 0) == (v == 0x20 || (0x09...0x0D).contains(v)))
        }
    }

    /// A listed word shares the vocabulary's string, spelled as the token's bytes.
    @Test func listedWordsShareVocabularyStrings() throws {
        var table = WordTable(keepsStrings: true)
        let decomposed = "compan\u{0303}i\u{0301}a"
        let id = table.insert(decomposed).id
        #expect(Array(table.string(id).utf8) == Array("compa\u{00F1}\u{00ED}a".utf8))
        let plain = table.insert("minería").id
        #expect(table.string(plain) == "minería")
    }

    /// The punctuation looked up without composing is its own composed form.
    @Test func punctuationTakenAsComposedIsComposed() {
        for value in UInt32(0x2000)..<0x2070 {
            let text = String(Unicode.Scalar(value)!)
            var bytes = Array(text.utf8)
            let taken = bytes.withUnsafeMutableBufferPointer { WordTable.isComposedPunctuation(UnsafeBufferPointer($0)) }
            if taken { #expect(Array(text.precomposedStringWithCanonicalMapping.utf8) == bytes, "U+\(String(value, radix: 16))") }
            #expect(taken == (value >= 0x2002), "U+\(String(value, radix: 16))")
        }
    }
}
