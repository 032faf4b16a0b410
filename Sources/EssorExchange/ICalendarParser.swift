import EssorCore
import Foundation

/// Something an iCalendar file holds that essor cannot use, with the line
/// (of the file, before unfolding) where it starts.
public struct ICalendarProblem: Error, Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case notUTF8
        case noCalendar
        /// A line that is not `NAME[;PARAMS]:VALUE`.
        case malformedLine
        case unexpectedEnd(String)
        case unclosed(String)
        case missing(property: String)
        case badDate(String)
        case unknownTimeZone(String)
        case allDay
        case recurring
        case endBeforeStart
        case badDuration(String)
        /// A property longer than essor keeps for it (characters).
        case tooLong(property: String, maximum: Int)
        /// Shorter than a minute.
        case tooShort(String)
        /// A control character in a text property.
        case controlCharacter(property: String)
        /// A date outside 1900–2200.
        case outOfRange(String)
        /// A UID already used by the event beginning at `firstLine`.
        case duplicateUID(String, firstLine: Int)
    }

    public var line: Int
    public var kind: Kind

    public init(line: Int, _ kind: Kind) {
        self.line = line
        self.kind = kind
    }
}

/// Every problem of a file, in line order.
public struct ICalendarProblems: Error, Equatable, Sendable {
    public var problems: [ICalendarProblem]

    public init(_ problems: [ICalendarProblem]) { self.problems = problems }
}

extension Character {
    var isDigitASCII: Bool { ("0"..."9").contains(self) }
}

/// Reads the VEVENTs of an iCalendar file. Every problem is collected, so
/// that the user can fix the file in one go; a file with any problem
/// gives no events at all.
public enum ICalendarParser {
    struct ContentLine {
        var line: Int
        var name: String
        var parameters: [String: String]
        var value: String
    }

