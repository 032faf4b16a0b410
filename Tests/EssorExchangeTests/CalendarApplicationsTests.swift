import EssorCore
import Foundation
import Testing

@testable import EssorExchange

/// Files shaped like what Google Calendar, Outlook and Thunderbird export,
/// read as they are; their repeating events expanded occurrence by
/// occurrence as Python's `recurring-ical-events` expands them.
@Suite struct CalendarApplicationsTests {
    static let paris = """
        BEGIN:VTIMEZONE
        TZID:Europe/Paris
        X-LIC-LOCATION:Europe/Paris
        BEGIN:DAYLIGHT
        TZOFFSETFROM:+0100
        TZOFFSETTO:+0200
        TZNAME:CEST
        DTSTART:19700329T020000
        RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
        END:DAYLIGHT
        BEGIN:STANDARD
        TZOFFSETFROM:+0200
        TZOFFSETTO:+0100
        TZNAME:CET
        DTSTART:19701025T030000
        RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
        END:STANDARD
        END:VTIMEZONE
        """

    static let google = """
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        X-WR-CALNAME:ESSor Normandie
        X-WR-TIMEZONE:Europe/Paris
        \(paris)
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20270302T093000
        DTEND;TZID=Europe/Paris:20270302T120000
        RRULE:FREQ=WEEKLY;WKST=MO;COUNT=8;BYDAY=TU
        EXDATE;TZID=Europe/Paris:20270316T093000
        DTSTAMP:20261201T100000Z
        ORGANIZER;CN=Claire Martin:mailto:claire.martin@essor-normandie.fr
        UID:4f1kq8m2vb@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=co
         ntact@epicerie.fr;X-NUM-GUESTS=0:mailto:Contact@Epicerie.fr
        CREATED:20261120T101010Z
        DESCRIPTION:Atelier hebdomadaire de la cohorte
        LAST-MODIFIED:20261201T093000Z
        LOCATION:Caen
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Atelier numérique
        TRANSP:OPAQUE
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20270324T140000
        DTEND;TZID=Europe/Paris:20270324T163000
        DTSTAMP:20261201T100000Z
        UID:4f1kq8m2vb@google.com
        RECURRENCE-ID;TZID=Europe/Paris:20270323T093000
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Atelier numérique (déplacé au mercredi)
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20270330T093000
        DTEND;TZID=Europe/Paris:20270330T120000
        UID:4f1kq8m2vb@google.com
        RECURRENCE-ID;TZID=Europe/Paris:20270330T093000
        STATUS:CANCELLED
        SUMMARY:Atelier numérique
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20270305
        DTEND;VALUE=DATE:20270306
        DTSTAMP:20261201T100000Z
        UID:ferie@google.com
        SUMMARY:Journée sans atelier
        END:VEVENT
        BEGIN:VEVENT
        DTSTART:20270310T130000Z
        DTEND:20270310T150000Z
        DTSTAMP:20261201T100000Z
        UID:copil@google.com
        STATUS:CANCELLED
        SUMMARY:Copil
        END:VEVENT
        END:VCALENDAR

        """

    static let outlook = """
        BEGIN:VCALENDAR
        PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
        VERSION:2.0
        METHOD:PUBLISH
        X-MS-OLK-FORCEINSPECTOROPEN:TRUE
        BEGIN:VTIMEZONE
        TZID:Romance Standard Time
        BEGIN:STANDARD
        DTSTART:16011028T030000
        RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
        TZOFFSETFROM:+0200
        TZOFFSETTO:+0100
        END:STANDARD
        BEGIN:DAYLIGHT
        DTSTART:16010325T020000
        RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
        TZOFFSETFROM:+0100
        TZOFFSETTO:+0200
        END:DAYLIGHT
        END:VTIMEZONE
        BEGIN:VTIMEZONE
        TZID:(UTC+01:00) Bruxelles\\, Copenhague\\, Madrid\\, Paris
        BEGIN:STANDARD
        DTSTART:16011028T030000
        RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
        TZOFFSETFROM:+0200
        TZOFFSETTO:+0100
        END:STANDARD
        BEGIN:DAYLIGHT
        DTSTART:16010325T020000
        RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
        TZOFFSETFROM:+0100
        TZOFFSETTO:+0200
        END:DAYLIGHT
        END:VTIMEZONE
        BEGIN:VEVENT
        CLASS:PUBLIC
        CREATED:20261201T080000Z
        DESCRIPTION:Ordre du jour à venir\\n
        DTEND;TZID="Romance Standard Time":20270401T170000
        DTSTAMP:20261201T080000Z
        DTSTART;TZID="Romance Standard Time":20270401T140000
        LAST-MODIFIED:20261201T080000Z
        LOCATION:Rouen
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=fr:Comité de pilotage
        TRANSP:OPAQUE
        UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5A601000000000000000010000000
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        CATEGORIES:Comité de pilotage
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20270107T100000
        DTEND;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20270107T113000
        RRULE:FREQ=MONTHLY;COUNT=6;BYDAY=1TH
        UID:040000008200E00074C5B7101A82E00800000000B0B1C2D3E4F5A601000000000000000010000000
        SUMMARY:Point France Active
        ORGANIZER;CN="Lefèvre, Julien":mailto:julien.lefevre@essor-normandie.fr
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;TZID=W. Europe Standard Time:20270615T090000
        DTEND;TZID=W. Europe Standard Time:20270615T100000
        UID:outlook-west@example.org
        SUMMARY:Visite
        END:VEVENT
        END:VCALENDAR

        """

