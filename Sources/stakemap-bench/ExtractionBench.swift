import Foundation
import StakeholderCore
import StakeholderExtraction

/// Extraction: throughput with 1 and 2 threads, peak memory of `stakemap extract` on two
/// corpus sizes, and spaCy's NER on the same text.
extension BenchContext {
    mutating func runExtraction() throws {
        print("Extraction")
        let builder = try CorpusBuilder(folders: options.articles)
        let sizes = options.quick ? [1, 2] : [10, 50]
        var corpora: [BenchCorpus] = []
        for mb in sizes {
            let corpus = try builder.build(bytes: mb * 1_000_000, in: workPath("corpus-\(mb)mb"))
            progress("corpus \(corpus.folder): \(corpus.documents.count) documents, \(Format.bytes(corpus.totalBytes))")
            corpora.append(corpus)
        }
        let large = corpora.last!
        let extractor = try Extractor()
        let section = "Extraction"

        // In-process throughput on the large corpus (reading, extracting, merging).
        var oneThreadMBps = 0.0
        for threads in [1, 2] {
            let m = try Stopwatch.measure(runs: min(options.runs, 3), budget: 150) {
                try extractor.extractCorpus(paths: [large.folder], threads: threads)
            }
            let seconds = m.timing.median
            let mbps = Double(large.totalBytes) / 1e6 / seconds
            if threads == 1 { oneThreadMBps = mbps }
            let docs = Double(m.result.documentsRead) / seconds
            progress("\(threads) thread(s): \(Format.seconds(seconds)), \(Format.sig(mbps)) MB/s")
            table.rows.append(ResultRow(
                section: section,
                measure: "\(large.documents.count.formatted()) documents, \(Format.sig(Double(large.totalBytes) / 1e6)) MB, \(threads) thread\(threads == 1 ? "" : "s")",
                stakemap: "\(Format.sig(mbps)) MB/s, \(Format.sig(docs)) docs/s",
                note: "\(Format.seconds(seconds)); graph: \(m.result.graph.actors.count.formatted()) actors, \(m.result.graph.relations.count.formatted()) relations"))
        }
        table.targets.append(TargetCheck(target: "Extraction at least 10 MB/s on one core", met: oneThreadMBps >= 10,
                                         detail: "\(Format.sig(oneThreadMBps)) MB/s (one thread, \(Format.sig(Double(large.totalBytes) / 1e6)) MB)"))

        try measurePeakMemory(corpora)
        try measureAgainstSpacy(corpus: large, extractor: extractor)
    }

    /// Runs `stakemap extract` as a child process on each corpus with 1 and 2 threads and
    /// reads its peak resident memory from `wait4`.
    private mutating func measurePeakMemory(_ corpora: [BenchCorpus]) throws {
        let stakemap = Self.siblingExecutable("stakemap")
        guard FileManager.default.isExecutableFile(atPath: stakemap) else {
            table.notes.append("Peak memory not measured: \(stakemap) is missing (build the stakemap product).")
            return
        }
        var peaks: [String] = []
        let floor = (try? ChildProcess.runMeasured("/bin/true", [], logPath: workPath("true.log")))
            .map { Format.bytes($0.peakRSS) } ?? "—"
        for threads in [1, 2] {
            for corpus in corpora {
                let out = workPath("extract-\(threads).json")
                let log = workPath("extract-\(threads).log")
                let usage = try ChildProcess.runMeasured(stakemap, ["extract", corpus.folder, "-o", out, "--threads", String(threads)],
                                                 logPath: log)
                guard usage.status == 0 else { throw BenchError.childFailed("stakemap extract", status: usage.status, log: log) }
                let mb = Double(corpus.totalBytes) / 1e6
                let outSize = (try? FileManager.default.attributesOfItem(atPath: out)[.size] as? Int) ?? 0
                progress("stakemap extract \(Format.sig(mb)) MB, \(threads) thread(s): peak RSS \(Format.bytes(usage.peakRSS))")
                table.rows.append(ResultRow(
                    section: "Extraction memory (`stakemap extract` as a child process)",
                    measure: "\(Format.sig(mb)) MB corpus, \(threads) thread\(threads == 1 ? "" : "s")",
                    stakemap: "peak RSS \(Format.bytes(usage.peakRSS))",
                    note: "\(Format.seconds(usage.seconds)) wall, \(Format.seconds(usage.cpuSeconds)) CPU, \(Format.sig(mb / usage.seconds)) MB/s; graph JSON \(Format.bytes(outSize))"))
                peaks.append("\(Format.sig(mb)) MB/\(threads)t: \(Format.bytes(usage.peakRSS))")
            }
        }
        // The same extraction without encoding and writing the JSON: what the graph itself holds.
        for corpus in corpora {
            let log = workPath("extract-only.log")
            let usage = try ChildProcess.runMeasured(Self.siblingExecutable("stakemap-bench"),
                                                     ["extract-only", corpus.folder, "--threads", "1"], logPath: log)
            guard usage.status == 0 else { throw BenchError.childFailed("stakemap-bench extract-only", status: usage.status, log: log) }
            let mb = Double(corpus.totalBytes) / 1e6
            let summary = (try? String(contentsOfFile: log, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            progress("extract-only \(Format.sig(mb)) MB: peak RSS \(Format.bytes(usage.peakRSS))")
            table.rows.append(ResultRow(
                section: "Extraction memory (`stakemap extract` as a child process)",
                measure: "\(Format.sig(mb)) MB corpus, 1 thread, graph kept in memory, no JSON written",
                stakemap: "peak RSS \(Format.bytes(usage.peakRSS))",
                note: "\(Format.seconds(usage.seconds)) wall; \(summary)"))
        }
        table.notes.append("Peak resident memory is `ru_maxrss` of the `stakemap extract` child (posix_spawn + wait4), "
            + "the whole command: reading, extracting, merging the graph and writing its JSON. It is started by a "
            + "small launcher (`stakemap-bench rusage`), because Linux carries the pre-exec peak of a "
            + "vfork-spawned child, i.e. the benchmark's own, into its `ru_maxrss`. The launcher's own floor "
            + "(a child that does nothing, `/bin/true`) reads \(floor).")
    }

    /// The path of an executable built beside this one.
    static func siblingExecutable(_ name: String) -> String {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        return ((me as NSString).deletingLastPathComponent as NSString).appendingPathComponent(name)
    }
}
