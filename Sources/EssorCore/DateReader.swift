/// The one way essor reads a date typed by a person, in forms, the
/// workshop's capture line, `g` in Séances and the command line:
/// `JJ/MM/AAAA`, `J/M/AA` (20AA), `AAAA-MM-JJ`, with `/`, `.` or `-`
/// between day, month and year; `AAAAMMJJ` (as accounting files write
/// them); and `JJ/MM` without a year when a
/// reference day is known: the first such day from `today` on.
public enum DateReader {
    public static func read(_ text: String, today: LocalDate?) -> LocalDate? {
        let trimmed = text.trimmingSpaces
        if let full = LocalDate.parseISO(trimmed) ?? LocalDate.parseDayMonthYear(trimmed)
            ?? LocalDate.parseCompact(trimmed)
        {
            return full
        }
        guard let today else { return nil }
        let parts = trimmed.split(omittingEmptySubsequences: false, whereSeparator: { "/.".contains($0) })
        guard parts.count == 2,
            parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }),
            let day = Int(parts[0]), let month = Int(parts[1])
        else { return nil }
        if let date = LocalDate(year: today.year, month: month, day: day), !(date < today) { return date }
        return LocalDate(year: today.year + 1, month: month, day: day)
    }

    /// A day and month typed without a year, written in full (`21/01` →
    /// `21/01/2027`); any other text as it was.
    public static func completed(_ text: String, today: LocalDate) -> String {
        guard read(text, today: nil) == nil, let date = read(text, today: today) else { return text }
        return date.dayMonthYear
    }
}
