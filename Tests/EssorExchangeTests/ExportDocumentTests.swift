import EssorCore
import EssorExchange
import EssorStore
import EssorTestSupport
import Foundation
import Testing

@Suite struct ExportDocumentTests {
    let folder = TemporaryFolder()
    let me = ChangeAuthor(name: "camille", session: "s1")
    let today = LocalDate(year: 2026, month: 11, day: 26)!

    func demo(_ name: String = "demo.sqlite") throws -> Store {
        let store = try Store.open(path: folder.file(name))
        try DemoProgramme.install(into: store, today: today)
        return store
    }

    /// A meeting whose texts try to break out of a table, a page or a file.
    func hostile(_ store: Store) throws -> MeetingID {
        let cohort = try #require(try store.cohortNames().first?.id)
        let start = WallClock.paris.instant(LocalDate(year: 2027, month: 1, day: 14)!, hour: 14, minute: 30)
        let record = MeetingRecord(
            meeting: Meeting(
                id: 0, cohortID: cohort, kind: .steering,
                title: "COPIL | <script>alert(1)</script> \u{1B}[2J",
                start: start, durationMinutes: 120, place: "Salle *A* & B", facilitators: "Claire"),
            agenda: [], invitedIDs: try store.structureIDs(order: .name, cohort: cohort), partnerIDs: [])
        return try #require(try store.create(record, starts: [start], by: me, at: 1).first)
    }

    @Test func theAttendanceSheetNamesTheProgrammeAndEveryone() throws {
        let store = try demo()
        let id = try hostile(store)
        let sheet = try #require(try store.attendanceSheet(meeting: id))
        let markdown = AttendanceSheetExport.markdown(sheet, programme: try store.programme(), lang: .fr)
        #expect(markdown.hasPrefix("# Feuille d'émargement — COPIL"))
        // For reading: it says where the sheet to sign is.
        #expect(
            markdown.contains("> Pour lecture seulement : faites signer la feuille imprimée en PDF ou HTML"))
        #expect(markdown.contains("**Financeurs :** Région Normandie"))
        #expect(markdown.contains("**Date :** jeudi 14 janvier 2027"))
        #expect(markdown.contains("**Horaires :** 14h30 – 16h30"))
        // 14h30–16h30: one signature column, the afternoon's.
        #expect(markdown.contains("| Structure | Nom | Fonction | Arrivée | Après-midi |"))
        // One row per person, the facilitator, blank rows; the title cannot break the table.
        let rows = markdown.split(separator: "\n").filter {
            $0.hasPrefix("| ") && !$0.hasPrefix("| Structure")
        }
        #expect(rows.count == sheet.rows.count + 1 + AttendanceSheetExport.blankRows)
        #expect(markdown.contains("| Animation — SocialCOBizz | Claire |"))
        #expect(
            rows.allSatisfy {
                $0.filter { $0 == "|" }.count - $0.components(separatedBy: "\\|").count + 1 == 6
            })
        #expect(!markdown.contains("\u{1B}"))
        #expect(markdown.contains("COPIL \\| \\<script\\>"))
        let html = AttendanceSheetExport.html(sheet, programme: try store.programme(), lang: .fr)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script>") && html.contains("&lt;script&gt;"))
        #expect(html.contains("Salle *A* &amp; B"))
        #expect(html.components(separatedBy: "class=\"signature\"").count - 1 == sheet.rows.count + 1 + 5)
        let english = AttendanceSheetExport.markdown(sheet, programme: nil, lang: .en)
        #expect(
            english.hasPrefix("# Attendance sheet — COPIL") && english.contains("Thursday 14 January 2027"))
    }

    @Test func aCalendarExportedThenImportedElsewhereGivesTheSameMeetings() throws {
        let source = try demo()
        _ = try hostile(source)
        let text = try CalendarExport.file(
            source, filter: MeetingFilter(), from: nil, name: "Programme", now: 1_800_000_000, lang: .fr)
        let events = try ICalendarParser.parse(text).get()
        let entries = try source.exportEntries(MeetingFilter(), from: nil)
        #expect(events.count == entries.count)
        #expect(events.map(\.uid) == entries.map(\.uid))
        let copy = try demo("copy.sqlite")
        let cohort = try #require(try copy.cohortNames().first?.id)
        let first = try copy.importMeetings(CalendarImport.meetings(events), cohort: cohort, by: me, at: 2)
            .counts
        #expect(first == (entries.count, 0))
        // The same file again updates nothing and duplicates nothing.
        let again = try copy.importMeetings(CalendarImport.meetings(events), cohort: cohort, by: me, at: 3)
            .counts
        #expect(again == (0, 0))
        let imported = try copy.exportEntries(MeetingFilter(cohort: cohort), from: nil).filter {
            Set(events.map(\.uid)).contains($0.uid)
        }
        #expect(imported.count == entries.count)
        for (original, copied) in zip(entries, imported) {
            // Control characters have no place in an iCalendar text: they are left out.
            let printable = String(original.meeting.title.unicodeScalars.filter { $0.value >= 0x20 })
            #expect(copied.meeting.title == printable)
            #expect(copied.meeting.start == original.meeting.start)
            #expect(copied.meeting.durationMinutes == original.meeting.durationMinutes)
            // What calendars do not show comes back too: kind, facilitators,
            // partners, agenda and, in the same cohort, the invited structures.
            #expect(copied.meeting.kind == original.meeting.kind)
            func plain(_ text: String) -> Bool {
                text.unicodeScalars.allSatisfy {
                    $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value)
                        && !(0x202A...0x202E).contains($0.value) && !(0x2066...0x2069).contains($0.value)
                }
            }
            if plain(original.meeting.facilitators) {
                #expect(copied.meeting.facilitators == original.meeting.facilitators)
            }
            #expect(copied.partners == original.partners)
            #expect(copied.agenda.map(\.minutes) == original.agenda.map(\.minutes))
            let titles = original.agenda.map(\.title)
            if titles.allSatisfy(plain) { #expect(copied.agenda.map(\.title) == titles) }
            if original.cohortName == copied.cohortName { #expect(copied.invited == original.invited) }
        }
        #expect(entries.contains { !$0.partners.isEmpty })
        #expect(entries.contains { $0.meeting.kind != .workshop })
        #expect(text.contains("X-ESSOR-KIND:steering") && text.contains("SEQUENCE:"))
        // The description carries the agenda and the invitations as text.
        let withAgenda = try #require(entries.firstIndex { !$0.agenda.isEmpty })
        #expect(
            events[withAgenda].description.contains(
                "Ordre du jour :\n- " + entries[withAgenda].agenda[0].title))
    }

    @Test func exportFilesNeverReplaceOneAnother() throws {
        let first = try ExportFiles.write("un", name: "feuille.md", in: folder.path)
        let second = try ExportFiles.write("deux", name: "feuille.md", in: folder.path)
        #expect(first.hasSuffix("/feuille.md") && second.hasSuffix("/feuille-2.md"))
        #expect(String(decoding: TemporaryFolder.contents(first) ?? Data(), as: UTF8.self) == "un")
        #expect(throws: (any Error).self) { try ExportFiles.write("trois", to: first, replacing: false) }
        #expect(String(decoding: TemporaryFolder.contents(first) ?? Data(), as: UTF8.self) == "un")
        #expect(ExportFiles.slug("Atelier « modèle » économique !") == "atelier-modele-economique")
    }
}
