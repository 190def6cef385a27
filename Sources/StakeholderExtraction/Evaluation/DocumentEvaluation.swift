/// The scores of one document against its gold annotation, with what went wrong.
public struct DocumentEvaluation: Codable, Hashable, Sendable {
    /// The document's id (the gold file's stem).
    public var document: String
    public var scores: EvaluationScores
    /// Predicted actor id → gold actor id, for the matched actors.
    public var actorMatches: [String: String]
    /// Readable descriptions of false positives (predicted, not in gold), in a stable order.
    public var falsePositives: Diagnostics
    /// Readable descriptions of false negatives (in gold, not predicted), in a stable order.
    public var falseNegatives: Diagnostics
    /// Matched actors whose sector differs: "name: predicted → gold".
    public var typeErrors: [String]

    /// Descriptions of the items of each layer.
    public struct Diagnostics: Codable, Hashable, Sendable {
        public var actors: [String] = []
        public var edges: [String] = []
        public var grievances: [String] = []

        public init() {}
    }
}

/// The evaluation of a set of documents: one row each and their micro-average.
public struct EvaluationReport: Codable, Hashable, Sendable {
    public var documents: [DocumentEvaluation]
    /// Counts summed over the documents; measures computed from the sums.
    public var micro: EvaluationScores

    /// - Parameter documents: the rows, in the order they are to be shown.
    public init(documents: [DocumentEvaluation]) {
        self.documents = documents
        self.micro = documents.reduce(EvaluationScores()) { $0 + $1.scores }
    }
}
