import Testing
@testable import StakeholderExtraction

@Suite struct ExtractionErrorTests {
    @Test func messagesNameTheFileAndLine() {
        #expect(ExtractionError.badLexicon(file: "es/triggers.tsv", line: 4, message: "expected 3 columns").description
                == "es/triggers.tsv:4: expected 3 columns")
    }
}
