/// Day arithmetic on ISO dates (`YYYY-MM-DD`, anything after the tenth character ignored),
/// in the proleptic Gregorian calendar, without time zones.
public enum CalendarDay {
    /// The number of days from 1970-01-01 to the date, or `nil` when `text` is not a date.
    /// - Complexity: O(1) (the algorithm of H. Hinnant, "chrono-compatible low-level date
    ///   algorithms").
    public static func dayNumber(_ text: String) -> Int? {
        let parts = text.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y0 = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Whole days from `start` to `end` (negative when `end` is earlier), or `nil` when either
    /// is not a date.
    public static func days(from start: String, to end: String) -> Int? {
        guard let a = dayNumber(start), let b = dayNumber(end) else { return nil }
        return b - a
    }
}
