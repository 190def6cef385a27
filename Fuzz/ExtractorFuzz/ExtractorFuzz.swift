// A libFuzzer target for reading and extraction, built by `make fuzz` only (Package.swift
// declares it when STAKEMAP_FUZZ is set): any bytes, read as text, Markdown, HTML or JSON Lines
// (chosen by the first byte), go through the reader, the segmenter and the extractor, and
// every offset and piece of evidence is checked; a broken invariant is a crash.
import CFuzzerDriver
import Foundation
import StakeholderCore
import StakeholderExtraction

private let extractor: Extractor = {
    do { return try Extractor() } catch { fatalError("built-in lexicons: \(error)") }
}()
private let reader = DocumentReader(maxBytes: 1 << 20)
private let kinds = ["txt", "md", "html", "jsonl"]

/// The program's entry point (SwiftPM names an executable's main `<module>_main` on Linux):
/// hands the command line to libFuzzer.
@_cdecl("stakemap_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzOne)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    let kind = kinds[Int(data.first ?? 0) % kinds.count]
    let (documents, _) = reader.documents(data: data, path: "fuzz/input.\(kind)")
    for document in documents {
        check(document)
    }
    return 0
}

private func check(_ document: Document) {
    let scalars = Array(document.text.unicodeScalars)
    if scalars.contains(where: { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" }) {
        fatalError("control character left in the text")
    }
    let lexicon = extractor.lexicons[document.language] ?? extractor.lexicons["en"]!
    let segmented = Segmenter(abbreviations: lexicon.abbreviations).segment(document.text)
    var previousEnd = 0
    for token in segmented.tokens {
        guard token.start >= previousEnd, token.start < token.end, token.end <= scalars.count else {
            fatalError("token offsets \(token.start)..<\(token.end) out of order or outside \(scalars.count)")
        }
        previousEnd = token.end
    }
    for sentence in segmented.sentences where sentence.tokens.upperBound > segmented.tokens.count {
        fatalError("sentence beyond the tokens")
    }
    let graph = extractor.extract(document)
    let violations = graph.invariantViolations()
    if !violations.isEmpty { fatalError("graph invariants: \(violations)") }
    for relation in graph.relations {
        for evidence in relation.evidence {
            guard evidence.start >= 0, evidence.start < evidence.end, evidence.end <= scalars.count else {
                fatalError("evidence offsets \(evidence.start)..<\(evidence.end) outside \(scalars.count)")
            }
            let slice = String(String.UnicodeScalarView(scalars[evidence.start..<evidence.end]))
            if slice != evidence.text { fatalError("evidence is not the slice at its offsets") }
            if evidence.document != document.id { fatalError("evidence names another document") }
        }
    }
}
