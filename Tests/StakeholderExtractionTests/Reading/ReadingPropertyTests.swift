import Foundation
import PropertyBased
import StakeholderCore
import Testing
@testable import StakeholderExtraction

/// Random Unicode, random bytes, very long lines and random markup through reading,
/// segmenting and extraction: no crash, offsets inside the text, evidence the slice of its
/// document at its offsets.
@Suite struct ReadingPropertyTests {
    /// Scalars that make text look like an article, mixed with any scalar at all.
    static let alphabet = Array("aeiouáéíóúñ ÁÉÑbcdlmnprstMCLEP,.;:¿?¡!\"'“”«»()-—…\n\n\t0123456789".unicodeScalars)
        + ["\u{0301}", "\u{200F}", "\u{202E}", "\u{FEFF}", "\u{1F1F5}", "\u{1F1EA}", "\u{0}", "\u{1B}", "\r", "\u{2028}", "\u{A0}"]
    static let words = ["El", "ministro", "de", "Energía", "se", "reunió", "con", "los", "dirigentes", "la",
                        "Federación", "Minera", "del", "Sur", "comunidad", "denunció", "a", "empresa", "Azul",
                        "exigió", "al", "Gobierno", "Regional", "una", "mesa", "diálogo", "The", "minister", "met",
                        "with", "community", "leaders", "accused", "company", "urged", "EE.UU.", "Sr.", "S.A.",
                        ".", ",", "“", "”", "(", ")", "—", "se comprometió a", "expresó su apoyo al", "Pérez"]
    static let markup = ["<p>", "</p>", "<div class=\"a\">", "</div>", "<br/>", "<script>", "</script>", "<style>",
                         "</style>", "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&#", "&#x", "1F600", ";", "&eacute",
                         "&nbsp;", "<", ">", "\"", "'", "=", "<pre>", "</pre>", "<title>", "</title>", "<noscript>",
                         "</noscript>", "<template>", "</template>", "<meta name=date content=2026-03-05>",
                         "<a href='>'>", "</a>", "<time datetime=\"2026-02-30\">", "El ministro", " se reunió con ",
                         "la comunidad", " denunció a ", "la empresa Minera Azul", ".", "\n", " ", "<b>", "</b>",
                         "<svg><text>x</text></svg>", "<?xml?>", "<!DOCTYPE html>", "&#0;", "&#xD800;", "&#150;"]

    static let unicodeText = Gen<UInt32>.value(in: 0...0x10FFFF).map { v -> Unicode.Scalar in
        v % 10 < 7 ? alphabet[Int(v / 10) % alphabet.count] : (Unicode.Scalar(v) ?? "\u{FFFD}")
    }.array(of: 0...600).map { String(String.UnicodeScalarView($0)) }

    static let bytes = Gen<UInt8>.value(in: 0...255).array(of: 0...1500).map { Data($0) }

    static let longLine = Gen<String?>.element(of: words).map { $0! }.array(of: 1500...4000)
        .map { $0.joined(separator: " ") }

    static let html = Gen<String?>.element(of: markup).map { $0! }.array(of: 0...300).map { $0.joined() }

    static let extractor = Fixture.extractor

    /// Reads `data` as a file called `path`, then checks every document it gives.
    static func check(_ data: Data, path: String) {
        let (documents, notes) = DocumentReader().documents(data: data, path: path)
        if documents.isEmpty { #expect(!notes.isEmpty, "a file left out without a note") }
        for document in documents { check(document) }
    }

    static func check(_ document: Document) {
        let scalars = Array(document.text.unicodeScalars)
        #expect(!TextDecoding.isBlank(document.text))
        #expect(!document.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" })
        let lexicon = extractor.lexicons[document.language] ?? extractor.lexicons["en"]!
        let segmented = Segmenter(abbreviations: lexicon.abbreviations).segment(document.text)
        var previousEnd = 0
        for token in segmented.tokens {
            #expect(token.start >= previousEnd && token.start < token.end && token.end <= scalars.count)
            previousEnd = token.end
        }
        for sentence in segmented.sentences {
            #expect(sentence.start >= 0 && sentence.start <= sentence.end && sentence.end <= scalars.count)
            #expect(sentence.tokens.lowerBound >= 0 && sentence.tokens.upperBound <= segmented.tokens.count)
        }
        let graph = extractor.extract(document)
        #expect(graph.invariantViolations().isEmpty)
        for relation in graph.relations {
            for evidence in relation.evidence {
                #expect(evidence.start >= 0 && evidence.start < evidence.end && evidence.end <= scalars.count)
                guard evidence.start >= 0, evidence.start < evidence.end, evidence.end <= scalars.count else { continue }
                #expect(String(String.UnicodeScalarView(scalars[evidence.start..<evidence.end])) == evidence.text)
                #expect(evidence.document == document.id)
            }
        }
    }

    @Test func randomUnicodeText() async {
        await propertyCheck(count: 300, input: Self.unicodeText) { text in
            Self.check(Data(text.utf8), path: "p/unicode.txt")
        }
    }

    @Test func randomBytesAsTextHTMLAndJSONLines() async {
        await propertyCheck(count: 300, input: Self.bytes) { data in
            for ext in ["txt", "html", "jsonl"] { Self.check(data, path: "p/bytes.\(ext)") }
        }
    }

    @Test func veryLongLines() async {
        await propertyCheck(count: 15, input: Self.longLine) { line in
            Self.check(Data(line.utf8), path: "p/long.md")
        }
    }

    @Test func randomMarkup() async {
        await propertyCheck(count: 300, input: Self.html) { page in
            Self.check(Data(page.utf8), path: "p/page.html")
            let text = HTMLText(html: page).text
            #expect(!text.contains("<script>") || page.contains("&lt;") || page.contains("<![CDATA["))
        }
    }

    @Test func randomJSONLinesWithRandomText() async {
        await propertyCheck(count: 100, input: Self.unicodeText.array(of: 0...5)) { texts in
            let lines = try texts.map { text in
                String(decoding: try JSONSerialization.data(withJSONObject: ["text": text, "id": String(text.prefix(3))]), as: UTF8.self)
            }
            Self.check(Data(lines.joined(separator: "\n").utf8), path: "p/feed.jsonl")
        }
    }
}
