import Foundation
import StakeholderCore

/// How a mention finds the actor it names: name parts, acronyms, name variants, roles.
extension Coreference {
    /// Recomputes what name matching needs to know of `actor`'s names (actor `a`, held out
    /// of `actors` by the caller).
    /// - Complexity: O(n) in the length of its names, plus O(f) for f acronym forms.
    mutating func remakeMatchingForms(of actor: inout DocumentActor, at a: Int) {
        actor.cache = NameCache()
        let index = Int32(a)
        for k in initialActors.indices.reversed() where initialActors[k] == index {
            initialActors.remove(at: k)
            initialForms.remove(at: k)
        }
        for k in acronymActors.indices.reversed() where acronymActors[k] == index {
            acronymActors.remove(at: k)
            acronymForms.remove(at: k)
        }
        addMatchingForms(of: a, names: CollectionOfOne(actor.name))
        addMatchingForms(of: a, names: actor.aliases)
    }

    /// Adds the acronym forms of `names` of actor `a` (`initialForms`, `acronymForms`).
    /// - Complexity: O(n) in the length of the names.
    mutating func addMatchingForms(of a: Int, names: some Sequence<String>) {
        for name in names {
            var hasSpace = false
            var scalarCount = 0
            var unchangedByUppercasing = true
            // ASCII names are read byte by byte (one scalar each); others scalar by scalar.
            var ascii = true
            for byte in name.utf8 {
                if byte >= 0x80 { ascii = false; break }
                scalarCount += 1
                if byte == 0x20 { hasSpace = true; break }
                if byte >= 0x61 && byte <= 0x7A { unchangedByUppercasing = false }
            }
            if !ascii {
                hasSpace = false
                scalarCount = 0
                unchangedByUppercasing = true
                for scalar in name.unicodeScalars {
                    scalarCount += 1
                    if scalar == " " { hasSpace = true; break }
                    if scalar.value < 0x80 {
                        if scalar.value >= 0x61 && scalar.value <= 0x7A { unchangedByUppercasing = false }
                    } else if scalar.properties.changesWhenUppercased {
                        unchangedByUppercasing = false
                    }
                }
            }
            // (A form given twice to one actor is listed twice: matching looks for any.)
            if hasSpace {
                initialForms.append(initials(name))
                initialActors.append(Int32(a))
            } else if scalarCount >= 2, unchangedByUppercasing {
                acronymForms.append(acronymLetters(name))
                acronymActors.append(Int32(a))
            }
        }
    }

