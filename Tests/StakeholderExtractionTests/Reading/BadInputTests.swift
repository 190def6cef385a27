import Foundation
import Testing
@testable import StakeholderExtraction

@Suite struct BadInputTests {
    static let text = Data("El ministro se reunió con los dirigentes de la comunidad.".utf8)

    @Test(arguments: [
        ("PDF", Data("%PDF-1.7\n%âãÏÓ\n".utf8)),
        ("ZIP", Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00])),
        ("PNG", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00])),
        ("JPEG", Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10])),
        ("GIF", Data("GIF89a\u{01}".utf8)),
        ("gzip", Data([0x1F, 0x8B, 0x08])),
        ("ELF", Data([0x7F, 0x45, 0x4C, 0x46, 0x02])),
        ("NUL bytes", Data("texto\0con nulo".utf8)),
    ])
    func binaryContentIsSkippedNamingItsKind(_ kind: String, _ data: Data) {
        let (document, notes) = DocumentReader().document(data: data, path: "x/file.txt")
        #expect(document == nil)
        #expect(notes.map(\.message) == ["binary content (\(kind)), not text; skipped"])
        #expect(notes.allSatisfy { $0.skipped })
    }

    @Test func utf16WithAByteOrderMarkIsText() throws {
        var data = Data([0xFF, 0xFE])
        for unit in "Reunión con la comunidad.".utf16 { data.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        let (document, notes) = DocumentReader().document(data: data, path: "x/u16.txt")
        #expect(document?.text == "Reunión con la comunidad.")
        #expect(notes.isEmpty)
    }

    @Test func controlCharactersBecomeSpacesWithANote() throws {
        let (document, notes) = DocumentReader().document(data: Data("El \u{1B}[31mministro\u{7F} habló.\u{0C}".utf8), path: "x/c.txt")
        #expect(document?.text == "El  [31mministro  habló. ")
        #expect(notes.map(\.message) == ["control characters replaced by spaces"])
        #expect(!notes[0].skipped)
    }

    @Test func emptyWhiteSpaceAndTooLargeAreSkipped() {
        let reader = DocumentReader(maxBytes: 20)
        #expect(reader.document(data: Data(), path: "e.txt").notes.map(\.message) == ["empty file; skipped"])
        #expect(reader.document(data: Data(" \n\t\u{3000}\n".utf8), path: "w.txt").notes.first?.message
            == "no text (empty or white space only); skipped")
        #expect(reader.document(data: Self.text, path: "big.txt").notes.first?.message.hasPrefix("larger than --max-bytes") == true)
    }

    @Test func filesTooLargeOrNotRegularAreSkippedBeforeReading() throws {
        let dir = try Fixture.temporaryFolder()
        try Self.text.write(to: URL(fileURLWithPath: dir + "/big.txt"))
        try FileManager.default.createDirectory(atPath: dir + "/folder.txt", withIntermediateDirectories: true)
        let reader = DocumentReader(maxBytes: 20)
        #expect(reader.read(path: dir + "/big.txt").notes.first?.message.hasPrefix("larger than --max-bytes (") == true)
        #expect(reader.read(path: dir + "/folder.txt").notes.first?.message == "not a regular file; skipped")
        #expect(reader.read(path: dir + "/missing.txt").notes.first?.message.contains("No such file") == true)
    }

    @Test(.enabled(if: getuid() != 0, "root reads any file"))
    func unreadableFileIsANote() throws {
        let dir = try Fixture.temporaryFolder()
        let path = dir + "/locked.txt"
        try Self.text.write(to: URL(fileURLWithPath: path))
        chmod(path, 0)
        let (document, notes) = DocumentReader().read(path: path)
        #expect(document == nil)
        #expect(notes.first?.message.contains("Permission denied") == true)
    }

    @Test func foldersNoteFilesOfOtherTypesAndSkipHiddenOnes() throws {
        let dir = try Fixture.temporaryFolder()
        for name in ["a.txt", "b.html", "c.jsonl", "d.pdf", "e.pdf", "f.docx", ".hidden.txt"] {
            try Self.text.write(to: URL(fileURLWithPath: dir + "/" + name))
        }
        try FileManager.default.createDirectory(atPath: dir + "/.git", withIntermediateDirectories: true)
        try Self.text.write(to: URL(fileURLWithPath: dir + "/.git/x.txt"))
        let (files, notes) = try DocumentReader().files(in: [dir])
        #expect(files.map { ($0 as NSString).lastPathComponent } == ["a.txt", "b.html", "c.jsonl"])
        #expect(notes.map(\.message) == ["files of other types not read: .docx 1, .pdf 2"])
        #expect(!notes[0].skipped)
    }

    @Test func sameStemInTwoFoldersGivesTwoDocuments() throws {
        let dir = try Fixture.temporaryFolder()
        for folder in ["2026-01", "2026-02"] {
            try FileManager.default.createDirectory(atPath: dir + "/" + folder, withIntermediateDirectories: true)
            try Data("<p>El ministro de Energía se reunió con los dirigentes de \(folder).</p>".utf8)
                .write(to: URL(fileURLWithPath: dir + "/\(folder)/index.html"))
        }
        let items = Array(DocumentReader().documents(in: try DocumentReader().files(in: [dir]).files))
        #expect(items.compactMap(\.document).map(\.id) == ["index", "index-2"])
        #expect(items.flatMap(\.notes).map(\.message) == ["document id 'index' is taken by an earlier file; this one is 'index-2'"])
    }
}
