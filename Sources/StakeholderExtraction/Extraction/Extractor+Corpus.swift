import Foundation
import StakeholderCore

extension Extractor {
    /// Extracts every document under `paths` and merges the per-document graphs.
    ///
    /// Files are found with `DocumentReader.files(in:)` (sorted, so the input order does not
    /// matter), read and extracted in parallel batches of `4 × threads` documents, each text
    /// dropped once its graph is made; graphs are merged in file order, so the result is the
    /// same whatever the number of threads. Actors of different documents are joined only
    /// through names that say which actor they are (`CorpusJoiner`).
    /// - Parameters:
    ///   - paths: files and folders.
    ///   - threads: worker threads (at least 1).
    ///   - reader: how files are read.
    /// - Returns: the merged graph, the reading notes (in file order) and how many documents
    ///   were read.
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
        var start = 0
        let files = listing.files
        while start < files.count {
            let batch = Array(files[start..<min(start + batchSize, files.count)])
            let results = ResultSlots(count: batch.count)
            let extractor = self
            let work: @Sendable (Int) -> Void = { i in
                let (document, fileNotes) = reader.read(path: batch[i])
                let g = document.map { extractor.extract($0) }
                results.set(i, (g, fileNotes))
            }
            if workers == 1 {
                for i in batch.indices { work(i) }
            } else {
                DispatchQueue.concurrentPerform(iterations: batch.count, execute: work)
            }
            for (g, fileNotes) in results.values() {
                notes += fileNotes
                if let g {
                    joiner.add(g)
                    read += 1
                }
            }
            start += batchSize
        }
        return (joiner.graph, notes, read)
    }
}

/// Slots filled by concurrent workers, read after they finish.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [(StakeholderGraph?, [ReadingNote])]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: (nil, []), count: count) }

    func set(_ i: Int, _ value: (StakeholderGraph?, [ReadingNote])) {
        lock.lock()
        slots[i] = value
        lock.unlock()
    }

    func values() -> [(StakeholderGraph?, [ReadingNote])] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
