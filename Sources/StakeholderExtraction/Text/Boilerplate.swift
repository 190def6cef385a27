/// Recognises lines of site furniture that are not article text: menu entries, lone
/// numbers, share counters, short title-case labels without punctuation.
enum Boilerplate {
    /// Whether `line` (trimmed) is furniture rather than text.
    static func isBoilerplate(_ line: String) -> Bool {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        if words.isEmpty { return true }
        // Lone numbers and counters ("5", "1.2K", "12:30").
        if words.count <= 2, words.allSatisfy({ w in
            w.unicodeScalars.allSatisfy { !$0.properties.isAlphabetic || $0 == "K" || $0 == "k" }
        }) { return true }
        guard words.count <= 3, let last = line.unicodeScalars.last else { return false }
        if ".!?:;\"”»)".unicodeScalars.contains(last) { return false }
        // Short labels in which every word is capitalised ("Main Menu", "SiteMap View").
        return words.allSatisfy { w in
            guard let first = w.unicodeScalars.first else { return true }
            return first.properties.isUppercase || !first.properties.isAlphabetic
        }
    }
}
