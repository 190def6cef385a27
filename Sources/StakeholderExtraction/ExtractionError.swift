/// Errors of the StakeholderExtraction module that stop a run.
///
/// Problems that do not stop a run (one bad article among many) are `ReadingNote` values.
public enum ExtractionError: Error, CustomStringConvertible, Equatable {
    /// A path given on the command line does not exist or cannot be read.
    case unreadablePath(String, reason: String)
    /// No document could be read from the given paths.
    case nothingToRead([String])
    /// A lexicon or data file is malformed.
    case badLexicon(file: String, line: Int, message: String)

    public var description: String {
        switch self {
        case let .unreadablePath(path, reason): return "\(path): \(reason)"
        case let .nothingToRead(paths): return "no document could be read from \(paths.joined(separator: ", "))"
        case let .badLexicon(file, line, message): return "\(file):\(line): \(message)"
        }
    }
}
