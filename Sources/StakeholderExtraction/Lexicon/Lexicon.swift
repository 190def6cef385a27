import Foundation
import StakeholderCore

/// The word lists and rules of one language: head nouns and roles, triggers, word classes.
///
/// Built-in lexicons are data files under `Resources/lexicon/<language>/` (`heads.tsv`,
/// `triggers.tsv`, `words.tsv`), each starting with a `#stakemap-lexicon <name> <version>`
/// line. Lines are tab-separated; `#` starts a comment line.
public struct Lexicon: Sendable {
    /// The lexicon format version this build reads.
    public static let formatVersion = 1

    public let language: String
    /// The rule id of affiliations read from appositions, made once (it is in every such
    /// piece of evidence).
    let appositionRule: String
    var heads = PhraseTable<HeadEntry>()
    var triggers = PhraseTable<TriggerEntry>()
    var words: [WordClass: Set<String>] = [:]
    /// Every word of the data (word classes and the words of head and trigger phrases), by id.
    var vocabulary = WordTable(capacity: 2048, keepsStrings: true)
    /// The class bits of each vocabulary id (bit = position in `WordClass.allCases`).
    var classesByWord: [UInt32] = []
    /// Things in the data that were skipped (unknown keys), as `file:line: message`.
    public private(set) var warnings: [String] = []

    /// A lexicon from the text of its files.
    /// - Parameters:
    ///   - language: `es` or `en`.
    ///   - files: file name (`heads.tsv`, `triggers.tsv`, `words.tsv`) to content; `source`
    ///     prefixes file names in messages.
    /// - Throws: `ExtractionError.badLexicon` naming the file and line of a malformed line.
    public init(language: String, files: [String: String], source: String = "") throws {
        self.language = language
        self.appositionRule = "\(language).affiliation.apposition"
        for name in files.keys.sorted() {
            let label = source.isEmpty ? "\(language)/\(name)" : "\(source)/\(name)"
            let content = files[name]!
            switch name {
            case "heads.tsv": try parse(content, label, columns: 4, Self.parseHead)
            case "triggers.tsv": try parse(content, label, columns: 4, Self.parseTrigger)
            case "words.tsv": try parse(content, label, columns: 2, Self.parseWord)
            default: warnings.append("\(label):1: unknown lexicon file; ignored")
            }
        }
    }

    /// A class bit (above those of `WordClass`) set on the first word of every word-class entry
    /// of several words ("va" for "va a").
    static let leadsPhrase: UInt32 = 1 << 31

    /// A lexicon with no entries (for segmenting without classifying).
    static let empty: Lexicon = {
        // No files, so nothing can be malformed.
        try! Lexicon(language: "", files: [:])
    }()

    /// The built-in lexicon of `language` (`es` or `en`), read once per process.
    /// - Throws: `ExtractionError.badLexicon` if the shipped data is broken.
    public static func builtIn(_ language: String) throws -> Lexicon {
        let lang = language == "es" ? "es" : "en"
        return try BuiltInCache.shared.lexicon(lang)
    }

    /// Adds a trigger word or phrase (a curation file's extra triggers).
    /// - Parameters:
    ///   - phrase: words separated by spaces; a final `*` matches any ending.
    ///   - relation: the relation it signals.
    ///   - frame: how source and target are found.
    ///   - id: the rule id put into evidence; made from the phrase when `nil`.
    public mutating func addTrigger(_ phrase: String, relation: RelationKind, frame: TriggerFrame = .object,
                                    id: String? = nil) {
        let pattern = Self.pattern(phrase)
        guard !pattern.isEmpty else { return }
        let rule = id ?? "\(language).\(relation.rawValue).user.\(pattern.joined(separator: "_"))"
        triggers.insert(pattern, TriggerEntry(id: rule, relation: relation, frame: frame),
                        vocabulary: &vocabulary, classes: &classesByWord)
    }

    /// The abbreviations that do not end a sentence, lower-case with their period ("sr.").
    public var abbreviations: Set<String> { words[.abbreviation] ?? [] }

