import ArgumentParser

/// The exit statuses of stakemap.
enum ExitStatus: Int32 {
    case success = 0
    /// A failure of the run (an output that cannot be written, `--strict` with skips).
    case failure = 1
    /// A usage error: a bad option or argument, a path that does not exist.
    case usage = 2
    /// No document could be read from the paths given.
    case nothingRead = 3

    var code: ExitCode { ExitCode(rawValue) }
}
