/// Errors that stop reading a curation file.
public enum CurationError: Error, CustomStringConvertible, Equatable {
    /// The file cannot be read.
    case unreadable(file: String, reason: String)
    /// The file is not valid YAML or not a curation file; line and column count from 1.
    case invalid(file: String, line: Int, column: Int, message: String)

    public var description: String {
        switch self {
        case let .unreadable(file, reason): return "\(file): \(reason)"
        case let .invalid(file, line, column, message): return "\(file):\(line):\(column): \(message)"
        }
    }
}

/// Something worth telling about a curation file that does not stop the run: an unknown key,
/// or what applying the file changed or could not find.
public struct CurationNote: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Hashable, Sendable {
        /// The file holds something that is not used (an unknown key, an entry that matched nothing).
        case warning
        /// Applying the file changed the graph.
        case change
    }

    public var kind: Kind
    public var file: String
    /// The line in the curation file (from 1), or 0 when none applies.
    public var line: Int
    public var message: String

    public init(_ kind: Kind, file: String, line: Int, _ message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.message = message
    }

    /// "file:line: warning: message" or "file:line: message".
    public var description: String {
        let place = line > 0 ? "\(file):\(line)" : file
        return kind == .warning ? "\(place): warning: \(message)" : "\(place): \(message)"
    }
}
