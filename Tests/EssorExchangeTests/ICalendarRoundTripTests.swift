import EssorCore
import EssorExchange
import Foundation
import Testing

@Suite struct ICalendarRoundTripTests {
    let clock = WallClock.paris

    var tricky: [ICalendarEvent] {
        let winter = clock.instant(LocalDate(year: 2027, month: 1, day: 14)!, hour: 14, minute: 30)
        let summer = clock.instant(LocalDate(year: 2027, month: 6, day: 3)!, hour: 9, minute: 0)
        return [
            ICalendarEvent(
                uid: "a1@essor", start: winter, end: winter + 3 * 3600,
                summary: "Atelier « modèle économique » ; statuts, gouvernance",
                location: "Caen — salle de la Coopération, 2e étage",
                description:
                    "Ordre du jour :\n- Accueil (15 min)\n- Travail; en groupes, puis restitution\n\\ fin",
                url: "https://visio.example.org/atelier", categories: ["Atelier collectif"]),
            ICalendarEvent(
                uid: "b2@essor", start: summer, end: summer + 5400,
                summary: String(repeating: "Écoconstruction et réemploi, ", count: 7).trimmingCharacters(
                    in: .whitespaces),
                location: "", description: "Œuvre commune — ÉSS\nligne 2"),
        ]
    }

    @Test func writesValidStructure() {
        let text = ICalendarWriter.calendar(tricky, name: "Numérique", now: 1_800_000_000)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        // Every line ends with CRLF and no physical line exceeds 75 octets.
        let lines = text.components(separatedBy: "\r\n").dropLast()
        #expect(lines.allSatisfy { !$0.contains("\n") && !$0.contains("\r") && $0.utf8.count <= 75 })
        #expect(text.contains("DTSTART;TZID=Europe/Paris:20270114T143000\r\n"))
        #expect(text.contains("DTSTART;TZID=Europe/Paris:20270603T090000\r\n"))
        #expect(text.contains("DTSTAMP:20270115T080000Z\r\n"))
        #expect(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n"))
        #expect(text.components(separatedBy: "UID:a1@essor").count == 2)
    }

    @Test func readsBackWhatItWrote() throws {
        let text = ICalendarWriter.calendar(tricky, name: "Numérique", now: 1_800_000_000)
        let events = try ICalendarParser.parse(text).get()
        #expect(events == tricky)
        #expect(events[1].summary.count > 190)
    }

    @Test func anIndependentParserReadsTheSameEvents() throws {
        let text = ICalendarWriter.calendar(tricky, name: "Numérique", now: 1_800_000_000)
        let decoded = try PythonICalendar.events(text)
        #expect(decoded.count == tricky.count)
        for (event, python) in zip(tricky, decoded) {
            #expect(python.uid == event.uid)
            #expect(python.summary == event.summary)
            #expect(python.location == event.location)
            #expect(python.description == event.description)
            #expect(python.start == event.start && python.end == event.end)
            #expect(python.timeZone == "Europe/Paris")
        }
    }

    @Test func readsWhatOtherCalendarsWrite() throws {
        let text = """
            BEGIN:VCALENDAR\r
            PRODID:-//Other//EN\r
            BEGIN:VEVENT\r
            UID:x-1\r
            DTSTART:20270301T130000Z\r
            DURATION:PT1H30M\r
            SUMMARY:Réunion\\, partenaires\r
            LOCATION:Rouen\r
            BEGIN:VALARM\r
            TRIGGER:-PT15M\r
            END:VALARM\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            UID:x-2\r
            DTSTART;TZID="America/New_York":20270301T090000\r
            DTEND;TZID="America/New_York":20270301T100000\r
            SUMMARY:Webinaire\r
            DESCRIPTION:long\r
              texte plié\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            UID:x-3\r
            DTSTART:20270302T100000\r
            SUMMARY:Sans fin\r
            END:VEVENT\r
            END:VCALENDAR\r

            """
        let events = try ICalendarParser.parse(text).get()
        #expect(events.map(\.uid) == ["x-1", "x-2", "x-3"])
        let utc = clock.local(events[0].start)
        #expect(utc.hour == 14 && utc.minute == 0)  // 13h UTC is 14h in Paris in March
        #expect(events[0].end - events[0].start == 5400)
        #expect(events[0].summary == "Réunion, partenaires")
        #expect(clock.local(events[1].start).hour == 15)  // 9h in New York
        #expect(events[1].description == "long texte plié")
        #expect(clock.local(events[2].start).hour == 10)  // floating: Paris
        #expect(events[2].end - events[2].start == 3600)
    }

