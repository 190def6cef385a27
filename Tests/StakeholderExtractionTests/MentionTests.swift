import Testing
@testable import StakeholderExtraction

/// Span tests: the expected mentions are marked with ⟦ ⟧ inside the text.
@Suite struct MentionTests {
    /// The text without markers, and the marked spans as scalar offsets.
    static func unmark(_ marked: String) -> (text: String, spans: [Range<Int>]) {
        var text = String.UnicodeScalarView()
        var spans: [Range<Int>] = []
        var open: Int?
        for scalar in marked.unicodeScalars {
            if scalar == "⟦" { open = text.count } else if scalar == "⟧", let o = open {
                spans.append(o..<text.count)
                open = nil
            } else {
                text.append(scalar)
            }
        }
        return (String(text), spans)
    }

    static func mentionSpans(_ text: String, _ language: String) throws -> [Range<Int>] {
        let lexicon = try Lexicon.builtIn(language)
        let seg = Segmenter(lexicon: lexicon).segment(text)
        var finder = MentionFinder(lexicon: lexicon, text: seg)
        let mentions = finder.run().filter { !$0.place }
        return mentions.map { seg.tokens[$0.start].start..<seg.tokens[$0.end - 1].end }
            .sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
    }

    @Test(arguments: [
        ("El ⟦embajador de Estados Unidos en el Perú⟧, ⟦Bernie Navarro⟧ llegó.", "es"),
        ("La ⟦Confederación Nacional de Pequeños Mineros y Mineros Artesanales del Perú (Confemin Perú)⟧ marchó.", "es"),
        ("El presidente se reunió con los ⟦alcaldes de Lima Metropolitana⟧.", "es"),
        ("Los ⟦mineros artesanales⟧ marcharon en Lima.", "es"),
        ("Los ⟦pobladores de Villa Azul⟧ bloquearon la vía.", "es"),
        ("⟦Mr. Jesús Castrejón⟧, a ⟦leader from the San Andrés de Negritos community⟧, spoke.", "en"),
        ("The ⟦community leaders⟧ met ⟦Ministry authorities⟧ in Lima.", "en"),
        ("⟦Minister Alessandra Herrera⟧ met ⟦SNMPE officials⟧.", "en"),
        ("La reunión fue en Arequipa con ⟦Balcázar Zelada⟧ y ⟦Navarro⟧.", "es"),
    ])
    func markedSpansAreFound(_ marked: String, _ language: String) throws {
        let (text, expected) = Self.unmark(marked)
        let found = try Self.mentionSpans(text, language)
        for span in expected {
            #expect(found.contains(span), "missing \(span) in \(found) for \(text)")
        }
    }

    @Test func barePlacesAreNotActors() throws {
        let text = "La marcha partió desde Arequipa y en Cusco hubo paro; los dirigentes viajaron hasta Lima."
        let found = try Self.mentionSpans(text, "es")
        let scalars = Array(text.unicodeScalars)
        let names = found.map { String(String.UnicodeScalarView(scalars[$0])) }
        #expect(names == ["dirigentes"])
    }

    @Test func appositionGivesPersonSectorAndAffiliation() {
        let graph = Fixture.graph("Flavia Ramos, dirigente de la comunidad campesina de Llacta, habló ayer.", language: "es")
        let person = graph.actor(named: "Flavia Ramos")
        #expect(person?.kind == .person)
        #expect(person?.type == .community)
        #expect(Fixture.has(graph, .affiliation, "Flavia Ramos", "Llacta"))
    }

    @Test func countryAndItsGovernmentAreOneActor() {
        let es = Fixture.graph("La Embajada de Canadá expresó su apoyo a Chile. Luego se reunió con el gobierno chileno.", language: "es")
        #expect(es.actors.filter { $0.type == .government }.count == 1, "\(es.actors.map(\.name))")
        #expect(es.actor(named: "Chile")?.aliases.contains("gobierno chileno") == true)
        let en = Fixture.graph("The Peruvian government met with the residents of Santa Rosa. Later Peru signed an agreement with them.", language: "en")
        #expect(en.actor(named: "Peru")?.type == .government, "\(en.actors.map(\.name))")
    }

    @Test func surnamesTitlesAndRolesCorefer() {
        let text = """
            El presidente de la República, José Ruiz, visitó la región. El mandatario se reunió con los \
            dirigentes de la comunidad de Llacta. Luego Ruiz se reunió con el Sr. Ruiz Pardo.
            """
        let graph = Fixture.graph(text, language: "es")
        let persons = graph.actors.filter { $0.kind == .person }
        #expect(persons.count == 1, "\(persons.map(\.name))")
        #expect(persons.first?.aliases.contains("mandatario") == true)
    }
}
