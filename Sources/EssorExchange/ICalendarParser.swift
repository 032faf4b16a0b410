import EssorCore
import Foundation

/// Something an iCalendar file holds that essor cannot use, with the line
/// (of the file, before unfolding) where it starts.
public struct ICalendarProblem: Error, Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case notUTF8
        /// Nothing in the file.
        case empty
        case noCalendar
        /// A line that is not `NAME[;PARAMS]:VALUE`.
        case malformedLine
        case unexpectedEnd(String)
        case unclosed(String)
        case missing(property: String)
        case badDate(String)
        case unknownTimeZone(String)
        /// An all-day event: skipped, the others imported (a notice).
        case allDay
        /// RDATE as periods (`VALUE=PERIOD`), which essor does not read.
        case recurring
        /// A part of a repetition rule essor does not expand (`BYSETPOS=2`).
        case unsupportedRule(String)
        /// Neither DTEND nor DURATION: the meeting lasts this many
        /// minutes (a notice).
        case noEnd(minutes: Int)
        /// A repeating event with more occurrences than essor expands: the
        /// first `count`, up to `last` (a notice).
        case expansionCapped(count: Int, last: LocalDate)
        /// More meetings than one file may give (`maximumMeetings`).
        case tooManyMeetings(Int)
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

/// What a file gives: the events to import (occurrences of repeating
/// ones included), those the calendar cancelled, and what was skipped or
/// assumed on the way.
public struct ICalendarRead: Equatable, Sendable {
    public var events: [ICalendarEvent] = []
    public var cancelled: [ICalendarEvent] = []
    public var notices: [ICalendarProblem] = []

