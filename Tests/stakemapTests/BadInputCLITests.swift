import Foundation
import Testing

/// Helpers for the end-to-end tests of `extract` and `map` on corpora made on the spot.
enum Corpus {
    static var seeds: String { ExtractCommandTests.seeds }

    /// A fresh temporary folder.
    static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "stakemap-e2e-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func write(_ data: Data, _ path: String) throws {
        try data.write(to: URL(fileURLWithPath: path))
    }

    /// Two good articles (copied from seeds/) and one of each kind of bad file.
    static func mixed(maxBytes: Int = 200_000) throws -> (folder: String, bad: [String]) {
        let dir = try folder()
        let seeds = try FileManager.default.contentsOfDirectory(atPath: seeds).filter { $0.hasSuffix(".txt") }.sorted()
        for name in seeds.prefix(2) {
            try FileManager.default.copyItem(atPath: Self.seeds + "/" + name, toPath: dir + "/" + name)
        }
        try write(Data("%PDF-1.4\n1 0 obj".utf8), dir + "/scan.txt")
        try write(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]), dir + "/photo.md")
        try write(Data("texto\0binario".utf8), dir + "/nul.txt")
        try write(Data(), dir + "/empty.txt")
        try write(Data(" \n\t \n".utf8), dir + "/blank.md")
        try write(Data(repeating: 0x61, count: maxBytes + 1), dir + "/huge.txt")
        var invalid = Data("El alcalde de Villa Azul denunció a la empresa Minera Azul ".utf8)
        invalid.append(contentsOf: [0xC3, 0x28, 0xFF])
        invalid.append(Data(" por contaminar el río.".utf8))
        try write(invalid, dir + "/latin.txt")
        try write(Data("""
            {"id": "feed-ok", "text": "La comunidad de Santa Rosa exigió al Ministerio de Energía y Minas una mesa de diálogo."}
            {"text": "sin cerrar"
            {"title": "sin texto"}
            """.utf8), dir + "/feed.jsonl")
        try write(Data("""
            <html><head><title>Paro</title><script>alert("no")</script></head>
            <body><p>Los dirigentes de la Federaci&oacute;n Minera del Sur se reunieron con el ministro de Energ&iacute;a.</p></body></html>
            """.utf8), dir + "/page.html")
        try write(Data("<html><body><script>only()</script></body></html>".utf8), dir + "/scripts.html")
        let bad = ["scan.txt: binary content (PDF)", "photo.md: binary content (PNG)", "nul.txt: binary content (NUL bytes)",
                   "empty.txt: empty file", "blank.md: no text", "huge.txt: larger than --max-bytes",
                   "feed.jsonl:2: invalid JSON", "feed.jsonl:3: no \"text\" field", "scripts.html: no text"]
        return (dir, bad)
    }
}

@Suite struct BadInputCLITests {
    @Test func mixedFolderMapsTheGoodArticlesAndAccountsForEveryBadFile() throws {
        let (dir, bad) = try Corpus.mixed()
        let out = try Corpus.folder()
        let result = try CLI.run(["map", dir, "-o", out, "--max-bytes", "200000", "--threads", "2"])
        #expect(result.status == 0, "\(result.stderr)")
        // Two seeds, the invalid UTF-8 article, the JSON Lines article and the HTML page.
        #expect(result.stdout.contains("documents read: 5\n"))
        #expect(result.stdout.contains("skipped: \(bad.count)\n"))
        for reason in bad { #expect(result.stdout.contains(dir + "/" + reason), "\(reason)") }
        #expect(result.stderr.contains("note: \(dir)/latin.txt: invalid UTF-8; bad bytes replaced by U+FFFD"))
        let graph = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/map.json"))) as! [String: Any]
        let documents = (graph["documents"] as! [[String: Any]]).map { $0["id"] as! String }
        #expect(documents.count == 5)
        #expect(documents.contains("feed-ok") && documents.contains("page") && documents.contains("latin"))
        #expect(result.stdout.contains("actors: \((graph["actors"] as! [Any]).count)\n"))
        #expect(result.stdout.contains("relations: \((graph["relations"] as! [Any]).count)"))
    }

    @Test func strictFailsWhenAnythingWasSkippedButStillWrites() throws {
        let (dir, _) = try Corpus.mixed()
        let out = try Corpus.folder() + "/graph.json"
        let result = try CLI.run(["extract", dir, "-o", out, "--strict", "--threads", "1", "--max-bytes", "200000"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("--strict"))
        #expect(result.stderr.contains("documents read: 5\n"))
        #expect(FileManager.default.fileExists(atPath: out))
        let clean = try CLI.run(["extract", Corpus.seeds, "-o", "-", "--strict"])
        #expect(clean.status == 0)
        #expect(clean.stderr.contains("skipped: 0\n"))
    }

    @Test func nothingReadableExitsWithItsOwnStatus() throws {
        let dir = try Corpus.folder()
        try Corpus.write(Data(), dir + "/empty.txt")
        try Corpus.write(Data("\0\0".utf8), dir + "/nul.md")
        let out = try Corpus.folder()
        for command in ["map", "extract"] {
            let result = try CLI.run([command, dir, "-o", out + "/x"])
            #expect(result.status == 3, "\(command)")
            #expect(result.stderr.contains("documents read: 0\nskipped: 2\n"))
            #expect(result.stderr.contains("no document could be read from \(dir)"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).isEmpty)
    }

    @Test(arguments: [
        ["map", "/nonexistent/articles", "-o", "/tmp/x"],
        ["extract", "/nonexistent/articles", "-o", "-"],
        ["map", "seeds", "-o", "/tmp/x", "--threads", "0"],
        ["extract", "seeds", "-o", "-", "--max-bytes", "0"],
        ["extract", "seeds"],
        ["map", "seeds", "-o", "/tmp/x", "--no-such-flag"],
        ["render", "g.json", "-o", "map.bmp"],
        ["export", "g.json", "-o", "out.xyz"],
        ["centrality", "g.json", "--top", "0"],
        ["grievances", "g.json", "--as-of", "ayer"],
        ["explain"],
        ["eval", "--gold", "gold"],
        ["no-such-command"],
    ])
    func usageErrorsExitWithStatus2(_ arguments: [String]) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(!result.stderr.isEmpty)
    }

    @Test(arguments: ["map", "extract"])
    func helpDocumentsTheExitStatusesAndFormats(_ command: String) throws {
        let help = try CLI.run([command, "--help"]).stdout.replacingOccurrences(of: "\n", with: " ")
            .split(separator: " ").joined(separator: " ")
        for phrase in ["Exit status: 0", "2 on a usage error", "3 when no document could be read",
                       ".jsonl", ".html", "--max-bytes", "--strict"] {
            #expect(help.contains(phrase), "\(phrase)")
        }
    }
}
