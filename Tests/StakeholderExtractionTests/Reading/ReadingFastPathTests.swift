import Foundation
import PropertyBased
import Testing
@testable import StakeholderExtraction

/// The reader's byte scanners (language, date, title, boilerplate, control characters) must
/// decide exactly as the scalar-by-scalar code of `ReadingReference`: on articles, and on
/// random text made of what could tell them apart (upper-case and decomposed accents, letters
/// whose lower case is ASCII, huge numbers, grapheme clusters around spaces, CR LF).
@Suite struct ReadingFastPathTests {
    static let pieces = [
        " ", " ", " ", " ", "\n", "\n", "\r\n", "\r", "\t", "/", "-", ".", ",", ":", "|", "”", "»", ")", "“", "—", "…", "\u{200C}", "\u{200D}", "‼",
        "2", "02", "7", "31", "12", "2026", "1999", "0000", "20260", "99999999999999999999999", "9223372036854775807",
        "de", "DE", "De", "d\u{0301}e", "marzo", "MARZO", "Marzo", "March", "SEPTIEMBRE", "setiembre", "Sept",
        "mayo", "dec", "novembre", "\u{212A}", "ma\u{212A}", "İ", "Σ", "ß", "ﬀ", "ǅ", "Ⅻ",
        "the", "The", "THE", "of", "y", "Y", "los", "más", "MÁS", "ma\u{0301}s", "según", "SEGÚN", "their",
        "date", " date ", "2026-03-05", "2026-3-5", "RADIO", "Main", "Menu", "K", "1.2K", "12:30", "5",
        "\u{00A0}", "\u{3000}", "\u{2003}", "\u{200B}", "\u{0301}", "\u{0600}", "\u{200D}", "\u{0903}", "\u{FEFF}",
        "🇵🇪", "👩‍👩‍👧", "ب", "ন্ত", "Ąą", "é", "Á", "ñ", "Ñ", "Perú", "cáñamo",
        "internacionalización", "Ministerio", "comunidad", "El", "ministro", "se", "reunió", "con",
        "\u{0085}", "\u{7F}", "\u{1}", "\u{9F}", "\u{FFFE}", "\u{FFFF}", "\u{10FFFF}", "\u{1F600}",
    ]

    static let text = Gen<Int>.int(in: 0...Int.max).array(of: 0...300).map { choices -> String in
        var text = ""
        for c in choices {
            if c % 17 == 0, let scalar = Unicode.Scalar(UInt32(truncatingIfNeeded: c >> 8) % 0x11_0000) {
                text.unicodeScalars.append(scalar)
            } else {
                text += pieces[(c >> 5) % pieces.count]
            }
        }
        return text
    }

