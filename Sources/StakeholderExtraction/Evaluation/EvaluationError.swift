/// Errors of evaluation against gold annotations.
public enum EvaluationError: Error, CustomStringConvertible, Equatable {
    /// A gold file cannot be read or is not in the gold format.
    case badGold(file: String, reason: String)
    /// A gold folder cannot be read or holds no annotation.
    case noGold(folder: String, reason: String)

    public var description: String {
        switch self {
        case let .badGold(file, reason): return "\(file): not a gold annotation (\(reason))"
        case let .noGold(folder, reason): return "\(folder): no gold annotations (\(reason))"
        }
    }
}
