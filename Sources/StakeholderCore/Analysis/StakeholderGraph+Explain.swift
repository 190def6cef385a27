extension StakeholderGraph {
    /// Everything the graph knows about an actor, or about a pair, as readable text.
    ///
    /// For one actor: its id, name and aliases, kind and sector with what supports the
    /// sector, its mentions, the documents it appears in (through its relations), and every
    /// relation with each piece of evidence (document, date, modality, confidence, rule).
    /// The graph records no reason for a sector; `sectorReasons` (from the extractor's lexicons)
    /// says why, and without them the text lists the rules of the actor's evidence instead.
    /// With `other`, only the relations between the two, in either direction.
    /// - Parameters:
    ///   - id: the actor's id.
    ///   - other: the other actor's id, for a pair.
    ///   - sectorReasons: for an actor id, the reasons for its sector, one line each.
    /// - Returns: the text, ending in a newline, or `nil` when an id is unknown.
    /// - Complexity: O(r + e) for the actor's relations and their evidence.
    /// Names, ids and quotes are written on one line each, inert on a terminal
    /// (`TextFormatting.singleLine`).
    public func explanation(of id: String, and other: String? = nil,
                            sectorReasons: [String: [String]] = [:]) -> String? {
        let line = TextFormatting.singleLine
        guard let actor = actor(id: id) else { return nil }
        var text = describe(actor, reasons: sectorReasons[id] ?? [])
        var related = relations(of: id)
        if let other {
            guard let second = self.actor(id: other) else { return nil }
            text += "\n" + describe(second, reasons: sectorReasons[other] ?? [])
            related = related.filter { Set([$0.source, $0.target]) == Set([id, other]) }
            text += "\nRelations between \(line(actor.name)) and \(line(second.name)): \(related.count)\n"
        } else {
            text += "\nRelations: \(related.count)\n"
        }
        let ordered = related.sorted { ($0.type, $0.source, $0.target) < ($1.type, $1.source, $1.target) }
        for relation in ordered {
            let s = line(self.actor(id: relation.source)?.name ?? relation.source)
            let t = line(self.actor(id: relation.target)?.name ?? relation.target)
            let arrow = relation.type.isDirected ? "->" : "--"
            text += "\n  \(relation.type.rawValue): \(s) \(arrow) \(t) (strength \(relation.weight))\n"
            for item in Self.chronological(relation.evidence) {
                let date = item.date.map { String($0.prefix(10)) } ?? "undated"
                text += "    [\(line(item.document)), \(line(date)), \(item.modality.rawValue), confidence \(Self.short(item.confidence)), rule \(line(item.rule))]\n"
                text += "      \"\(line(item.text))\"\n"
            }
        }
        return text
    }

    private func describe(_ actor: Actor, reasons: [String]) -> String {
        let line = TextFormatting.singleLine
        var text = "\(line(actor.name)) (id \(line(actor.id)))\n"
        text += "  names: " + actor.allNames.map(line).joined(separator: "; ") + "\n"
        text += "  kind: \(actor.kind.rawValue)\n"
        let rules = Array(Set(relations(of: actor.id).flatMap { $0.evidence.map(\.rule) })).sorted()
        text += "  sector: \(actor.type.rawValue)"
        if actor.type == .unknown {
            text += " (no sector was found)\n"
        } else if reasons.isEmpty {
            text += " (no head word or affiliation says so; it came with the actor's evidence, found by the rules below)\n"
        } else {
            text += ", because:\n" + reasons.map { "    - \(line($0))\n" }.joined()
        }
        text += "  rules of its evidence: " + (rules.isEmpty ? "none" : rules.map(line).joined(separator: ", ")) + "\n"
        text += "  mentions: \(actor.mentions)\n"
        let documents = Array(Set(relations(of: actor.id).flatMap { $0.evidence.map(\.document) })).sorted()
        text += "  documents: " + (documents.isEmpty ? "none" : documents.map(line).joined(separator: ", ")) + "\n"
        return text
    }

    private static func short(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : "\(value)"
    }
}
