import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An article written to break the outputs goes through `stakemap map`; every file it writes
/// must keep the hostile text as text.
@Suite struct HostileArticleCLITests {
    static let payloads = [
        "\"];\n a -> b [label=\"x",
        "<script>alert(1)</script>",
        "=HYPERLINK(\"http://evil.example/\",\"clic\")",
        "\u{202E}acinumoC",
        "[clic](javascript:alert(1))",
        String(repeating: "Ayllu ", count: 340),
    ]

    /// A JSON Lines file whose ids (document names in every output) and texts (evidence) carry
    /// the payloads, and an HTML page with more of them around real relations.
    static func corpus() throws -> String {
        let dir = try Corpus.folder()
        var lines: [String] = []
        for (i, payload) in payloads.enumerated() {
            let text = "La comunidad de Santa Rosa \(payload) denunció a la empresa Minera Azul \(payload) por los derrames. "
                + "El ministro de Energía se reunió con los dirigentes de la Federación Minera del Sur \(payload)."
            let object = ["id": i == 5 ? "=cmd|x" : payload, "title": payload, "text": text]
            let line = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            lines.append(String(decoding: line, as: UTF8.self))
        }
        try Corpus.write(Data(lines.joined(separator: "\n").utf8), dir + "/feed.jsonl")
        try Corpus.write(Data("""
            <html><body><p>El alcalde de Villa Azul &lt;img src=x onerror=alert(1)&gt; exigió al Gobierno Regional \
            +cmd|' /C calc'!A0 una mesa de diálogo.</p><script>alert(2)</script></body></html>
            """.utf8), dir + "/page.html")
        return dir
    }

    @Test func everyOutputKeepsHostileTextAsText() throws {
        let out = try Corpus.folder()
        let result = try CLI.run(["map", try Self.corpus(), "-o", out, "--threads", "2"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("documents read: 7\nskipped: 0\n"))
        func read(_ name: String) throws -> String { try String(contentsOfFile: out + "/" + name, encoding: .utf8) }

        let graph = try JSONSerialization.jsonObject(with: Data(read("map.json").utf8)) as! [String: Any]
        let relations = graph["relations"] as! [[String: Any]]
        let evidence = relations.flatMap { $0["evidence"] as! [[String: Any]] }
        for payload in Self.payloads.prefix(5) {
            #expect(evidence.contains { ($0["document"] as! String) == payload }, "\(payload)")
        }
        #expect(evidence.contains { ($0["text"] as! String).contains("<script>alert(1)</script>") })

        // DOT: outside its quoted strings, only stakemap's own statements.
        let skeleton = Self.unquoted(try read("map.dot"))
        for word in ["alert", "script", "HYPERLINK", "evil", "a -> b"] { #expect(!skeleton.contains(word), "\(word)") }
        #expect(Self.count("->", in: skeleton) + Self.count("--", in: skeleton) >= relations.count)

        // SVG, GraphML, GEXF: well-formed XML with no element or handler from the text.
        for name in ["map.svg", "map.graphml", "map.gexf"] {
            let elements = try #require(XMLElements.parse(try read(name)), "\(name) does not parse")
            #expect(!elements.names.contains("script") && !elements.names.contains("img"), "\(name)")
            #expect(!elements.attributeNames.contains { $0.lowercased().hasPrefix("on") }, "\(name)")
        }
        #expect(try read("map.svg").contains("&lt;script&gt;alert(1)&lt;/script&gt;"))

        // Markdown: no raw HTML, links or bidirectional overrides.
        let markdown = try read("grievances.md")
        #expect(markdown.contains("&lt;script&gt;"))
        for raw in ["<script", "<img", "\u{202E}"] { #expect(!markdown.contains(raw), "\(raw)") }
        #expect(!markdown.replacingOccurrences(of: "\\]", with: "").contains("]("))

        // CSV: no cell starts a formula.
        for line in try read("centrality.csv").split(separator: "\n") {
            for cell in line.split(separator: ",") {
                if let first = cell.first, "=+-@".contains(first) { #expect(Double(cell) != nil, "\(cell)") }
            }
        }
    }

    /// `dot` with its double-quoted strings removed.
    static func unquoted(_ dot: String) -> String {
        var out = ""
        var quoted = false
        var escaped = false
        for c in dot.unicodeScalars {
            if quoted {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { quoted = false }
            } else if c == "\"" {
                quoted = true
            } else {
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }
}

/// The element and attribute names of an XML document.
final class XMLElements: NSObject, XMLParserDelegate {
    var names = Set<String>()
    var attributeNames = Set<String>()

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        names.insert(name.lowercased())
        attributeNames.formUnion(attributes.keys)
    }

    static func parse(_ xml: String) -> XMLElements? {
        let parser = XMLParser(data: Data(xml.utf8))
        let elements = XMLElements()
        parser.delegate = elements
        return parser.parse() ? elements : nil
    }
}
