import EssorCore
import EssorTestSupport
import Foundation
import GRDB
import Testing

@testable import EssorStore

@Suite struct MeetingStoreTests {
    let folder = TemporaryFolder()
    let me = ChangeAuthor(name: "camille", session: "s1")
    let today = LocalDate(year: 2026, month: 11, day: 26)!
    let clock = WallClock.paris

    func demo() throws -> Store {
        let store = try Store.open(path: folder.file("demo.sqlite"))
        try DemoProgramme.install(into: store, today: today)
        return store
    }

    func cohort(_ store: Store, _ name: String) throws -> CohortID {
        try #require(try store.cohortNames().first { $0.name.hasPrefix(name) }?.id)
    }

    func record(_ cohort: CohortID, day: LocalDate, hour: Int = 14, title: String = "Atelier test")
        -> MeetingRecord
    {
        MeetingRecord(
            meeting: Meeting(
                id: 0, cohortID: cohort, kind: .workshop, title: title,
                start: clock.instant(day, hour: hour, minute: 0),
                durationMinutes: 120, place: "Caen — salle 2", facilitators: "Claire"),
            agenda: [AgendaItem(title: "Accueil", minutes: 15)], invitedIDs: [], partnerIDs: [])
    }

    @Test func createsEditsAndUndoesAMeeting() throws {
        let store = try demo()
        let numerique = try cohort(store, "Numérique")
        let day = LocalDate(year: 2027, month: 2, day: 4)!
        let ids = try store.create(
            record(numerique, day: day), starts: [clock.instant(day, hour: 14, minute: 0)], by: me, at: 1)
        #expect(ids.count == 1)
        var saved = try #require(try store.meetingRecord(id: ids[0]))
        #expect(saved.version == 1 && saved.series.isEmpty && saved.uid.hasSuffix("@essor"))
        #expect(saved.agenda.map(\.title) == ["Accueil"])
        saved.meeting.title = "Atelier renommé"
        saved.agenda.append(AgendaItem(title: "Bilan", minutes: 30, owner: "Claire"))
        try store.update(saved, by: me, at: 2)
        let updated = try #require(try store.meetingRecord(id: ids[0]))
        #expect(
            updated.version == 2 && updated.meeting.title == "Atelier renommé" && updated.agenda.count == 2)
        // Someone who read version 1 cannot overwrite version 2.
        #expect(throws: StoreError.conflict(entity: .meeting, id: ids[0])) {
            try store.update(saved, by: me, at: 3)
        }
        // Undo: the edit, then the creation.
        try store.undo(try #require(try store.lastUndoableChange(session: me.session)), by: me, at: 4)
        #expect(try store.meetingRecord(id: ids[0])?.meeting.title == "Atelier test")
        #expect(try store.meetingRecord(id: ids[0])?.agenda.count == 1)
        try store.undo(try #require(try store.lastUndoableChange(session: me.session)), by: me, at: 5)
        #expect(try store.meetingRecord(id: ids[0]) == nil)
    }

    @Test func aSeriesIsCreatedAndUndoneAsOne() throws {
        let store = try demo()
        let numerique = try cohort(store, "Numérique")
        let first = LocalDate(year: 2027, month: 1, day: 14)!
        let starts = Recurrence.monthly.dates(from: first, count: 4).map {
            clock.instant($0, hour: 14, minute: 0)
        }
        let ids = try store.create(record(numerique, day: first), starts: starts, by: me, at: 1)
        #expect(ids.count == 4)
        let series = Set(try ids.map { try #require(try store.meetingRecord(id: $0)).series })
        #expect(series.count == 1 && !series.first!.isEmpty)
        let uids = Set(try ids.map { try #require(try store.meetingRecord(id: $0)).uid })
        #expect(uids.count == 4)
        let detail = try #require(try store.meetingDetail(id: ids[1]))
        #expect(detail.seriesCount == 4 && detail.seriesPosition == 2)
        let undone = try store.undo(
            try #require(try store.lastUndoableChange(session: me.session)), by: me, at: 2)
        #expect(undone.count == 4)
        #expect(try ids.allSatisfy { try store.meetingRecord(id: $0) == nil })
    }

    @Test func editingTheFollowingOccurrencesMovesThemTogether() throws {
        let store = try demo()
        let numerique = try cohort(store, "Numérique")
        let first = LocalDate(year: 2027, month: 1, day: 14)!
        let starts = Recurrence.weekly.dates(from: first, count: 4).map {
            clock.instant($0, hour: 14, minute: 0)
        }
        let ids = try store.create(record(numerique, day: first), starts: starts, by: me, at: 1)
        var second = try #require(try store.meetingRecord(id: ids[1]))
        #expect(try store.followingCount(second) == 2)
        // Move the second one day later, at 9h30, and rename it.
        second.meeting.start = clock.instant(LocalDate(year: 2027, month: 1, day: 22)!, hour: 9, minute: 30)
        second.meeting.title = "Atelier du vendredi"
        let changed = try store.update(second, scope: .following, by: me, at: 2)
        #expect(changed == [ids[1], ids[2], ids[3]])
        let after = try ids.map { try #require(try store.meetingRecord(id: $0)) }
        #expect(
            after.map { clock.local($0.meeting.start).date.iso } == [
                "2027-01-14", "2027-01-22", "2027-01-29", "2027-02-05",
            ])
        #expect(
            after.dropFirst().allSatisfy {
                clock.local($0.meeting.start).hour == 9 && $0.meeting.title == "Atelier du vendredi"
            })
        #expect(after[0].meeting.title == "Atelier test")
        // One undo puts the three back.
        let undone = try store.undo(
            try #require(try store.lastUndoableChange(session: me.session)), by: me, at: 3)
        #expect(undone.count == 3)
        #expect(try store.meetingRecord(id: ids[3])?.meeting.title == "Atelier test")
    }

    @Test func attendanceIsRecordedAndUndoable() throws {
        let store = try demo()
        let id = try #require(try store.meetingIDs(MeetingFilter()).last)
        let sheet = try #require(try store.attendanceSheet(meeting: id))
        #expect(!sheet.rows.isEmpty)
        var marked = sheet
        marked.rows[0].status = .present
        marked.rows[0].arrivedAt = sheet.meeting.start + 600
        if marked.rows.count > 1 { marked.rows[1].status = .excused }
        try store.setAttendance(marked.entries, meeting: id, version: sheet.version, by: me, at: 1)
        let again = try #require(try store.attendanceSheet(meeting: id))
        #expect(again.rows[0].status == .present && again.rows[0].arrivedAt == sheet.meeting.start + 600)
        #expect(again.version == sheet.version + 1)
        // A second coordinator still holding the old sheet is refused.
        #expect(throws: StoreError.conflict(entity: .meeting, id: id)) {
            try store.setAttendance([], meeting: id, version: sheet.version, by: me, at: 2)
        }
        try store.undo(try #require(try store.lastUndoableChange(session: me.session)), by: me, at: 3)
        #expect(try store.attendanceSheet(meeting: id)?.rows.allSatisfy { $0.status == nil } == true)
    }

    @Test func conflictsAreFoundForStoredAndPlannedMeetings() throws {
        let store = try demo()
        let numerique = try cohort(store, "Numérique")
        let day = LocalDate(year: 2027, month: 2, day: 4)!
        let ids = try store.create(
            record(numerique, day: day), starts: [clock.instant(day, hour: 14, minute: 0)], by: me, at: 1)
        // Another cohort, same place, overlapping.
        let other = try cohort(store, "Exemple")
        var plan = record(other, day: day, hour: 15, title: "Autre atelier")
        plan.meeting.facilitators = "Marc"
        let conflicts = try store.conflicts(of: plan, starts: [plan.meeting.start])
        #expect(conflicts.map(\.otherID) == [ids[0]])
        #expect(conflicts.first?.reasons == [.place("Caen — salle 2")])
        let created = try store.create(plan, starts: [plan.meeting.start], by: me, at: 2)
        let rows = try store.meetingRows(ids + created)
        #expect(rows.allSatisfy { $0.conflicts.count == 1 })
        #expect(try store.meetingDetail(id: created[0])?.conflicts.first?.otherTitle == "Atelier test")
        // Elsewhere at the same time, with other people: no conflict.
        plan.meeting.place = "Rouen"
        plan.meeting.facilitators = "Julie"
        #expect(try store.conflicts(of: plan, starts: [plan.meeting.start]).isEmpty)
    }

    @Test func filtersByKindAndTime() throws {
        let store = try demo()
        let now = clock.instant(today, hour: 10, minute: 0)
        let all = try store.meetingIDs(MeetingFilter(now: now))
        let upcoming = try store.meetingIDs(MeetingFilter(upcoming: true, now: now))
        let past = try store.meetingIDs(MeetingFilter(upcoming: false, now: now))
        #expect(upcoming.count + past.count == all.count && !upcoming.isEmpty && !past.isEmpty)
        let steering = try store.meetingRows(try store.meetingIDs(MeetingFilter(kind: .steering)))
        #expect(!steering.isEmpty && steering.allSatisfy { $0.meeting.kind == .steering })
        let month = try store.meetingIDs(
            MeetingFilter(),
            from: clock.instant(LocalDate(year: 2026, month: 11, day: 1)!, hour: 0, minute: 0),
            to: clock.instant(LocalDate(year: 2026, month: 12, day: 1)!, hour: 0, minute: 0))
        #expect(try store.meetingRows(month).allSatisfy { clock.local($0.meeting.start).date.month == 11 })
    }

    @Test func importsByUIDWithoutDuplicates() throws {
        let store = try demo()
        let numerique = try cohort(store, "Numérique")
        let start = clock.instant(LocalDate(year: 2027, month: 3, day: 4)!, hour: 9, minute: 30)
        let item = ImportedMeeting(
            uid: "abc@example.org", title: "Visite", start: start, durationMinutes: 90, place: "Bayeux",
            videoLink: "",
            notes: "Apporter les statuts")
        #expect(try store.importMeetings([item], cohort: numerique, by: me, at: 1).counts == (1, 0))
        var moved = item
        moved.start += 3600
        #expect(try store.importMeetings([moved, item], cohort: numerique, by: me, at: 2).counts == (0, 2))
        let rows = try store.meetingRows(try store.meetingIDs(MeetingFilter(cohort: numerique)))
        #expect(rows.filter { $0.meeting.title == "Visite" }.count == 1)
        let members = try store.structureIDs(order: .name, cohort: numerique)
        let id = try #require(rows.first { $0.meeting.title == "Visite" }?.id)
        #expect(Set(try #require(try store.meetingRecord(id: id)).invitedIDs) == Set(members))
        // Unknown cohort: nothing written.
        #expect(throws: StoreError.self) { try store.importMeetings([item], cohort: 999_999, by: me, at: 3) }
    }

    @Test func aCalendarGivesKindFacilitatorAndGuestsAndCancelsWhatWasNotHeld() throws {
        let store = try demo()
        let numerique = try cohort(store, "Numérique")
        let members = try store.structureIDs(order: .name, cohort: numerique)
        let guest = try #require(members.first)
        let address = try #require(try store.structureRecord(id: guest)?.contacts.first?.email)
        let start = clock.instant(LocalDate(year: 2027, month: 3, day: 4)!, hour: 9, minute: 30)
        let copil = ImportedMeeting(
            uid: "copil@x", title: "Copil", start: start, durationMinutes: 120, place: "", videoLink: "",
            notes: "",
            kind: .steering, facilitators: "Claire Martin", attendees: [address.uppercased().lowercased()])
        var held = copil
        held.uid = "held@x"
        held.title = "Tenu"
        held.start += 86_400
        held.attendees = ["personne@ailleurs.example"]
        let first = try store.importMeetings([copil, held], cohort: numerique, by: me, at: 1)
        #expect(first.counts == (2, 0))
        let rows = try store.meetingRows(try store.meetingIDs(MeetingFilter(cohort: numerique)))
        let copilID = try #require(rows.first { $0.meeting.title == "Copil" }?.id)
        let heldID = try #require(rows.first { $0.meeting.title == "Tenu" }?.id)
        let record = try #require(try store.meetingRecord(id: copilID))
        #expect(record.meeting.kind == .steering && record.meeting.facilitators == "Claire Martin")
        // The structure whose contact is invited, alone; nobody known: all the members.
        #expect(record.invitedIDs == [guest])
        #expect(Set(try #require(try store.meetingRecord(id: heldID)).invitedIDs) == Set(members))
        // Attendance recorded: a cancellation keeps the meeting and says so.
        let version = try #require(try store.meetingRecord(id: heldID)?.version)
        try store.setAttendance(
            [Attendance(group: .structure(members[1]), person: "Inès", status: .present)], meeting: heldID,
            version: version, by: me, at: 2)
        let cancelled = try store.importMeetings(
            [], cohort: numerique, cancelled: ["copil@x", "held@x", "inconnu@x"], by: me, at: 3)
        #expect(cancelled.deleted == 1 && cancelled.kept == ["Tenu"])
        #expect(try store.meetingRecord(id: copilID) == nil)
        #expect(try store.meetingRecord(id: heldID) != nil)
    }

    @Test func aUIDOfAnotherCohortIsRefusedOrImportedAsNew() throws {
        let store = try demo()
        let numerique = try cohort(store, "Numérique")
        let other = try cohort(store, "Filières de la transition écologique")
        let theirs = try store.meetingRows(try store.meetingIDs(MeetingFilter(cohort: other)))
        let target = try #require(theirs.first)
        let uid = try #require(try store.exportEntries(MeetingFilter(cohort: other), from: nil).first?.uid)
        let item = ImportedMeeting(
            uid: uid, title: "Réécrit", start: target.meeting.start + 86_400, durationMinutes: 60,
            place: "Ailleurs",
            videoLink: "", notes: "", line: 12)
        #expect {
            try store.importMeetings([item], cohort: numerique, by: me, at: 1)
        } throws: { error in
            (error as? ForeignUIDs)?.events.map(\.line) == [12]
        }
        // The other cohort's meeting is untouched.
        #expect(try store.meetingRows([target.id]).first?.meeting == target.meeting)
        #expect(
            try store.importMeetings([item], cohort: numerique, asNew: true, by: me, at: 2).counts == (1, 0))
        #expect(
            try store.importMeetings([item], cohort: numerique, asNew: true, by: me, at: 3).counts == (0, 0))
        #expect(try store.meetingRows([target.id]).first?.meeting == target.meeting)
    }

    @Test func migratesAVersionFiveStoreGivingEveryMeetingAUID() throws {
        let path = folder.file("v5.sqlite")
        let queue = try DatabaseQueue(path: path)
        try SchemaMigration.migrate(queue, with: Schema.migrations(upTo: "v5-lookups-and-drafts"))
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO cohort (name, theme, start_date, end_date) VALUES ('C', 'T', '2027-01-01', '2027-06-30');
                    INSERT INTO meeting (cohort_id, kind, title, starts_at, duration_minutes) VALUES (1, 'atelier', 'A', 1, 60);
                    INSERT INTO meeting (cohort_id, kind, title, starts_at, duration_minutes) VALUES (1, 'atelier', 'B', 2, 60);
                    """)
        }
        try queue.close()
        let store = try Store.open(path: path)
        let records = try [1, 2].map { try #require(try store.meetingRecord(id: Int64($0))) }
        #expect(records.allSatisfy { $0.version == 1 && $0.uid.hasSuffix("@essor") })
        #expect(records[0].uid != records[1].uid)
    }

    @Test func migratesAttendanceToGroupsKeepingEveryMark() throws {
        let path = folder.file("v11.sqlite")
        let queue = try DatabaseQueue(path: path)
        try SchemaMigration.migrate(queue, with: Schema.migrations(upTo: "v11-programme-identity"))
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO cohort (name, theme, start_date, end_date) VALUES ('C', 'T', '2027-01-01', '2027-06-30');
                    INSERT INTO structure (name, legal_form, search_key, sort_name, sort_town) VALUES ('Épicerie', 'association', 'e', 'epicerie', '');
                    INSERT INTO meeting (cohort_id, kind, title, starts_at, duration_minutes, uid) VALUES (1, 'atelier', 'A', 1, 60, 'a@essor');
                    INSERT INTO meeting_invitation (meeting_id, structure_id) VALUES (1, 1);
                    INSERT INTO attendance (meeting_id, structure_id, person, status, arrived_at) VALUES (1, 1, 'Inès', 'present', 30);
                    INSERT INTO attendance (meeting_id, structure_id, person, status) VALUES (1, 1, 'Paul', 'excuse');
                    """)
        }
        try queue.close()
        let store = try Store.open(path: path)
        let sheet = try #require(try store.attendanceSheet(meeting: 1))
        #expect(sheet.entries.count == 2)
        #expect(
            sheet.entries.contains {
                $0.group == .structure(1) && $0.person == "Inès" && $0.status == .present
                    && $0.arrivedAt == 30
            })
        #expect(sheet.entries.contains { $0.person == "Paul" && $0.status == .excused })
        // A person of another organisation can now be kept, and is read back as such.
        let version = try #require(try store.meetingRecord(id: 1)?.version)
        try store.setAttendance(
            sheet.entries + [Attendance(group: .other("Recyclerie"), person: "Marc", status: .present)],
            meeting: 1,
            version: version, by: ChangeAuthor(name: "t", session: "t"), at: 5)
        let again = try #require(try store.attendanceSheet(meeting: 1))
        #expect(
            again.rows.last?.group == .other("Recyclerie") && again.rows.last?.structureName == "Recyclerie")
        // (The rows typed above have no search keys of their own: check's
        // other findings are about them.)
        #expect(try store.check().allSatisfy { $0.hasSuffix("search_key") })
    }
}
