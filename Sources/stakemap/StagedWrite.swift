import Foundation
import StakeholderCore

/// Writes a set of files all or nothing, as far as the file system allows: every file is
/// first written beside its target under a temporary name (as soon as it is staged, so its
/// bytes need not stay in memory); only when all are written are they renamed into place.
/// A failure removes the temporary files and leaves every previous output untouched.
struct StagedWrite {
    private var staged: [(temporary: String, path: String)] = []
    private let pid = ProcessInfo.processInfo.processIdentifier

    /// Writes `path`'s content under a temporary name beside it, a chunk at a time.
    /// - Parameters:
    ///   - path: the file to write when the set is committed.
    ///   - body: writes the content through the sink it is given.
    /// - Throws: `CommandFailure` naming `path`; its temporary file is removed (call
    ///   `discard()` for those staged before).
    mutating func stage(_ path: String, with body: (ByteSink) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(pid)").path
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try AtomicWrite.writeFile(at: temporary, reportingAs: path, with: body)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw CommandFailure("\(path): cannot write (\(describe(error)))")
        }
        staged.append((temporary, path))
    }

    /// Stages `data` as the content of `path` (see `stage(_:with:)`).
    mutating func stage(_ path: String, data: Data) throws {
        try stage(path) { sink in try data.withUnsafeBytes { try sink($0) } }
    }

    /// Renames every staged file into place.
    /// - Returns: the paths, in the order staged.
    /// - Throws: `CommandFailure` naming the path that could not be written; the temporary
    ///   files not yet renamed are removed.
    mutating func commit() throws -> [String] {
        defer { discard() }
        for item in staged {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: item.path, isDirectory: &isDirectory), isDirectory.boolValue {
                throw CommandFailure("\(item.path): cannot write (a folder is in the way)")
            }
        }
        let paths = staged.map(\.path)
        while let item = staged.first {
            if rename(item.temporary, item.path) != 0 {
                throw CommandFailure("\(item.path): cannot write (\(String(cString: strerror(errno))))")
            }
            staged.removeFirst()
        }
        return paths
    }

    /// Removes the temporary files of everything staged and not committed.
    mutating func discard() {
        for item in staged { try? FileManager.default.removeItem(atPath: item.temporary) }
        staged = []
    }

    /// Writes each `(path, data)` all or nothing.
    /// - Returns: the paths, in the order given.
    /// - Throws: `CommandFailure` naming the path that could not be written.
    static func write(_ files: [(path: String, data: Data)]) throws -> [String] {
        var staging = StagedWrite()
        do {
            for (path, data) in files { try staging.stage(path, data: data) }
            return try staging.commit()
        } catch {
            staging.discard()
            throw error
        }
    }
}