    /// Whether `word` (lower-case) is in the class.
    @inline(__always)
    func has(_ word: String, _ cls: WordClass) -> Bool { classes(of: word) & cls.bit != 0 }

    /// Whether `word` (lower-case) is on its own a head or role word.
    func isHeadWord(_ word: String) -> Bool { heads.matchesAlone(word, id: vocabulary.id(of: word) ?? Token.unlisted) }

    /// The classes of `word` as a bit set (see `WordClass.bit`).
    @inline(__always)
    func classes(of word: String) -> UInt32 { vocabulary.id(of: word).map { classesByWord[Int($0)] } ?? 0 }

    /// Sets each token's vocabulary id and word classes (one lookup per token).
    /// - Complexity: O(n) lookups for n tokens.
    func classify(_ tokens: inout [Token]) {
        for i in tokens.indices { classify(&tokens[i]) }
    }

    /// Sets the token's vocabulary id, word classes and matching keys.
    @inline(__always)
    func classify(_ token: inout Token) {
        var lower = token.lower
        lower.withUTF8 { classify(&token, utf8: $0) }
    }

    /// `classify` given the UTF-8 bytes of the token's `lower`.
    @inline(__always)
    func classify(_ token: inout Token, utf8 bytes: UnsafeBufferPointer<UInt8>) {
        Self.classify(&token, utf8: bytes, vocabulary: vocabulary, classesByWord: classesByWord)
    }

    /// `classify` with the lexicon's word table and class bits given apart (the tokenizer
    /// holds them without the lexicon).
    @inline(__always)
    static func classify(_ token: inout Token, utf8 bytes: UnsafeBufferPointer<UInt8>,
                         vocabulary: WordTable, classesByWord: [UInt32]) {
        let id = vocabulary.id(ofBytes: bytes) ?? Token.unlisted
        token.word = id
        token.classes = id >= 0 ? classesByWord[Int(id)] : 0
        token.prefixKey = PhraseTable<HeadEntry>.prefixKey(utf8: bytes)
        token.head8 = Words.head8(bytes)
        token.simple = Words.isSimple(bytes)
    }

    /// The id of `word` in the vocabulary, added if new.
    static func intern(_ word: String, _ vocabulary: inout WordTable, _ classes: inout [UInt32]) -> Int32 {
        let (id, inserted) = vocabulary.insert(word)
        if inserted { classes.append(0) }
        return id
    }

    /// Every entry of the data as written (lower-case words), for checks.
    public var allEntries: [String] {
        var out = heads.allPatterns.map { $0.joined(separator: " ") }
        out += triggers.allPatterns.map { $0.joined(separator: " ") }
        for (_, set) in words { out += set }
        return out.sorted()
    }

    static func pattern(_ phrase: String) -> [String] {
        phrase.lowercased().split(whereSeparator: { $0 == " " }).map(String.init)
    }

    // MARK: Parsing

    private mutating func parse(_ content: String, _ file: String, columns: Int,
                                _ handle: (inout Lexicon, [String], String, Int) throws -> Void) throws {
        var sawHeader = false
        for (n, raw) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = Self.trimmed(raw)
            let number = n + 1
            if line.hasPrefix("#stakemap-lexicon") {
                let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
                guard parts.count == 3, let version = Int(parts[2]) else {
                    throw ExtractionError.badLexicon(file: file, line: number,
                                                     message: "header must be '#stakemap-lexicon NAME VERSION'")
                }
                guard version <= Self.formatVersion else {
                    throw ExtractionError.badLexicon(file: file, line: number,
                                                     message: "lexicon version \(version) is newer than \(Self.formatVersion)")
                }
                sawHeader = true
                continue
            }
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard sawHeader else {
                throw ExtractionError.badLexicon(file: file, line: number,
                                                 message: "missing '#stakemap-lexicon NAME VERSION' header")
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(Self.trimmed)
            guard fields.count == columns, !fields.contains(where: \.isEmpty) else {
                throw ExtractionError.badLexicon(file: file, line: number,
                                                 message: "expected \(columns) tab-separated columns, found \(fields.count)")
            }
            try handle(&self, fields, file, number)
        }
    }

