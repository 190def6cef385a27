import StakeholderCore

/// A head noun or role word and what it says about the actor it heads.
public struct HeadEntry: Sendable, Hashable {
    /// The sector it gives.
    public var sector: Sector
    /// Whether a sector found in its complement ("presidente de la comunidad") overrides it.
    public var weak: Bool
    /// person (a role), organization (an institution head) or group (a collective).
    public var kind: ActorKind
    /// A class shared by synonyms ("presidente", "mandatario", "jefe de estado"), used to find
    /// the actor a bare role reference points to.
    public var roleClass: String
}

/// How a trigger finds its source and target in the sentence.
public enum TriggerFrame: String, Sendable, CaseIterable {
    /// Target: the actors after "con", "junto a", "with", or "entre A y B" (meetings).
    case with
    /// Target: the first actor after the trigger.
    case object
    /// Target: the possessor before ("X's disregard") or after ("the neglect of X").
    case possessor
    /// Target: the subject of the trigger's clause; source: the speaker ("X said that the
    /// company is responsible").
    case blamed
    /// Source: the subject; target: the actor after it, and conjoined subjects are paired
    /// with each other for mutual statements.
    case mutual
    /// Source: the subject; target: the other party of the meeting described in the same or
    /// the previous sentence ("dieron a conocer sus planteamientos", "raised their concerns").
    case counterpart
    /// The subject, or the actors named after the trigger, join the meeting described in the
    /// last sentences: each meets its parties of another sector ("Also participating in this
    /// meeting was X").
    case joins
    /// Source: the speaker or subject; target: the actor after the trigger, when the clause
    /// before it is negated ("no se moverán hasta que la empresa…", "will not leave until…").
    case ultimatum
}

/// A word or phrase that signals a relation.
public struct TriggerEntry: Sendable, Hashable {
    /// A stable rule id, written into evidence ("es.meeting.reunirse").
    public var id: String
    public var relation: RelationKind
    public var frame: TriggerFrame
}

/// The classes of the word lists in `words.tsv`.
public enum WordClass: String, Sendable, CaseIterable {
    /// Abbreviations with their final period, lower-case ("sr.", "mr.").
    case abbreviation
    /// Words that join the parts of a name ("de", "del", "of", "and").
    case connector
    /// Determiners and articles ("el", "the").
    case determiner
    /// Function words that never start a name.
    case stopword
    /// Negation ("no", "not", "never").
    case negation
    /// Verbs of refusal that cancel a following trigger ("se negó a", "refused to").
    case refusal
    /// Verbs of speech that introduce reported speech ("señaló", "said").
    case speech
    /// Prepositions after which a name is a place, not an actor ("en", "in", "near").
    case locative
    /// Prepositions that mark a noun phrase as a complement, not a subject.
    case preposition
    /// Conditional markers ("si", "if").
    case conditional
    /// Auxiliaries and endings of the future ("will", "va a").
    case future
    /// Auxiliaries of the hypothetical ("would", "could").
    case hypothetical
    /// Titles before a person's name ("mr.", "sr.", "dr.").
    case title
    /// Subject pronouns that point to the previous subject ("he", "they", "ella").
    case pronoun
    /// Words that join a list of actors ("y", "e", "and", ",").
    case conjunction
    /// Words that start a subordinate clause ("que", "that", "who").
    case subordinator
    /// Words that end a company name and may be dropped from it ("mining", "s.a.").
    case orgsuffix
    /// Nouns of places after a name ("region", "province", "provincia").
    case placenoun
    /// Words that say a meeting or dialogue broke down ("roto", "broke down").
    case breakdown
    /// Capitalised words that do not tell one actor from another across documents
    /// ("República", "Nación", "Republic"), for joining corpus graphs.
    case generic
    /// Verbs of complaint that also introduce speech ("denunció", "complained").
    case grievanceSpeech
    /// Quantities before "de"/"of" that leave the noun after them the head ("cientos de
    /// pobladores", "thousands of miners").
    case quantifier

    /// The bit of this class in a word's class set.
    @inline(__always)
    public var bit: UInt32 {
        switch self {
        case .abbreviation: return 1 << 0
        case .connector: return 1 << 1
        case .determiner: return 1 << 2
        case .stopword: return 1 << 3
        case .negation: return 1 << 4
        case .refusal: return 1 << 5
        case .speech: return 1 << 6
        case .locative: return 1 << 7
        case .preposition: return 1 << 8
        case .conditional: return 1 << 9
        case .future: return 1 << 10
        case .hypothetical: return 1 << 11
        case .title: return 1 << 12
        case .pronoun: return 1 << 13
        case .conjunction: return 1 << 14
        case .subordinator: return 1 << 15
        case .orgsuffix: return 1 << 16
        case .placenoun: return 1 << 17
        case .breakdown: return 1 << 18
        case .generic: return 1 << 19
        case .grievanceSpeech: return 1 << 20
        case .quantifier: return 1 << 21
        }
    }
}
