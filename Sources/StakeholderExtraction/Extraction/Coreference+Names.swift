import StakeholderCore

/// `NameNormalizer.normalize` of the names a document's coreference met, by name.
///
/// Names without a scalar from U+0300 up (nearly all) are kept in a `WordTable`, where such
/// names are equal exactly when their bytes are, as `ExactName`s are; the others in a
/// dictionary of `ExactName`s. Each name also remembers the id of its key in the
/// coreference's key table, so a name met again costs one hash of its bytes and no `String`.
struct NormalizedNames: Sendable {
    /// Simple names, by their bytes: ids into `simpleNames`, `simpleKeys`, `simpleKeyIDs`.
    var simple = WordTable(capacity: 64)
    var simpleNames: [String] = []
    var simpleKeys: [String] = []
    var simpleKeyIDs: [Int32] = []
    /// Names holding a scalar from U+0300 up: key and key id.
    var others: [ExactName: (key: String, id: Int32)] = [:]

    /// The normalized form of `name`, if the document met it.
    subscript(_ name: ExactName) -> String? {
        var bytes = name.name
        return bytes.withUTF8 { b -> String? in
            if Words.isSimple(b) { return simple.id(ofBytes: b).map { simpleKeys[Int($0)] } }
            return others[name]?.key
        }
    }
}

extension Coreference {
    /// The name written in `bytes` (`string` when the caller has it) and the id of its key
    /// in `keys`, both remembered for the document.
    /// - Complexity: O(n) in the length of the name; a `String` is made only for a new name.
    mutating func name(bytes: UnsafeBufferPointer<UInt8>, string: String?) -> (name: String, key: Int32) {
        if Words.isSimple(bytes) {
            let (id, inserted) = normalizedNames.simple.insert(bytes: bytes)
            if inserted {
                let name = string ?? String(decoding: bytes, as: UTF8.self)
                let key = NameNormalizer.normalize(name)
                normalizedNames.simpleNames.append(name)
                normalizedNames.simpleKeys.append(key)
                normalizedNames.simpleKeyIDs.append(keyID(key))
            }
            let i = Int(id)
            return (string ?? normalizedNames.simpleNames[i], normalizedNames.simpleKeyIDs[i])
        }
        let name = string ?? String(decoding: bytes, as: UTF8.self)
        if let known = normalizedNames.others[ExactName(name)] { return (name, known.id) }
        let key = NameNormalizer.normalize(name)
        let id = keyID(key)
        normalizedNames.others[ExactName(name)] = (key, id)
        return (name, id)
    }

    /// `name(bytes:string:)` for a `String`.
    mutating func keyID(ofName name: String) -> Int32 {
        var copy = name
        return copy.withUTF8 { self.name(bytes: $0, string: name).key }
    }

    /// The text of tokens `start..<end` and the id of its key.
    mutating func name(_ start: Int, _ end: Int) -> (name: String, key: Int32) {
        guard start < end else { return name(bytes: UnsafeBufferPointer(start: nil, count: 0), string: "") }
        let a = Int(text.utf8Offsets[text.tokens[start].start]), b = Int(text.utf8Offsets[text.tokens[end - 1].end])
        let utf8 = text.utf8
        return utf8.withUnsafeBufferPointer { name(bytes: UnsafeBufferPointer(rebasing: $0[a..<b]), string: nil) }
    }

    /// The id of normalized key `key`, added if new. Keys are equal as `String`s are
    /// (canonical equivalence), as `WordTable` compares them.
    mutating func keyID(_ key: String) -> Int32 {
        let (id, inserted) = keys.insert(key)
        if inserted { keyActor.append(-1) }
        return id
    }
}
