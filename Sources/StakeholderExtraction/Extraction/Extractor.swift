import Foundation
import StakeholderCore

/// Turns documents into stakeholder graphs: segmenting, mentions, coreference, relations.
///
/// An `Extractor` is a value holding one lexicon per language; it is `Sendable` and can be
/// used from many threads at once.
public struct Extractor: Sendable {
    /// Lexicons by language code (`es`, `en`).
    public var lexicons: [String: Lexicon]
    /// Whether actors that take part in no relation are kept when they are named
    /// organizations or persons of a known sector.
    public var keepUnrelatedNamedActors: Bool
    /// Prints every mention to standard error (for developing rules).
    public var debugMentions = false

    /// An extractor with the built-in Spanish and English lexicons.
    /// - Throws: `ExtractionError.badLexicon` if the shipped data is broken.
    public init(keepUnrelatedNamedActors: Bool = true) throws {
        self.lexicons = ["es": try Lexicon.builtIn("es"), "en": try Lexicon.builtIn("en")]
        self.keepUnrelatedNamedActors = keepUnrelatedNamedActors
    }

    /// An extractor with the given lexicons (one per language).
    public init(lexicons: [Lexicon], keepUnrelatedNamedActors: Bool = true) {
        var map: [String: Lexicon] = [:]
        for lexicon in lexicons { map[lexicon.language] = lexicon }
        self.lexicons = map
        self.keepUnrelatedNamedActors = keepUnrelatedNamedActors
    }

    /// The stakeholder graph of one document: its actors, relations and their evidence.
    /// - Complexity: O(n) in the length of the text for segmenting and matching, plus
    ///   O(m·a) for coreference over m mentions and a actors of the document.
    public func extract(_ document: Document) -> StakeholderGraph {
        let lexicon = lexicons[document.language] ?? lexicons["en"] ?? lexicons.values.first!
        let segmenter = Segmenter(lexicon: lexicon)
        let text = segmenter.segment(document.text)
        var finder = MentionFinder(lexicon: lexicon, text: text)
        var mentions = finder.run()
        var coreference = Coreference(lexicon: lexicon, text: text)
        coreference.resolve(&mentions)
        if debugMentions {
            for m in mentions {
                FileHandle.standardError.write(Data(("M s\(m.sentence) [\(text.text(m.start, m.end))] name=[\(text.text(m.nameStart, m.nameEnd))] \(m.kind) \(m.sector) proper=\(m.proper) ana=\(m.anaphoric) place=\(m.place) class=\(m.roleClass ?? "-") merged=\(m.mergedInto.map(String.init) ?? "-") actor=\(m.actor) comp=\(m.complement.map(String.init) ?? "-")\n").utf8))
            }
        }
        var relations = RelationFinder(lexicon: lexicon, text: text, mentions: mentions,
                                       actorSectors: coreference.actors.map(\.sector),
                                       actorIsPerson: coreference.actors.map { $0.kind == .person })
        let found = relations.run()
        return GraphBuilder.build(document: document, text: text, actors: coreference.actors,
                                  relations: found, keepUnrelated: keepUnrelatedNamedActors,
                                  normalizedNames: coreference.normalizedNames)
    }
}

/// Puts one document's actors and relations into a `StakeholderGraph`.
enum GraphBuilder {
    /// - Parameter normalizedNames: `NameNormalizer.normalize` of names already met, by name.
    static func build(document: Document, text: SegmentedText, actors: [DocumentActor],
                      relations: [FoundRelation], keepUnrelated: Bool,
                      normalizedNames: NormalizedNames = NormalizedNames()) -> StakeholderGraph {
        var used = [Bool](repeating: false, count: actors.count)
        for r in relations where r.source != r.target {
            used[r.source] = true
            used[r.target] = true
        }
        // Named stakeholders outside any relation: a distinctive name (not only institution
        // words), a known sector, and mentioned twice or a person with a role. Fields are read
        // in place (no actor is copied).
        var kept = used
        var keptCount = 0
        var mostNames = 1
        for a in actors.indices {
            if !kept[a] {
                kept[a] = keepUnrelated && actors[a].proper && actors[a].distinctive && actors[a].sector != .unknown
                    && actors[a].sector != .media
                    && (actors[a].mentions >= 2 || (actors[a].kind == .person && !actors[a].roleClasses.isEmpty))
            }
            if kept[a] {
                keptCount += 1
                mostNames = max(mostNames, actors[a].aliases.count + 1)
            }
        }
        var graph = StakeholderGraph()
        graph.reserveCapacity(actors: keptCount, relations: relations.count)
        graph.addDocument(document.info)
        // Every name may join (flags rather than a closure: no list of names is made; one list
        // long enough for every actor, as only the first `keys.count` flags are read).
        let joinable = [Bool](repeating: true, count: mostNames)
        var indices = [Int?](repeating: nil, count: actors.count)
        for a in actors.indices where kept[a] {
            // Coreference keeps aliases trimmed, distinct and apart from the name, as
            // `Actor.addAlias` would: they are taken as they are.
            var value = Actor(id: "", name: actors[a].name, kind: actors[a].kind,
                              type: actors[a].sector, aliases: [], mentions: actors[a].mentions)
            value.aliases = actors[a].aliases
            // The keys of `value.allNames`: the name, then the aliases.
            var keys: [String] = []
            keys.reserveCapacity(value.aliases.count + 1)
            keys.append(normalizedNames[ExactName(value.name)] ?? NameNormalizer.normalize(value.name))
            for alias in value.aliases { keys.append(normalizedNames[ExactName(alias)] ?? NameNormalizer.normalize(alias)) }
            value.id = NameNormalizer.slug(normalized: keys[0])
            indices[a] = graph.addActorIndex(value, keys: keys, joinable: joinable)
        }
        // One statement per sentence: two triggers of one sentence ("criticó la indiferencia
        // de X") giving the same relation cite it once.
        var cited = Set<CitedStatement>()
        cited.reserveCapacity(relations.count)
        // Relations come in sentence order: pieces of evidence quoting the span of the one
        // before share its text (one string kept, not one per piece).
        var lastSpan = (start: -1, end: -1)
        var lastText = ""
        for r in relations where r.source != r.target {
            guard let s = indices[r.source], let t = indices[r.target], s != t else { continue }
            // The evidence is the whole sentence (or the sentences) holding the statement.
            let (start, end) = text.sentenceSpan(of: r.tokens)
            let (a, b) = r.type == .meeting ? (min(r.source, r.target), max(r.source, r.target)) : (r.source, r.target)
            guard cited.insert(CitedStatement(type: r.type, a: a, b: b, start: start, end: end)).inserted else { continue }
            if lastSpan != (start, end) {
                lastSpan = (start, end)
                lastText = text.slice(start, end)
            }
            let evidence = Evidence(document: document.id, date: document.date, text: lastText,
                                    start: start, end: end, rule: r.rule, modality: r.modality,
                                    confidence: r.confidence)
            graph.addRelation(r.type, fromActorAt: s, toActorAt: t, evidence: [evidence])
        }
        return graph
    }
}

/// A relation of one document as cited: its type, its actors (in order for meetings) and the
/// span of the sentences quoted.
private struct CitedStatement: Hashable {
    var type: RelationKind
    var a: Int, b: Int, start: Int, end: Int
}
