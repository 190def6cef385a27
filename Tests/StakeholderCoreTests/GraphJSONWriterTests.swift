import Foundation
import Testing
@testable import StakeholderCore

/// The hand-made JSON writer against `JSONEncoder`, which wrote the graph files before it:
/// the same graph must give the same bytes, whatever its strings and numbers hold.
@Suite struct GraphJSONWriterTests {
    /// The graph file as `JSONEncoder` writes it (the format's reference layout).
    private struct ReferenceFile: Encodable {
        var format = StakeholderGraph.formatName
        var version = StakeholderGraph.formatVersion
        var documents: [DocumentInfo]
        var actors: [Actor]
        var relations: [Relation]
    }

    static func referenceJSON(_ graph: StakeholderGraph) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(ReferenceFile(documents: graph.documents, actors: graph.actors,
                                                    relations: graph.relations))
        data.append(0x0A)
        return data
    }

    /// Pieces that JSON writers get wrong: quotes, backslashes, every control character,
    /// slashes, DEL, emoji with joiners, combining marks, line and paragraph separators, BOM.
    static let hostilePieces: [String] = ["\"", "\\", "/", "//", "\\\"", "\u{7F}", "👩‍👩‍👧", "🇵🇪",
        "e\u{301}", "n\u{303}\u{323}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\r\n", "</script>",
        "Ñuñoa", "José", "日本", "𝄞", " ", "", "null", "{\"a\" : [1]}", "\\u0000", "a"]
        + (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }

    static func hostileString(_ rng: inout SeededGenerator) -> String {
        var text = ""
        for _ in 0..<rng.below(6) {
            text += rng.below(3) == 0 ? String(UnicodeScalar(UInt8(0x20 + rng.below(0x5F))))
                                      : hostilePieces[rng.below(hostilePieces.count)]
        }
        return text
    }

    static func number(_ rng: inout SeededGenerator) -> Double {
        let special: [Double] = [1, 0, -0.0, 0.6, 0.1 + 0.2, 0.6000000000000001, 1e-5, .leastNonzeroMagnitude, 1e16,
                                 1e15, 123_456_789, 2.5e-7, -1, .greatestFiniteMagnitude, 1.0 / 3]
        if rng.below(2) == 0 { return special[rng.below(special.count)] }
        let bits = Double(bitPattern: rng.next())
        return bits.isFinite ? bits : Double(rng.below(1000)) / 1000
    }

    static func integer(_ rng: inout SeededGenerator) -> Int {
        let special = [0, -1, 1, 9, 10, Int.max, Int.min, 1_000_000]
        return rng.below(3) == 0 ? special[rng.below(special.count)] : rng.below(100_000) - 50
    }

    /// A graph whose every string is hostile and whose optional values are sometimes absent.
    static func hostileGraph(seed: UInt64) -> StakeholderGraph {
        var rng = SeededGenerator(seed: seed)
        var graph = StakeholderGraph()
        for _ in 0..<rng.below(4) {
            graph.addDocument(DocumentInfo(id: hostileString(&rng), path: hostileString(&rng),
                date: rng.below(2) == 0 ? nil : hostileString(&rng), language: hostileString(&rng),
                title: rng.below(2) == 0 ? nil : hostileString(&rng)))
        }
        var ids: [String] = []
        for i in 0..<rng.below(8) {
            let aliases = (0..<rng.below(4)).map { _ in hostileString(&rng) }
            let actor = Actor(id: "a\(i)" + hostileString(&rng), name: hostileString(&rng) + "\(i)",
                              kind: ActorKind.allCases[rng.below(ActorKind.allCases.count)],
                              type: Sector.allCases[rng.below(Sector.allCases.count)],
                              aliases: aliases, mentions: integer(&rng))
            ids.append(graph.addActor(actor, joiningOn: { _ in false }))
        }
        guard !ids.isEmpty else { return graph }
        for _ in 0..<rng.below(10) {
            let evidence = (0..<1 + rng.below(3)).map { _ in
                Evidence(document: hostileString(&rng), date: rng.below(2) == 0 ? nil : hostileString(&rng),
                         text: hostileString(&rng), start: integer(&rng), end: integer(&rng),
                         rule: hostileString(&rng), modality: Modality.allCases[rng.below(Modality.allCases.count)],
                         confidence: number(&rng))
            }
            graph.addRelation(RelationKind.allCases[rng.below(RelationKind.allCases.count)],
                              from: ids[rng.below(ids.count)], to: ids[rng.below(ids.count)], evidence: evidence)
        }
        return graph
    }

    @Test func hostileGraphsGiveJSONEncodersBytes() throws {
        for seed in UInt64(0)..<300 {
            let graph = Self.hostileGraph(seed: seed)
            let expected = try Self.referenceJSON(graph)
            let written = graph.jsonData()
            #expect(written == expected, "seed \(seed)")
            if written != expected { return }
        }
    }

    @Test func emptyGraphGivesJSONEncodersBytes() throws {
        let graph = StakeholderGraph()
        #expect(graph.jsonData() == (try Self.referenceJSON(graph)))
        #expect(String(decoding: graph.jsonData(), as: UTF8.self).contains("\"actors\" : [\n\n  ],"))
    }

    @Test func everyControlCharacterIsEscapedAsJSONEncoderEscapesIt() throws {
        var graph = StakeholderGraph()
        let all = String(String.UnicodeScalarView((0..<0x80).map { UnicodeScalar(UInt8($0)) }))
        graph.addActor(Actor(id: "a", name: all + "\u{2028}é👍"))
        let text = String(decoding: graph.jsonData(), as: UTF8.self)
        #expect(graph.jsonData() == (try Self.referenceJSON(graph)))
        #expect(text.contains(#"\u0000\u0001"#) && text.contains(#"\b\t\n\u000b\f\r\u000e"#))
        #expect(text.contains(##" !\"#$%&'()*+,-./0"##) && text.contains("\u{7F}\u{2028}é👍\""))
    }

    /// The seeds' map committed in the repository is read and written back to the same
    /// bytes, which are also `JSONEncoder`'s.
    @Test func seedsMapRoundTripsToItsBytes() throws {
        let bytes = try Data(contentsOf: Self.repositoryFile("graphs/map.json"))
        let graph = try StakeholderGraph(jsonData: bytes)
        #expect(graph.relations.count > 10)
        #expect(graph.jsonData() == bytes)
        #expect(try Self.referenceJSON(graph) == bytes)
    }

    /// The hand-written test fixture (laid out otherwise) is written as `JSONEncoder` writes it.
    @Test func fixtureGraphIsWrittenAsJSONEncoderWritesIt() throws {
        let graph = try StakeholderGraph(contentsOf: Self.repositoryFile("Tests/Fixtures/fixture-graph.json").path)
        #expect(!graph.relations.isEmpty)
        #expect(graph.jsonData() == (try Self.referenceJSON(graph)))
    }

    static func repositoryFile(_ relative: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(relative)
    }

    @Test(arguments: [1, 7, 300, 1 << 16])
    func chunksJoinToTheWholeAndStayNearTheirSize(chunkSize: Int) throws {
        let graph = GraphFixtures.random(seed: 11, actorCount: 20, relationCount: 60, document: "doc")
        var joined = Data()
        var sizes: [Int] = []
        try graph.writeJSON(chunkSize: chunkSize) { chunk in
            joined.append(contentsOf: chunk)
            sizes.append(chunk.count)
        }
        #expect(joined == graph.jsonData())
        #expect(sizes.dropLast().allSatisfy { $0 >= chunkSize && $0 < chunkSize + 2000 })
    }

    @Test func writesAFileAtomicallyAndKeepsTheOldOneWhenWritingFails() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gjw-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("out/graph.json").path
        let graph = Self.hostileGraph(seed: 42)
        try graph.writeJSON(toFile: path)
        #expect(FileManager.default.contents(atPath: path) == graph.jsonData())

        struct Full: Error {}
        let bigger = GraphFixtures.random(seed: 3, actorCount: 30, relationCount: 200, document: "d")
        var calls = 0
        #expect(throws: Full.self) {
            try AtomicWrite.write(to: path) { sink in
                try bigger.writeJSON(chunkSize: 100) { chunk in
                    calls += 1
                    if calls == 3 { throw Full() }
                    try sink(chunk)
                }
            }
        }
        #expect(FileManager.default.contents(atPath: path) == graph.jsonData())
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("out").path) == ["graph.json"])
    }
}
