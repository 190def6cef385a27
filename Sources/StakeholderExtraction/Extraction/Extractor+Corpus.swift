import Foundation
import StakeholderCore

extension Extractor {
    /// Extracts every document under `paths` and merges the per-document graphs.
    ///
    /// Files are found with `DocumentReader.files(in:)` (sorted, so the input order does not
    /// matter) and read in order by `DocumentReader.documents(in:)` (a JSON Lines file line by
    /// line); documents are extracted in parallel batches of `4 × threads`, each text dropped
    /// once its graph is made; graphs are merged in reading order, so the result is the same
    /// whatever the number of threads. Actors of different documents are joined only through
    /// names that say which actor they are (`CorpusJoiner`).
    /// - Parameters:
    ///   - paths: files and folders.
    ///   - threads: worker threads (at least 1).
    ///   - reader: how files are read.
    /// - Returns: the merged graph, the reading notes (in file order; those of files or lines
    ///   left out have `skipped` set) and how many documents were read.
    /// - Throws: `ExtractionError.unreadablePath` for a missing path.
    /// - Complexity: O(total text) work; memory O(batch texts + graph).
    public func extractCorpus(paths: [String], threads: Int,
                              reader: DocumentReader = DocumentReader())
        throws -> (graph: StakeholderGraph, notes: [ReadingNote], documentsRead: Int)
    {
        let listing = try reader.files(in: paths)
        var notes = listing.notes
        var joiner = CorpusJoiner(extractor: self)
        var read = 0
        let workers = max(1, threads)
        let batchSize = workers * 4
        var stream = reader.documents(in: listing.files).makeIterator()
        var exhausted = false
        while !exhausted {
            var batch: [Document] = []
            while batch.count < batchSize {
                guard let (document, itemNotes) = stream.next() else { exhausted = true; break }
                notes += itemNotes
                if let document { batch.append(document) }
            }
            let results = ResultSlots(count: batch.count)
            let extractor = self
            let documents = batch
            let work: @Sendable (Int) -> Void = { i in
                results.set(i, extractor.extract(documents[i]))
            }
            if workers == 1 {
                for i in batch.indices { work(i) }
            } else {
                DispatchQueue.concurrentPerform(iterations: batch.count, execute: work)
            }
            for g in results.values() {
                joiner.add(g)
                read += 1
            }
        }
        return (joiner.graph, notes, read)
    }
}

/// Slots filled by concurrent workers, read after they finish.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [StakeholderGraph]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: StakeholderGraph(), count: count) }

    func set(_ i: Int, _ value: StakeholderGraph) {
        lock.lock()
        slots[i] = value
        lock.unlock()
    }

    func values() -> [StakeholderGraph] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
