import Foundation

/// Writes a set of files all or nothing, as far as the file system allows: every file is
/// first written beside its target under a temporary name; only when all are written are
/// they renamed into place. A failure while writing removes the temporary files and leaves
/// every previous output untouched.
enum StagedWrite {
    /// Writes each `(path, data)`.
    /// - Returns: the paths, in the order given.
    /// - Throws: `CommandFailure` naming the path that could not be written.
    static func write(_ files: [(path: String, data: Data)]) throws -> [String] {
        var staged: [(temporary: String, path: String)] = []
        let pid = ProcessInfo.processInfo.processIdentifier
        do {
            for (path, data) in files {
                let url = URL(fileURLWithPath: path)
                let folder = url.deletingLastPathComponent()
                let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(pid)").path
                do {
                    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                    try data.write(to: URL(fileURLWithPath: temporary))
                } catch {
                    try? FileManager.default.removeItem(atPath: temporary)
                    throw CommandFailure("\(path): cannot write (\(describe(error)))")
                }
                staged.append((temporary, path))
            }
            for item in staged {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: item.path, isDirectory: &isDirectory), isDirectory.boolValue {
                    throw CommandFailure("\(item.path): cannot write (a folder is in the way)")
                }
            }
            for (index, item) in staged.enumerated() where rename(item.temporary, item.path) != 0 {
                let reason = String(cString: strerror(errno))
                for rest in staged[index...] { try? FileManager.default.removeItem(atPath: rest.temporary) }
                staged = []
                throw CommandFailure("\(item.path): cannot write (\(reason))")
            }
        } catch {
            for item in staged { try? FileManager.default.removeItem(atPath: item.temporary) }
            throw error
        }
        return files.map(\.path)
    }
}
