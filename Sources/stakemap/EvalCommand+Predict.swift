import StakeholderCore
import StakeholderExtraction

extension EvalCommand {
    /// Extracts one document on its own and analyses its unmet grievances.
    /// - Parameter path: the document.
    /// - Returns: the document's graph and its unmet grievances as (by, against) actor ids.
    /// - Throws: the extractor's errors, or `EvalCommandError.unreadable` naming the file.
    func predict(path: String) throws -> (StakeholderGraph, [(String, String)]) {
        let (document, notes) = DocumentReader().read(path: path)
        guard let document else {
            throw EvalCommandError.unreadable(path, notes.map(\.description).joined(separator: "; "))
        }
        let graph = try Extractor().extract(document)
        let unmet = graph.grievanceReport(asOf: nil).records(status: .unmet)
        var seen = Set<String>()
        var pairs: [(String, String)] = []
        for record in unmet where seen.insert("\(record.by)\u{1}\(record.against)").inserted {
            pairs.append((record.by, record.against))
        }
        return (graph, pairs)
    }
}
