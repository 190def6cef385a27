import Foundation
import StakeholderCore
import Testing
@testable import StakeholderExtraction

@Suite struct LexiconTests {
    @Test(arguments: ["es", "en"])
    func builtInLexiconLoadsWithoutWarnings(_ language: String) throws {
        let lexicon = try Lexicon.builtIn(language)
        #expect(lexicon.warnings.isEmpty, "\(lexicon.warnings)")
        #expect(lexicon.heads.count > 50)
        #expect(lexicon.triggers.count > 40)
    }

    @Test func malformedLineNamesFileAndLine() {
        let files = ["triggers.tsv": "#stakemap-lexicon triggers 1\n# comment\nes.x\tmeeting\tse reuni*\n"]
        #expect(throws: ExtractionError.badLexicon(file: "es/triggers.tsv", line: 3,
                                                   message: "expected 4 tab-separated columns, found 3")) {
            try Lexicon(language: "es", files: files)
        }
    }

    @Test func missingHeaderAndNewerVersionAreErrors() {
        #expect(throws: ExtractionError.self) { try Lexicon(language: "en", files: ["words.tsv": "negation\tnot\n"]) }
        #expect(throws: ExtractionError.self) {
            try Lexicon(language: "en", files: ["words.tsv": "#stakemap-lexicon words 99\nnegation\tnot\n"])
        }
    }

    @Test func unknownKeysAreWarnedAboutAndSkipped() throws {
        let lexicon = try Lexicon(language: "en", files: [
            "heads.tsv": "#stakemap-lexicon heads 1\nminister\tgovernmnet\tperson\tminister\n",
            "words.tsv": "#stakemap-lexicon words 1\nnegatoin\tnot\n",
        ])
        #expect(lexicon.warnings.count == 2)
        #expect(lexicon.warnings.contains { $0.hasPrefix("en/heads.tsv:2:") })
        #expect(lexicon.heads.count == 0)
    }

    @Test func extraTriggerWordsAreUsed() throws {
        let text = "The residents of San Pedro berated the Apex Mining company."
        #expect(Fixture.graph(text, language: "en").relations.isEmpty)
        var lexicon = try Lexicon.builtIn("en")
        lexicon.addTrigger("berated", relation: .grievance)
        let extractor = Extractor(lexicons: [lexicon, try Lexicon.builtIn("es")])
        let graph = extractor.extract(Fixture.document(text, language: "en"))
        #expect(Fixture.has(graph, .grievance, "San Pedro", "Apex Mining"))
        #expect(graph.relations.first?.evidence.first?.rule == "en.grievance.user.berated")
    }

    /// No built-in lexicon entry may be a proper name of the seed articles.
    ///
    /// Proper names of the seeds are the words written capitalised in the middle of a sentence
    /// that never occur in lower case in the seeds, less a short, explicit list of generic
    /// institution words that news capitalise ("Congreso", "Ministry"), which lexicons must hold.
    @Test func builtInLexiconsHoldNoSeedNames() throws {
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Fixture.seedsFolder)
            .filter { $0.hasSuffix(".txt") }
        try #require(!seeds.isEmpty, "seeds/ not found at \(Fixture.seedsFolder)")
        var capitalised = Set<String>()
        var lower = Set<String>()
        for name in seeds {
            let text = try String(contentsOfFile: Fixture.seedsFolder + "/" + name, encoding: .utf8)
            let seg = Segmenter(abbreviations: []).segment(text)
            for token in seg.tokens where token.isWord && token.lower.count >= 3 {
                if token.isCapitalized {
                    if !token.shape.contains(.sentenceInitial) && !token.shape.contains(.lineInitial) {
                        capitalised.insert(token.lower)
                    }
                } else {
                    lower.insert(token.lower)
                }
            }
        }
        let genericInstitutionWords: Set<String> = [
            "congreso", "presidencia", "policía", "ministry", "gobierno", "ejecutivo", "poder",
            "oficina", "programa", "program", "government", "ministerio", "confederación",
            "nacional", "república", "estado", "embajada", "asuntos", "hemisferio", "occidental",
            "bureau", "affairs", "mining", "integration", "presidente", "mandatario", "jefe",
            "community", "leaders", "authorities", "energy", "mines", "minera", "minería",
            "mineros", "artesanales", "pequeños", "metropolitana", "mr.", "western", "hemisphere",
            // Month names, section labels and generic words of institution names.
            "march", "radio", "actualizado", "estados", "i've",
        ]
        let seedNames = capitalised.subtracting(lower).subtracting(genericInstitutionWords)
        #expect(seedNames.contains("balcázar") && seedNames.contains("yanacocha"), "the name list must be meaningful")
        for language in ["es", "en"] {
            for entry in try Lexicon.builtIn(language).allEntries {
                for word in entry.split(separator: " ") {
                    let w = String(word).trimmingCharacters(in: CharacterSet(charactersIn: "*"))
                    #expect(!seedNames.contains(w), "\(language) lexicon entry '\(entry)' is a seed name")
                }
            }
        }
    }
}
