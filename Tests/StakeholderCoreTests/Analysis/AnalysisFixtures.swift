@testable import StakeholderCore

/// Small hand-built stakeholder graphs for the analysis tests.
enum AnalysisFixtures {
    static func evidence(_ doc: String, _ date: String?, _ text: String, start: Int,
                         modality: Modality = .asserted) -> Evidence {
        Evidence(document: doc, date: date, text: text, start: start, end: start + text.count,
                 rule: "test.rule", modality: modality)
    }

    /// A graph with the given actors (id, sector) and documents dated as given.
    static func graph(actors: [(String, Sector)], documents: [(String, String)] = []) -> StakeholderGraph {
        var graph = StakeholderGraph()
        for (id, date) in documents {
            graph.addDocument(DocumentInfo(id: id, path: "\(id).txt", date: date, language: "es", title: nil))
        }
        for (id, sector) in actors {
            graph.addActorKeepingID(Actor(id: id, name: "Actor \(id.uppercased())", type: sector))
        }
        return graph
    }
}

extension StakeholderGraph {
    /// Adds one relation with one piece of evidence per (document, date, text).
    mutating func relate(_ type: RelationKind, _ source: String, _ target: String,
                         _ items: [(String, String?, String)], modality: Modality = .asserted) {
        var start = relations.count * 1000
        let evidence = items.map { item -> Evidence in
            start += 100
            return AnalysisFixtures.evidence(item.0, item.1, item.2, start: start, modality: modality)
        }
        addRelation(type, from: source, to: target, evidence: evidence)
    }
}
