import Foundation
import Testing
@testable import StakeholderCore
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Counts elements and collects attributes of a parsed XML document.
final class ElementCounter: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]
    var attributes: [String: [[String: String]]] = [:]
    var texts: [String] = []
    private var text = ""
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        counts[name, default: 0] += 1
        self.attributes[name, default: []].append(attributes)
        text = ""
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "data" { texts.append(text) }
    }

    static func parse(_ xml: String) -> ElementCounter? {
        let parser = XMLParser(data: Data(xml.utf8))
        let counter = ElementCounter()
        parser.delegate = counter
        return parser.parse() ? counter : nil
    }
}

@Suite struct ExportTests {
    static let hostile = "Frente \"<Defensa>\" & Q'eswachaka\u{0001}\u{FFFF}\nÑuñoa"

    static func graph() -> StakeholderGraph {
        var graph = GraphFixtures.random(seed: 7, actorCount: 12, relationCount: 30, document: "d1")
        graph.addActor(Actor(id: "x\"<&>", name: hostile, kind: .group, type: .community))
        let other = graph.actors[0].id
        graph.addRelation(.meeting, from: "x\"<&>", to: other, evidence: [
            GraphFixtures.evidence("d1", 3, date: "2026-02-01"), GraphFixtures.evidence("d2", 4, date: "2026-02-09")])
        return graph
    }

    @Test func graphMLParsesWithTheRightCountsAndTypedKeys() throws {
        let graph = Self.graph()
        let xml = GraphMLWriter.graphML(for: graph)
        let parsed = try #require(ElementCounter.parse(xml))
        #expect(parsed.counts["node"] == graph.actors.count)
        #expect(parsed.counts["edge"] == graph.relations.count)
        let keys = parsed.attributes["key"] ?? []
        #expect(keys.contains { $0["attr.name"] == "mentions" && $0["attr.type"] == "int" })
        #expect(keys.contains { $0["attr.name"] == "weight" && $0["attr.type"] == "double" })
        // The hostile name survives, minus the characters XML 1.0 forbids.
        #expect(parsed.texts.contains("Frente \"<Defensa>\" & Q'eswachaka\nÑuñoa"))
        #expect(parsed.attributes["node"]?.contains { $0["id"] == "x\"<&>" } == true)
        #expect(GraphMLWriter.graphML(for: graph) == xml)
    }

    @Test func gexfParsesWithSpellsForEvidenceDates() throws {
        let graph = Self.graph()
        let xml = GEXFWriter.gexf(for: graph)
        let parsed = try #require(ElementCounter.parse(xml))
        #expect(parsed.counts["node"] == graph.actors.count)
        #expect(parsed.counts["edge"] == graph.relations.count)
        #expect(parsed.attributes["gexf"]?.first?["version"] == "1.3")
        let meeting = try #require(parsed.attributes["edge"]?.first { $0["source"] == "x\"<&>" || $0["target"] == "x\"<&>" })
        #expect(meeting["type"] == "undirected")
        #expect(meeting["weight"] == "2")
        let spells = parsed.attributes["spell"] ?? []
        #expect(spells.contains { $0["start"] == "2026-02-09" && $0["end"] == "2026-02-09" })
        #expect(parsed.attributes["node"]?.contains { $0["label"] == "Frente \"<Defensa>\" & Q'eswachaka\nÑuñoa" } == true)
    }

    @Test func csvNeutralisesFormulasAndQuotes() {
        #expect(KumuCSVWriter.field("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"")
        #expect(KumuCSVWriter.field("+51 999") == "'+51 999")
        #expect(KumuCSVWriter.field("-1") == "'-1")
        #expect(KumuCSVWriter.field("@SUM(A1)") == "'@SUM(A1)")
        #expect(KumuCSVWriter.field("\tcmd") == "'\tcmd")
        #expect(KumuCSVWriter.field("\rcmd") == "\"'\rcmd\"")
        #expect(KumuCSVWriter.field("Lima, Perú") == "\"Lima, Perú\"")
        #expect(KumuCSVWriter.field("Ñuñoa") == "Ñuñoa")
        #expect(KumuCSVWriter.field("a\nb") == "\"a\nb\"")
    }

    @Test func csvTablesHaveKumuColumnsAndOneRowPerItem() {
        let graph = Self.graph()
        let actors = KumuCSVWriter.actorsCSV(for: graph)
        let relations = KumuCSVWriter.relationsCSV(for: graph)
        #expect(actors.hasPrefix("Label,Type,ID,Kind,Aliases,Mentions\r\n"))
        #expect(relations.hasPrefix("From,To,Type,Direction,Strength,Evidence,Documents,First Date,Last Date\r\n"))
        // The hostile name holds one line break inside quotes; every other record is one line.
        #expect(actors.components(separatedBy: "\r\n").count - 2 == graph.actors.count)
        #expect(relations.components(separatedBy: "\r\n").count - 2 == graph.relations.count)
        #expect(relations.contains(",undirected,2,"))
    }
}
