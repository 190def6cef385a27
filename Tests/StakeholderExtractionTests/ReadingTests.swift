import Foundation
import Testing
@testable import StakeholderExtraction

@Suite struct ReadingTests {
    @Test(arguments: [
        (" date 2026-03-05 RADIO 95.5\nTexto.", "2026-03-05"),
        ("Política\n05/03/2026 / Noticias / Actualizado\nTexto.", "2026-03-05"),
        ("by A. Writer | 28-04-2024 16:05\nText.", "2024-04-28"),
        ("Lima, 2 de marzo de 2026. El ministro dijo…", "2026-03-02"),
        ("Posted March 2, 2026 by staff\nText.", "2026-03-02"),
        ("Updated 7 July 2022\nText.", "2022-07-07"),
    ])
    func datesInOpeningLines(_ text: String, _ expected: String) {
        #expect(DateFinder.find(in: text) == expected)
    }

    @Test func noDateWhenNoneIsWritten() {
        #expect(DateFinder.find(in: "Los mineros marcharon ayer.\nSin fecha.") == nil)
    }

    @Test func languageBySpanishAndEnglishFunctionWords() {
        #expect(LanguageDetector.detect("Los pobladores de la comunidad exigieron a la empresa que cumpla.") == "es")
        #expect(LanguageDetector.detect("The residents of the community demanded that the company comply.") == "en")
    }

    @Test func boilerplateLinesAreNotText() {
        #expect(Boilerplate.isBoilerplate("SiteMap View"))
        #expect(Boilerplate.isBoilerplate("Main Menu"))
        #expect(Boilerplate.isBoilerplate("5"))
        #expect(!Boilerplate.isBoilerplate("Mineros buscan mejores condiciones"))
        #expect(!Boilerplate.isBoilerplate("The minister met the miners."))
    }

    @Test func titleIsTheFirstHeadlineLine() {
        let text = " date 2026-03-05 RADIO 95.5 FM EN VIVO\nPolítica\nMain Menu\nMineros marchan hacia el Congreso por la formalización\nTexto."
        #expect(DocumentReader.title(of: text) == "Mineros marchan hacia el Congreso por la formalización")
    }

    @Test func emptyFileAndInvalidUTF8AreNotes() throws {
        let reader = DocumentReader()
        let empty = reader.document(data: Data("  \n".utf8), path: "x/empty.txt")
        #expect(empty.document == nil)
        #expect(empty.notes.first?.message.contains("empty") == true)
        var bytes = Data("La empresa minera ".utf8)
        bytes.append(contentsOf: [0xFF, 0xFE])
        bytes.append(Data(" respondió.".utf8))
        let bad = reader.document(data: bytes, path: "x/bad.txt")
        #expect(bad.document?.text.contains("\u{FFFD}") == true)
        #expect(bad.document?.id == "bad")
        #expect(bad.notes.contains { $0.message.contains("UTF-8") })
    }

    @Test func foldersAreReadRecursivelyAndSorted() throws {
        let dir = try Fixture.temporaryFolder()
        try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        try "El ministro habló.".write(toFile: dir + "/sub/b.md", atomically: true, encoding: .utf8)
        try "El ministro habló.".write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        try "ignored".write(toFile: dir + "/c.json", atomically: true, encoding: .utf8)
        let found = try DocumentReader().files(in: [dir + "/sub/b.md", dir])
        #expect(found.files == [dir + "/a.txt", dir + "/sub/b.md"])
    }

    @Test func missingPathStopsTheRun() {
        #expect(throws: ExtractionError.self) { try DocumentReader().files(in: ["/nonexistent/stakemap"]) }
    }

    @Test func unreadableOrWrongFileIsANote() {
        let result = DocumentReader().read(path: "/nonexistent/file.txt")
        #expect(result.document == nil)
        #expect(result.notes.count == 1)
    }
}

@Suite struct SegmenterTests {
    func sentences(_ text: String, _ language: String) throws -> [String] {
        let lexicon = try Lexicon.builtIn(language)
        let seg = Segmenter(abbreviations: lexicon.words[.abbreviation] ?? []).segment(text)
        return seg.sentences.map { seg.slice($0.start, $0.end) }
    }

    @Test func spanishAbbreviationsDoNotEndSentences() throws {
        let s = try sentences("El Sr. Pérez habló con el embajador de EE.UU. Juan Ruiz. La empresa Minera S.A. Respondió luego. El Ing. Díaz calló.", "es")
        #expect(s == ["El Sr. Pérez habló con el embajador de EE.UU. Juan Ruiz.",
                      "La empresa Minera S.A. Respondió luego.", "El Ing. Díaz calló."])
    }

    @Test func englishAbbreviationsDoNotEndSentences() throws {
        let s = try sentences("Mr. Smith met Dr. Jones at 10 a.m. on Monday. The U.S. Embassy agreed.", "en")
        #expect(s == ["Mr. Smith met Dr. Jones at 10 a.m. on Monday.", "The U.S. Embassy agreed."])
    }

    @Test func headlinesAreSentencesOfTheirOwn() throws {
        let s = try sentences("Miners block highways in the south\nThousands of miners protested. They left.", "en")
        #expect(s == ["Miners block highways in the south", "Thousands of miners protested.", "They left."])
    }

    @Test func dateMarkerAndBoilerplateGiveNoSentences() throws {
        let s = try sentences(" date 2026-03-02 El ministro habló.\nMain Menu\n5\nLa comunidad respondió.", "es")
        #expect(s == ["El ministro habló.", "La comunidad respondió."])
    }

    @Test func tokenOffsetsSliceTheText() throws {
        let text = "“Señaló” que la Confederación (Confemin) y Yanacocha’s ñandú… no.\nOtra línea 🇵🇪 aquí."
        let lexicon = try Lexicon.builtIn("es")
        let seg = Segmenter(abbreviations: lexicon.words[.abbreviation] ?? []).segment(text)
        let scalars = Array(text.unicodeScalars)
        for token in seg.tokens {
            #expect(token.start >= 0 && token.end <= scalars.count && token.start < token.end)
            #expect(seg.slice(token.start, token.end).lowercased().replacingOccurrences(of: "’", with: "'") == token.lower)
        }
        #expect(seg.tokens.contains { $0.lower == "'s" })
    }
}