    /// Every decision the reader makes on `text`, fast and reference.
    static func check(_ text: String, _ origin: String = "") {
        #expect(LanguageDetector.detect(text) == ReadingReference.language(text), "\(origin) \(text.debugDescription)")
        #expect(DateFinder.find(in: text) == ReadingReference.date(text), "\(origin) \(text.debugDescription)")
        #expect(DateFinder.find(in: text, lineLimit: 1) == ReadingReference.date(text, lineLimit: 1))
        let (fast, reference) = (DateFinder.marker(in: text), ReadingReference.marker(text))
        #expect(fast?.length == reference?.length && fast?.date == reference?.date)
        #expect(DocumentReader.title(of: text) == ReadingReference.title(text), "\(origin) \(text.debugDescription)")
        #expect((TextDecoding.replacingControlCharacters(text) != nil) == ReadingReference.hasControlCharacters(text))
        var copy = text
        copy.withUTF8 { bytes in
            UTF8Scan.forEachLeadingLine(bytes, from: 0, limit: 1000) { line in
                let string = String(decoding: UnsafeBufferPointer(rebasing: bytes[line]), as: UTF8.self)
                #expect(Boilerplate.isBoilerplate(bytes, line)
                            == ReadingReference.isBoilerplate(Array(string.unicodeScalars)[...]),
                        "\(string.debugDescription)")
                return true
            }
        }
    }

    @Test func randomTextIsReadAsBefore() async {
        await propertyCheck(count: 2000, input: Self.text) { Self.check($0) }
    }

    @Test(arguments: [
        "Lima, 2 de MARZO de 2026.", "MARZO 2, 2026", "Posted Sept 9, 2025", "2 \u{212A}\u{212A} 2026",
        "05/03/2026", "05/03-2026", "5 - 3 - 2026", "9223372036854775808/1/2026", "2026 / 03 / 05",
        "Según el ministro, más de cien comuneros", "SEGÚN EL MINISTRO, MÁS DE CIEN", "ma\u{0301}s que la",
        "\u{00A0}\u{3000}El ministro se reunió con la comunidad\u{2003}\t", "A \u{0301}b c d", "A \u{0301}b c d e", "A\u{0600} b c d",
        " date 2026-03-05 Título\nEl ministro se reunió con ellos", "\tdate   2026-13-05\nx",
        String(repeating: "Perú minería ", count: 30), String(repeating: "é ", count: 150),
        String(repeating: "“Perú” — minería… ", count: 20), String(repeating: "a\u{0301} ", count: 120),
        String(repeating: "ab ", count: 66) + "\r\nc d", String(repeating: "ab ", count: 67) + "\r\nc d",
    ])
    func edgeCasesAreReadAsBefore(_ text: String) {
        Self.check(text)
    }

    /// The language is told from the first 20,000 scalars: a word cut at the limit counts as
    /// what is left of it, whatever the bytes of the scalars before.
    @Test(arguments: -3...3, ["é", "x", "—", "🇵"])
    func languageLooksAtTheFirst20000Scalars(_ shift: Int, _ filler: String) {
        let text = String(repeating: filler, count: 19_998 + shift) + " de the of"
        #expect(LanguageDetector.detect(text) == ReadingReference.language(text))
    }

    @Test(arguments: ["a/b.txt", "a/.txt", "a/b.", "a/b..txt", "a/b.t x", "a/b.t/", ".txt", "a//b.TXT", "/b.txt",
                      "a/b.ü", "a/b.txt//", "a/.", "a/..", "a/b.c.d", "./x.txt", "", "/", "a/b", "a/.b.c", "a/b./c",
                      "a/b./", "a/b.\u{0301}txt", "dír/ñ.md", "\u{0600}/b.txt", "a/b\u{0600}.txt", "a/b.txt\r\n", "a/b.tx\r\nt"])
    func pathPartsAsFoundationGivesThem(_ path: String) {
        #expect(FilePath.pathExtension(path) == (path as NSString).pathExtension)
        #expect(FilePath.lastComponent(path) == (path as NSString).lastPathComponent)
        #expect(FilePath.stem(path) == ((path as NSString).lastPathComponent as NSString).deletingPathExtension)
    }

    /// The title's character counts rest on scalars that make a character of their own.
    @Test func loneScalarsMakeCharactersOfTheirOwn() {
        let lone = (0..<0x3000).compactMap(Unicode.Scalar.init).filter { DocumentReader.isLoneCharacter($0.value) }
        #expect(lone.count > 800)
        // One of each grapheme-break class among them: other, control, CR, LF, pictographic.
        let neighbours: [Unicode.Scalar] = ["a", "\u{1}", "\u{200B}", "\r", "\n", "\u{203C}", " ", "é"]
        for scalar in lone {
            for other in neighbours where !(scalar == "\r" && other == "\n") && !(scalar == "\n" && other == "\r") {
                let pair = String(String.UnicodeScalarView([scalar, other]))
                let reversed = String(String.UnicodeScalarView([other, scalar]))
                #expect(pair.count == 2 && reversed.count == 2, "U+\(String(scalar.value, radix: 16))")
            }
        }
        for value in UInt32(0)..<0x3000 where !DocumentReader.mayJoinSpaceAfterIt(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(String(String.UnicodeScalarView([scalar, " "])).count == 2, "U+\(String(value, radix: 16))")
        }
    }

    /// Control characters are found wherever they stand among eight-byte blocks.
    @Test(arguments: ["\u{0}", "\u{1}", "\u{1F}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "\u{FFFE}", "\u{FFFF}",
                      "\t", "\n", "\r", "\r\n", "é", "¿", "\u{A0}", "\u{FFFD}", "\u{FEFF}", "\u{EFFF}", " "])
    func controlCharactersAtEveryOffset(_ scalar: String) {
        for offset in 0..<20 {
            for tail in [0, 1, 2, 9] {
                let text = String(repeating: "a", count: offset) + scalar + String(repeating: "b", count: tail)
                #expect((TextDecoding.replacingControlCharacters(text) != nil) == ReadingReference.hasControlCharacters(text),
                        "\(text.debugDescription)")
            }
        }
    }

    /// The eight-bytes-at-a-time tests agree with byte-by-byte ones, for every byte in every
    /// place among neighbours of every kind.
    @Test func wordAtATimeClassesMatchByteClasses() {
        let isLetter = { (b: UInt8) in (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
        let isControl = { (b: UInt8) in b < 0x20 || b == 0x7F || b == 0xC2 || b == 0xEF }
        for filler: UInt8 in [0x20, 0x41, 0x30, 0x7A, 0xC3, 0xFF, 0x00, 0x39, 0x60] {
            for place in 0..<8 {
                for b in 0...255 {
                    var bytes = [UInt8](repeating: filler, count: 8)
                    bytes[place] = UInt8(b)
                    let word = bytes.withUnsafeBufferPointer { ASCIIWord.load($0.baseAddress!) }
                    let letters = ASCIIWord.letters(word)
                    for k in 0..<8 {
                        #expect((letters >> (8 * UInt64(k)) & 0x80 != 0) == isLetter(bytes[k]))
                    }
                    #expect(ASCIIWord.hasDigit(word) == bytes.contains { $0 >= 0x30 && $0 <= 0x39 })
                    #expect(TextDecoding.mayHoldControl(word) == bytes.contains(where: isControl))
                }
            }
        }
    }

    @Test func articlesAreReadAsBefore() throws {
        let folders = [Fixture.seedsFolder, Fixture.seedsFolder + "/../../shared/corpus"]
        var checked = 0
        for folder in folders {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for name in names where name.hasSuffix(".txt") {
                let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
                Self.check(text, name)
                checked += 1
            }
        }
        #expect(checked >= 3)
    }
}
