import Foundation
import StakeholderCore

extension Extractor {
    /// Extracts every document under `paths` and merges the per-document graphs.
    ///
    /// Files are found with `DocumentReader.files(in:)` (sorted, so the input order does not
    /// matter) and read in order by `DocumentReader.documents(in:)` (a JSON Lines file line by
    /// line); documents are extracted in parallel batches of `4 × threads`, each text dropped
    /// once its graph is made, while the next batch is read and the previous one joined;
    /// graphs are merged in reading order, so the result is the same whatever the number of
    /// threads. Actors of different documents are joined only through
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
        let workers = max(1, threads)
        let batchSize = workers * 4
        let input = BatchReader(stream: reader.documents(in: listing.files).makeIterator(), notes: listing.notes)
        let output = JoinStage(joiner: CorpusJoiner(extractor: self))
        let extractor = self
        if workers == 1 {
            while true {
                let batch = input.next(batchSize)
                if batch.isEmpty { break }
                output.join(batch.map { extractor.extract($0) })
            }
        } else {
            // A pipeline in rounds: while the documents of batch k are extracted in parallel,
            // one task reads batch k + 1 and another joins the graphs of batch k - 1. Reading
            // and joining each stay in order, so the result does not depend on timing.
            var current = input.next(batchSize)
            var finished: [StakeholderGraph] = []
            while !current.isEmpty || !finished.isEmpty {
                let results = ResultSlots(count: current.count)
                let documents = current
                let toJoin = finished
                let upcoming = BatchSlot()
                DispatchQueue.concurrentPerform(iterations: documents.count + 2) { task in
                    switch task {
                    case 0: upcoming.batch = documents.isEmpty ? [] : input.next(batchSize)
                    case 1: output.join(toJoin)
                    default: results.set(task - 2, extractor.extract(documents[task - 2]))
                    }
                }
                finished = results.values()
                current = upcoming.batch
            }
        }
        return (output.joiner.graph, input.notes, output.read)
    }
}

/// The document stream of a corpus read a batch at a time, with the reading notes in order.
/// Used by one task at a time.
private final class BatchReader: @unchecked Sendable {
    private var stream: DocumentStream.Iterator
    private var exhausted = false
    private(set) var notes: [ReadingNote]

    init(stream: DocumentStream.Iterator, notes: [ReadingNote]) {
        self.stream = stream
        self.notes = notes
    }

    /// Up to `count` documents (fewer at the end, none when the stream is done).
    func next(_ count: Int) -> [Document] {
        var batch: [Document] = []
        while !exhausted, batch.count < count {
            guard let (document, itemNotes) = stream.next() else { exhausted = true; break }
            notes += itemNotes
            if let document { batch.append(document) }
        }
        return batch
    }
}

/// The corpus graph, joined from per-document graphs in reading order by one task at a time.
private final class JoinStage: @unchecked Sendable {
    private(set) var joiner: CorpusJoiner
    private(set) var read = 0

    init(joiner: CorpusJoiner) { self.joiner = joiner }

    func join(_ graphs: [StakeholderGraph]) {
        for g in graphs {
            joiner.add(g)
            read += 1
        }
    }
}

/// The next batch, handed from the reading task to the following round.
private final class BatchSlot: @unchecked Sendable {
    var batch: [Document] = []
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
