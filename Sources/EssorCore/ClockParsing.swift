/// Times and durations as coordinators type them.
public enum ClockParsing {
    /// `14h30`, `14h`, `14:30`, `9h05`, `9.30` → (hour, minute).
    public static func time(_ text: String) -> (hour: Int, minute: Int)? {
        let trimmed = text.trimmingSpaces.lowercased()
        guard !trimmed.isEmpty else { return nil }
        let separators: Set<Character> = ["h", ":", "."]
        let hourPart = trimmed.prefix { $0.isASCIIDigit }
        let rest = trimmed.dropFirst(hourPart.count)
        guard (1...2).contains(hourPart.count), let hour = Int(hourPart), hour < 24 else { return nil }
        if rest.isEmpty { return nil }  // "14" alone is ambiguous with a duration
        guard let separator = rest.first, separators.contains(separator) else { return nil }
        let minutePart = rest.dropFirst()
        if minutePart.isEmpty { return separator == "h" ? (hour, 0) : nil }
        guard minutePart.count == 2, minutePart.allSatisfy(\.isASCIIDigit), let minute = Int(minutePart),
            minute < 60
        else { return nil }
        return (hour, minute)
    }

    /// `2h`, `1h30`, `90 min`, `90`, `1,5 h`, `45mn` → minutes. Nil for
    /// anything else, and for more than a year of minutes (so that no
    /// later arithmetic can overflow; forms then check their own range).
    public static func duration(_ text: String) -> Int? {
        let trimmed = text.trimmingSpaces.lowercased().replacingSpaces
        guard !trimmed.isEmpty, trimmed.count <= 20 else { return nil }
        guard let minutes = anyDuration(trimmed), minutes <= 525_600 else { return nil }
        return minutes
    }

    private static func anyDuration(_ trimmed: String) -> Int? {
        for suffix in ["minutes", "minute", "min", "mn", "m"] where trimmed.hasSuffix(suffix) {
            let number = trimmed.dropLast(suffix.count)
            guard !number.isEmpty, number.allSatisfy(\.isASCIIDigit), let minutes = Int(number) else {
                return nil
            }
            return minutes
        }
        // A bare number is refused: « 3 » could be minutes or hours.
        if trimmed.allSatisfy(\.isASCIIDigit) { return nil }
        for suffix in ["heures", "heure", "hours", "hour", "h"] where trimmed.hasSuffix(suffix) {
            let number = trimmed.dropLast(suffix.count).replacingComma
            guard number.allSatisfy({ $0.isASCIIDigit || $0 == "." }), number.first?.isASCIIDigit == true,
                let hours = Double(number), hours >= 0, hours <= 10_000
            else {
                return nil
            }
            return Int((hours * 60).rounded())
        }
        // 1h30
        let parts = trimmed.split(separator: "h", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].count <= 5, parts[0].allSatisfy(\.isASCIIDigit),
            parts[1].count == 2, parts[1].allSatisfy(\.isASCIIDigit),
            let hours = Int(parts[0]), let minutes = Int(parts[1]), minutes < 60
        else { return nil }
        return hours * 60 + minutes
    }

    /// `14h30` for 14:30.
    public static func timeText(hour: Int, minute: Int) -> String { "\(hour)h\(LocalDate.pad(minute, 2))" }

    /// `3h`, `1h30`, `45 min`.
    public static func durationText(_ minutes: Int) -> String {
        if minutes < 60 { return "\(minutes) min" }
        let m = minutes % 60
        return m == 0 ? "\(minutes / 60)h" : "\(minutes / 60)h\(LocalDate.pad(m, 2))"
    }
}

extension StringProtocol {
    fileprivate var replacingSpaces: String { String(filter { $0 != " " && $0 != "\u{00A0}" }) }
    fileprivate var replacingComma: String { String(map { $0 == "," ? "." : $0 }) }
}
