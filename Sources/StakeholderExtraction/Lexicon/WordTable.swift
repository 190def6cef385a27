import Foundation

/// A hash table from words to small integer ids, keyed on the words' UTF-8 bytes.
///
/// Looking a word up hashes its bytes with FNV-1a and compares bytes; it neither builds
/// `String`s nor goes through `Hasher`, which is most of the cost of a `[String: Int32]` on
/// the short words of running text. Two words are the same key when they are canonically
/// equivalent, as for `String`'s `==`: keys are stored in composed form (NFC). A word with no
/// scalar from U+0300 up (no UTF-8 byte 0xCC or above) is already in that form, so only the
/// rare others are composed before hashing.
struct WordTable: Sendable {
    /// Open addressing, linear probing. A slot holds the entry index + 1 in its low 32 bits
    /// (0 for an empty slot) and the high 32 bits of the entry's hash in its high ones, so a
    /// probe rules out most other words without reading their bytes.
    private var slots: [UInt64]
    private var hashes: [UInt64] = []
    private var keyStart: [Int32] = [0]
    private var keyBytes: [UInt8] = []
    /// The words as `String`s (their bytes are the keys), when the table keeps them.
    private var strings: [String] = []
    /// Whether `insert` keeps each word as a `String` (for `string(_:)`).
    let keepsStrings: Bool
    private(set) var count = 0