    public init() {}
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
        read(data, clock: clock).map(\.events)
    }

    public static func parse(_ text: String, clock: WallClock = .paris) -> Result<
        [ICalendarEvent], ICalendarProblems
    > {
        read(text, clock: clock).map(\.events)
    }

    public static func read(_ data: Data, clock: WallClock = .paris) -> Result<
        ICalendarRead, ICalendarProblems
    > {
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(ICalendarProblems([ICalendarProblem(line: firstInvalidLine(data), .notUTF8)]))
        }
        return read(text, clock: clock)
    }

    /// The events of a file, repeating ones expanded into their
    /// occurrences, the cancelled apart, and what was skipped or assumed
    /// (notices); or every problem of the file.
    public static func read(_ text: String, clock: WallClock = .paris) -> Result<
        ICalendarRead, ICalendarProblems
    > {
        // Empty: a named pipe nobody writes to reads so, too.
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return .failure(ICalendarProblems([ICalendarProblem(line: 1, .empty)]))
        }
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
        var components: [(start: Int, lines: [ContentLine])] = []
        var definitions: [String: ICalendarTimeZones.Definition] = [:]
        var stack: [(String, Int)] = []
        var current: [ContentLine] = []
        var zone: (id: String, standard: Int?, daylight: Int?, rules: [String])?
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
                if component == "VTIMEZONE" && stack.count == 2 { zone = ("", nil, nil, []) }
            case "END":
                let component = line.value.uppercased()
                guard let (open, _) = stack.last, open == component else {
                    problems.append(ICalendarProblem(line: line.line, .unexpectedEnd(component)))
                    continue
                }
                stack.removeLast()
                if component == "VEVENT" && stack.count == 1 { components.append((eventStart, current)) }
                if component == "VTIMEZONE" && stack.count == 1, let found = zone {
                    let european =
                        found.rules.contains { $0.contains("BYMONTH=3") && $0.contains("BYDAY=-1SU") }
                        && found.rules.contains { $0.contains("BYMONTH=10") && $0.contains("BYDAY=-1SU") }
                    definitions[found.id] = ICalendarTimeZones.Definition(
                        standard: found.standard, daylight: found.daylight, europeanRules: european)
                    zone = nil
                }
            default:
                if stack.count == 2 && stack.last?.0 == "VEVENT" { current.append(line) }
                if stack.count == 2 && stack.last?.0 == "VTIMEZONE" && line.name == "TZID" {
                    zone?.id = ICalendarText.unescape(line.value).trimmingSpaces
                }
                if stack.count == 3, stack[1].0 == "VTIMEZONE" {
                    let part = stack[2].0
                    if line.name == "TZOFFSETTO" {
                        let offset = ICalendarTimeZones.offset(line.value)
                        if part == "STANDARD" { zone?.standard = offset }
                        if part == "DAYLIGHT" { zone?.daylight = offset }
                    }
                    if line.name == "RRULE" { zone?.rules.append(line.value.uppercased()) }
                }
            }
        }
        for (component, line) in stack { problems.append(ICalendarProblem(line: line, .unclosed(component))) }
        var parsed: [Parsed] = []
        for (start, lines) in components {
            switch event(lines, startLine: start, clock: clock, zones: definitions) {
            case .success(let found): parsed.append(found)
            case .failure(let found): problems += found.problems
            }
        }
        // One event per UID, and one change of each of its occurrences.
        var firstLines: [String: Int] = [:]
        for item in parsed where !item.allDay {
            let key = item.event.uid + (item.recurrenceID.map { "\u{1F}\($0)" } ?? "")
            if let first = firstLines[key] {
                problems.append(
                    ICalendarProblem(line: item.event.line, .duplicateUID(item.event.uid, firstLine: first)))
            } else {
                firstLines[key] = item.event.line
            }
        }
        if !problems.isEmpty { return .failure(ICalendarProblems(problems.sorted { $0.line < $1.line })) }
        let read = expand(parsed)
        // More meetings than a programme holds in years: a file gone wrong.
        if read.events.count + read.cancelled.count > maximumMeetings {
            return .failure(
                ICalendarProblems([
                    ICalendarProblem(line: 1, .tooManyMeetings(read.events.count + read.cancelled.count))
                ]))
        }
        return .success(read)
    }

    /// The line (from 1) of the first byte that is not UTF-8.
    static func firstInvalidLine(_ data: Data) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = data.makeIterator()
        var line = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1 && encoded.first == 0x0A { line += 1 }
            case .emptyInput: return line
            case .error: return line
            }
        }
    }

    /// The meetings one file may give, occurrences included.
    public static let maximumMeetings = 5_000

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

    /// A VEVENT as read, before its repetition is expanded.
    struct Parsed {
        var event: ICalendarEvent
        var cancelled: Bool
        /// An all-day event, skipped.
        var allDay: Bool
        /// The occurrence this VEVENT changes (RECURRENCE-ID), as an instant.
        var recurrenceID: Int64?
        var rule: RecurrenceRule?
        /// Where the start is: its day, time of day and zone.
        var local: LocalStart?
        var excluded: Set<Int64> = []
        var excludedDays: Set<LocalDate> = []
        /// RDATE: more occurrences, each its day and start.
        var extra: [(day: LocalDate, start: Int64)] = []
        var notices: [ICalendarProblem] = []
    }

    /// A DATE-TIME as written: the day and time, and the zone it is in
    /// (nil: UTC).
    struct LocalStart {
        var date: LocalDate
        var seconds: Int
        var zone: WallClock?

        func instant(on day: LocalDate) -> Int64 {
            guard let zone else { return Int64(day.daysSinceEpoch) * 86_400 + Int64(seconds) }
            return zone.instant(day, hour: seconds / 3600, minute: seconds / 60 % 60) + Int64(seconds % 60)
        }
        var instant: Int64 { instant(on: date) }
    }

    static func event(
        _ lines: [ContentLine], startLine: Int, clock: WallClock,
        zones: [String: ICalendarTimeZones.Definition]
    ) -> Result<Parsed, ICalendarProblems> {
        var problems: [ICalendarProblem] = []
        var notices: [ICalendarProblem] = []
        func first(_ name: String) -> ContentLine? { lines.first { $0.name == name } }
        let uid = first("UID").map { ICalendarText.unescape($0.value).trimmingSpaces } ?? ""
        if uid.isEmpty { problems.append(ICalendarProblem(line: startLine, .missing(property: "UID"))) }
        // One-line properties: a line break written in them becomes a space.
        func oneLine(_ text: String) -> String {
            text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline).joined(separator: " ")
        }
        let cancelled = first("STATUS")?.value.trimmingSpaces.uppercased() == "CANCELLED"
        let summary = first("SUMMARY").map { oneLine(ICalendarText.unescape($0.value)).trimmingSpaces } ?? ""
        if summary.isEmpty && !cancelled {
            problems.append(ICalendarProblem(line: startLine, .missing(property: "SUMMARY")))
        }
        let texts: [(String, Int)] = [
            ("UID", TextLimit.line), ("SUMMARY", TextLimit.name), ("LOCATION", TextLimit.line),
            ("URL", TextLimit.line), ("DESCRIPTION", TextLimit.long), ("ORGANIZER", TextLimit.line),
        ]
        for (property, limit) in texts {
            if let line = first(property), line.value.count > limit,
                ICalendarText.unescape(line.value).trimmingSpaces.count > limit
            {
                problems.append(
                    ICalendarProblem(line: line.line, .tooLong(property: property, maximum: limit)))
            }
        }
        if let rule = lines.first(where: {
            $0.name == "RDATE" && $0.parameters["VALUE"]?.uppercased() == "PERIOD"
        }) {
            problems.append(ICalendarProblem(line: rule.line, .recurring))
        }
        var rule: RecurrenceRule?
        if let line = first("RRULE") {
            switch RecurrenceRule.parse(line.value.trimmingSpaces) {
            case .success(let found): rule = found
            case .failure(let failure):
                problems.append(ICalendarProblem(line: line.line, .unsupportedRule(failure.part)))
            }
        }
        // An all-day event is skipped (a meeting has a start and an end
        // time), whatever else it holds: the rest of the file is imported.
        if let line = first("DTSTART"), isDate(line) {
            return .success(
                Parsed(
                    event: ICalendarEvent(uid: uid, start: 0, end: 0, summary: summary, line: startLine),
                    cancelled: cancelled, allDay: true, recurrenceID: nil, rule: nil, local: nil,
                    notices: [ICalendarProblem(line: line.line, .allDay)]))
        }
        var local: LocalStart?
        if let line = first("DTSTART") {
            switch dateTime(line, clock: clock, zones: zones) {
            case .success(let value): local = value
            case .failure(let problem): problems.append(problem)
            }
        } else {
            problems.append(ICalendarProblem(line: startLine, .missing(property: "DTSTART")))
        }
        let start = local?.instant
        var end: Int64?
        if let line = first("DTEND") {
            switch dateTime(line, clock: clock, zones: zones) {
            case .success(let value): end = value.instant
            case .failure(let problem): problems.append(problem)
            }
        } else if let line = first("DURATION") {
            if let seconds = duration(line.value), let start {
                end = start + min(seconds, 366 * 86_400)
            } else if duration(line.value) == nil {
                problems.append(ICalendarProblem(line: line.line, .badDuration(line.value)))
            }
        } else if let start {
            // RFC 5545 makes it last no time; a meeting lasts at least a
            // minute: an hour, said.
            end = start + 3600
            if !cancelled {
                notices.append(
                    ICalendarProblem(line: first("DTSTART")?.line ?? startLine, .noEnd(minutes: 60)))
            }
        }
        // A meeting lasts from one minute to a day (as in a form).
        let endLine = first("DTEND")?.line ?? first("DURATION")?.line ?? startLine
        let endText =
            first("DTEND").map { ICalendarText.unescape($0.value).trimmingSpaces } ?? first("DURATION")?.value
            ?? ""
        if let start, let end, end < start {
            problems.append(ICalendarProblem(line: endLine, .endBeforeStart))
        } else if let start, let end, end - start < 60, !cancelled {
            problems.append(ICalendarProblem(line: endLine, .tooShort(endText)))
        } else if let start, let end, end - start > 24 * 3600 {
            problems.append(ICalendarProblem(line: endLine, .badDuration(endText)))
        }
        // Text values hold no control characters (TEXT allows none but tab;
        // a NUL would cut what is stored).
        for line in lines
        where ["UID", "SUMMARY", "LOCATION", "DESCRIPTION", "URL", "ORGANIZER", "CATEGORIES"].contains(
            line.name) || line.name.hasPrefix("X-ESSOR-")
        {
            let text = ICalendarText.unescape(line.value) + (line.parameters["CN"] ?? "")
            if text.unicodeScalars.contains(where: {
                $0.value < 0x20 && $0.value != 0x09 && $0.value != 0x0A || $0.value == 0x7F
            }) {
                problems.append(ICalendarProblem(line: line.line, .controlCharacter(property: line.name)))
            }
        }
        var recurrenceID: Int64?
        if let line = first("RECURRENCE-ID") {
            switch dateTime(line, clock: clock, zones: zones) {
            case .success(let value): recurrenceID = value.instant
            case .failure(let problem): problems.append(problem)
            }
        }
        var excluded: Set<Int64> = []
        var excludedDays: Set<LocalDate> = []
        for line in lines where line.name == "EXDATE" {
            for value in line.value.split(separator: ",") {
                var one = line
                one.value = String(value)
                if isDate(one), let day = LocalDate.parseCompact(one.value.trimmingSpaces) {
                    excludedDays.insert(day)
                    continue
                }
                switch dateTime(one, clock: clock, zones: zones) {
                case .success(let found): excluded.insert(found.instant)
                case .failure(let problem): problems.append(problem)
                }
            }
        }
        var extra: [(day: LocalDate, start: Int64)] = []
        for line in lines where line.name == "RDATE" && line.parameters["VALUE"]?.uppercased() != "PERIOD" {
            for value in line.value.split(separator: ",").prefix(RecurrenceRule.maximumOccurrences) {
                var one = line
                one.value = String(value)
                // A day alone: the event's time of day on it.
                if isDate(one), let day = LocalDate.parseCompact(one.value.trimmingSpaces), let local {
                    extra.append((day, local.instant(on: day)))
                    continue
                }
                switch dateTime(one, clock: clock, zones: zones) {
                case .success(let found): extra.append((found.date, found.instant))
                case .failure(let problem): problems.append(problem)
                }
            }
        }
        guard problems.isEmpty, let start, let end, let local else {
            return .failure(ICalendarProblems(problems))
        }
        let organizer = first("ORGANIZER").map { line -> String in
            let name = line.parameters["CN"].map { oneLine(ICalendarText.unescape($0)).trimmingSpaces } ?? ""
            return name.isEmpty ? address(line.value) : name
        }
        let attendees = lines.filter { $0.name == "ATTENDEE" }.map { address($0.value) }.filter {
            !$0.isEmpty
        }
        func values(_ name: String) -> [String] {
            lines.filter { $0.name == name }.map { oneLine(ICalendarText.unescape($0.value)).trimmingSpaces }
                .filter { !$0.isEmpty }
        }
        // What another essor wrote of the meeting.
        let essor = first("X-ESSOR-KIND").map { kind in
            ICalendarEvent.Essor(
                kind: ICalendarText.unescape(kind.value).trimmingSpaces,
                facilitators: values("X-ESSOR-FACILITATORS").first ?? "", partners: values("X-ESSOR-PARTNER"),
                invited: values("X-ESSOR-INVITED"),
                agenda: lines.filter { $0.name == "X-ESSOR-AGENDA" }.prefix(200).compactMap {
                    line -> AgendaItem? in
                    let fields = ICalendarText.fields(line.value)
                    guard fields.count == 3, let minutes = Int(fields[0]), (0...1440).contains(minutes),
                        !fields[2].trimmingSpaces.isEmpty
                    else { return nil }
                    return AgendaItem(
                        title: String(oneLine(fields[2]).trimmingSpaces.prefix(TextLimit.line)),
                        minutes: minutes,
                        owner: String(oneLine(fields[1]).trimmingSpaces.prefix(TextLimit.line)))
                })
        }
        let sequence = first("SEQUENCE").flatMap { Int($0.value.trimmingSpaces) }.map { max(0, $0) } ?? 0
        let event = ICalendarEvent(
            uid: uid, start: start, end: end, summary: summary,
            location: first("LOCATION").map { oneLine(ICalendarText.unescape($0.value)).trimmingSpaces }
                ?? "",
            description: first("DESCRIPTION").map { ICalendarText.unescape($0.value) } ?? "",
            url: first("URL")?.value.trimmingSpaces ?? "",
            categories: first("CATEGORIES").map {
                ICalendarText.unescape($0.value).split(separator: ",").map { String($0).trimmingSpaces }
            } ?? [], organizer: organizer ?? "", attendees: attendees, sequence: sequence,
            lastModified: first("LAST-MODIFIED").flatMap { try? dateTime($0, clock: clock).get().instant },
            essor: essor, line: startLine)
        return .success(
            Parsed(
                event: event, cancelled: cancelled, allDay: false, recurrenceID: recurrenceID, rule: rule,
                local: local, excluded: excluded, excludedDays: excludedDays, extra: extra, notices: notices))
    }

    /// `mailto:Claire@Example.org` → `claire@example.org`.
    static func address(_ value: String) -> String {
        var text = value.trimmingSpaces
        if text.lowercased().hasPrefix("mailto:") { text = String(text.dropFirst(7)) }
        return text.contains("@") ? text.lowercased() : ""
    }

    static func isDate(_ line: ContentLine) -> Bool {
        line.parameters["VALUE"]?.uppercased() == "DATE" || line.value.trimmingSpaces.count == 8
    }

    /// Each event once: a repeating one as its occurrences (their UIDs
    /// `UID_20270302T090000Z`, the first start in UTC, as Google names
    /// them), minus its EXDATEs, with the changed ones (RECURRENCE-ID)
    /// in place of theirs; the cancelled apart.
    static func expand(_ parsed: [Parsed]) -> ICalendarRead {
        var read = ICalendarRead()
        var changes: [String: [Int64: Parsed]] = [:]
        for item in parsed where item.recurrenceID != nil {
            changes[item.event.uid, default: [:]][item.recurrenceID!] = item
        }
        let masters = Set(parsed.filter { $0.recurrenceID == nil }.map(\.event.uid))
        func occurrenceUID(_ uid: String, _ instant: Int64) -> String { uid + "_" + compactUTC(instant) }
        func add(_ event: ICalendarEvent, cancelled: Bool) {
            if cancelled { read.cancelled.append(event) } else { read.events.append(event) }
        }
        for item in parsed {
            read.notices += item.notices
            if item.allDay { continue }
            guard let rid = item.recurrenceID else {
                guard let local = item.local, item.rule != nil || !item.extra.isEmpty else {
                    add(item.event, cancelled: item.cancelled)
                    continue
                }
                let length = item.event.end - item.event.start
                let (days, capped) =
                    item.rule?.days(from: local.date, timeOfDay: local.seconds) { local.instant(on: $0) }
                    ?? ([local.date], false)
                if capped, let last = days.last {
                    read.notices.append(
                        ICalendarProblem(
                            line: item.event.line, .expansionCapped(count: days.count, last: last)))
                }
                // The rule's occurrences and the RDATEs, each once, in order.
                var seen: Set<Int64> = []
                let occurrences = (days.map { (day: $0, start: local.instant(on: $0)) } + item.extra)
                    .filter { seen.insert($0.start).inserted }.sorted { $0.start < $1.start }
                let changed = changes[item.event.uid] ?? [:]
                for (day, start) in occurrences where !item.excludedDays.contains(day) {
                    guard !item.excluded.contains(start) else { continue }
                    var occurrence = item.event
                    occurrence.uid = occurrenceUID(item.event.uid, start)
                    if let change = changed[start] {
                        var event = change.event
                        event.uid = occurrence.uid
                        add(event, cancelled: change.cancelled || item.cancelled)
                        continue
                    }
                    occurrence.start = start
                    occurrence.end = start + length
                    add(occurrence, cancelled: item.cancelled)
                }
                // A change of a day the rule does not give stands on its own.
                let given = Set(occurrences.map(\.start))
                for (start, change) in changed.sorted(by: { $0.key < $1.key }) where !given.contains(start) {
                    var event = change.event
                    event.uid = occurrenceUID(item.event.uid, start)
                    add(event, cancelled: change.cancelled)
                }
                continue
            }
            // A change whose event is not in the file: on its own.
            if !masters.contains(item.event.uid) {
                var event = item.event
                event.uid = occurrenceUID(item.event.uid, rid)
                add(event, cancelled: item.cancelled)
            }
        }
        read.events.sort { ($0.start, $0.line, $0.uid) < ($1.start, $1.line, $1.uid) }
        return read
    }

    /// `20270302T090000Z`.
    static func compactUTC(_ instant: Int64) -> String {
        let day = LocalDate(daysSinceEpoch: Int((instant - (instant % 86_400 + 86_400) % 86_400) / 86_400))
        let seconds = Int((instant % 86_400 + 86_400) % 86_400)
        return "\(LocalDate.pad(day.year, 4))\(LocalDate.pad(day.month, 2))\(LocalDate.pad(day.day, 2))T"
            + "\(LocalDate.pad(seconds / 3600, 2))\(LocalDate.pad(seconds / 60 % 60, 2))\(LocalDate.pad(seconds % 60, 2))Z"
    }

    /// `20270302`, `20270302T090000` or `20270302T090000Z`: the day, the
    /// time of day in seconds (nil for a DATE; a leap second is the 59th)
    /// and whether it is UTC. The one reader of RFC 5545's basic forms.
    static func compact(_ value: String) -> (date: LocalDate, seconds: Int?, utc: Bool)? {
        let utc = value.hasSuffix("Z")
        let parts = (utc ? value.dropLast() : Substring(value)).split(
            separator: "T", omittingEmptySubsequences: false)
        guard let date = parts.first.flatMap({ LocalDate.parseCompact(String($0)) }) else { return nil }
        if parts.count == 1 { return utc ? nil : (date, nil, false) }
        let time = parts[1]
        guard parts.count == 2, time.count == 6, time.allSatisfy(\.isDigitASCII),
            let hour = Int(time.prefix(2)), let minute = Int(time.dropFirst(2).prefix(2)),
            let second = Int(time.suffix(2)), hour < 24, minute < 60, second < 61
        else { return nil }
        return (date, hour * 3600 + minute * 60 + min(second, 59), utc)
    }

    /// A DATE-TIME in UTC (`Z`), in a named zone (`TZID=`: IANA, Windows
    /// or one of the file's VTIMEZONEs), or floating (taken as Paris time).
    static func dateTime(
        _ line: ContentLine, clock: WallClock, zones: [String: ICalendarTimeZones.Definition] = [:]
    ) -> Result<LocalStart, ICalendarProblem> {
        let value = line.value.trimmingSpaces
        if isDate(line) { return .failure(ICalendarProblem(line: line.line, .allDay)) }
        guard let (date, time, utc) = compact(value), let seconds = time else {
            return .failure(ICalendarProblem(line: line.line, .badDate(value)))
        }
        guard (1900...2199).contains(date.year) else {
            return .failure(ICalendarProblem(line: line.line, .outOfRange(value)))
        }
        if utc { return .success(LocalStart(date: date, seconds: seconds, zone: nil)) }
        var zone = clock
        if let tzid = line.parameters["TZID"] {
            guard let timeZone = ICalendarTimeZones.zone(tzid, definitions: zones) else {
                return .failure(ICalendarProblem(line: line.line, .unknownTimeZone(tzid)))
            }
            zone = WallClock(timeZone: timeZone)
        }
        return .success(LocalStart(date: date, seconds: seconds, zone: zone))
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
