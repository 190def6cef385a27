import Foundation
import Testing

@Suite struct CurateTemplateCLITests {
    @Test func writesActorsWithTypesAndAliases() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tpl-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try EvalCLITests.predicted(extraEdge: false).write(toFile: root + "/g.json", atomically: true, encoding: .utf8)
        let result = try CLI.run(["curate-template", root + "/g.json", "-o", root + "/stakemap.yaml"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: root + "/stakemap.yaml", encoding: .utf8)
        #expect(text.contains("  - name: \"Los Comuneros\"\n    kind: group\n    type: community\n    aliases: []\n"))
        #expect(text.contains("# merges:"))
        let again = try CLI.run(["curate-template", root + "/g.json"])
        #expect(again.stdout == text)
    }

    @Test func missingGraphIsNamed() throws {
        let result = try CLI.run(["curate-template", "/nonexistent/g.json"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("/nonexistent/g.json"))
    }
}
