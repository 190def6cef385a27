import StakeholderCore

/// To whom: targets after "con"/"with", objects, possessors, coordinated lists.
extension RelationFinder {
    /// The word that introduces a mention ("con", "entre", "with").
    func markerBefore(_ m: Int) -> String? {
        var b = mentions[m].start - 1
        while b >= 0, tokens[b].has(.determiner) { b -= 1 }
        return b >= 0 ? tokens[b].lower : nil
    }

    /// "camped outside Congress to demand…", "protestan frente a X para exigir…": the
    /// institution in front of which people protest is who the demand is made of.
    static let protestPlaces: Set<String> = ["outside", "frente", "ante", "before", "front", "hasta", "toward", "towards"]
    static let withMarkers = TokenWords(["con", "with", "entre", "between", "junto"])

    func purposeTarget(_ trigger: Range<Int>, _ clause: Int, _ sentence: Sentence, _ ms: [Int],
                       _ relation: RelationKind) -> [Int]? {
        guard relation == .demand, trigger.lowerBound > sentence.tokens.lowerBound,
              ["to", "para"].contains(tokens[trigger.lowerBound - 1].lower) else { return nil }
        let places = Self.protestPlaces
        for m in ms where mentions[m].end <= trigger.lowerBound && mentions[m].start >= clause {
            guard let marker = markerBefore(m) ?? nil else { continue }
            let previous = mentions[m].start >= 2 ? tokens[mentions[m].start - 2].lower : ""
            if places.contains(marker) || (marker == "a" && previous == "frente") || (marker == "of" && previous == "front") {
                return [m]
            }
        }
        return nil
    }


    /// Mentions joined to `m` by commas and conjunctions ("A, B y C").
    func coordinated(after m: Int, _ sentence: Sentence, _ ms: [Int]) -> [Int] {
        var out: [Int] = []
        var last = m
        var idx = ms.firstIndex(of: m).map { $0 + 1 } ?? ms.count
        while idx < ms.count {
            let next = ms[idx]
            if mentions[next].start < mentions[last].end || mentions[next].actor == mentions[last].actor {
                if mentions[next].actor == mentions[last].actor, mentions[next].start >= mentions[last].end { last = next }
                idx += 1
                continue
            }
            let gap = mentions[last].end..<mentions[next].start
            guard !gap.isEmpty, gap.count <= 3, gap.allSatisfy({ k in
                let w = tokens[k].lower
                return tokens[k].has(.conjunction) || tokens[k].has(.determiner) || w == ","
            }) else { break }
            if !mentions[next].place { out.append(next) }
            last = next
            idx += 1
        }
        return out
    }

    func withTargets(after i: Int, _ sentence: Sentence, _ ms: [Int]) -> [Int] {
        let markers = Self.withMarkers
        var k = i
        while k < sentence.tokens.upperBound, k - i < 25 {
            if markers.contains(tokens[k]) {
                var start = k + 1
                if tokens[k].lower == "junto", start < sentence.tokens.upperBound, ["a", "al"].contains(tokens[start].lower) { start += 1 }
                guard let first = ms.first(where: { mentions[$0].start >= start && mentions[$0].start <= start + 2 }) else {
                    return []
                }
                return ([first] + coordinated(after: first, sentence, ms)).filter { !mentions[$0].place }
            }
            k += 1
        }
        // A direct object right after the verb ("met directors of…", "recibió a X"); a
        // "meeting of X" names who held it, not who was met.
        if i < sentence.tokens.upperBound, ["of", "de", "del"].contains(tokens[i].lower) { return [] }
        if let first = ms.first(where: { mentions[$0].start >= i && mentions[$0].start <= i + 2 && !mentions[$0].place }) {
            return [first]
        }
        return []
    }

    func objectTargets(after i: Int, _ sentence: Sentence, _ ms: [Int]) -> [Int] {
        guard var first = ms.first(where: { mentions[$0].start >= i && mentions[$0].start - i <= 12 && !mentions[$0].place })
        else { return [] }
        let e = mentions[first].end
        if e < tokens.count, tokens[e].lower == "'s",
           let owned = ms.first(where: { mentions[$0].start == e + 1 && !mentions[$0].place }) {
            first = owned // "against MMG's Los Andes mine"
        }
        if mentions[first].indefinite && !mentions[first].proper { return [] }
        return [first] + coordinated(after: first, sentence, ms)
    }

    func possessorTarget(_ trigger: Range<Int>, _ sentence: Sentence, _ ms: [Int]) -> [Int] {
        var k = trigger.lowerBound - 1
        while k >= sentence.tokens.lowerBound, trigger.lowerBound - k <= 3 {
            if tokens[k].lower == "'s" {
                if let m = ms.last(where: { mentions[$0].end == k }) { return [m] }
                return []
            }
            k -= 1
        }
        let j = trigger.upperBound
        if j < sentence.tokens.upperBound, ["de", "del", "of", "by"].contains(tokens[j].lower),
           let m = ms.first(where: { mentions[$0].start > j && mentions[$0].start <= j + 2 && !mentions[$0].place }) {
            return [m]
        }
        return []
    }
}
