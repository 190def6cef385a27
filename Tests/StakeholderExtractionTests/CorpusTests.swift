import Foundation
import StakeholderCore
import Testing
@testable import StakeholderExtraction

@Suite struct CorpusTests {
    static let extraArticles = [
        "x1.txt": "Los pobladores de Santa Rosa exigieron a la empresa minera Cerro Alto la reparación de los daños.\nEl ministro se reunirá con ellos.",
        "x2.md": "Residents of San Pedro accused the Apex Mining company of polluting their water.\nEnergy Minister John Carter met with leaders of the Santa Elena community.",
        "sub/x3.txt": "La Defensoría del Pueblo se reunió con los representantes de la Federación Minera del Sur.",
    ]

    /// A folder with the seeds and a few more articles.
    static func corpusFolder() throws -> String {
        let dir = try Fixture.temporaryFolder()
        try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixture.seedsFolder) where name.hasSuffix(".txt") {
            try FileManager.default.copyItem(atPath: Fixture.seedsFolder + "/" + name, toPath: dir + "/" + name)
        }
        for (name, text) in extraArticles { try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8) }
        return dir
    }

    @Test func sameBytesWhateverThreadsAndInputOrder() throws {
        let dir = try Self.corpusFolder()
        let files = try DocumentReader().files(in: [dir]).files
        #expect(files.count >= 6)
        let one = try Fixture.extractor.extractCorpus(paths: [dir], threads: 1)
        let four = try Fixture.extractor.extractCorpus(paths: [dir], threads: 4)
        let reversed = try Fixture.extractor.extractCorpus(paths: files.reversed(), threads: 3)
        #expect(one.documentsRead == files.count)
        #expect(one.graph.jsonData() == four.graph.jsonData())
        #expect(one.graph.jsonData() == reversed.graph.jsonData())
        #expect(one.graph.invariantViolations().isEmpty)
    }

    /// With several threads, batches are read, extracted and joined in overlapping rounds; a
    /// corpus of many batches, with unreadable files among them, gives the graph and the notes
    /// of a one-thread run.
    @Test func overlappingBatchesGiveTheOneThreadResult() throws {
        let source = try Self.corpusFolder()
        let files = try DocumentReader().files(in: [source]).files
        let dir = try Fixture.temporaryFolder()
        for copy in 0..<8 {
            for (k, file) in files.enumerated() {
                let name = String(format: "%02d-%02d-", copy, k) + (file as NSString).lastPathComponent
                try FileManager.default.copyItem(atPath: file, toPath: dir + "/" + name)
            }
            try "".write(toFile: dir + String(format: "/%02d-empty.txt", copy), atomically: true, encoding: .utf8)
        }
        let one = try Fixture.extractor.extractCorpus(paths: [dir], threads: 1)
        #expect(one.documentsRead == 8 * files.count)
        #expect(one.notes.count == 8)
        for threads in [2, 3] {
            let many = try Fixture.extractor.extractCorpus(paths: [dir], threads: threads)
            #expect(many.documentsRead == one.documentsRead)
            #expect(many.notes.map(\.path) == one.notes.map(\.path))
            #expect(many.graph.jsonData() == one.graph.jsonData())
        }
    }

    @Test func corpusGraphMergesDocumentGraphsInFileOrder() throws {
        let dir = try Self.corpusFolder()
        let files = try DocumentReader().files(in: [dir]).files
        var joiner = CorpusJoiner(extractor: Fixture.extractor)
        for file in files {
            let document = try #require(DocumentReader().read(path: file).document)
            joiner.add(Fixture.extractor.extract(document))
        }
        let corpus = try Fixture.extractor.extractCorpus(paths: [dir], threads: 2)
        #expect(corpus.graph.jsonData() == joiner.graph.jsonData())
    }

    @Test func badFilesAreNotesNotFailures() throws {
        let dir = try Fixture.temporaryFolder()
        try "".write(toFile: dir + "/empty.txt", atomically: true, encoding: .utf8)
        try "El ministro se reunió con los alcaldes de Villa Azul.".write(toFile: dir + "/ok.txt", atomically: true, encoding: .utf8)
        let result = try Fixture.extractor.extractCorpus(paths: [dir], threads: 2)
        #expect(result.documentsRead == 1)
        #expect(result.notes.count == 1)
        #expect(result.notes.first?.path.hasSuffix("empty.txt") == true)
    }

    @Test func evidenceIsTheSliceOfTheDocumentAtItsOffsets() throws {
        let dir = try Self.corpusFolder()
        for file in try DocumentReader().files(in: [dir]).files {
            let document = try #require(DocumentReader().read(path: file).document)
            let scalars = Array(document.text.unicodeScalars)
            let graph = Fixture.extractor.extract(document)
            for relation in graph.relations {
                for evidence in relation.evidence {
                    #expect(evidence.start >= 0 && evidence.start < evidence.end && evidence.end <= scalars.count)
                    let slice = String(String.UnicodeScalarView(scalars[evidence.start..<evidence.end]))
                    #expect(slice == evidence.text, "\(file): \(evidence.rule)")
                    #expect(evidence.document == document.id)
                    #expect(!evidence.rule.isEmpty)
                }
            }
        }
    }

    @Test func seedsGiveTheCentralRelations() throws {
        let result = try Fixture.extractor.extractCorpus(paths: [Fixture.seedsFolder], threads: 2)
        let g = result.graph
        #expect(Fixture.has(g, .meeting, "José María Balcázar", "Bernie Navarro"))
        #expect(Fixture.has(g, .meeting, "José María Balcázar", "alcaldes de Lima Metropolitana"))
        #expect(Fixture.has(g, .grievance, "Jesús Castrejón", "Yanacocha"))
        #expect(Fixture.has(g, .affiliation, "Bernie Navarro", "Estados Unidos"))
        #expect(g.actor(named: "Balcázar")?.type == .government)
        #expect(g.actor(named: "Navarro")?.type == .embassy)
    }
}

@Suite struct EvidenceSentenceTests {
    @Test func evidenceIsTheWholeSentence() {
        let text = "El martes hubo lluvias en la zona.\n  Según el diario local, el Frente de Defensa de Río Claro denunció a la minera Andina Gold por contaminar el río, informaron fuentes oficiales.  \nOtra línea."
        let graph = Fixture.graph(text, language: "es")
        let evidence = graph.relations.first { $0.type == .grievance }?.evidence.first
        #expect(evidence?.text == "Según el diario local, el Frente de Defensa de Río Claro denunció a la minera Andina Gold por contaminar el río, informaron fuentes oficiales.")
        let scalars = Array(text.unicodeScalars)
        if let e = evidence {
            #expect(String(String.UnicodeScalarView(scalars[e.start..<e.end])) == e.text)
        }
    }
}

extension EvidenceSentenceTests {
    @Test func twoTriggersOfOneSentenceCiteItOnce() {
        let graph = Fixture.graph("La alcaldesa Rosa Díaz criticó la indiferencia del Ministerio de Energía y Minas.", language: "es")
        let grievance = graph.relations.first { $0.type == .grievance }
        #expect(grievance?.weight == 1)
        #expect(grievance?.evidence.count == 1)
    }
}
