import Foundation

extension DocumentReader {
    /// The files to read under `paths`: files as given, folders searched recursively for
    /// readable extensions (hidden files and folders left out); sorted and without duplicates,
    /// whatever the order of `paths` or of the folder listings.
    /// - Returns: the files, and a note per folder that holds files of other types (not read).
    /// - Throws: `ExtractionError.unreadablePath` for a path that does not exist.
    /// - Complexity: O(f log f) for f files found.
    public func files(in paths: [String]) throws -> (files: [String], notes: [ReadingNote]) {
        var found = Set<String>()
        var notes: [ReadingNote] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                throw ExtractionError.unreadablePath(path, reason: "no such file or folder")
            }
            if !isDir.boolValue {
                found.insert(path)
                continue
            }
            guard let walker = fm.enumerator(atPath: path) else {
                notes.append(ReadingNote(path: path, message: "cannot list the folder"))
                continue
            }
            var others: [String: Int] = [:]
            while let rel = walker.nextObject() as? String {
                let name = FilePath.lastComponent(rel)
                if name.hasPrefix(".") {
                    if (walker.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory { walker.skipDescendants() }
                    continue
                }
                let full = (path as NSString).appendingPathComponent(rel)
                var sub: ObjCBool = false
                guard fm.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue else { continue }
                let ext = FilePath.pathExtension(name).lowercased()
                if extensions.contains(ext) { found.insert(full) } else { others[ext.isEmpty ? "(none)" : "." + ext, default: 0] += 1 }
            }
            if !others.isEmpty {
                let list = others.keys.sorted().map { "\($0) \(others[$0]!)" }.joined(separator: ", ")
                notes.append(ReadingNote(path: path, message: "files of other types not read: \(list)"))
            }
        }
        return (found.sorted(), notes)
    }

    /// Why the file at `path` cannot be read as an article, or `nil` when it can be opened:
    /// not a regular file, larger than `maxBytes` (when given), not readable.
    static func problem(ofFileAt path: String, maxBytes: Int?) -> ReadingNote? {
        switch openFile(path, maxBytes: maxBytes) {
        case .problem(let note): return note
        case .opened(let fd):
            close(fd)
            return nil
        }
    }

    /// A file opened for reading, or why it was not.
    enum Opening {
        case opened(Int32)
        case problem(ReadingNote)
    }

    /// The file at `path` opened for reading, unless it is not a regular file, is larger than
    /// `maxBytes` (when given) or cannot be opened (checked in that order, before opening,
    /// so that a named pipe is not opened).
    static func openFile(_ path: String, maxBytes: Int?) -> Opening {
        var info = stat()
        guard stat(path, &info) == 0 else {
            return .problem(.skip(path, "cannot read the file (\(String(cString: strerror(errno))))"))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .problem(.skip(path, "not a regular file")) }
        if let maxBytes, Int(info.st_size) > maxBytes {
            return .problem(.skip(path, "larger than --max-bytes (\(info.st_size) > \(maxBytes) bytes)"))
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            return .problem(.skip(path, "cannot read the file (\(String(cString: strerror(errno))))"))
        }
        return .opened(fd)
    }

    /// The bytes of the file at `path`.
    /// - Throws: a message naming the system's reason when the file cannot be read.
    static func contents(of path: String) throws -> Data {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw ReadFailure(String(cString: strerror(errno))) }
        return try contents(of: fd)
    }

    /// The bytes of the open file `fd`, which is closed after.
    /// - Throws: a message naming the system's reason when the file cannot be read.
    static func contents(of fd: Int32) throws -> Data {
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        do { return try handle.readToEnd() ?? Data() } catch {
            throw ReadFailure(error.localizedDescription)
        }
    }
}

/// Why reading a file failed, as the system says it.
struct ReadFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