    @Test func reportsEveryProblemWithItsLine() {
        let text = """
            BEGIN:VCALENDAR
            BEGIN:VEVENT
            UID:ok
            DTSTART:20270301T130000Z
            DTEND:20270301T120000Z
            SUMMARY:À l'envers
            END:VEVENT
            BEGIN:VEVENT
            DTSTART:20270302T090000Z
            SUMMARY:Sans UID
            END:VEVENT
            BEGIN:VEVENT
            UID:r
            SUMMARY:Répété
            DTSTART;TZID=Mars/Olympus:20270303T100000
            RRULE:FREQ=MONTHLY;BYSETPOS=1
            END:VEVENT
            pas une ligne
            END:VCALENDAR

            """
        guard case .failure(let found) = ICalendarParser.parse(text) else {
            Issue.record("parsed")
            return
        }
        #expect(
            found.problems == [
                ICalendarProblem(line: 5, .endBeforeStart),
                ICalendarProblem(line: 8, .missing(property: "UID")),
                ICalendarProblem(line: 15, .unknownTimeZone("Mars/Olympus")),
                ICalendarProblem(line: 16, .unsupportedRule("BYSETPOS=1")),
                ICalendarProblem(line: 18, .malformedLine),
            ])
        #expect(
            ICalendarParser.parse(Data([0xFF, 0xFE, 0x41]))
                == .failure(ICalendarProblems([ICalendarProblem(line: 1, .notUTF8)])))
        // The line of the first byte that is not UTF-8; an empty file is said so.
        #expect(
            ICalendarParser.parse(Data("BEGIN:VCALENDAR\r\nSUMMARY:é\r\n".utf8) + Data([0x0A, 0xE9, 0x0A]))
                == .failure(ICalendarProblems([ICalendarProblem(line: 4, .notUTF8)])))
        #expect(
            ICalendarParser.parse(Data()) == .failure(ICalendarProblems([ICalendarProblem(line: 1, .empty)])))
        #expect(
            ICalendarParser.parse(Data(" \r\n".utf8))
                == .failure(ICalendarProblems([ICalendarProblem(line: 1, .empty)])))
        guard case .failure(let none) = ICalendarParser.parse("Nom;Ville\nCoop;Caen\n") else { return }
        #expect(none.problems.contains(ICalendarProblem(line: 1, .noCalendar)))
    }
}

/// Reads an iCalendar text with Python's `icalendar` package, an
/// implementation written by others.
enum PythonICalendar {
    struct Event: Decodable {
        var uid: String
        var summary: String
        var location: String
        var description: String
        var start: Int64
        var end: Int64
        var timeZone: String
    }

    static let script = """
        import json, sys, icalendar
        cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
        out = []
        for e in cal.walk('VEVENT'):
            start = e.decoded('DTSTART'); end = e.decoded('DTEND')
            out.append(dict(uid=str(e.get('UID')), summary=str(e.get('SUMMARY')), location=str(e.get('LOCATION', '')),
                description=str(e.get('DESCRIPTION', '')), start=int(start.timestamp()), end=int(end.timestamp()),
                timeZone=str(e['DTSTART'].params.get('TZID'))))
        print(json.dumps(out))
        """

    static func events(_ text: String) throws -> [Event] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let failure = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw PythonFailure(message: String(decoding: failure, as: UTF8.self))
        }
        return try JSONDecoder().decode([Event].self, from: data)
    }

    struct PythonFailure: Error, CustomStringConvertible {
        var message: String
        var description: String {
            "python3 icalendar failed (the Python package icalendar: ./scripts/test installs it in .build/venv): \(message)"
        }
    }
}

/// Files that would mislead the import: two events with one UID, numbers
/// that would overflow, texts longer than essor keeps.
@Suite struct ICalendarHostileTests {
    func event(_ uid: String, _ extra: String = "") -> String {
        "BEGIN:VEVENT\r\nUID:\(uid)\r\nSUMMARY:Atelier\r\nDTSTART:20270114T133000Z\r\nDTEND:20270114T163000Z\r\n\(extra)END:VEVENT\r\n"
    }

    func problems(_ body: String) -> [ICalendarProblem] {
        switch ICalendarParser.parse("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + body + "END:VCALENDAR\r\n") {
        case .success: return []
        case .failure(let list): return list.problems
        }
    }

    @Test func twoEventsWithOneUIDAreAnErrorWithBothLines() {
        let found = problems(event("a@x") + event("b@x") + event("a@x"))
        #expect(found == [ICalendarProblem(line: 15, .duplicateUID("a@x", firstLine: 3))])
    }

    @Test func overflowingDurationsAndFarDatesAreRefused() {
        let huge =
            "BEGIN:VEVENT\r\nUID:h\r\nSUMMARY:A\r\nDTSTART:20270114T133000Z\r\nDURATION:P99999999999999W\r\nEND:VEVENT\r\n"
        #expect(problems(huge).map(\.kind) == [.badDuration("P99999999999999W")])
        let far =
            "BEGIN:VEVENT\r\nUID:f\r\nSUMMARY:A\r\nDTSTART:99990114T133000Z\r\nDTEND:99990114T143000Z\r\nEND:VEVENT\r\n"
        #expect(
            problems(far).map(\.kind) == [.outOfRange("99990114T133000Z"), .outOfRange("99990114T143000Z")])
    }

    @Test func textsLongerThanTheStoreKeepsAreRefused() {
        let long = "DESCRIPTION:" + String(repeating: "x", count: TextLimit.long + 1) + "\r\n"
        #expect(
            problems(event("l", long)).map(\.kind) == [
                .tooLong(property: "DESCRIPTION", maximum: TextLimit.long)
            ])
    }
}
