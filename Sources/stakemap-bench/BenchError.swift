/// Why a benchmark run stopped.
enum BenchError: Error, CustomStringConvertible {
    /// A child process could not be started or waited for.
    case spawn(String, String)
    /// A child process (peer or stakemap) exited with a failure.
    case childFailed(String, status: Int32, log: String)
    /// A peer's JSON output could not be read.
    case badPeerOutput(String, String)
    /// No article to build the corpus from.
    case noArticles([String])

    var description: String {
        switch self {
        case let .spawn(path, reason): return "cannot run \(path): \(reason)"
        case let .childFailed(what, status, log): return "\(what) failed with status \(status); see \(log)"
        case let .badPeerOutput(path, reason): return "cannot read \(path): \(reason)"
        case let .noArticles(paths): return "no .txt or .md article in \(paths.joined(separator: ", "))"
        }
    }
}
