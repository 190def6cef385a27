import StakeholderCore

/// A stretch of a sentence that names or describes a possible actor.
struct Mention: Sendable {
    /// Token range of the whole surface form (determiners and titles excluded).
    var start: Int
    var end: Int
    /// Token range of the name proper ("Rivas" in "Presidente Rivas").
    var nameStart: Int
    var nameEnd: Int
    var sentence: Int
    var kind: ActorKind
    var sector: Sector
    /// The sector is only a default that a complement may override.
    var weak = false
    /// Names a particular actor with a capitalised name.
    var proper = false
    /// The class of the head or role word, shared by synonyms.
    var roleClass: String?
    /// A bare description ("el mandatario", "the company") that may point back to an actor.
    var anaphoric = false
    /// A place, not an actor ("en Cajamarca").
    var place = false
    /// Other surface forms of the same actor written in the mention (role, parenthetical alias).
    var aliases: [String] = []
    /// The mention of the organization a role belongs to ("Congreso" in "presidente del Congreso").
    var complement: Int?
    /// Token range to cite for an affiliation edge to `complement`.
    var affiliationSpan: Range<Int>?
    /// The mention this one was folded into (an apposition), if any.
    var mergedInto: Int?
    /// The actor it refers to, set by coreference.
    var actor = -1
    /// Whether a person's name came with a title or role ("Mr.", "Presidente").
    var titled = false
    /// Where the mention starts with its determiner ("the Ministry", "a Peruvian community").
    var surfaceStart = -1
    /// Introduced by an indefinite article ("a program", "una empresa").
    var indefinite = false
}

extension SegmentedText {
    /// The text of tokens `start..<end`.
    func text(_ start: Int, _ end: Int) -> String { text(of: start..<end) }
}
