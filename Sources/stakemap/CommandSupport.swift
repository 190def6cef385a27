import ArgumentParser
import Foundation
import GraphvizRendering
import StakeholderCore

extension LayoutEngine: ExpressibleByArgument {}
extension RenderFormat: ExpressibleByArgument {}

extension GraphInputOptions {
    /// `load()`, with a plain message when the file is missing.
    /// - Throws: `CommandFailure` for a missing file, else what `load()` throws.
    func loadExisting() throws -> StakeholderGraph {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: graph, isDirectory: &isDirectory) else {
            throw CommandFailure("\(graph): no such file")
        }
        guard !isDirectory.boolValue else { throw CommandFailure("\(graph): is a folder, not a graph JSON file") }
        return try load()
    }
}

/// A failure a subcommand reports as one line on standard error, with exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Runs a subcommand's work; any error is printed as `stakemap NAME: message` and turns into
/// exit status 1.
func reportingFailures(_ command: String, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ExitCode {
        throw error
    } catch {
        printError("stakemap \(command): \(describe(error))")
        throw ExitCode.failure
    }
}

/// A one-line message for `error`: our error enums describe themselves; file system errors
/// give their localized text, which names the file.
func describe(_ error: any Error) -> String {
    if error is CocoaError || type(of: error) is NSError.Type {
        return error.localizedDescription
    }
    return String(describing: error)
}

/// `OutputWriter.write`, with a failure naming the path.
/// - Throws: `CommandFailure` "PATH: cannot write (reason)".
func writeOutput(_ data: Data, to path: String) throws {
    do {
        try OutputWriter.write(data, to: path)
    } catch {
        throw CommandFailure("\(path): cannot write (\(describe(error)))")
    }
}

/// `OutputWriter.write(to:with:)`, with a failure naming the path: the content is written a
/// chunk at a time, to a file (atomically) or, for `-`, to standard output.
/// - Throws: `CommandFailure` "PATH: cannot write (reason)".
func writeOutput(to path: String, with body: (ByteSink) throws -> Void) throws {
    do {
        try OutputWriter.write(to: path, with: body)
    } catch {
        throw CommandFailure("\(path): cannot write (\(describe(error)))")
    }
}

/// `writeOutput` for UTF-8 text.
func writeOutput(_ text: String, to path: String) throws {
    try writeOutput(Data(text.utf8), to: path)
}
