import StakeholderCore
import StakeholderExtraction

extension EvalCommand {
    /// Extracts one document and analyses its unmet grievances.
    /// - Parameter path: the document.
    /// - Returns: the document's graph and its unmet grievances as (by, against) actor ids.
    /// - Throws: the extractor's errors, naming the file.
    func predict(path: String) throws -> (StakeholderGraph, [(String, String)]) {
        throw EvalCommandError.extractorUnavailable(path)
    }
}