    /// `text` without the spaces, tabs and carriage returns around it.
    static func trimmed(_ text: Substring) -> String {
        var scalars = text.unicodeScalars
        while let f = scalars.first, f == " " || f == "\t" || f == "\r" { scalars.removeFirst() }
        while let l = scalars.last, l == " " || l == "\t" || l == "\r" { scalars.removeLast() }
        return String(scalars)
    }

    private static func parseHead(_ lex: inout Lexicon, _ f: [String], _ file: String, _ line: Int) throws {
        var sectorName = f[1]
        let weak = sectorName.hasSuffix("?")
        if weak { sectorName.removeLast() }
        guard let sector = Sector(rawValue: sectorName) else {
            lex.warnings.append("\(file):\(line): unknown sector '\(f[1])'; line ignored")
            return
        }
        guard let kind = ActorKind(rawValue: f[2]) else {
            lex.warnings.append("\(file):\(line): unknown kind '\(f[2])'; line ignored")
            return
        }
        lex.heads.insert(pattern(f[0]), HeadEntry(sector: sector, weak: weak, kind: kind, roleClass: f[3]),
                         vocabulary: &lex.vocabulary, classes: &lex.classesByWord)
    }

    private static func parseTrigger(_ lex: inout Lexicon, _ f: [String], _ file: String, _ line: Int) throws {
        guard let relation = RelationKind(rawValue: f[1]) else {
            lex.warnings.append("\(file):\(line): unknown relation '\(f[1])'; line ignored")
            return
        }
        guard let frame = TriggerFrame(rawValue: f[3]) else {
            lex.warnings.append("\(file):\(line): unknown frame '\(f[3])'; line ignored")
            return
        }
        lex.triggers.insert(pattern(f[2]), TriggerEntry(id: f[0], relation: relation, frame: frame),
                            vocabulary: &lex.vocabulary, classes: &lex.classesByWord)
    }

    private static func parseWord(_ lex: inout Lexicon, _ f: [String], _ file: String, _ line: Int) throws {
        guard let cls = WordClass(rawValue: f[0]) else {
            lex.warnings.append("\(file):\(line): unknown word class '\(f[0])'; line ignored")
            return
        }
        let word = f[1].lowercased()
        lex.words[cls, default: []].insert(word)
        let id = intern(word, &lex.vocabulary, &lex.classesByWord)
        lex.classesByWord[Int(id)] |= cls.bit
        if let space = word.firstIndex(of: " ") {
            // Tokens are looked up one at a time: mark the first word so that rules try the
            // phrase only after it.
            let lead = intern(String(word[..<space]), &lex.vocabulary, &lex.classesByWord)
            lex.classesByWord[Int(lead)] |= Self.leadsPhrase
        }
    }
}

/// Loads each built-in lexicon once.
final class BuiltInCache: @unchecked Sendable {
    static let shared = BuiltInCache()
    private let lock = NSLock()
    private var cache: [String: Lexicon] = [:]

    func lexicon(_ language: String) throws -> Lexicon {
        lock.lock()
        defer { lock.unlock() }
        if let hit = cache[language] { return hit }
        guard let base = Bundle.module.url(forResource: "lexicon", withExtension: nil) else {
            throw ExtractionError.badLexicon(file: "lexicon", line: 0, message: "built-in lexicon folder missing")
        }
        var files: [String: String] = [:]
        for name in ["heads.tsv", "triggers.tsv", "words.tsv"] {
            let url = base.appendingPathComponent(language).appendingPathComponent(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw ExtractionError.badLexicon(file: "\(language)/\(name)", line: 0, message: "cannot read the file")
            }
            files[name] = text
        }
        let lexicon = try Lexicon(language: language, files: files)
        cache[language] = lexicon
        return lexicon
    }
}