    /// The UTF-8 of `name.lowercased()` for names written in ASCII and Latin-1 (U+0000...U+00FF,
    /// whose capitals lower one to one: "A"..."Z", "À"..."Þ" but "×"); `nil` for any other scalar.
    /// - Complexity: O(n) in the UTF-8 length of `name`.
    static func latinLowercased(_ name: String) -> [UInt8]? {
        let out = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, name.utf8.count))
        defer { out.deallocate() }
        return latinLowercased(name, into: out).map { Array(out[..<$0]) }
    }

    /// Writes `latinLowercased(name)` into `out` (room for `name.utf8.count` bytes).
    /// - Returns: the number of bytes written, or `nil` for a name outside Latin-1.
    /// - Complexity: O(n) in the UTF-8 length of `name`, no allocation.
    static func latinLowercased(_ name: String, into out: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        var name = name
        return name.withUTF8 { src -> Int? in
            var lead: UInt8 = 0  // 0xC2 or 0xC3 when the next byte ends a Latin-1 letter
            var n = 0
            for byte in src {
                if lead != 0 {
                    guard byte & 0xC0 == 0x80 else { return nil }
                    // U+00C0...U+00DE but U+00D7 (C3 80...C3 9E but C3 97) lower by 0x20.
                    let capital = lead == 0xC3 && byte <= 0x9E && byte != 0x97
                    out[n] = capital ? byte + 0x20 : byte
                    lead = 0
                } else if byte < 0x80 {
                    out[n] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                } else if byte == 0xC2 || byte == 0xC3 {
                    out[n] = byte
                    lead = byte
                } else {
                    return nil
                }
                n += 1
            }
            return n
        }
    }

    /// "el gobierno peruano", "the Peruvian government" and "Perú" are one actor: a
    /// government description whose adjective of origin starts like a one-word name.
    /// - Parameters:
    ///   - wordCount: the number of word tokens of `m`'s name; `first`, `second` the first two.
    mutating func countryMatch(_ m: Mention, wordCount: Int, first: Int, second: Int) -> Int? {
        // Folded adjective `a` starts like folded country `c`.
        func origin(_ a: [Character], _ c: [Character]) -> Bool {
            guard a.count > c.count, c.count >= 4 else { return false }
            var common = 0
            while common < c.count, a[common] == c[common] { common += 1 }
            return common >= max(4, c.count - 1)
        }
        // The mention's word is the same for every actor: folded once, when first needed. An
        // actor's folded name or adjective is remembered for the document.
        if !m.proper, m.sector == .government, wordCount == 2 {
            var adjective: [Character]?
            for a in actors.indices.reversed() {
                guard actors[a].proper else { continue }
                if case .unknown = foldedNames[a], Self.containsSpace(actors[a].name) { foldedNames[a] = .absent }
                if case .absent = foldedNames[a] { continue }
                if adjective == nil { adjective = Self.fold(text.tokens[lexicon.language == "es" ? second : first].lower) }
                let country: [Character]
                switch foldedNames[a] {
                case .folded(let known): country = known
                case .absent: continue
                case .unknown:
                    country = Self.fold(actors[a].name)
                    foldedNames[a] = .folded(country)
                }
                if origin(adjective!, country) { return a }
            }
            return nil
        }
        if m.proper, wordCount == 1 {
            var country: [Character]?
            for a in actors.indices.reversed() {
                guard !actors[a].proper, actors[a].sector == .government else { continue }
                let adjective: [Character]?
                switch foldedAdjectives[a] {
                case .folded(let known): adjective = known
                case .absent: adjective = nil
                case .unknown:
                    let parts = actors[a].name.lowercased().split(separator: " ")
                    adjective = parts.count == 2
                        ? Self.fold(String(lexicon.language == "es" ? parts[1] : parts[0])) : nil
                    foldedAdjectives[a] = adjective.map { .folded($0) } ?? .absent
                }
                guard let adjective else { continue }
                if country == nil { country = Self.fold(text.tokens[first].lower) }
                if origin(adjective, country!) { return a }
            }
            return nil
        }
        return nil
    }

    /// `name.contains(" ")`, read from the bytes when `name` is ASCII (where every byte is a
    /// character, so a space byte is a space character).
    /// Outside ASCII: no space byte, no space; a space byte between scalars that cannot join it
    /// into a larger character (before it one below U+0600, where no prepended mark is; after
    /// it one below U+0300, where no combining mark is) is a space; else characters decide.
    static func containsSpace(_ name: String) -> Bool {
        var ascii = true
        var space = false
        for byte in name.utf8 {
            if byte >= 0x80 { ascii = false; break }
            if byte == 0x20 { space = true }
        }
        if ascii { return space }
        var copy = name
        let decided = copy.withUTF8 { b -> Bool? in
            var spaceByte = false
            for i in b.indices where b[i] == 0x20 {
                spaceByte = true
                let afterOK = i + 1 == b.count || b[i + 1] < 0xCC
                let beforeOK = i == 0 || b[i - 1] < 0x80 || (i >= 2 && b[i - 2] >= 0xC2 && b[i - 2] <= 0xD7)
                if afterOK && beforeOK { return true }
            }
            return spaceByte ? nil : false
        }
        return decided ?? name.contains(" ")
    }

    /// The characters of `s` without case and diacritics; printable ASCII (one character per
    /// byte, no "\r\n" pair) only loses its capitals.
    static func fold(_ s: String) -> [Character] {
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            return s.utf8.map { Character(Unicode.Scalar($0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0)) }
        }
        return Array(s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil))
    }

    /// The initials of a name's capitalised words ("Estados Unidos" → "eu").
    /// - Complexity: O(n) in the length of `name`; ASCII capitals are lowered without a
    ///   Unicode property look-up.
    func initials(_ name: String) -> String {
        // ASCII and Latin-1: the lowered first letter of each word that starts with a capital
        // ("A"..."Z", "À"..."Þ" but "×", which lower by 0x20), gathered in two words (16
        // bytes); other scalars, or more initials, take the general path below.
        var copy = name
        let latin = copy.withUTF8 { bytes -> String? in
            // Up to 16 bytes of initials, byte k at bit 8k of the pair.
            var low: UInt64 = 0, high: UInt64 = 0
            var n = 0
            var atWordStart = true
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    i += 1
                    if b == 0x20 { atWordStart = true; continue }
                    if atWordStart, b >= 0x41 && b <= 0x5A {
                        guard n < 16 else { return nil }
                        Self.pack(UInt64(b + 0x20), at: &n, &low, &high)
                    }
                } else if b == 0xC2 || b == 0xC3, i + 1 < bytes.count {
                    let c = bytes[i + 1]
                    i += 2
                    if atWordStart, b == 0xC3, c >= 0x80 && c <= 0x9E && c != 0x97 {
                        guard n < 15 else { return nil }
                        Self.pack(0xC3, at: &n, &low, &high)
                        Self.pack(UInt64(c + 0x20), at: &n, &low, &high)
                    }
                } else {
                    return nil
                }
                atWordStart = false
            }
            var words = (low, high)
            return withUnsafeBytes(of: &words) { String(decoding: UnsafeRawBufferPointer(rebasing: $0[..<n]), as: UTF8.self) }
        }
        if let latin { return latin }
        var out: [UInt8] = []
        var atWordStart = true
        for scalar in name.unicodeScalars {
            if scalar == " " { atWordStart = true; continue }
            if atWordStart {
                let v = scalar.value
                if v < 0x80 {
                    if v >= 0x41 && v <= 0x5A { out.append(UInt8(v + 0x20)) }
                } else if scalar.properties.isUppercase {
                    out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                }
            }
            atWordStart = false
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Puts byte `v` at position `n` of the 16 bytes `low`, `high` (byte k at bit 8k), and
    /// counts it.
    @inline(__always)
    static func pack(_ v: UInt64, at n: inout Int, _ low: inout UInt64, _ high: inout UInt64) {
        if n < 8 { low |= v << (8 * UInt64(n)) } else { high |= v << (8 * UInt64(n - 8)) }
        n += 1
    }

    /// The letters of an acronym, with Spanish doubled plurals collapsed ("EE.UU." → "eu").
    func acronymLetters(_ word: String) -> String {
        let letters = Array(word.lowercased().filter(\.isLetter))
        if letters.count >= 4, letters.count % 2 == 0,
           stride(from: 0, to: letters.count, by: 2).allSatisfy({ letters[$0] == letters[$0 + 1] }) {
            return String(stride(from: 0, to: letters.count, by: 2).map { letters[$0] })
        }
        return String(letters)
    }

    /// An actor whose name's initials are this acronym, or whose acronym this name expands.
    /// - Parameter name: `nameText(m)`.
    func acronymMatch(_ m: Mention, name: String) -> Int? {
        // (No form listed yet: nothing to match, and no form of this name to make.)
        if m.nameEnd - m.nameStart == 1, text.tokens[m.nameStart].isAcronym {
            guard !initialForms.isEmpty else { return nil }
            let letters = acronymLetters(name)
            guard letters.count >= 2 else { return nil }
            return Self.lastActor(among: initialActors, forms: initialForms, withForm: letters)
        }
        guard !acronymForms.isEmpty else { return nil }
        let own = initials(name)
        guard own.count >= 2 else { return nil }
        return Self.lastActor(among: acronymActors, forms: acronymForms, withForm: own)
    }

    /// The latest actor (highest index) of `actors` whose form in `forms` is `form`.
    static func lastActor(among actors: [Int32], forms: [String], withForm form: String) -> Int? {
        var best: Int32 = -1
        for k in forms.indices where actors[k] > best && forms[k] == form { best = actors[k] }
        return best >= 0 ? Int(best) : nil
    }

    /// Whether `longer` is `name` with capitalised words added that are not company suffixes.
    func extendsName(_ name: String, _ longer: String) -> Bool {
        guard longer.utf8.count > name.utf8.count else { return false }
        let old = name.split(separator: " ").map(String.init)
        let new = longer.split(separator: " ").map(String.init)
        guard new.count > old.count, old.allSatisfy({ new.contains($0) }) else { return false }
        return new.filter { !old.contains($0) }.allSatisfy { w in
            w.first?.isUppercase == true && !lexicon.has(w.lowercased(), .orgsuffix)
        }
    }

    func isHeadWord(_ w: String) -> Bool { lexicon.isHeadWord(w) }

    /// A known person whose name holds every word of `words` or whose surname starts it.
    func personMatch(_ words: [String]) -> Int? {
        guard !words.isEmpty else { return nil }
        var hit: Int?
        for a in actors.indices where actors[a].kind == .person && !actors[a].nameWords.isEmpty {
            let known = actors[a].nameWords
            let subset = words.allSatisfy { known.contains($0) }
            let surnameFirst = words.count <= 2 && words[0] == known.last!
            let extends = known.allSatisfy { words.contains($0) }
            if subset || surnameFirst || extends {
                if hit != nil && hit != a { return nil } // ambiguous
                hit = a
            }
        }
        return hit
    }

    /// The latest actor that holds role class `c`, or for an institution word the latest
    /// named organization of the same sector.
    func antecedent(roleClass c: String, _ m: Mention) -> Int? {
        var best: Int?
        for a in actors.indices where actors[a].roleClasses.contains(c) {
            if best == nil || actors[a].lastSentence >= actors[best!].lastSentence { best = a }
        }
        if best != nil { return best }
        if m.anaphoric, ["protesters", "residents"].contains(c), !text.tokens[m.start].isCapitalized {
            // "los manifestantes", "los pobladores": the community named before.
            for a in actors.indices where actors[a].proper && actors[a].sector == .community && actors[a].kind != .person {
                if best == nil || actors[a].lastSentence >= actors[best!].lastSentence { best = a }
            }
            return best
        }
        guard m.anaphoric, m.kind == .organization, !text.tokens[m.start].isCapitalized,
              m.sector == .company || m.sector == .community, !m.weak else { return nil }
        for a in actors.indices
        where actors[a].proper && actors[a].kind == .organization && actors[a].sector == m.sector {
            if best == nil || actors[a].lastSentence >= actors[best!].lastSentence { best = a }
        }
        return best
    }
}