    /// An empty table with room for about `capacity` words before it grows.
    /// - Parameter keepsStrings: keep every word as a `String` too, so that look-ups can hand
    ///   out a shared copy (`string(_:)`) instead of building one.
    init(capacity: Int = 16, keepsStrings: Bool = false) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        self.keepsStrings = keepsStrings
    }

    /// The word of id `id` (whose UTF-8 bytes are the key: the composed form of the word that
    /// was inserted). Only for a table that keeps strings.
    @inline(__always)
    func string(_ id: Int32) -> String { strings[Int(id)] }

    /// The id of `word`, or `nil` when it is not in the table.
    /// - Complexity: O(length of `word`) expected.
    @inline(__always)
    func id(of word: String) -> Int32? {
        var word = word
        return word.withUTF8 { id(ofBytes: $0) }
    }

    /// The id of the word whose UTF-8 bytes are `bytes`, or `nil`.
    func id(ofBytes bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard let hash = Self.simpleHash(bytes) else {
            if Self.isComposedPunctuation(bytes) { return lookUp(bytes, Self.hash(bytes)) }
            var composed = Self.composed(bytes)
            return composed.withUTF8 { lookUp($0, Self.simpleHash($0) ?? Self.hash($0)) }
        }
        return lookUp(bytes, hash)
    }

    /// The id of simple `bytes` (no byte 0xCC or above) whose hash, built with `hashStep`
    /// over the bytes and `finish`, is `hash`; `nil` when absent.
    @inline(__always)
    func id(ofSimpleBytes bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        lookUp(bytes, hash)
    }

    /// The hash of no bytes yet (FNV-1a offset basis).
    static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The hash `h` extended by byte `b` (FNV-1a).
    @inline(__always)
    static func hashStep(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }

    /// The final hash from the running one: the high bits mixed down, as slots are picked by
    /// the low ones.
    @inline(__always)
    static func finish(_ h: UInt64) -> UInt64 { h ^ (h >> 29) }

    @inline(__always)
    private func lookUp(_ bytes: UnsafeBufferPointer<UInt8>, _ hash: UInt64) -> Int32? {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            let tag = hash & 0xFFFF_FFFF_0000_0000
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let v = slots[slot]
                if v == 0 { return nil }
                if v & 0xFFFF_FFFF_0000_0000 == tag {
                    let e = Int(truncatingIfNeeded: v & 0xFFFF_FFFF) - 1
                    if equal(e, bytes) { return Int32(e) }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The id of `word`, adding it with the next id (`count`) when new.
    /// - Returns: the id, and whether the word was added.
    @discardableResult
    mutating func insert(_ word: String) -> (id: Int32, inserted: Bool) {
        var word = word
        let result = word.withUTF8 { insertKey($0) }
        if keepsStrings && result.inserted { strings.append(Self.keyString(word, keyBytes, keyStart, Int(result.id))) }
        return result
    }

    /// `insert` for a word given as UTF-8 bytes.
    mutating func insert(bytes: UnsafeBufferPointer<UInt8>) -> (id: Int32, inserted: Bool) {
        let result = insertKey(bytes)
        if keepsStrings && result.inserted { strings.append(Self.keyString(nil, keyBytes, keyStart, Int(result.id))) }
        return result
    }

    private mutating func insertKey(_ bytes: UnsafeBufferPointer<UInt8>) -> (id: Int32, inserted: Bool) {
        guard let hash = Self.simpleHash(bytes) else {
            var composed = Self.composed(bytes)
            return composed.withUTF8 { insert($0, Self.simpleHash($0) ?? Self.hash($0)) }
        }
        return insert(bytes, hash)
    }

    /// The `String` of key `e`: `word` itself when its bytes are the key's, else one built
    /// from the key's bytes.
    private static func keyString(_ word: String?, _ keyBytes: [UInt8], _ keyStart: [Int32], _ e: Int) -> String {
        let key = keyBytes[Int(keyStart[e])..<Int(keyStart[e + 1])]
        if let word, word.utf8.elementsEqual(key) { return word }
        return String(decoding: key, as: UTF8.self)
    }

    private mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, _ hash: UInt64) -> (id: Int32, inserted: Bool) {
        if let id = lookUp(bytes, hash) { return (id, false) }
        if (count + 1) * 2 > slots.count { grow() }
        let id = count
        hashes.append(hash)
        keyBytes.append(contentsOf: bytes)
        keyStart.append(Int32(keyBytes.count))
        count += 1
        place(id, hash)
        return (Int32(id), true)
    }

    /// Removes every word, keeping the storage.
    mutating func removeAll() {
        for i in slots.indices { slots[i] = 0 }
        hashes.removeAll(keepingCapacity: true)
        strings.removeAll(keepingCapacity: true)
        keyBytes.removeAll(keepingCapacity: true)
        keyStart.removeAll(keepingCapacity: true)
        keyStart.append(0)
        count = 0
    }

    // MARK: Private

    /// FNV-1a of `bytes`, or `nil` when they hold a scalar from U+0300 up (not known to be
    /// in composed form).
    @inline(__always)
    private static func simpleHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var h = hashSeed
        for b in bytes {
            if b >= 0xCC { return nil }
            h = hashStep(h, b)
        }
        return finish(h)
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = hashSeed
        for b in bytes { h = hashStep(h, b) }
        return finish(h)
    }

    /// Whether `bytes` are one scalar of U+2002...U+206F (dashes, quotes, ellipsis): no
    /// scalar there has a canonical decomposition, so alone it is its own composed form.
    @inline(__always)
    static func isComposedPunctuation(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count == 3, bytes[0] == 0xE2, bytes[1] == 0x80 || bytes[1] == 0x81 else { return false }
        let value = 0x2000 | UInt32(bytes[1] & 0x3F) << 6 | UInt32(bytes[2] & 0x3F)
        return value >= 0x2002 && value <= 0x206F
    }

    /// The composed (NFC) form of the word whose UTF-8 bytes are `bytes`.
    private static func composed(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self).precomposedStringWithCanonicalMapping
    }

    @inline(__always)
    private func equal(_ e: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        keyStart.withUnsafeBufferPointer { starts in
            let start = Int(starts[e]), end = Int(starts[e + 1])
            guard end - start == bytes.count else { return false }
            return keyBytes.withUnsafeBufferPointer { keys in
                var k = 0
                while k < bytes.count {
                    if keys[start + k] != bytes[k] { return false }
                    k += 1
                }
                return true
            }
        }
    }

    private mutating func place(_ e: Int, _ hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(e + 1)
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for e in 0..<count { place(e, hashes[e]) }
    }
}
