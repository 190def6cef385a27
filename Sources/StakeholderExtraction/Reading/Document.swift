import StakeholderCore

/// One article, as read: its text untouched (evidence offsets point into it) and what was
/// learnt about it while reading.
public struct Document: Sendable, Hashable, Identifiable {
    /// The file stem, which names the document in the graph and in gold files.
    public var id: String
    /// Where the document was read from.
    public var path: String
    /// The whole text, as decoded (invalid UTF-8 replaced by U+FFFD).
    public var text: String
    /// The publication day as `YYYY-MM-DD`, when the text says it.
    public var date: String?
    /// `es` or `en`.
    public var language: String
    /// The first line that reads like a headline, when there is one.
    public var title: String?
    /// The web address the article came from, when its source says it (JSON Lines `url`).
    public var url: String?

    public init(id: String, path: String, text: String, date: String? = nil,
                language: String? = nil, title: String? = nil) {
        self.id = id
        self.path = path
        self.text = text
        self.date = date
        self.language = language ?? LanguageDetector.detect(text)
        self.title = title
    }

    /// The record of this document kept in a graph.
    public var info: DocumentInfo {
        DocumentInfo(id: id, path: path, date: date, language: language, title: title)
    }
}

/// A problem met while reading that does not stop the run (an empty or unreadable file).
public struct ReadingNote: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    /// The line of a JSON Lines file the note is about.
    public var line: Int?
    public var message: String
    /// Whether the file (or the JSON Lines line) was left out of the run; `false` for notes
    /// about a document that was read all the same (bad bytes replaced, a bad date...).
    public var skipped: Bool

    public init(path: String, line: Int? = nil, message: String, skipped: Bool = false) {
        self.path = path
        self.line = line
        self.message = message
        self.skipped = skipped
    }

    /// A note that the file (or line) was left out, `message` saying why.
    static func skip(_ path: String, line: Int? = nil, _ message: String) -> ReadingNote {
        ReadingNote(path: path, line: line, message: message + "; skipped", skipped: true)
    }

    /// `path:line: message`, or `path: message` without a line.
    public var description: String {
        if let line { return "\(path):\(line): \(message)" }
        return "\(path): \(message)"
    }
}
