import Foundation

/// Reads articles from files and folders into `Document` values.
///
/// Problems that concern one file (empty, unreadable, not a text format) become
/// `ReadingNote`s; only a path that does not exist at all stops a run.
public struct DocumentReader: Sendable {
    /// File extensions read, lower-case, without the dot.
    public var extensions: Set<String>
    /// Files larger than this many bytes are skipped with a note.
    public var maxBytes: Int

    public init(extensions: Set<String> = ["txt", "md"], maxBytes: Int = 64 << 20) {
        self.extensions = extensions
        self.maxBytes = maxBytes
    }

    /// The files to read under `paths`: files as given, folders searched recursively for
    /// readable extensions; sorted and without duplicates, whatever the order of `paths`.
    /// - Throws: `ExtractionError.unreadablePath` for a path that does not exist.
    /// - Complexity: O(f log f) for f files found.
    public func files(in paths: [String]) throws -> (files: [String], notes: [ReadingNote]) {
        var found = Set<String>()
        var notes: [ReadingNote] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                throw ExtractionError.unreadablePath(path, reason: "no such file or folder")
            }
            if !isDir.boolValue {
                found.insert(path)
                continue
            }
            guard let walker = fm.enumerator(atPath: path) else {
                notes.append(ReadingNote(path: path, message: "cannot list the folder"))
                continue
            }
            while let rel = walker.nextObject() as? String {
                let name = (rel as NSString).lastPathComponent
                if name.hasPrefix(".") { continue }
                let ext = (name as NSString).pathExtension.lowercased()
                guard extensions.contains(ext) else { continue }
                let full = (path as NSString).appendingPathComponent(rel)
                var sub: ObjCBool = false
                if fm.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue { found.insert(full) }
            }
        }
        return (found.sorted(), notes)
    }

    /// Reads one file.
    /// - Returns: the document, or `nil` with a note saying why it was not read.
    public func read(path: String) -> (document: Document?, notes: [ReadingNote]) {
        let ext = (path as NSString).pathExtension.lowercased()
        guard extensions.contains(ext) else {
            return (nil, [ReadingNote(path: path, message: "not a text file (.\(ext)); skipped")])
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = attributes?[.size] as? Int, size > maxBytes {
            return (nil, [ReadingNote(path: path, message: "larger than \(maxBytes) bytes; skipped")])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return (nil, [ReadingNote(path: path, message: "cannot read the file")])
        }
        return document(data: data, path: path)
    }

    /// Makes a document from the bytes of a file.
    /// - Parameters:
    ///   - data: the file's content, UTF-8 expected (invalid bytes become U+FFFD, with a note).
    ///   - path: where it came from; its stem becomes the document id.
    public func document(data: Data, path: String) -> (document: Document?, notes: [ReadingNote]) {
        var notes: [ReadingNote] = []
        var text = String(decoding: data, as: UTF8.self)
        if text.unicodeScalars.contains("\u{FFFD}"), String(data: data, encoding: .utf8) == nil {
            notes.append(ReadingNote(path: path, message: "invalid UTF-8; bad bytes replaced"))
        }
        if text.hasPrefix("\u{FEFF}") { text.unicodeScalars.removeFirst() }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            notes.append(ReadingNote(path: path, message: "empty document; skipped"))
            return (nil, notes)
        }
        let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let document = Document(id: id, path: path, text: text, date: DateFinder.find(in: text),
                                language: LanguageDetector.detect(text), title: Self.title(of: text))
        return (document, notes)
    }

    /// The first line of at least four words that is not site boilerplate, a banner in capitals
    /// or the date marker.
    static func title(of text: String) -> String? {
        let skip = DateFinder.marker(in: text)?.length ?? 0
        var scalars = Substring(text).unicodeScalars
        scalars.removeFirst(min(skip, scalars.count))
        for line in Substring(scalars).leadingLines(20) {
            let trimmed = String(line).trimmingCharacters(in: .whitespaces)
            if Boilerplate.isBoilerplate(trimmed) { continue }
            // A line without lower-case letters is a banner ("RADIO 95.5 FM EN VIVO").
            if !trimmed.unicodeScalars.contains(where: { $0.properties.isLowercase }) { continue }
            if trimmed.split(separator: " ").count >= 4 {
                return trimmed.count > 200 ? String(trimmed.prefix(200)) : trimmed
            }
        }
        return nil
    }
}
