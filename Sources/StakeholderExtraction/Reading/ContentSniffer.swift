import Foundation

/// Tells text from binary content by its first bytes: the signatures of common binary formats,
/// and NUL bytes, which no text file in UTF-8 holds.
enum ContentSniffer {
    /// A binary signature: its name and the bytes a file of that kind starts with
    /// (`nil` for a byte that may be anything).
    private static let signatures: [(name: String, bytes: [UInt8?])] = [
        ("PDF", Array("%PDF-".utf8)),
        ("ZIP", [0x50, 0x4B, 0x03, 0x04]),
        ("ZIP", [0x50, 0x4B, 0x05, 0x06]),
        ("PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ("JPEG", [0xFF, 0xD8, 0xFF]),
        ("GIF", Array("GIF87a".utf8)),
        ("GIF", Array("GIF89a".utf8)),
        ("gzip", [0x1F, 0x8B]),
        ("bzip2", [0x42, 0x5A, 0x68, nil, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59]),
        ("xz", [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]),
        ("7z", [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]),
        ("zstd", [0x28, 0xB5, 0x2F, 0xFD]),
        ("ELF", [0x7F, 0x45, 0x4C, 0x46]),
        ("Mach-O", [0xCF, 0xFA, 0xED, 0xFE]),
        ("Mach-O", [0xCE, 0xFA, 0xED, 0xFE]),
        ("OLE (old Office)", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
        ("SQLite", Array("SQLite format 3".utf8) + [0]),
        ("WAV", [0x52, 0x49, 0x46, 0x46, nil, nil, nil, nil] + Array("WAVE".utf8)),
        ("WebP", [0x52, 0x49, 0x46, 0x46, nil, nil, nil, nil] + Array("WEBP".utf8)),
        ("AVI", [0x52, 0x49, 0x46, 0x46, nil, nil, nil, nil] + Array("AVI ".utf8)),
        ("MP4", [nil, nil, nil, nil, 0x66, 0x74, 0x79, 0x70]),
        ("WebAssembly", [0x00, 0x61, 0x73, 0x6D]),
        ("Java class", [0xCA, 0xFE, 0xBA, 0xBE]),
    ]

    /// The kind of binary content `prefix` starts with, or `nil` when it may be text.
    ///
    /// A UTF-16 byte-order mark is text (see `utf16Text`); otherwise a NUL byte anywhere in
    /// `prefix` makes it binary.
    /// - Parameter prefix: the first bytes of the content (the whole of it, or at least the
    ///   first few kilobytes).
    /// - Complexity: O(prefix.count).
    static func binaryKind<Bytes: Collection>(of prefix: Bytes) -> String? where Bytes.Element == UInt8 {
        let head = Array(prefix.prefix(16))
        for signature in signatures where head.count >= signature.bytes.count {
            if zip(head, signature.bytes).allSatisfy({ $1 == nil || $0 == $1 }) { return signature.name }
        }
        if hasUTF16ByteOrderMark(head) { return nil }
        let hasNUL = prefix.withContiguousStorageIfAvailable { buffer in
            buffer.count > 0 && memchr(buffer.baseAddress!, 0, buffer.count) != nil
        } ?? prefix.contains(0)
        if hasNUL { return "NUL bytes" }
        return nil
    }

    /// Whether `bytes` start with a UTF-16 byte-order mark (little or big endian).
    static func hasUTF16ByteOrderMark<Bytes: Collection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        var iterator = bytes.makeIterator()
        guard let first = iterator.next(), let second = iterator.next() else { return false }
        return (first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF)
    }

    /// `data` decoded as UTF-16 when it starts with a byte-order mark, else `nil`.
    /// The mark itself is dropped; unpaired surrogates become U+FFFD.
    static func utf16Text(_ data: Data) -> String? {
        guard hasUTF16ByteOrderMark(data) else { return nil }
        let littleEndian = data.first == 0xFF
        var units: [UInt16] = []
        units.reserveCapacity(data.count / 2)
        var index = data.startIndex + 2
        while index + 1 < data.endIndex {
            let a = UInt16(data[index]), b = UInt16(data[index + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}