    static let thunderbird = """
        BEGIN:VCALENDAR
        PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
        VERSION:2.0
        \(paris)
        BEGIN:VEVENT
        CREATED:20261201T090000Z
        LAST-MODIFIED:20261201T090000Z
        DTSTAMP:20261201T090000Z
        UID:3b0b5f1e-1c2d-4e5f-8a9b-0c1d2e3f4a5b
        SUMMARY:Webinaire juridique
        RRULE:FREQ=MONTHLY;UNTIL=20270608T080000Z;BYDAY=2TU
        DTSTART;TZID=Europe/Paris:20270209T100000
        DTEND;TZID=Europe/Paris:20270209T113000
        CATEGORIES:Webinaire
        X-MOZ-GENERATION:1
        END:VEVENT
        BEGIN:VEVENT
        UID:point-rapide@thunderbird
        SUMMARY:Point rapide
        DTSTART;TZID=Europe/Paris:20270215T090000
        END:VEVENT
        BEGIN:VEVENT
        UID:permanence@thunderbird
        SUMMARY:Permanence
        DTSTART;TZID=Europe/Paris:20270301T140000
        DURATION:PT2H
        RRULE:FREQ=DAILY;INTERVAL=2;COUNT=5
        EXDATE;TZID=Europe/Paris:20270303T140000,20270305T140000
        END:VEVENT
        BEGIN:VEVENT
        UID:fin-de-mois@thunderbird
        SUMMARY:Bilan du mois
        DTSTART;TZID=Europe/Paris:20270131T170000
        DTEND;TZID=Europe/Paris:20270131T180000
        RRULE:FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=5
        END:VEVENT
        BEGIN:VEVENT
        UID:copil-annuel@thunderbird
        SUMMARY:Copil annuel
        DTSTART;TZID=Europe/Paris:20270329T140000
        DTEND;TZID=Europe/Paris:20270329T160000
        RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1MO;COUNT=3
        END:VEVENT
        BEGIN:VEVENT
        UID:rattrapage@thunderbird
        SUMMARY:Rattrapage
        DTSTART;TZID=Europe/Paris:20270405T140000
        DTEND;TZID=Europe/Paris:20270405T150000
        RRULE:FREQ=WEEKLY;COUNT=3
        RDATE;TZID=Europe/Paris:20270408T100000,20270412T140000
        EXDATE;TZID=Europe/Paris:20270419T140000
        END:VEVENT
        BEGIN:VEVENT
        UID:dates@thunderbird
        SUMMARY:Dates choisies
        DTSTART:20270506T080000Z
        DTEND:20270506T090000Z
        RDATE:20270511T120000Z,20270520T080000Z
        END:VEVENT
        BEGIN:VEVENT
        UID:quinzaine@thunderbird
        SUMMARY:Quinzaine
        DTSTART;TZID=Europe/Paris:20270301T083000
        DTEND;TZID=Europe/Paris:20270301T090000
        RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH
        END:VEVENT
        END:VCALENDAR

        """

