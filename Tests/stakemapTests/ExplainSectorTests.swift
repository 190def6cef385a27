import Foundation
import Testing

/// `stakemap explain` says why an actor has its sector.
@Suite struct ExplainSectorTests {
    static let graph = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/fixture-graph.json").path

    @Test func theHeadWordOfAMinistryIsTheReason() throws {
        let run = try CLI.run(["explain", Self.graph, "Ministerio de Energía y Minas"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("sector: government, because:"))
        #expect(run.stdout.contains("“ministerio” in “Ministerio de Energía y Minas” is a government word of the es lexicon"))
    }
}
