import Foundation

/// The time zone a `TZID` names, as calendar applications write it: an
/// IANA name (`Europe/Paris`, Google and Thunderbird), a Windows name
/// (`Romance Standard Time`, Outlook and Exchange), which the CLDR maps to
/// an IANA zone, or any other name whose VTIMEZONE in the file says
/// Central European time (Outlook's `(UTC+01:00) Bruxelles, Copenhague…`)
/// or a fixed offset.
public enum ICalendarTimeZones {
    /// What a VTIMEZONE of the file says: its offsets from UTC (seconds)
    /// in standard and in daylight time.
    public struct Definition: Equatable, Sendable {
        public var standard: Int?
        public var daylight: Int?
        /// Whether its daylight time starts on the last Sunday of March
        /// and ends on the last Sunday of October, as in the EU.
        public var europeanRules: Bool
    }

    public static func zone(_ tzid: String, definitions: [String: Definition]) -> TimeZone? {
        var name = tzid.trimmingCharacters(in: .whitespaces)
        if name.hasPrefix("/") { name.removeFirst() }
        if name.contains("/"), let zone = TimeZone(identifier: name) { return zone }
        if let iana = windows[name], let zone = TimeZone(identifier: iana) { return zone }
        if name == "UTC" || name == "GMT" || name == "Z" { return TimeZone(identifier: "UTC") }
        guard let definition = definitions[tzid] ?? definitions[name] else { return nil }
        switch (definition.standard, definition.daylight) {
        case (3600?, 7200?) where definition.europeanRules: return TimeZone(identifier: "Europe/Paris")
        case (0?, 3600?) where definition.europeanRules: return TimeZone(identifier: "Europe/London")
        case (7200?, 10_800?) where definition.europeanRules: return TimeZone(identifier: "Europe/Helsinki")
        case (let offset?, nil): return TimeZone(secondsFromGMT: offset)
        default: return nil
        }
    }

    /// `+0100`, `-0330`, `+010000` → seconds.
    static func offset(_ text: String) -> Int? {
        let value = text.trimmingCharacters(in: .whitespaces)
        guard let sign = value.first, sign == "+" || sign == "-" else { return nil }
        let digits = value.dropFirst()
        guard digits.count == 4 || digits.count == 6, digits.allSatisfy(\.isDigitASCII),
            let h = Int(digits.prefix(2)), let m = Int(digits.dropFirst(2).prefix(2)), h < 24, m < 60
        else { return nil }
        let s = digits.count == 6 ? Int(digits.suffix(2)) ?? 0 : 0
        return (sign == "-" ? -1 : 1) * (h * 3600 + m * 60 + s)
    }

    /// Windows time-zone names and the IANA zone the CLDR gives each (its
    /// territory « 001 »): Europe and the French overseas first, then the
    /// zones partners elsewhere use.
    static let windows: [String: String] = [
        "Romance Standard Time": "Europe/Paris",
        "W. Europe Standard Time": "Europe/Berlin",
        "Central Europe Standard Time": "Europe/Budapest",
        "Central European Standard Time": "Europe/Warsaw",
        "GMT Standard Time": "Europe/London",
        "Greenwich Standard Time": "Atlantic/Reykjavik",
        "UTC": "Etc/UTC",
        "E. Europe Standard Time": "Europe/Chisinau",
        "FLE Standard Time": "Europe/Kiev",
        "GTB Standard Time": "Europe/Bucharest",
        "Russian Standard Time": "Europe/Moscow",
        "Turkey Standard Time": "Europe/Istanbul",
        "Israel Standard Time": "Asia/Jerusalem",
        "Morocco Standard Time": "Africa/Casablanca",
        "W. Central Africa Standard Time": "Africa/Lagos",
        "South Africa Standard Time": "Africa/Johannesburg",
        "Egypt Standard Time": "Africa/Cairo",
        "E. Africa Standard Time": "Africa/Nairobi",
        "Azores Standard Time": "Atlantic/Azores",
        "Cape Verde Standard Time": "Atlantic/Cape_Verde",
        "SA Western Standard Time": "America/La_Paz",
        "SA Eastern Standard Time": "America/Cayenne",
        "Mauritius Standard Time": "Indian/Mauritius",
        "Arabian Standard Time": "Asia/Dubai",
        "Arab Standard Time": "Asia/Riyadh",
        "Iran Standard Time": "Asia/Tehran",
        "Pakistan Standard Time": "Asia/Karachi",
        "India Standard Time": "Asia/Calcutta",
        "Bangladesh Standard Time": "Asia/Dhaka",
        "SE Asia Standard Time": "Asia/Bangkok",
        "China Standard Time": "Asia/Shanghai",
        "Singapore Standard Time": "Asia/Singapore",
        "Taipei Standard Time": "Asia/Taipei",
        "Korea Standard Time": "Asia/Seoul",
        "Tokyo Standard Time": "Asia/Tokyo",
        "W. Australia Standard Time": "Australia/Perth",
        "AUS Eastern Standard Time": "Australia/Sydney",
        "New Zealand Standard Time": "Pacific/Auckland",
        "New Caledonia Standard Time": "Pacific/Noumea",
        "Hawaiian Standard Time": "Pacific/Honolulu",
        "Alaskan Standard Time": "America/Anchorage",
        "Pacific Standard Time": "America/Los_Angeles",
        "US Mountain Standard Time": "America/Phoenix",
        "Mountain Standard Time": "America/Denver",
        "Central Standard Time": "America/Chicago",
        "Central Standard Time (Mexico)": "America/Mexico_City",
        "Canada Central Standard Time": "America/Regina",
        "Eastern Standard Time": "America/New_York",
        "SA Pacific Standard Time": "America/Bogota",
        "Atlantic Standard Time": "America/Halifax",
        "Newfoundland Standard Time": "America/St_Johns",
        "E. South America Standard Time": "America/Sao_Paulo",
        "Argentina Standard Time": "America/Buenos_Aires",
        "Pacific SA Standard Time": "America/Santiago",
        "Venezuela Standard Time": "America/Caracas",
    ]
}
