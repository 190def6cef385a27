import StakeholderCore

enum RenderFixtures {
    static func evidence(_ doc: String, _ start: Int, text: String = "Se reunieron en Lima.",
                         date: String? = "2026-03-05") -> Evidence {
        Evidence(document: doc, date: date, text: text, start: start, end: start + 10, rule: "test")
    }

    /// Names an attacker or a careless source could put in an article.
    static let hostileNames: [String] = [
        "Comité \"Lucha\" de Ñuñoa",
        "C:\\Users\\n\\N back\\slash\\",
        "line one\nline two",
        "<script>alert(1)</script>",
        "]; x=1",
        "\"];\n a -> b [label=\"x",
        "Q'eswachaka & <Qhapaq Ñan>",
        "\u{200F}مجلس\u{200F} right-to-left",
        "Asociación de Pescadores Artesanales de Pucallpa — José Ángel Quispe Mamani",
        String(repeating: "Comunidad Campesina Ayllu Llaqta ", count: 61).prefix(2000).description,
        "\\\"}; digraph evil { a",
        "-- -> {}",
    ]

    /// One actor per hostile name, each with one relation to the next.
    static func hostileGraph() -> StakeholderGraph {
        var graph = StakeholderGraph()
        let sectors = Sector.allCases
        for (i, name) in hostileNames.enumerated() {
            graph.addActor(Actor(id: "a\(i)", name: name, kind: ActorKind.allCases[i % 3],
                                 type: sectors[i % sectors.count]))
        }
        for i in 0..<(hostileNames.count - 1) {
            let kind = RelationKind.allCases[i % RelationKind.allCases.count]
            graph.addRelation(kind, from: "a\(i)", to: "a\(i + 1)",
                              evidence: [evidence("doc\"<1>", i, text: hostileNames[i])])
        }
        return graph
    }

    /// A graph of `count` actors in a ring with chords, every relation type used.
    static func ring(_ count: Int) -> StakeholderGraph {
        var graph = StakeholderGraph()
        for i in 0..<count {
            graph.addActor(Actor(id: "n\(i)", name: "Actor \(i) de Cusco", kind: ActorKind.allCases[i % 3],
                                 type: Sector.allCases[i % Sector.allCases.count]))
        }
        for i in 0..<count {
            let kind = RelationKind.allCases[i % RelationKind.allCases.count]
            graph.addRelation(kind, from: "n\(i)", to: "n\((i + 1) % count)", evidence: [evidence("d", i)])
            if i % 3 == 0 {
                graph.addRelation(.demand, from: "n\(i)", to: "n\((i + 7) % count)",
                                  evidence: [evidence("d", i), evidence("e", i + 1)])
            }
        }
        return graph
    }
}
