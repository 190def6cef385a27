import Foundation

extension DocumentReader {
    /// The documents of `files`, in order, one at a time: one per file, one per line of a
    /// JSON Lines file (read as it goes, so memory holds one line at a time).
    /// - Parameter files: files, as `files(in:)` lists them.
    public func documents(in files: [String]) -> DocumentStream {
        DocumentStream(reader: self, files: files)
    }
}

/// The documents of a list of files, read lazily (see `DocumentReader.documents(in:)`).
///
/// Each element is a document with the notes about it, or `nil` with the notes that say why
/// a file or line was not read. Not thread-safe: iterate from one thread.
public struct DocumentStream: Sequence {
    let reader: DocumentReader
    let files: [String]

    public func makeIterator() -> Iterator { Iterator(reader: reader, files: files) }

    public struct Iterator: IteratorProtocol {
        let reader: DocumentReader
        let files: [String]
        var index = 0
        var lines: JSONLinesFile?
        var linesPath = ""
        /// Documents and notes given for the JSON Lines file being read.
        var itemsOfFile = 0
        var seen = Set<String>()

        init(reader: DocumentReader, files: [String]) {
            self.reader = reader
            self.files = files
        }

        /// The ids given so far, over all files.
        var usedIDs = Set<String>()

        /// The next document or note. A document whose id an earlier file took (two folders
        /// holding `index.html`) gets `-2`, `-3`... added, with a note.
        public mutating func next() -> (document: Document?, notes: [ReadingNote])? {
            guard var item = nextItem() else { return nil }
            if var document = item.document, !usedIDs.insert(document.id).inserted {
                var n = 2
                while usedIDs.contains("\(document.id)-\(n)") { n += 1 }
                let unique = "\(document.id)-\(n)"
                item.notes.append(ReadingNote(
                    path: document.path, message: "document id '\(document.id)' is taken by an earlier file; this one is '\(unique)'"))
                document.id = unique
                usedIDs.insert(unique)
                item.document = document
            }
            return item
        }

        private mutating func nextItem() -> (document: Document?, notes: [ReadingNote])? {
            while true {
                if let lines {
                    while let line = lines.next() {
                        let item = reader.jsonLine(line.bytes, number: line.number, path: linesPath, seen: &seen)
                        if item.document != nil || !item.notes.isEmpty {
                            itemsOfFile += 1
                            return item
                        }
                    }
                    self.lines = nil
                    if itemsOfFile == 0 {
                        return (nil, [.skip(linesPath, "no articles (empty file)")])
                    }
                    continue
                }
                guard index < files.count else { return nil }
                let path = files[index]
                index += 1
                guard FilePath.pathExtension(path).lowercased() == "jsonl",
                      reader.extensions.contains("jsonl") else {
                    return reader.read(path: path)
                }
                if let problem = DocumentReader.problem(ofFileAt: path, maxBytes: nil) { return (nil, [problem]) }
                do {
                    let file = try JSONLinesFile(path: path, maxLineBytes: reader.maxBytes)
                    if let problem = DocumentReader.jsonLinesProblem(file.peek(8192), path: path) {
                        return (nil, [problem])
                    }
                    lines = file
                    linesPath = path
                    itemsOfFile = 0
                    seen = []
                } catch {
                    return (nil, [.skip(path, "cannot read the file (\(error.localizedDescription))")])
                }
            }
        }
    }
}
