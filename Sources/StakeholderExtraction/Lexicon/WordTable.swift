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
    /// Open addressing, linear probing: entry index + 1, or 0 for an empty slot.
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    private var keyStart: [Int32] = [0]
    private var keyBytes: [UInt8] = []
    private(set) var count = 0

    /// An empty table with room for about `capacity` words before it grows.
    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
    }

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
            var composed = Self.composed(bytes)
            return composed.withUTF8 { lookUp($0, Self.simpleHash($0) ?? Self.hash($0)) }
        }
        return lookUp(bytes, hash)
    }

    @inline(__always)
    private func lookUp(_ bytes: UnsafeBufferPointer<UInt8>, _ hash: UInt64) -> Int32? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let e = Int(slots[slot])
            if e == 0 { return nil }
            if hashes[e - 1] == hash, equal(e - 1, bytes) { return Int32(e - 1) }
            slot = (slot + 1) & mask
        }
    }

    /// The id of `word`, adding it with the next id (`count`) when new.
    /// - Returns: the id, and whether the word was added.
    @discardableResult
    mutating func insert(_ word: String) -> (id: Int32, inserted: Bool) {
        var word = word
        return word.withUTF8 { insert(bytes: $0) }
    }

    /// `insert` for a word given as UTF-8 bytes.
    mutating func insert(bytes: UnsafeBufferPointer<UInt8>) -> (id: Int32, inserted: Bool) {
        guard let hash = Self.simpleHash(bytes) else {
            var composed = Self.composed(bytes)
            return composed.withUTF8 { insert($0, Self.simpleHash($0) ?? Self.hash($0)) }
        }
        return insert(bytes, hash)
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
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            if b >= 0xCC { return nil }
            h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
        }
        // Mix the high bits down, as slots are picked by the low ones.
        return h ^ (h >> 29)
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h ^ (h >> 29)
    }

    /// The composed (NFC) form of the word whose UTF-8 bytes are `bytes`.
    private static func composed(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self).precomposedStringWithCanonicalMapping
    }

    @inline(__always)
    private func equal(_ e: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(keyStart[e]), end = Int(keyStart[e + 1])
        guard end - start == bytes.count else { return false }
        var k = 0
        while k < bytes.count {
            if keyBytes[start + k] != bytes[k] { return false }
            k += 1
        }
        return true
    }

    private mutating func place(_ e: Int, _ hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(e + 1)
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for e in 0..<count { place(e, hashes[e]) }
    }
}
