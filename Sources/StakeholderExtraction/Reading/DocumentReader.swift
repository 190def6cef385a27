import Foundation

/// Reads articles from files and folders into `Document` values.
///
/// Formats, by extension: `.txt` and `.md` (plain text), `.html` and `.htm` (the text of the
/// body, see `HTMLText`), `.jsonl` (one article per line, see `JSONLineArticle`; read line by
/// line, so its size is not limited, only that of each line). Problems that concern one file
/// or line (binary, empty, too large, unreadable, bad JSON) become `ReadingNote`s, marked
/// `skipped` when the file or line is left out; only a path that does not exist at all stops
/// a run.
public struct DocumentReader: Sendable {
    /// The extensions read by default.
    public static let defaultExtensions: Set<String> = ["txt", "md", "html", "htm", "jsonl"]
    /// The default limit on a file's size (on a line's, for JSON Lines): 8 MiB.
    public static let defaultMaxBytes = 8 << 20

    /// File extensions read, lower-case, without the dot.
    public var extensions: Set<String>
    /// Files (JSON Lines lines) larger than this many bytes are skipped with a note.
    public var maxBytes: Int

    public init(extensions: Set<String> = DocumentReader.defaultExtensions,
                maxBytes: Int = DocumentReader.defaultMaxBytes) {
        self.extensions = extensions
        self.maxBytes = maxBytes
    }

    /// Reads one file holding one article (not JSON Lines: see `documents(in:)`).
    /// - Returns: the document, or `nil` with a note saying why it was not read.
    public func read(path: String) -> (document: Document?, notes: [ReadingNote]) {
        let ext = FilePath.pathExtension(path).lowercased()
        guard extensions.contains(ext) else {
            return (nil, [.skip(path, "not a file type read (.\(ext))")])
        }
        guard ext != "jsonl" else {
            return (nil, [.skip(path, "a JSON Lines file holds many articles; read it as a corpus")])
        }
        let fd: Int32
        switch Self.openFile(path, maxBytes: maxBytes) {
        case .problem(let note): return (nil, [note])
        case .opened(let opened): fd = opened
        }
        let data: Data
        do { data = try Self.contents(of: fd) } catch {
            return (nil, [.skip(path, "cannot read the file (\(error))")])
        }
        return document(data: data, path: path)
    }

    /// Makes a document from the bytes of a file of one article.
    /// - Parameters:
    ///   - data: the file's content, UTF-8 expected (invalid bytes become U+FFFD, with a note;
    ///     UTF-16 with a byte-order mark is read too); HTML when `path` ends in `.html`/`.htm`.
    ///   - path: where it came from; its stem becomes the document id.
    /// - Returns: the document, or `nil` with a note (binary, empty, too large).
    /// - Complexity: O(n) in the size of `data`.
    public func document(data: Data, path: String) -> (document: Document?, notes: [ReadingNote]) {
        if data.count > maxBytes {
            return (nil, [.skip(path, "larger than --max-bytes (\(data.count) > \(maxBytes) bytes)")])
        }
        let ext = FilePath.pathExtension(path).lowercased()
        let isHTML = ext == "html" || ext == "htm"
        let (decoded, decodingNotes) = TextDecoding.text(
            of: data, path: path, legacyFallback: isHTML && TextDecoding.declaresLegacyCharset(data))
        var notes = decodingNotes
        guard var text = decoded else { return (nil, notes) }
        var title: String?
        var date: String?
        if isHTML {
            let page = HTMLText(html: text)
            // Character references may stand for control characters (`&#1;`).
            text = TextDecoding.replacingControlCharacters(page.text) ?? page.text
            title = page.title.map { TextDecoding.replacingControlCharacters($0) ?? $0 }
            date = page.date
        }
        if TextDecoding.isBlank(text) {
            notes.append(.skip(path, data.isEmpty ? "empty file" : "no text (empty or white space only)"))
            return (nil, notes)
        }
        let id = FilePath.stem(path)
        let document = Document(id: id, path: path, text: text, date: date ?? DateFinder.find(in: text),
                                language: LanguageDetector.detect(text), title: title ?? Self.title(of: text))
        return (document, notes)
    }

    /// Every document in `data`: the lines of JSON Lines content (`path` ending in `.jsonl`),
    /// else the one document of `document(data:path:)`. For tests and in-memory sources.
    /// - Complexity: O(n) in the size of `data`.
    public func documents(data: Data, path: String) -> (documents: [Document], notes: [ReadingNote]) {
        guard FilePath.pathExtension(path).lowercased() == "jsonl" else {
            let (document, notes) = self.document(data: data, path: path)
            return (document.map { [$0] } ?? [], notes)
        }
        if let problem = Self.jsonLinesProblem(data.prefix(8192), path: path) { return ([], [problem]) }
        var documents: [Document] = []
        var notes: [ReadingNote] = []
        var seen = Set<String>()
        for (index, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let bytes = line.last == 0x0D ? line.dropLast() : line
            let item = jsonLine(bytes.count > maxBytes ? nil : Data(bytes), number: index + 1, path: path, seen: &seen)
            notes += item.notes
            if let document = item.document { documents.append(document) }
        }
        if documents.isEmpty, notes.isEmpty { notes.append(.skip(path, "no articles (empty file)")) }
        return (documents, notes)
    }

    /// Why a JSON Lines file whose first bytes are `head` cannot be read: binary, or UTF-16
    /// (whose line feeds are two bytes); `nil` when it can.
    static func jsonLinesProblem(_ head: Data, path: String) -> ReadingNote? {
        if ContentSniffer.hasUTF16ByteOrderMark(head) {
            return .skip(path, "UTF-16 JSON Lines are not read (save the file as UTF-8)")
        }
        if let kind = ContentSniffer.binaryKind(of: head) { return .skip(path, "binary content (\(kind)), not text") }
        return nil
    }

    /// One JSON Lines line: blank lines are passed over; a duplicate id gets `-<line>` added.
    func jsonLine(_ bytes: Data?, number: Int, path: String,
                  seen: inout Set<String>) -> (document: Document?, notes: [ReadingNote]) {
        guard let bytes else {
            return (nil, [.skip(path, line: number, "line larger than --max-bytes (\(maxBytes) bytes)")])
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return (nil, []) }
        var (document, notes) = JSONLineArticle.document(bytes: bytes, number: number, path: path)
        if var found = document {
            if !seen.insert(found.id).inserted {
                notes.append(ReadingNote(path: path, line: number,
                                         message: "id '\(found.id)' used before; this one is '\(found.id)-\(number)'"))
                found.id += "-\(number)"
                seen.insert(found.id)
            }
            document = found
        }
        return (document, notes)
    }
}
