/// A calendar day with no time zone (cohort periods, due dates).
///
/// Stored as ISO `YYYY-MM-DD`; shown as `JJ/MM/AAAA`. Arithmetic goes
/// through days since 1970-01-01 (proleptic Gregorian calendar).
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...LocalDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Days since 1970-01-01 (negative before).
    public init(daysSinceEpoch: Int) {
        // Howard Hinnant's civil_from_days.
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public func adding(days: Int) -> LocalDate {
        LocalDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// Same day of month `months` later, clamped to the month's length.
    public func adding(months: Int) -> LocalDate {
        let index = year * 12 + (month - 1) + months
        let y = index / 12
        let m = index % 12 + 1
        let d = min(day, LocalDate.daysIn(month: m, year: y))
        return LocalDate(year: y, month: m, day: d) ?? self
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        let w = (daysSinceEpoch + 3) % 7  // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    public var iso: String {
        "\(LocalDate.pad(year, 4))-\(LocalDate.pad(month, 2))-\(LocalDate.pad(day, 2))"
    }

    /// `JJ/MM/AAAA`, the French convention.
    public var dayMonthYear: String {
        "\(LocalDate.pad(day, 2))/\(LocalDate.pad(month, 2))/\(LocalDate.pad(year, 4))"
    }

    /// `MM/AAAA`, for periods.
    public var monthYear: String { "\(LocalDate.pad(month, 2))/\(LocalDate.pad(year, 4))" }

    public var description: String { iso }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Parses `YYYY-MM-DD`.
    public static func parseISO(_ text: String) -> LocalDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        return LocalDate(year: y, month: m, day: d)
    }

    /// Parses `AAAAMMJJ` (ISO 8601's basic form, the FEC's dates).
    public static func parseCompact(_ text: String) -> LocalDate? { parseCompact(utf8: text.utf8) }

    /// `AAAAMMJJ` from the bytes of a cell.
    public static func parseCompact<Bytes: Collection<UInt8>>(utf8 bytes: Bytes) -> LocalDate? {
        guard bytes.count == 8 else { return nil }
        var (year, month, day) = (0, 0, 0)
        for (index, byte) in bytes.enumerated() {
            guard (0x30...0x39).contains(byte) else { return nil }
            let digit = Int(byte - 0x30)
            if index < 4 {
                year = year * 10 + digit
            } else if index < 6 {
                month = month * 10 + digit
            } else {
                day = day * 10 + digit
            }
        }
        return LocalDate(year: year, month: month, day: day)
    }

    /// Parses `JJ/MM/AAAA` (also `J/M/AA`, `.` or `-` as separators; a
    /// two-digit year means 20AA).
    public static func parseDayMonthYear(_ text: String) -> LocalDate? {
        let trimmed = text.trimmingSpaces
        let parts = trimmed.split(
            omittingEmptySubsequences: false, whereSeparator: { "/.-".contains($0) })
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
            parts[2].count == 2 || parts[2].count == 4,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let d = Int(parts[0]), let m = Int(parts[1]), var y = Int(parts[2])
        else { return nil }
        if parts[2].count == 2 { y += 2000 }
        return LocalDate(year: y, month: m, day: d)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `value` with leading zeros to `width` digits.
    public static func pad(_ value: Int, _ width: Int) -> String {
        let s = String(value)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension StringProtocol {
    /// The text without leading and trailing white space of any kind (spaces,
    /// tabs, line breaks, no-break and typographic spaces).
    public var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = firstIndex(where: { !isSpace($0) }),
            let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
