import Testing
@testable import StakeholderExtraction

/// The byte-keyed word table answers as a `[String: Int32]` would: canonically equivalent
/// spellings are one word, everything else is apart, and ids survive growth.
@Suite struct WordTableTests {
    @Test func findsWhatWasInsertedAndNothingElse() {
        var table = WordTable(capacity: 4)
        var reference: [String: Int32] = [:]
        let words = (0..<3000).map { "w\($0)" } + ["minería", "comunidad", "über", "ñandú", "", "a", "ministerio"]
        for word in words {
            let (id, inserted) = table.insert(word)
            #expect(inserted == (reference[word] == nil))
            if reference[word] == nil { reference[word] = id }
            #expect(reference[word] == id)
        }
        #expect(table.count == reference.count)
        for (word, id) in reference { #expect(table.id(of: word) == id) }
        for absent in ["w3000", "mineria", "Minería", "comunidades", " a", "ministeri"] {
            #expect(table.id(of: absent) == nil)
        }
    }

    @Test func canonicallyEquivalentSpellingsAreOneWord() {
        var table = WordTable()
        let composed = "compa\u{00F1}\u{00ED}a"          // compañía, precomposed
        let decomposed = "compan\u{0303}i\u{0301}a"      // the same, with combining marks
        #expect(composed == decomposed)
        let id = table.insert(decomposed).id
        #expect(table.id(of: composed) == id)
        #expect(table.insert(composed) == (id, false))
        #expect(table.id(of: "compania") == nil)
    }
}
