import Foundation

/// Words in evidence text that qualify commitments and resolutions: a deadline, a promise
/// recorded as kept, an answer given only in part. Spanish and English; matched on the
/// case- and diacritic-folded text.
public enum CommitmentCues {
    private static let months = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|january|february|march|april|may|june|july|august|september|october|november|december"
    private static let numbers = "\\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|treinta|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|thirty"
    private static let units = "dias|semanas|meses|horas|days|weeks|months|hours"

    /// Deadline patterns: explicit dates, "plazo", "antes del", "en X días", "dentro de",
    /// "within", "deadline", and "by" followed by a date, month, weekday, "the end" or "next".
    private static let deadline = try! NSRegularExpression(pattern: [
        "\\b\\d{1,2}/\\d{1,2}(/\\d{2,4})?\\b",
        "\\b\\d{4}-\\d{2}-\\d{2}\\b",
        "\\b\\d{1,2} de (\(months))\\b",
        "\\b(\(months)) \\d{1,2}\\b",
        "\\bplazos?\\b",
        "\\bantes del?\\b",
        "\\ben (\(numbers)) (\(units))\\b",
        "\\bdentro de\\b",
        "\\bwithin\\b",
        "\\bdeadlines?\\b",
        "\\bby (the end|end of|next|mid|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\d|\(months))",
    ].joined(separator: "|"))

    private static let fulfilled = try! NSRegularExpression(pattern:
        "\\b(cumplio|cumplieron|ha cumplido|han cumplido|fue cumplid[oa]|fulfill?ed|honou?red|kept (its|their|his|her) (promise|word|commitment))\\b")

    private static let partial = try! NSRegularExpression(pattern:
        "\\b(parcial|parcialmente|en parte|partial|partially|partly|in part)\\b")

    /// The first deadline phrase in `text`, as folded, or `nil`.
    public static func deadline(in text: String) -> String? { firstMatch(deadline, in: text) }
    /// Whether `text` records a commitment as kept.
    public static func saysFulfilled(_ text: String) -> Bool { firstMatch(fulfilled, in: text) != nil }
    /// Whether `text` says an answer was given only in part.
    public static func saysPartial(_ text: String) -> Bool { firstMatch(partial, in: text) != nil }

    private static func firstMatch(_ regex: NSRegularExpression, in text: String) -> String? {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let range = NSRange(folded.startIndex..., in: folded)
        guard let match = regex.firstMatch(in: folded, range: range),
              let r = Range(match.range, in: folded) else { return nil }
        return String(folded[r])
    }
}
