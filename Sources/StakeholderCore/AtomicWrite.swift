import Foundation

/// Writes files so that a reader sees the old content or the new, never a part.
public enum AtomicWrite {
    /// Writes `data` to `path` through a temporary file in the same folder and a rename.
    ///
    /// A path that names a device, a pipe or a socket (`/dev/null`, `/dev/stdout`, a FIFO) is
    /// written in place: renaming over it would replace it with a regular file.
    /// - Throws: the file system's error, naming the path.
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG, (info.st_mode & S_IFMT) != S_IFDIR {
            guard let handle = FileHandle(forWritingAtPath: path) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path,
                    NSLocalizedDescriptionKey: "\(path): cannot open for writing"])
            }
            defer { try? handle.close() }
            try handle.write(contentsOf: data)
            return
        }
        let dir = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try data.write(to: tmp)
            if rename(tmp.path, url.path) != 0 {
                let code = errno
                try? FileManager.default.removeItem(at: tmp)
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path,
                    NSLocalizedDescriptionKey: "\(path): \(String(cString: strerror(code)))"])
            }
        } catch {
            try? FileManager.default.removeItem(at: tmp)
            throw error
        }
    }

    /// Writes `text` as UTF-8 to `path` atomically.
    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }
}
