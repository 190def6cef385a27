import Testing
@testable import StakeholderExtraction

/// `leadingLines` must cut an article's head exactly where `split(separator: "\n")` does.
@Suite struct LeadingLinesTests {
    static let texts = [
        "", "\n", "one", "one\ntwo\n\nthree\n", "\n\nafter blanks",
        "crlf\r\nstays one line\r\nwith lf\nnext", "lone\rreturn\nline",
        "accent\n\u{301}combining after a break\nthé café", "emoji 👩‍👩‍👧\nflag 🇵🇪\n",
        " date 2026-03-05 header\nTitle of the article\nbody text.",
    ]

    @Test(arguments: texts)
    func sameLinesAsSplit(text: String) {
        let expected = text.split(separator: "\n").map(String.init)
        for limit in [0, 1, 2, 20] {
            #expect(text.leadingLines(limit).map(String.init) == Array(expected.prefix(limit)))
            let sub = Substring(text)
            #expect(sub.leadingLines(limit).map(String.init) == Array(expected.prefix(limit)))
        }
    }
}
