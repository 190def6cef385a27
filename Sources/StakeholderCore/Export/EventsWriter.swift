import Foundation

/// The graph as an event list: one JSON object a line for each piece of evidence, the form
/// event datasets take (who did what to whom, when, according to which sentence).
///
/// Each event carries the relation type and its PLOVER equivalent (meeting CONSULT, demand
/// REQUEST, grievance ACCUSE, commitment AGREE, support SUPPORT, resolution CONCEDE;
/// affiliation has none), both actors with name and sector, and the evidence. Events are
/// ordered by date (undated last), document, offset and relation id; keys are sorted, so the
/// same graph gives the same bytes.
public enum EventsWriter {
    struct Event: Encodable {
        var date: String?
        var document: String
        var type: String
        var plover: String?
        var source: String
        var sourceName: String
        var sourceSector: String
        var target: String
        var targetName: String
        var targetSector: String
        var directed: Bool
        var modality: String
        var confidence: Double
        var rule: String
        var text: String
        var start: Int
        var end: Int
        var relation: String

        enum CodingKeys: String, CodingKey {
            case date, document, type, plover, source, target, directed, modality, confidence
            case rule, text, start, end, relation
            case sourceName = "source_name", sourceSector = "source_sector"
            case targetName = "target_name", targetSector = "target_sector"
        }
    }

    /// The PLOVER event type of a relation type, where there is one.
    public static func plover(_ kind: RelationKind) -> String? {
        switch kind {
        case .meeting: return "CONSULT"
        case .demand: return "REQUEST"
        case .grievance: return "ACCUSE"
        case .commitment: return "AGREE"
        case .support: return "SUPPORT"
        case .resolution: return "CONCEDE"
        case .affiliation: return nil
        }
    }

    /// The events of `graph`, one JSON object a line.
    /// - Complexity: O(e log e) for e pieces of evidence.
    public static func jsonLines(for graph: StakeholderGraph) -> String {
        var events: [Event] = []
        for relation in graph.relations {
            let s = graph.actor(id: relation.source), t = graph.actor(id: relation.target)
            for item in relation.evidence {
                events.append(Event(
                    date: item.date, document: item.document, type: relation.type.rawValue,
                    plover: plover(relation.type), source: relation.source,
                    sourceName: s?.name ?? relation.source, sourceSector: (s?.type ?? .unknown).rawValue,
                    target: relation.target, targetName: t?.name ?? relation.target,
                    targetSector: (t?.type ?? .unknown).rawValue, directed: relation.type.isDirected,
                    modality: item.modality.rawValue, confidence: item.confidence, rule: item.rule,
                    text: item.text, start: item.start, end: item.end, relation: relation.id))
            }
        }
        events.sort { a, b in
            let da = a.date ?? "\u{10FFFF}", db = b.date ?? "\u{10FFFF}"
            return (da, a.document, a.start, a.relation) < (db, b.document, b.start, b.relation)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var out = ""
        for event in events {
            // Encoding plain value types with string keys cannot fail.
            out += String(decoding: try! encoder.encode(event), as: UTF8.self) + "\n"
        }
        return out
    }
}
