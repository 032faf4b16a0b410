extension NumberReader {
    /// Hours of work as people write them in a timesheet, in minutes: a
    /// number of hours (`3,5`, `3.5`, `7`), or hours and minutes (`3h30`,
    /// `3 h 30`, `0h45`, `45 min`, `1,5 h`). Whole minutes only (`0,33`
    /// is refused, never rounded: `0h20` says it), from 0 to 24 hours.
    public static func workMinutes(_ text: String) -> Result<Int, Problem> {
        var t = text.trimmingSpaces.lowercased()
        if t.hasSuffix("h") { t = String(t.dropLast()).trimmingSpaces }
        let minutes: Double
        if let hours = parse(t) {
            minutes = hours * 60
        } else if let typed = ClockParsing.duration(text) {
            minutes = Double(typed)
        } else if let typed = hoursAndMinutes(t) {
            // `24h01`, `30h`: a duration, but longer than a day can hold.
            minutes = Double(typed)
        } else {
            return .failure(.notANumber)
        }
        let range = Quantity.workHours.range
        guard minutes.isFinite, (range.lowerBound * 60...range.upperBound * 60).contains(minutes) else {
            return .failure(.outOfRange(range))
        }
        guard abs(minutes - minutes.rounded()) < 1e-6 else { return .failure(.finerThanMinute) }
        return .success(Int(minutes.rounded()))
    }

    /// `24h01`, `26 h 30`: hours and minutes as people write them, whatever
    /// their size (at most four digits of hours, minutes under 60).
    static func hoursAndMinutes(_ text: String) -> Int? {
        let parts = text.replacingOccurrences(of: " ", with: "").split(
            separator: "h", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...4).contains(parts[0].count), parts[0].allSatisfy(\.isASCIIDigit),
            parts[1].count <= 2, parts[1].allSatisfy(\.isASCIIDigit), let hours = Int(parts[0])
        else { return nil }
        let minutes = parts[1].isEmpty ? 0 : Int(parts[1]) ?? 60
        return minutes < 60 ? hours * 60 + minutes : nil
    }
}
