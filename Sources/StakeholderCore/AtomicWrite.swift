import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a reader sees the old content or the new, never a part.
public enum AtomicWrite {
    /// Writes `data` to `path` through a temporary file in the same folder and a rename.
    ///
    /// A path that names a device, a pipe or a socket (`/dev/null`, `/dev/stdout`, a FIFO) is
    /// written in place: renaming over it would replace it with a regular file.
    /// - Throws: the file system's error, naming the path.
    public static func write(_ data: Data, to path: String) throws {
        try write(to: path) { sink in try data.withUnsafeBytes { try sink($0) } }
    }

    /// Writes `text` as UTF-8 to `path` atomically.
    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Writes what `body` hands its sink to `path`, a chunk at a time, through a temporary
    /// file in the same folder and a rename (devices, pipes and sockets in place, as
    /// `write(_:to:)`). When `body` or a write fails, the temporary file is removed and the
    /// previous file stays whole.
    /// - Parameters:
    ///   - path: the file to replace or create (its folder is created when missing).
    ///   - body: writes the content through the sink it is given.
    /// - Throws: the file system's error naming the path, or what `body` throws.
    public static func write(to path: String, with body: (ByteSink) throws -> Void) throws {
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG, (info.st_mode & S_IFMT) != S_IFDIR {
            try writeFile(at: path, replacing: false, with: body)
            return
        }
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)").path
        do {
            try writeFile(at: tmp, reportingAs: path, with: body)
            if rename(tmp, url.path) != 0 { throw fileError(path, errno) }
        } catch {
            unlink(tmp)
            throw error
        }
    }

    /// Writes what `body` hands its sink to the file at `path`, in place (no temporary file):
    /// for temporary files themselves, and for devices and pipes.
    /// - Parameters:
    ///   - path: the file.
    ///   - replacing: create the file when missing and empty it first (`false` opens an
    ///     existing device or pipe as it is).
    ///   - name: the path errors name (a temporary file's target); `path` by default.
    ///   - body: writes the content through the sink it is given.
    /// - Throws: the file system's error naming the path, or what `body` throws.
    public static func writeFile(at path: String, replacing: Bool = true, reportingAs name: String? = nil,
                                 with body: (ByteSink) throws -> Void) throws {
        let name = name ?? path
        let flags = O_WRONLY | O_CLOEXEC | (replacing ? O_CREAT | O_TRUNC : 0)
        let fd = open(path, flags, 0o666)
        guard fd >= 0 else { throw fileError(name, errno) }
        do {
            try body { chunk in try writeAll(chunk, to: fd, path: name) }
        } catch {
            close(fd)
            throw error
        }
        if close(fd) != 0 { throw fileError(name, errno) }
    }

    /// Writes every byte of `chunk` to `fd`, retrying short and interrupted writes.
    private static func writeAll(_ chunk: UnsafeRawBufferPointer, to fd: Int32, path: String) throws {
        guard var address = chunk.baseAddress else { return }
        var left = chunk.count
        while left > 0 {
            let written = systemWrite(fd, address, left)
            if written < 0 {
                if errno == EINTR { continue }
                throw fileError(path, errno)
            }
            address += written
            left -= written
        }
    }

    /// A file system error for `path` and `code`, described as "PATH: reason".
    static func fileError(_ path: String, _ code: Int32) -> CocoaError {
        let kind: CocoaError.Code
        switch code {
        case EACCES, EPERM: kind = .fileWriteNoPermission
        case ENOSPC, EDQUOT: kind = .fileWriteOutOfSpace
        case EROFS: kind = .fileWriteVolumeReadOnly
        case ENOENT: kind = .fileNoSuchFile
        default: kind = .fileWriteUnknown
        }
        return CocoaError(kind, userInfo: [NSFilePathErrorKey: path,
            NSLocalizedDescriptionKey: "\(path): \(String(cString: strerror(code)))"])
    }
}

/// The system's `write(2)` (the name is taken inside `AtomicWrite`).
private func systemWrite(_ fd: Int32, _ address: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, address, count)
}