    public static func parse(_ data: Data, clock: WallClock = .paris) -> Result<
        [ICalendarEvent], ICalendarProblems
    > {
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(ICalendarProblems([ICalendarProblem(line: 1, .notUTF8)]))
        }
        return parse(text, clock: clock)
    }

    public static func parse(_ text: String, clock: WallClock = .paris) -> Result<
        [ICalendarEvent], ICalendarProblems
    > {
        var problems: [ICalendarProblem] = []
        var lines: [ContentLine] = []
        for (number, raw) in unfold(text) where !raw.isEmpty {
            guard let line = contentLine(raw, number) else {
                problems.append(ICalendarProblem(line: number, .malformedLine))
                continue
            }
            lines.append(line)
        }
        guard lines.contains(where: { $0.name == "BEGIN" && $0.value.uppercased() == "VCALENDAR" }) else {
            return .failure(ICalendarProblems(problems + [ICalendarProblem(line: 1, .noCalendar)]))
        }
        var events: [ICalendarEvent] = []
        var stack: [(String, Int)] = []
        var current: [ContentLine] = []
        var eventStart = 0
        for line in lines {
            switch line.name {
            case "BEGIN":
                let component = line.value.uppercased()
                stack.append((component, line.line))
                if component == "VEVENT" && stack.count == 2 {
                    current = []
                    eventStart = line.line
                }
            case "END":
                let component = line.value.uppercased()
                guard let (open, _) = stack.last, open == component else {
                    problems.append(ICalendarProblem(line: line.line, .unexpectedEnd(component)))
                    continue
                }
                stack.removeLast()
                if component == "VEVENT" && stack.count == 1 {
                    switch event(current, startLine: eventStart, clock: clock) {
                    case .success(let event): events.append(event)
                    case .failure(let found): problems += found.problems
                    }
                }
            default:
                if stack.count == 2 && stack.last?.0 == "VEVENT" { current.append(line) }
            }
        }
        for (component, line) in stack { problems.append(ICalendarProblem(line: line, .unclosed(component))) }
        var firstLines: [String: Int] = [:]
        for event in events {
            if let first = firstLines[event.uid] {
                problems.append(
                    ICalendarProblem(line: event.line, .duplicateUID(event.uid, firstLine: first)))
            } else {
                firstLines[event.uid] = event.line
            }
        }
        if !problems.isEmpty { return .failure(ICalendarProblems(problems.sorted { $0.line < $1.line })) }
        return .success(events)
    }

    /// Physical lines joined where a line starts with a space or a tab,
    /// each with the number of its first physical line.
    static func unfold(_ text: String) -> [(Int, String)] {
        var result: [(Int, String)] = []
        var number = 0
        // "\r\n" is one Character in Swift: split on either form of line end.
        for physical in text.split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        {
            number += 1
            var line = Substring(physical)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if let first = line.first, first == " " || first == "\t", !result.isEmpty {
                result[result.count - 1].1 += line.dropFirst()
            } else {
                result.append((number, String(line)))
            }
        }
        return result
    }

    /// `NAME;PARAM=VALUE;PARAM="QUOTED":VALUE`.
    static func contentLine(_ raw: String, _ number: Int) -> ContentLine? {
        var name = ""
        var parameters: [String: String] = [:]
        var index = raw.startIndex
        while index < raw.endIndex, raw[index] != ";" && raw[index] != ":" {
            name.append(raw[index])
            index = raw.index(after: index)
        }
        guard !name.isEmpty, index < raw.endIndex,
            name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" })
        else { return nil }
        while index < raw.endIndex, raw[index] == ";" {
            index = raw.index(after: index)
            var key = ""
            while index < raw.endIndex, raw[index] != "=" && raw[index] != ";" && raw[index] != ":" {
                key.append(raw[index])
                index = raw.index(after: index)
            }
            guard index < raw.endIndex, raw[index] == "=" else { return nil }
            index = raw.index(after: index)
            var value = ""
            if index < raw.endIndex, raw[index] == "\"" {
                index = raw.index(after: index)
                while index < raw.endIndex, raw[index] != "\"" {
                    value.append(raw[index])
                    index = raw.index(after: index)
                }
                guard index < raw.endIndex else { return nil }
                index = raw.index(after: index)
            } else {
                while index < raw.endIndex, raw[index] != ";" && raw[index] != ":" {
                    value.append(raw[index])
                    index = raw.index(after: index)
                }
            }
            parameters[key.uppercased()] = value
        }
        guard index < raw.endIndex, raw[index] == ":" else { return nil }
        return ContentLine(
            line: number, name: name.uppercased(), parameters: parameters,
            value: String(raw[raw.index(after: index)...]))
    }

    static func event(_ lines: [ContentLine], startLine: Int, clock: WallClock) -> Result<
        ICalendarEvent, ICalendarProblems
    > {
        var problems: [ICalendarProblem] = []
        func first(_ name: String) -> ContentLine? { lines.first { $0.name == name } }
        let uid = first("UID").map { ICalendarText.unescape($0.value).trimmingSpaces } ?? ""
        if uid.isEmpty { problems.append(ICalendarProblem(line: startLine, .missing(property: "UID"))) }
        // One-line properties: a line break written in them becomes a space.
        func oneLine(_ text: String) -> String {
            text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline).joined(separator: " ")
        }
        let summary = first("SUMMARY").map { oneLine(ICalendarText.unescape($0.value)).trimmingSpaces } ?? ""
        if summary.isEmpty {
            problems.append(ICalendarProblem(line: startLine, .missing(property: "SUMMARY")))
        }
        let texts: [(String, Int)] = [
            ("UID", TextLimit.line), ("SUMMARY", TextLimit.name), ("LOCATION", TextLimit.line),
            ("URL", TextLimit.line), ("DESCRIPTION", TextLimit.long),
        ]
        for (property, limit) in texts {
            if let line = first(property), line.value.count > limit,
                ICalendarText.unescape(line.value).trimmingSpaces.count > limit
            {
                problems.append(
                    ICalendarProblem(line: line.line, .tooLong(property: property, maximum: limit)))
            }
        }
        if let rule = first("RRULE") ?? first("RDATE") {
            problems.append(ICalendarProblem(line: rule.line, .recurring))
        }
        var start: Int64?
        if let line = first("DTSTART") {
            switch instant(line, clock: clock) {
            case .success(let value): start = value
            case .failure(let problem): problems.append(problem)
            }
        } else {
            problems.append(ICalendarProblem(line: startLine, .missing(property: "DTSTART")))
        }
        var end: Int64?
        if let line = first("DTEND") {
            switch instant(line, clock: clock) {
            case .success(let value): end = value
            case .failure(let problem): problems.append(problem)
            }
        } else if let line = first("DURATION") {
            if let seconds = duration(line.value), let start {
                end = start + min(seconds, 366 * 86_400)
            } else if duration(line.value) == nil {
                problems.append(ICalendarProblem(line: line.line, .badDuration(line.value)))
            }
        } else if let start {
            end = start + 3600
        }
        // A meeting lasts from one minute to a day (as in a form).
        let endLine = first("DTEND")?.line ?? first("DURATION")?.line ?? startLine
        let endText =
            first("DTEND").map { ICalendarText.unescape($0.value).trimmingSpaces } ?? first("DURATION")?.value
            ?? ""
        if let start, let end, end < start {
            problems.append(ICalendarProblem(line: endLine, .endBeforeStart))
        } else if let start, let end, end - start < 60 {
            problems.append(ICalendarProblem(line: endLine, .tooShort(endText)))
        } else if let start, let end, end - start > 24 * 3600 {
            problems.append(ICalendarProblem(line: endLine, .badDuration(endText)))
        }
        // Text values hold no control characters (TEXT allows none but tab;
        // a NUL would cut what is stored).
        for line in lines where ["UID", "SUMMARY", "LOCATION", "DESCRIPTION", "URL"].contains(line.name) {
            let text = ICalendarText.unescape(line.value)
            if text.unicodeScalars.contains(where: {
                $0.value < 0x20 && $0.value != 0x09 && $0.value != 0x0A || $0.value == 0x7F
            }) {
                problems.append(ICalendarProblem(line: line.line, .controlCharacter(property: line.name)))
            }
        }
        guard problems.isEmpty, let start, let end else { return .failure(ICalendarProblems(problems)) }
        return .success(
            ICalendarEvent(
                uid: uid, start: start, end: end, summary: summary,
                location: first("LOCATION").map { oneLine(ICalendarText.unescape($0.value)).trimmingSpaces }
                    ?? "",
                description: first("DESCRIPTION").map { ICalendarText.unescape($0.value) } ?? "",
                url: first("URL")?.value.trimmingSpaces ?? "",
                categories: first("CATEGORIES").map {
                    ICalendarText.unescape($0.value).split(separator: ",").map(String.init)
                } ?? [], line: startLine))
    }

    /// A DATE-TIME in UTC (`Z`), in a named zone (`TZID=`), or floating
    /// (taken as Paris time). A DATE alone (all day) is refused.
    static func instant(_ line: ContentLine, clock: WallClock) -> Result<Int64, ICalendarProblem> {
        let value = line.value.trimmingSpaces
        if line.parameters["VALUE"]?.uppercased() == "DATE" || value.count == 8 {
            return .failure(ICalendarProblem(line: line.line, .allDay))
        }
        let utc = value.hasSuffix("Z")
        let digits = utc ? String(value.dropLast()) : value
        let parts = digits.split(separator: "T")
        guard parts.count == 2, parts[0].count == 8, parts[1].count == 6,
            digits.filter({ $0 != "T" }).allSatisfy(\.isDigitASCII),
            let year = Int(parts[0].prefix(4)), let month = Int(parts[0].dropFirst(4).prefix(2)),
            let day = Int(parts[0].suffix(2)), let date = LocalDate(year: year, month: month, day: day),
            let hour = Int(parts[1].prefix(2)), let minute = Int(parts[1].dropFirst(2).prefix(2)),
            let second = Int(parts[1].suffix(2)), hour < 24, minute < 60, second < 61
        else { return .failure(ICalendarProblem(line: line.line, .badDate(value))) }
        guard (1900...2199).contains(year) else {
            return .failure(ICalendarProblem(line: line.line, .outOfRange(value)))
        }
        if utc {
            return .success(Int64(date.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second))
        }
        var zone = clock
        if let tzid = line.parameters["TZID"] {
            let name = tzid.hasPrefix("/") ? String(tzid.dropFirst()) : tzid
            guard let timeZone = TimeZone(identifier: name) else {
                return .failure(ICalendarProblem(line: line.line, .unknownTimeZone(tzid)))
            }
            zone = WallClock(timeZone: timeZone)
        }
        return .success(zone.instant(date, hour: hour, minute: minute) + Int64(second))
    }

    /// `PT2H`, `PT1H30M`, `P1D`, `PT90M` → seconds.
    static func duration(_ text: String) -> Int64? {
        var value = Substring(text.trimmingSpaces.uppercased())
        if value.hasPrefix("+") { value = value.dropFirst() }
        guard value.hasPrefix("P") else { return nil }
        value = value.dropFirst()
        var seconds: Int64 = 0
        var number = ""
        var inTime = false
        var any = false
        for c in value {
            if c.isDigitASCII {
                number.append(c)
                continue
            }
            if c == "T" {
                inTime = true
                continue
            }
            // At most a year of anything: no product can overflow.
            guard number.count <= 6, let n = Int64(number) else { return nil }
            number = ""
            any = true
            switch (c, inTime) {
            case ("W", false): seconds += n * 7 * 86_400
            case ("D", false): seconds += n * 86_400
            case ("H", true): seconds += n * 3600
            case ("M", true): seconds += n * 60
            case ("S", true): seconds += n
            default: return nil
            }
        }
        return any && number.isEmpty ? seconds : nil
    }
}
