/// A typed, evidenced relation between two actors.
public struct Relation: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var type: RelationKind
    public var source: String
    public var target: String
    /// The number of pieces of evidence behind the relation.
    public var weight: Int
    public var evidence: [Evidence]

    public init(type: RelationKind, source: String, target: String, evidence: [Evidence]) {
        self.type = type
        self.source = source
        self.target = target
        self.evidence = evidence
        self.weight = evidence.count
        self.id = Relation.makeID(type: type, source: source, target: target)
    }

    /// A relation whose endpoints are already put in order (`key`), its id made without a
    /// second comparison of the ids.
    init(key: RelationKey, evidence: [Evidence]) {
        self.type = key.type
        self.source = key.source
        self.target = key.target
        self.evidence = evidence
        self.weight = evidence.count
        self.id = Relation.makeID(key)
    }

    /// `makeID` of a key: the UTF-8 of the parts copied into one buffer of the right size.
    static func makeID(_ key: RelationKey) -> String {
        var source = key.source, kind = key.type.rawValue, target = key.target
        let count = source.utf8.count + kind.utf8.count + target.utf8.count + 2
        return String(unsafeUninitializedCapacity: count) { buffer in
            var at = 0
            func put(_ part: inout String) {
                part.withUTF8 { bytes in
                    if let base = bytes.baseAddress, !bytes.isEmpty {
                        (buffer.baseAddress! + at).update(from: base, count: bytes.count)
                    }
                    at += bytes.count
                }
            }
            func dash() {
                buffer[at] = UInt8(ascii: "-")
                at += 1
            }
            put(&source)
            dash()
            put(&kind)
            dash()
            put(&target)
            return at
        }
    }

    /// The identity under which relations are joined: meetings are unordered.
    public var key: RelationKey { RelationKey(type: type, source: source, target: target) }

    /// A readable, stable id derived from the relation's key.
    public static func makeID(type: RelationKind, source: String, target: String) -> String {
        makeID(RelationKey(type: type, source: source, target: target))
    }

    /// The earliest and latest evidence dates, when any evidence is dated.
    public var dateRange: (first: String, last: String)? {
        let dates = evidence.compactMap(\.date).sorted()
        guard let first = dates.first, let last = dates.last else { return nil }
        return (first, last)
    }
}

/// (type, source, target), with the endpoints of a meeting put in order.
public struct RelationKey: Hashable, Sendable {
    public let type: RelationKind
    public let source: String
    public let target: String

    public init(type: RelationKind, source: String, target: String) {
        self.type = type
        if type.isDirected || source <= target {
            self.source = source
            self.target = target
        } else {
            self.source = target
            self.target = source
        }
    }
}
