@testable import StakeholderCore

enum GraphFixtures {
    static func evidence(_ doc: String, _ start: Int, rule: String = "test", date: String? = "2026-03-05") -> Evidence {
        Evidence(document: doc, date: date, text: "sentence \(start)", start: start, end: start + 10, rule: rule)
    }

    /// A random graph: `actorCount` actors with names drawn from a small pool (so that some
    /// names repeat across graphs) and `relationCount` random relations.
    static func random(seed: UInt64, actorCount: Int, relationCount: Int, document: String) -> StakeholderGraph {
        var rng = SeededGenerator(seed: seed)
        var graph = StakeholderGraph()
        graph.addDocument(DocumentInfo(id: document, path: "\(document).txt", date: "2026-01-01", language: "es", title: nil))
        let pool = ["Ministerio de Energía y Minas", "Minem", "Confederación Nacional", "Comunidad Alta",
                    "Juan Pérez", "Pérez", "Defensoría del Pueblo", "Embajada", "Mineros artesanales",
                    "Congreso", "Empresa Minera S.A.", "Frente de Defensa", "Ñuñoa", "José Ángel"]
        var ids: [String] = []
        for _ in 0..<actorCount {
            let name = pool[Int.random(in: 0..<pool.count, using: &rng)]
            let alias = pool[Int.random(in: 0..<pool.count, using: &rng)]
            let actor = Actor(id: "", name: name, kind: ActorKind.allCases.randomElement(using: &rng)!,
                              type: Sector.allCases.randomElement(using: &rng)!,
                              aliases: Bool.random(using: &rng) ? [alias] : [])
            ids.append(graph.addActor(actor))
        }
        guard ids.count > 1 else { return graph }
        for _ in 0..<relationCount {
            let s = ids.randomElement(using: &rng)!, t = ids.randomElement(using: &rng)!
            guard s != t else { continue }
            let kind = RelationKind.allCases.randomElement(using: &rng)!
            let ev = evidence(document, Int.random(in: 0..<50, using: &rng))
            graph.addRelation(kind, from: s, to: t, evidence: [ev])
        }
        return graph
    }
}