    static func crlf(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: "\r\n") }

    let clock = WallClock.paris

    func read(_ text: String) throws -> ICalendarRead { try ICalendarParser.read(Self.crlf(text)).get() }

    func local(_ instant: Int64) -> String {
        let t = clock.local(instant)
        return "\(t.date.iso) \(LocalDate.pad(t.hour, 2)):\(LocalDate.pad(t.minute, 2))"
    }

    /// essor's own kind: the code it writes now (`steering`), or the word
    /// an earlier essor wrote (`individuel`); and a time the autumn change
    /// repeats is its first occurrence.
    @Test func essorsKindAndTheRepeatedHour() throws {
        func event(_ kind: String, _ start: String) -> String {
            """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//essor//FR
            BEGIN:VEVENT
            UID:\(kind)@essor
            DTSTAMP:20270101T000000Z
            DTSTART;TZID=Europe/Paris:\(start)
            DTEND;TZID=Europe/Paris:20271031T033000
            SUMMARY:Point
            X-ESSOR-KIND:\(kind)
            END:VEVENT
            END:VCALENDAR

            """
        }
        let steering = CalendarImport.meetings(try read(event("steering", "20271031T023000")).events)
        let old = CalendarImport.meetings(try read(event("individuel", "20271031T023000")).events)
        #expect(steering.first?.kind == .steering)
        #expect(old.first?.kind == .oneToOne)
        // 02:30 happens twice that night: the first, +02:00; 03:30 is +01:00.
        #expect(steering.first?.start == 1_824_942_600)
        #expect(steering.first?.durationMinutes == 120)
    }

    @Test func googleRepeatsSkipsChangesAndCancels() throws {
        let read = try read(Self.google)
        let weekly = read.events.filter { $0.uid.hasPrefix("4f1kq8m2vb@google.com_") }
        // Eight Tuesdays from 2 March, less the 16th, the 23rd moved to the
        // Wednesday afternoon, the 30th cancelled.
        #expect(
            weekly.map { local($0.start) } == [
                "2027-03-02 09:30", "2027-03-09 09:30", "2027-03-24 14:00", "2027-04-06 09:30",
                "2027-04-13 09:30", "2027-04-20 09:30",
            ])
        // Across the change of time, still 09:30 in Paris.
        #expect(weekly[3].end - weekly[3].start == 9_000)
        #expect(weekly[2].summary == "Atelier numérique (déplacé au mercredi)")
        // The moved one keeps the UID of the occurrence it replaces.
        #expect(weekly[2].uid == "4f1kq8m2vb@google.com_20270323T083000Z")
        #expect(weekly[0].organizer == "Claire Martin" && weekly[0].attendees == ["contact@epicerie.fr"])
        #expect(
            Set(read.cancelled.map(\.uid)) == ["4f1kq8m2vb@google.com_20270330T073000Z", "copil@google.com"])
        // The all-day event is skipped and said; the rest is imported.
        let line = try #require(
            Self.google.components(separatedBy: "\n").firstIndex { $0.hasPrefix("DTSTART;VALUE=DATE") })
        #expect(read.notices == [ICalendarProblem(line: line + 1, .allDay)])
        #expect(!read.events.contains { $0.uid == "ferie@google.com" })
    }

    @Test func outlookWindowsZonesAreParisTime() throws {
        let read = try read(Self.outlook)
        #expect(read.notices.isEmpty)
        let copil = try #require(read.events.first { $0.summary == "Comité de pilotage" })
        #expect(local(copil.start) == "2027-04-01 14:00" && copil.end - copil.start == 3 * 3600)
        #expect(CalendarImport.kind(copil.categories) == .steering)
        let monthly = read.events.filter { $0.summary == "Point France Active" }
        #expect(
            monthly.map { local($0.start) } == [
                "2027-01-07 10:00", "2027-02-04 10:00", "2027-03-04 10:00", "2027-04-01 10:00",
                "2027-05-06 10:00", "2027-06-03 10:00",
            ])
        #expect(monthly[0].organizer == "Lefèvre, Julien")
        let visit = try #require(read.events.first { $0.summary == "Visite" })
        #expect(local(visit.start) == "2027-06-15 09:00")
    }

    @Test func thunderbirdRulesAndAnEventWithoutEnd() throws {
        let read = try read(Self.thunderbird)
        func starts(_ summary: String) -> [String] {
            read.events.filter { $0.summary == summary }.map { local($0.start) }
        }
        // The second Tuesday, until 8 June 10:00 (UTC 08:00) included.
        #expect(
            starts("Webinaire juridique") == [
                "2027-02-09 10:00", "2027-03-09 10:00", "2027-04-13 10:00", "2027-05-11 10:00",
                "2027-06-08 10:00",
            ])
        #expect(
            CalendarImport.kind(read.events.first { $0.summary == "Webinaire juridique" }!.categories)
                == .webinar)
        #expect(starts("Permanence") == ["2027-03-01 14:00", "2027-03-07 14:00", "2027-03-09 14:00"])
        #expect(
            starts("Bilan du mois") == [
                "2027-01-31 17:00", "2027-02-28 17:00", "2027-03-31 17:00", "2027-04-30 17:00",
                "2027-05-31 17:00",
            ])
        #expect(starts("Copil annuel") == ["2027-03-29 14:00", "2028-03-27 14:00", "2029-03-26 14:00"])
        // RDATE adds dates (one the rule gives counts once), EXDATE takes one off.
        #expect(starts("Rattrapage") == ["2027-04-05 14:00", "2027-04-08 10:00", "2027-04-12 14:00"])
        #expect(starts("Dates choisies") == ["2027-05-06 10:00", "2027-05-11 14:00", "2027-05-20 10:00"])
        let rapid = try #require(read.events.first { $0.summary == "Point rapide" })
        #expect(rapid.end - rapid.start == 3600)
        #expect(read.notices.contains { $0.kind == .noEnd(minutes: 60) })
        // An open rule stops two years on, and says so.
        let fortnight = starts("Quinzaine")
        #expect(fortnight.first == "2027-03-01 08:30" && fortnight[1] == "2027-03-04 08:30")
        #expect(fortnight[2] == "2027-03-15 08:30")
        #expect(read.notices.contains { if case .expansionCapped = $0.kind { true } else { false } })
    }

    @Test func ruleParts() {
        #expect(RecurrenceRule.parse("FREQ=HOURLY") == .failure(.init(part: "FREQ=HOURLY")))
        #expect(RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=2TU") == .failure(.init(part: "BYDAY=2TU")))
        #expect(RecurrenceRule.parse("FREQ=DAILY;INTERVAL=0") == .failure(.init(part: "INTERVAL=0")))
        // A rule that gives nothing for ever stops, and a huge COUNT is capped.
        let never = try! RecurrenceRule.parse("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30").get()
        let start = LocalDate(year: 2027, month: 1, day: 1)!
        #expect(never.days(from: start, timeOfDay: 0) { Int64($0.daysSinceEpoch) * 86_400 }.days == [start])
        let many = try! RecurrenceRule.parse("FREQ=DAILY;COUNT=99999999").get()
        let (days, capped) = many.days(from: start, timeOfDay: 0) { Int64($0.daysSinceEpoch) * 86_400 }
        #expect(days.count == RecurrenceRule.maximumOccurrences && capped)
    }

    @Test func periodsInRDATEAreRefusedByName() {
        let text =
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:p\r\nSUMMARY:Périodes\r\n"
            + "DTSTART:20270101T090000Z\r\nDTEND:20270101T100000Z\r\n"
            + "RDATE;VALUE=PERIOD:20270105T090000Z/PT1H\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        #expect(
            ICalendarParser.read(text) == .failure(ICalendarProblems([ICalendarProblem(line: 8, .recurring)]))
        )
    }

    @Test func aFileThatGivesTooManyMeetingsIsRefused() {
        let events = (1...13).map {
            "BEGIN:VEVENT\r\nUID:e\($0)\r\nSUMMARY:Chaque jour\r\nDTSTART:20270101T090000Z\r\n"
                + "DTEND:20270101T100000Z\r\nRRULE:FREQ=DAILY;COUNT=400\r\nEND:VEVENT\r\n"
        }
        let text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + events.joined() + "END:VCALENDAR\r\n"
        #expect(
            ICalendarParser.read(text)
                == .failure(ICalendarProblems([ICalendarProblem(line: 1, .tooManyMeetings(5_200))])))
    }

    /// Every occurrence essor reads is one `recurring-ical-events` gives,
    /// at the same instant, and none is missing.
    @Test(arguments: ["google", "outlook", "thunderbird"])
    func theExpansionIsRecurringICalEvents(_ name: String) throws {
        let text = Self.crlf(
            ["google": Self.google, "outlook": Self.outlook, "thunderbird": Self.thunderbird][name]!)
        let read = try ICalendarParser.read(text).get()
        func base(_ uid: String) -> String {
            guard let cut = uid.range(of: "_", options: .backwards), uid[cut.upperBound...].hasSuffix("Z")
            else {
                return uid
            }
            return String(uid[..<cut.lowerBound])
        }
        let ours = Set((read.events + read.cancelled).map { "\(base($0.uid)) \($0.start)" })
        let theirs = Set(try PythonRecurrence.occurrences(text, from: "2027-01-01", to: "2029-01-01"))
        let window = ours.filter {
            let start = Int64($0.split(separator: " ").last!)!
            return start < 1_861_916_400  // 2029-01-01 in Paris
        }
        #expect(
            window == theirs,
            "only essor: \(window.subtracting(theirs)); only theirs: \(theirs.subtracting(window))")
    }
}

/// Occurrences as Python's `recurring-ical-events` expands them: `UID
/// start` (Unix seconds), all-day events left out.
enum PythonRecurrence {
    static let script = """
        import sys, datetime, icalendar, recurring_ical_events
        cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
        a = [int(x) for x in sys.argv[1].split('-')]; b = [int(x) for x in sys.argv[2].split('-')]
        for e in recurring_ical_events.of(cal).between(tuple(a), tuple(b)):
            start = e['DTSTART'].dt
            if not isinstance(start, datetime.datetime):
                continue
            print(str(e['UID']), int(start.timestamp()))
        """

    static func occurrences(_ text: String, from: String, to: String) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, from, to]
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
            throw PythonICalendar.PythonFailure(message: String(decoding: failure, as: UTF8.self))
        }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}
