import Foundation
import Testing

@Suite struct ExtractCommandTests {
    static var seeds: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds").path
    }

    @Test func writesTheGraphToStandardOutputAndToAFile() throws {
        let stdout = try CLI.run(["extract", Self.seeds, "-o", "-", "--threads", "2"])
        #expect(stdout.status == 0, "\(stdout.stderr)")
        #expect(stdout.stdout.contains("\"format\" : \"stakemap-graph\""))
        let out = NSTemporaryDirectory() + "stakemap-extract-\(UUID().uuidString).json"
        let file = try CLI.run(["extract", Self.seeds, "-o", out])
        #expect(file.status == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == stdout.stdout)
    }

    @Test func missingPathFailsNamingIt() throws {
        let result = try CLI.run(["extract", "/nonexistent/articles", "-o", "-"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("/nonexistent/articles"))
    }

    @Test func helpHasAnExample() throws {
        let result = try CLI.run(["extract", "--help"])
        #expect(result.stdout.contains("stakemap extract"))
    }
}
