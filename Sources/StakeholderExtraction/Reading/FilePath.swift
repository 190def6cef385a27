import Foundation

/// The parts of a file path the reader asks for on every file: the extension and the stem of
/// the last component, as `NSString`'s `pathExtension` and `deletingPathExtension` give them,
/// without bridging the path for the common case.
enum FilePath {
    /// The last component of `path` split at its last dot, byte offsets into `path.utf8`:
    /// the start of the component, the dot (or the end when there is no extension). `nil`
    /// when `path` is one `NSString` treats specially (empty, ending in `/` or `.`) or is not
    /// all ASCII (`NSString` looks for the dot among characters: a dot followed by a combining
    /// accent is not one).
    private static func split(_ path: String) -> (component: Int, dot: Int)? {
        UTF8Scan.withBytes(of: path) { bytes in
            let n = bytes.count
            guard n > 0, bytes[n - 1] != 0x2F, bytes[n - 1] != 0x2E else { return nil }
            for i in 0..<n where bytes[i] >= 0x80 { return nil }
            var component = n
            while component > 0, bytes[component - 1] != 0x2F { component -= 1 }
            var dot = n - 1
            while dot > component, bytes[dot] != 0x2E { dot -= 1 }
            // A dot that starts the component (a hidden file) does not start an extension.
            return (component, dot > component ? dot : n)
        }
    }

    /// The extension of the last component of `path`, without the dot (`""` when none),
    /// as `(path as NSString).pathExtension`.
    static func pathExtension(_ path: String) -> String {
        guard let (_, dot) = split(path) else { return (path as NSString).pathExtension }
        let utf8 = path.utf8
        guard dot < utf8.count else { return "" }
        return String(path[utf8.index(utf8.startIndex, offsetBy: dot + 1)...])
    }

    /// The last component of `path`, as `(path as NSString).lastPathComponent`.
    static func lastComponent(_ path: String) -> String {
        guard let (component, _) = split(path) else { return (path as NSString).lastPathComponent }
        let utf8 = path.utf8
        return String(path[utf8.index(utf8.startIndex, offsetBy: component)...])
    }

    /// The last component of `path` without its extension, as
    /// `((path as NSString).lastPathComponent as NSString).deletingPathExtension`.
    static func stem(_ path: String) -> String {
        guard let (component, dot) = split(path) else {
            return ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        }
        let utf8 = path.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: component)
        return String(path[start..<utf8.index(start, offsetBy: dot - component)])
    }
}
