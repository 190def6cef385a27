/// True positives, false positives and false negatives, and the measures made of them.
///
/// When there is nothing to find and nothing was predicted, precision, recall and F1 are 1;
/// otherwise a measure whose denominator is zero is 0.
public struct EvaluationCounts: Codable, Hashable, Sendable {
    public var truePositives: Int
    public var falsePositives: Int
    public var falseNegatives: Int

    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    private var isEmpty: Bool { truePositives + falsePositives + falseNegatives == 0 }

    /// TP / (TP + FP).
    public var precision: Double {
        if isEmpty { return 1 }
        let d = truePositives + falsePositives
        return d == 0 ? 0 : Double(truePositives) / Double(d)
    }

    /// TP / (TP + FN).
    public var recall: Double {
        if isEmpty { return 1 }
        let d = truePositives + falseNegatives
        return d == 0 ? 0 : Double(truePositives) / Double(d)
    }

    /// The harmonic mean of precision and recall: 2TP / (2TP + FP + FN).
    public var f1: Double {
        if isEmpty { return 1 }
        return Double(2 * truePositives) / Double(2 * truePositives + falsePositives + falseNegatives)
    }

    /// The sum of two sets of counts (for micro-averaging).
    public static func + (lhs: EvaluationCounts, rhs: EvaluationCounts) -> EvaluationCounts {
        EvaluationCounts(truePositives: lhs.truePositives + rhs.truePositives,
                         falsePositives: lhs.falsePositives + rhs.falsePositives,
                         falseNegatives: lhs.falseNegatives + rhs.falseNegatives)
    }
}

/// How many matched actors were given the gold sector.
public struct TypeCounts: Codable, Hashable, Sendable {
    public var correct: Int
    public var matched: Int

    public init(correct: Int = 0, matched: Int = 0) {
        self.correct = correct
        self.matched = matched
    }

    /// correct / matched, or `nil` when no actor was matched.
    public var accuracy: Double? { matched == 0 ? nil : Double(correct) / Double(matched) }

    public static func + (lhs: TypeCounts, rhs: TypeCounts) -> TypeCounts {
        TypeCounts(correct: lhs.correct + rhs.correct, matched: lhs.matched + rhs.matched)
    }
}

/// The scores of one document, or the micro-average of several (counts summed).
public struct EvaluationScores: Codable, Hashable, Sendable {
    public var actors = EvaluationCounts()
    public var types = TypeCounts()
    public var edges = EvaluationCounts()
    /// Edge counts per relation type (raw value), for the types seen in gold or prediction.
    public var edgesByType: [String: EvaluationCounts] = [:]
    public var grievances = EvaluationCounts()

    public init() {}

    /// The sum of two sets of scores: counts are added, never the measures.
    public static func + (lhs: EvaluationScores, rhs: EvaluationScores) -> EvaluationScores {
        var sum = EvaluationScores()
        sum.actors = lhs.actors + rhs.actors
        sum.types = lhs.types + rhs.types
        sum.edges = lhs.edges + rhs.edges
        sum.grievances = lhs.grievances + rhs.grievances
        sum.edgesByType = lhs.edgesByType.merging(rhs.edgesByType, uniquingKeysWith: +)
        return sum
    }
}
