/// One piece of text that supports a relation, and where it came from.
///
/// `start` and `end` are offsets in Unicode scalars (code points) into the document's text,
/// as Python and most JSON consumers count characters; `text` is that slice of the document.
public struct Evidence: Codable, Hashable, Sendable {
    public var document: String
    public var date: String?
    public var text: String
    public var start: Int
    public var end: Int
    public var rule: String
    public var modality: Modality
    public var confidence: Double

    public init(
        document: String, date: String?, text: String, start: Int, end: Int,
        rule: String, modality: Modality = .asserted, confidence: Double = 1.0
    ) {
        self.document = document
        self.date = date
        self.text = text
        self.start = start
        self.end = end
        self.rule = rule
        self.modality = modality
        self.confidence = confidence
    }

    /// Two pieces of evidence are the same statement when they cite the same span.
    var identity: Identity { Identity(document: document, start: start, end: end, rule: rule) }

    /// What makes two pieces of evidence the same statement (no new string is built).
    struct Identity: Hashable, Sendable {
        var document: String
        var start: Int
        var end: Int
        var rule: String

        /// Hashes the span and the document, not the rule (equal identities have equal rules;
        /// one span of one document seldom holds two rules of one relation, and `==` still
        /// tells them apart).
        func hash(into hasher: inout Hasher) {
            hasher.combine(start)
            hasher.combine(end)
            hasher.combine(document)
        }
    }
}
