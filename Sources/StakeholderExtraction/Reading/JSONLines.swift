import Foundation

/// Reads a JSON Lines file line by line, a chunk at a time, so that a file of any size takes
/// memory for one line only.
final class JSONLinesFile {
    /// One line: its number (from 1) and its bytes, or `nil` bytes for a line longer than the
    /// limit (dropped unread).
    typealias Line = (number: Int, bytes: Data?)

    private let handle: FileHandle
    private let maxLineBytes: Int
    private let chunkSize: Int
    private var buffer = Data()
    private var lineNumber = 0
    private var overlong = false
    private var finished = false

    /// Opens `path`.
    /// - Parameters:
    ///   - maxLineBytes: lines longer than this are reported with `nil` bytes.
    ///   - chunkSize: how many bytes are read at a time.
    /// - Throws: the file system's error when the file cannot be opened.
    init(path: String, maxLineBytes: Int, chunkSize: Int = 1 << 20) throws {
        handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        self.maxLineBytes = maxLineBytes
        self.chunkSize = chunkSize
    }

    deinit { try? handle.close() }

    /// The first bytes of the file, read without moving past them (for the binary check).
    func peek(_ count: Int) -> Data {
        fill(atLeast: count)
        return buffer.prefix(count)
    }

    /// The next line (a final `\r` dropped), or `nil` at the end of the file (or when reading
    /// fails).
    func next() -> Line? {
        while true {
            if let newline = Self.firstNewline(in: buffer) {
                lineNumber += 1
                var line = buffer[buffer.startIndex..<newline]
                buffer = buffer[(newline + 1)...]
                if buffer.isEmpty { buffer = Data() }
                if overlong || line.count > maxLineBytes {
                    overlong = false
                    return (lineNumber, nil)
                }
                if line.last == 0x0D { line = line.dropLast() }
                return (lineNumber, Data(line))
            }
            if buffer.count > maxLineBytes {
                // Keep nothing of an overlong line: remember it and drop what was read.
                overlong = true
                buffer = Data()
            }
            if finished {
                guard !buffer.isEmpty || overlong else { return nil }
                lineNumber += 1
                defer { buffer = Data(); overlong = false }
                if overlong { return (lineNumber, nil) }
                var line = buffer
                if line.last == 0x0D { line = line.dropLast() }
                return (lineNumber, Data(line))
            }
            fill(atLeast: buffer.count + 1)
        }
    }

    /// The index of the first line feed in `data` (found with `memchr`).
    private static func firstNewline(in data: Data) -> Data.Index? {
        data.withUnsafeBytes { raw -> Data.Index? in
            guard let base = raw.baseAddress, let found = memchr(base, 0x0A, raw.count) else { return nil }
            return data.startIndex + (UnsafeRawPointer(found) - base)
        }
    }

    private func fill(atLeast count: Int) {
        while buffer.count < count, !finished {
            let chunk = (try? handle.read(upToCount: chunkSize)) ?? nil
            guard let chunk, !chunk.isEmpty else { finished = true; return }
            buffer.append(chunk)
        }
    }
}

/// One line of a JSON Lines file made into a document.
enum JSONLineArticle {
    /// The document of one JSON Lines line: an object with `text` and optional `id`, `date`,
    /// `title`, `url`.
    /// - Parameters:
    ///   - bytes: the line.
    ///   - number: its line number, which makes the default id `<stem>-<number>`.
    ///   - path: the file.
    /// - Returns: the document, or `nil` with a note naming the line when it is not an article.
    /// - Complexity: O(n) in the length of the line.
    static func document(bytes: Data, number: Int, path: String) -> (Document?, [ReadingNote]) {
        let (decoded, decodingNotes) = TextDecoding.text(of: bytes, path: path, line: number)
        guard let decoded else { return (nil, decodingNotes) }
        var notes = decodingNotes.filter { !$0.message.hasPrefix("control characters") }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(decoded.utf8), options: [.fragmentsAllowed])
        } catch {
            return (nil, notes + [.skip(path, line: number, "invalid JSON")])
        }
        guard let fields = object as? [String: Any] else {
            return (nil, notes + [.skip(path, line: number, "not a JSON object")])
        }
        guard let rawText = fields["text"] as? String else {
            let message = fields["text"] == nil ? "no \"text\" field" : "\"text\" is not a string"
            return (nil, notes + [.skip(path, line: number, message)])
        }
        var text = rawText
        if let cleaned = TextDecoding.replacingControlCharacters(text) {
            text = cleaned
            notes.append(ReadingNote(path: path, line: number, message: "control characters replaced by spaces"))
        }
        guard !TextDecoding.isBlank(text) else {
            return (nil, notes + [.skip(path, line: number, "empty \"text\"")])
        }
        let stem = FilePath.stem(path)
        var id = "\(stem)-\(number)"
        if let given = string(fields["id"]), !TextDecoding.isBlank(given) {
            id = TextDecoding.replacingControlCharacters(given) ?? given
            id = id.trimmingCharacters(in: .whitespacesAndNewlines)
            if id.count > 200 { id = String(id.prefix(200)) }
        }
        var date: String?
        if let given = string(fields["date"]) {
            date = HTMLScanner.day(given)
            if date == nil {
                notes.append(ReadingNote(path: path, line: number,
                                         message: "\"date\" is not YYYY-MM-DD; taken from the text"))
            }
        }
        var title = string(fields["title"]).map { HTMLText.collapsingWhitespace(Array($0.unicodeScalars)) }
        if title?.isEmpty == true { title = nil }
        let document = Document(id: id, path: "\(path):\(number)", text: text,
                                date: date ?? DateFinder.find(in: text),
                                language: LanguageDetector.detect(text),
                                title: title.map { String($0.prefix(200)) } ?? DocumentReader.title(of: text))
        var result = document
        result.url = string(fields["url"])
        return (result, notes)
    }

    /// A JSON string, or a number written as text (for ids).
    private static func string(_ value: Any?) -> String? {
        if let text = value as? String { return text }
        if let number = value as? NSNumber, !(value is Bool) { return number.stringValue }
        return nil
    }
}
