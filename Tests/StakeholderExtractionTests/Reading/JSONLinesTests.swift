import Foundation
import Testing
@testable import StakeholderExtraction

@Suite struct JSONLinesTests {
    static let lines = """
        {"text": "El alcalde denunció a la empresa.", "id": "n1", "date": "2026-03-05T08:00:00Z", "title": "Denuncia", "url": "https://example.org/n1"}
        not json
        {"id": "sin texto"}
        [1, 2]

        {"text": "   "}
        {"text": 42}
        {"text": "La comunidad exigió al ministro una mesa de diálogo.", "id": 7}
        {"text": "Otra nota con el mismo id.", "id": "n1", "date": "ayer"}\r
        {"text": "Sin salto final."}
        """

    @Test func eachLineIsADocumentAndEachBadLineANoteWithItsNumber() throws {
        let (documents, notes) = DocumentReader().documents(data: Data(Self.lines.utf8), path: "in/feed.jsonl")
        #expect(documents.map(\.id) == ["n1", "7", "n1-9", "feed-10"])
        #expect(documents[0].date == "2026-03-05")
        #expect(documents[0].title == "Denuncia")
        #expect(documents[0].url == "https://example.org/n1")
        #expect(documents[0].path == "in/feed.jsonl:1")
        #expect(documents[2].text == "Otra nota con el mismo id.")
        let skipped = notes.filter(\.skipped)
        #expect(skipped.map(\.line) == [2, 3, 4, 6, 7])
        #expect(skipped.map(\.message) == ["invalid JSON; skipped", "no \"text\" field; skipped",
                                           "not a JSON object; skipped", "empty \"text\"; skipped",
                                           "\"text\" is not a string; skipped"])
        #expect(notes.contains { $0.line == 9 && $0.message.contains("used before") })
        #expect(notes.contains { $0.line == 9 && $0.message.contains("date") })
    }

    @Test func aFileIsStreamedInChunksWithTheSameResult() throws {
        let dir = try Fixture.temporaryFolder()
        let path = dir + "/feed.jsonl"
        try Self.lines.write(toFile: path, atomically: true, encoding: .utf8)
        let memory = DocumentReader().documents(data: Data(Self.lines.utf8), path: path)
        let streamed = Array(DocumentReader().documents(in: [path]))
        #expect(streamed.compactMap(\.document) == memory.documents)
        #expect(streamed.flatMap(\.notes) == memory.notes)
        for chunk in [1, 3, 7, 64] {
            let file = try JSONLinesFile(path: path, maxLineBytes: 1 << 20, chunkSize: chunk)
            var lines: [String] = []
            while let line = file.next() { lines.append(String(decoding: line.bytes ?? Data(), as: UTF8.self)) }
            #expect(lines == Self.lines.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map {
                String(decoding: $0.last == 0x0D ? $0.dropLast() : $0, as: UTF8.self)
            })
        }
    }

    @Test func overlongLinesAreSkippedWithoutStoppingTheFile() throws {
        let dir = try Fixture.temporaryFolder()
        let path = dir + "/big.jsonl"
        let long = #"{"text": ""# + String(repeating: "a", count: 5000) + #""}"#
        try [long, #"{"text": "El ministro habló con los dirigentes."}"#, long].joined(separator: "\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let reader = DocumentReader(maxBytes: 1000)
        let items = Array(reader.documents(in: [path]))
        #expect(items.compactMap(\.document).map(\.id) == ["big-2"])
        #expect(items.flatMap(\.notes).map(\.line) == [1, 3])
        #expect(items.flatMap(\.notes).allSatisfy { $0.skipped && $0.message.contains("max-bytes") })
    }

    @Test func emptyAndBinaryJSONLinesFilesAreSkipped() throws {
        let dir = try Fixture.temporaryFolder()
        try Data().write(to: URL(fileURLWithPath: dir + "/empty.jsonl"))
        try Data([0x1F, 0x8B, 0x08, 0x00, 0x01]).write(to: URL(fileURLWithPath: dir + "/zipped.jsonl"))
        try Data([0xFF, 0xFE, 0x7B, 0x00, 0x0A, 0x00]).write(to: URL(fileURLWithPath: dir + "/wide.jsonl"))
        let paths = ["empty", "zipped", "wide"].map { dir + "/\($0).jsonl" }
        let items = Array(DocumentReader().documents(in: paths))
        #expect(items.compactMap(\.document).isEmpty)
        #expect(items.flatMap(\.notes).map(\.message) == ["no articles (empty file); skipped",
                                                          "binary content (gzip), not text; skipped",
                                                          "UTF-16 JSON Lines are not read (save the file as UTF-8); skipped"])
    }
}
