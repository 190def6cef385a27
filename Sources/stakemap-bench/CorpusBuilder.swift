import Foundation

/// A benchmark corpus on disk: the same articles repeated under new names until a size is
/// reached, with a manifest (`path<TAB>language<TAB>bytes`) in corpus order.
struct BenchCorpus: Sendable {
    /// The folder holding the documents (in subfolders of 1,000) and `manifest.tsv`.
    var folder: String
    /// Every document, in the order written.
    var documents: [(path: String, language: String, bytes: Int)]

    var totalBytes: Int { documents.reduce(0) { $0 + $1.bytes } }
    var manifestPath: String { (folder as NSString).appendingPathComponent("manifest.tsv") }
}

/// Builds benchmark corpora from a set of articles.
struct CorpusBuilder {
    /// The articles repeated, in order: (file name, text).
    var articles: [(name: String, text: String)]

    /// Collects the `.txt` and `.md` articles directly inside `folders` (missing folders are
    /// skipped), sorted by folder order then name.
    /// - Throws: `BenchError.noArticles` when none is found.
    init(folders: [String]) throws {
        var found: [(String, String)] = []
        let fm = FileManager.default
        for folder in folders {
            guard let names = try? fm.contentsOfDirectory(atPath: folder) else { continue }
            for name in names.sorted() where !name.hasPrefix(".") {
                let ext = (name as NSString).pathExtension.lowercased()
                guard ext == "txt" || ext == "md" else { continue }
                let path = (folder as NSString).appendingPathComponent(name)
                if let text = try? String(contentsOfFile: path, encoding: .utf8) { found.append((name, text)) }
            }
        }
        guard !found.isEmpty else { throw BenchError.noArticles(folders) }
        articles = found
    }

    /// Writes (or reuses, when it was already written from the same articles) a corpus of at
    /// least `bytes` bytes: repetition r of article `name` becomes `dNNNN/rNNNNNN-name`, its
    /// text unchanged.
    /// - Parameters:
    ///   - bytes: the least total size.
    ///   - folder: where to write; its previous content is replaced.
    /// - Returns: the corpus.
    /// - Throws: the file system's errors.
    /// - Complexity: O(bytes).
    func build(bytes: Int, in folder: String) throws -> BenchCorpus {
        var documents: [(path: String, language: String, bytes: Int)] = []
        var total = 0
        var index = 0
        let languages = articles.map { LanguageGuess.language(of: $0.text) }
        while total < bytes {
            let a = index % articles.count
            let rel = String(format: "d%04d/r%06d-%@", index / 1000, index, articles[a].name)
            let size = articles[a].text.utf8.count
            documents.append((rel, languages[a], size))
            total += size
            index += 1
        }
        let manifest = documents.map { "\($0.path)\t\($0.language)\t\($0.bytes)\n" }.joined()
        let stampPath = (folder as NSString).appendingPathComponent(".complete")
        let stamp = "\(bytes) \(articles.map(\.name).joined(separator: ",")) \(articles.map(\.text.hashValueStable))\n"
        if (try? String(contentsOfFile: stampPath, encoding: .utf8)) == stamp {
            return BenchCorpus(folder: folder, documents: documents)
        }
        let fm = FileManager.default
        try? fm.removeItem(atPath: folder)
        try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let data = articles.map { Data($0.text.utf8) }
        for (i, doc) in documents.enumerated() {
            let path = (folder as NSString).appendingPathComponent(doc.path)
            if i % 1000 == 0 {
                try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                       withIntermediateDirectories: true)
            }
            try data[i % articles.count].write(to: URL(fileURLWithPath: path))
        }
        try Data(manifest.utf8).write(to: URL(fileURLWithPath: (folder as NSString).appendingPathComponent("manifest.tsv")))
        try Data(stamp.utf8).write(to: URL(fileURLWithPath: stampPath))
        return BenchCorpus(folder: folder, documents: documents)
    }
}

extension String {
    /// FNV-1a over the UTF-8 bytes: a hash that, unlike `hashValue`, is the same in every run.
    var hashValueStable: UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }
}

/// Tells Spanish from English by counting frequent function words; only used to send each
/// document to the matching spaCy pipeline.
enum LanguageGuess {
    static let spanish: Set<Substring> = ["el", "la", "los", "las", "de", "del", "que", "y", "en", "por", "con", "para", "se", "una"]
    static let english: Set<Substring> = ["the", "of", "and", "to", "in", "that", "with", "for", "on", "was", "is", "by"]

    /// `es` or `en`, whichever has more function words in `text`.
    static func language(of text: String) -> String {
        var es = 0, en = 0
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
            if spanish.contains(word) { es += 1 }
            if english.contains(word) { en += 1 }
        }
        return es >= en ? "es" : "en"
    }
}
