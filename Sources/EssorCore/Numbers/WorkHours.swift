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
}
