import Foundation
@testable import StakeholderExtraction

/// The reading decisions as first written, scalar by scalar on `String`s: what the byte
/// scanners of the reader must agree with (see `ReadingFastPathTests`).
enum ReadingReference {
    static func language(_ text: String) -> String {
        var es = 0, en = 0
        var word = ""
        var seen = 0
        func flush() {
            if !word.isEmpty {
                if LanguageDetector.spanish.contains(word) { es += 1 }
                if LanguageDetector.english.contains(word) { en += 1 }
                word = ""
            }
        }
        for scalar in text.unicodeScalars {
            seen += 1
            if seen > 20_000 { break }
            if scalar.properties.isAlphabetic {
                word.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else {
                flush()
            }
        }
        flush()
        if es == 0 && en == 0 { return "en" }
        return es >= en ? "es" : "en"
    }

    static func marker(_ text: String) -> (length: Int, date: String)? {
        let head = Array(text.unicodeScalars.prefix(32))
        var i = 0
        while i < head.count, head[i] == " " || head[i] == "\t" { i += 1 }
        let word = "date".unicodeScalars.map { $0 }
        guard i + 4 < head.count, Array(head[i..<i + 4]) == word else { return nil }
        i += 4
        while i < head.count, head[i] == " " { i += 1 }
        guard i + 10 <= head.count, let date = iso(Array(head[i..<i + 10])) else { return nil }
        return (i + 10, date)
    }

    static func date(_ text: String, lineLimit: Int = 12) -> String? {
        if let marker = marker(text) { return marker.date }
        for line in text.split(separator: "\n").prefix(max(1, lineLimit)) {
            if let date = firstDate(Array(line.unicodeScalars)) { return date }
        }
        return nil
    }

    static func iso(_ s: [Unicode.Scalar]) -> String? {
        guard s.count == 10, s[4] == "-", s[7] == "-",
              let y = number(s[0..<4]), let m = number(s[5..<7]), let d = number(s[8..<10])
        else { return nil }
        return DateFinder.format(y, m, d)
    }

    static func number(_ s: ArraySlice<Unicode.Scalar>) -> Int? {
        guard !s.isEmpty else { return nil }
        var value = 0
        for c in s {
            guard let digit = c.properties.numericType != nil ? Int(String(c)) : nil else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    static func firstDate(_ line: [Unicode.Scalar]) -> String? {
        let months = DateFinder.months
        let format = DateFinder.format
        var words: [(text: String, sep: Unicode.Scalar?)] = []
        var current = ""
        for c in line {
            if c.properties.isAlphabetic || ("0"..."9").contains(c) {
                current.unicodeScalars.append(c)
            } else {
                if !current.isEmpty { words.append((current, c)) }
                else if let last = words.last, last.sep == " ", c != " " { words[words.count - 1].sep = c }
                current = ""
            }
        }
        if !current.isEmpty { words.append((current, nil)) }
        for (k, w) in words.enumerated() {
            guard k + 2 < words.count else { break }
            let a = w.text, b = words[k + 1].text, c = words[k + 2].text
            let numeric = Int(a) != nil && Int(b) != nil && Int(c) != nil
            if numeric, w.sep == words[k + 1].sep, w.sep == "/" || w.sep == "-" || w.sep == "." {
                if a.count == 4, let date = format(Int(a)!, Int(b)!, Int(c)!) { return date }
                if c.count == 4, let date = format(Int(c)!, Int(b)!, Int(a)!) { return date }
            }
            if let d = Int(a), a.count <= 2 {
                var j = k + 1
                if words[j].text.lowercased() == "de" { j += 1 }
                if j + 1 < words.count, let m = months[words[j].text.lowercased()] {
                    var y = j + 1
                    if words[y].text.lowercased() == "de", y + 1 < words.count { y += 1 }
                    if let year = Int(words[y].text), words[y].text.count == 4,
                       let date = format(year, m, d) { return date }
                }
            }
            if let m = months[a.lowercased()], let d = Int(b), b.count <= 2, let y = Int(c), c.count == 4,
               let date = format(y, m, d) { return date }
        }
        return nil
    }

    static func title(_ text: String) -> String? {
        let skip = marker(text)?.length ?? 0
        var scalars = Substring(text).unicodeScalars
        scalars.removeFirst(min(skip, scalars.count))
        for line in Substring(scalars).split(separator: "\n").prefix(20) {
            let trimmed = String(line).trimmingCharacters(in: .whitespaces)
            if isBoilerplate(Array(trimmed.unicodeScalars)[...]) { continue }
            if !trimmed.unicodeScalars.contains(where: { $0.properties.isLowercase }) { continue }
            if trimmed.split(separator: " ").count >= 4 {
                return trimmed.count > 200 ? String(trimmed.prefix(200)) : trimmed
            }
        }
        return nil
    }

    static func hasControlCharacters(_ text: String) -> Bool {
        text.unicodeScalars.contains { s in
            (s.value < 0x20 && s != "\t" && s != "\n" && s != "\r") || (0x7F...0x9F).contains(s.value)
                || s.value == 0xFFFE || s.value == 0xFFFF
        }
    }

    /// The scalar-by-scalar boilerplate decision the byte version replaced.
    /// - Complexity: O(n) in the scalars of the line, stopping at its fourth word.
    static func isBoilerplate(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        var lo = line.startIndex, hi = line.endIndex
        while lo < hi, Scalars.isWhitespace(line[lo]) { lo += 1 }
        while hi > lo, Scalars.isWhitespace(line[hi - 1]) { hi -= 1 }
        // Words separated by spaces and tabs; more than three words is text.
        var words: [Range<Int>] = []
        var k = lo
        while k < hi {
            while k < hi, line[k] == " " || line[k] == "\t" { k += 1 }
            guard k < hi else { break }
            let start = k
            while k < hi, line[k] != " " && line[k] != "\t" { k += 1 }
            words.append(start..<k)
            if words.count > 3 { return false }
        }
        if words.isEmpty { return true }
        // Lone numbers and counters ("5", "1.2K", "12:30").
        if words.count <= 2, words.allSatisfy({ w in
            line[w].allSatisfy { !Scalars.isAlphabetic($0) || $0 == "K" || $0 == "k" }
        }) { return true }
        let last = line[hi - 1]
        if ".!?:;\"”»)".unicodeScalars.contains(last) { return false }
        // Short labels in which every word is capitalised ("Main Menu", "SiteMap View").
        return words.allSatisfy { w in
            let first = line[w.lowerBound]
            return Scalars.isUppercase(first) || !Scalars.isAlphabetic(first)
        }
    }
}
