import EssorTestSupport
import Foundation
import Testing

/// `essor import ics` with a calendar as an application writes it: a
/// repeating workshop, an all-day event, a steering committee in
/// Outlook's zone, then the same calendar with an occurrence cancelled.
@Suite struct CalendarImportEndToEndTests {
    let scratch = TemporaryFolder()

    func essor(_ arguments: [String], store: String) throws -> Run {
        try run(
            EssorBinary.path, arguments + ["--store", store],
            environment: ["LANG": "C.UTF-8", "XDG_CONFIG_HOME": IsolatedConfig.path, "COLUMNS": "200"],
            timeout: 120)
    }

    func file(_ name: String, _ body: String) -> String {
        scratch.write(
            name,
            Data(
                ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\n" + body
                    + "END:VCALENDAR\n").replacingOccurrences(of: "\n", with: "\r\n").utf8))
    }

    static let weekly = """
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Paris:20270302T093000
        DTEND;TZID=Europe/Paris:20270302T120000
        RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=TU
        ORGANIZER;CN=Claire Martin:mailto:claire@essor.example
        ATTENDEE;CN=Margaux:mailto:Margaux.Lebrun@epicerie-bessin.example
        UID:weekly@google.com
        SUMMARY:Atelier approvisionnement
        CATEGORIES:Atelier
        END:VEVENT

        """

    @Test func aRepeatingEventBecomesMeetingsAndACancelledOneGoes() throws {
        let store = scratch.file("demo.sqlite")
        try makeDemoStore(store)
        let first = file(
            "agenda.ics",
            Self.weekly + """
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20270305
                UID:ferie@google.com
                SUMMARY:Férié
                END:VEVENT
                BEGIN:VEVENT
                DTSTART;TZID="Romance Standard Time":20270310T140000
                DTEND;TZID="Romance Standard Time":20270310T160000
                UID:copil@outlook
                SUMMARY:Copil
                CATEGORIES:Comité de pilotage
                END:VEVENT

                """)
        let imported = try essor(["import", "ics", first, "--cohort", "exemple"], store: store)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("5 séances créées, 0 mise à jour"), "\(imported.stdout)")
        // The all-day event is said, not imported, and refuses nothing.
        #expect(
            imported.stderr.contains("ligne 15 : événement sur la journée entière : écarté"),
            "\(imported.stderr)")
        let list = try essor(["list", "seances", "--cohort", "exemple"], store: store).stdout
        #expect(list.components(separatedBy: "Atelier approvisionnement").count == 5, "\(list)")
        #expect(list.contains("mer. 10/03/2027  14h00  2h     COPIL"), "\(list)")
        // The first Tuesday's number ends its line of the list.
        let line = try #require(list.components(separatedBy: "\n").first { $0.hasPrefix("mar. 02/03/2027") })
        let id = try #require(line.split(separator: " ").last.map(String.init))
        let show = try essor(["show", "seance", id], store: store).stdout
        #expect(show.contains("Claire Martin"), "\(show)")
        #expect(
            show.contains("Structures invitées (1)") && show.contains("Épicerie Solidaire du Bessin"),
            "\(show)")

        // The same calendar again, one Tuesday cancelled: that meeting goes.
        let again = file(
            "annule.ics",
            Self.weekly + """
                BEGIN:VEVENT
                DTSTART;TZID=Europe/Paris:20270309T093000
                RECURRENCE-ID;TZID=Europe/Paris:20270309T093000
                UID:weekly@google.com
                STATUS:CANCELLED
                SUMMARY:Atelier approvisionnement
                END:VEVENT

                """)
        let cancelled = try essor(["import", "ics", again, "--cohort", "exemple"], store: store)
        #expect(cancelled.status == 0, "\(cancelled.stderr)")
        #expect(cancelled.stdout.contains("0 séance créée, 0 mise à jour"), "\(cancelled.stdout)")
        #expect(
            cancelled.stdout.contains("1 séance annulée dans le calendrier supprimée"), "\(cancelled.stdout)")
        #expect(cancelled.stderr.isEmpty, "\(cancelled.stderr)")
        let after = try essor(["list", "seances", "--cohort", "exemple"], store: store).stdout
        #expect(after.components(separatedBy: "Atelier approvisionnement").count == 4)
        #expect(!after.contains("mar. 09/03/2027"))
    }

    @Test func aRuleEssorCannotExpandIsRefusedAndAnEndlessOneIsCapped() throws {
        let store = scratch.file("demo.sqlite")
        try makeDemoStore(store)
        let before = FileManager.default.contents(atPath: store)
        let hourly = file(
            "horaire.ics",
            """
            BEGIN:VEVENT
            DTSTART:20270302T090000Z
            DTEND:20270302T100000Z
            RRULE:FREQ=HOURLY;COUNT=3
            UID:h@x
            SUMMARY:Chaque heure
            END:VEVENT

            """)
        let refused = try essor(["import", "ics", hourly, "--cohort", "exemple"], store: store)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("règle de répétition « FREQ=HOURLY » non lue"), "\(refused.stderr)")
        #expect(FileManager.default.contents(atPath: store) == before)
        let endless = file(
            "sans-fin.ics",
            """
            BEGIN:VEVENT
            DTSTART:20270302T090000Z
            DTEND:20270302T100000Z
            RRULE:FREQ=DAILY;COUNT=1000000000
            UID:d@x
            SUMMARY:Chaque jour
            END:VEVENT

            """)
        let capped = try essor(["import", "ics", endless, "--cohort", "exemple"], store: store)
        #expect(capped.status == 0, "\(capped.stderr)")
        #expect(capped.stdout.contains("400 séances créées"), "\(capped.stdout)")
        #expect(capped.stderr.contains("les 400 premières séances, jusqu'au 04/04/2028"), "\(capped.stderr)")
    }
}
