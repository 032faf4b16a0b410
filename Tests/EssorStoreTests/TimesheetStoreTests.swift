import EssorCore
import EssorTestSupport
import Foundation
import Testing

@testable import EssorStore

/// Staff and their time in the store: the rules checked inside the write,
/// signed months locked whatever writes (a save, an undo, a deletion that
/// cascades), history and undo.
@Suite struct TimesheetStoreTests {
    let folder = TemporaryFolder()
    let me = ChangeAuthor(name: "camille", session: "s1")
    let today = LocalDate(year: 2026, month: 12, day: 4)!
    /// Noon today: the instant the writes are made at.
    var t: Int64 { WallClock.paris.instant(today, hour: 12, minute: 0) }
    static func day(_ text: String) -> LocalDate { LocalDate.parseISO(text)! }

    func store() throws -> (Store, StaffID, CohortID) {
        let store = try Store.open(path: folder.file("s.sqlite"))
        try DemoProgramme.install(into: store, today: today)
        let claire = StaffMember(
            name: "Claire Martin", role: "Chargée de mission", contractFrom: Self.day("2026-09-01"),
            costs: [StaffCost(year: 2026, annualCost: 48_000)])
        let id = try store.save(StaffRecord(member: claire), by: me, at: t + 1)
        // The demo's cohort running now (the others ended in 2023).
        let cohort = try #require(try store.cohortIDs().last)
        return (store, id, cohort)
    }

    func entry(_ staff: StaffID, _ date: String, _ minutes: Int, _ cohort: CohortID?) -> StaffTimeEntry {
        StaffTimeEntry(
            staffID: staff, date: Self.day(date), minutes: minutes, cohortID: cohort, task: "animation")
    }

    @Test func aPersonAndTheirRate() throws {
        let (store, id, _) = try store()
        var record = try #require(try store.staffRecord(id: id))
        #expect(record.member.hourlyRate(2026)?.cents == 2_791)
        record.member.costs.append(StaffCost(year: 2027, annualCost: 49_500))
        try store.save(record, by: me, at: t + 2)
        #expect(try store.staffRecord(id: id)?.member.costs.map(\.year) == [2026, 2027])
        // The form read version 1; the store is at 2 now.
        #expect(throws: StoreError.conflict(entity: .staff, id: id)) {
            try store.save(record, by: me, at: t + 3)
        }
        #expect(try store.staff().map(\.member.name).contains("Claire Martin"))
    }

    @Test func entriesAreCheckedAgainstWhatIsStored() throws {
        let (store, claire, cohort) = try store()
        let (first, none) = try store.save(entry(claire, "2026-12-03", 360, cohort), by: me, at: t + 2)
        #expect(none.isEmpty)
        let (_, warnings) = try store.save(entry(claire, "2026-12-03", 270, nil), by: me, at: t + 3)
        #expect(warnings == [.longDay(minutes: 630)])
        let before = try Data(contentsOf: URL(fileURLWithPath: store.path))
        #expect(throws: StoreError.timesheet([.dayOverLimit(minutes: 1_530)])) {
            try store.save(entry(claire, "2026-12-03", 900, cohort), by: me, at: t + 4)
        }
        #expect(throws: StoreError.timesheet([.outsideContract(from: Self.day("2026-09-01"), to: nil)])) {
            try store.save(entry(claire, "2026-08-31", 60, cohort), by: me, at: t + 4)
        }
        let after = try Data(contentsOf: URL(fileURLWithPath: store.path))
        #expect(before == after)
        // Replacing the first entry: its own minutes are not counted twice.
        var changed = entry(claire, "2026-12-03", 420, cohort)
        changed.id = first
        let (_, again) = try store.save(changed, version: 1, by: me, at: t + 5)
        #expect(again == [.longDay(minutes: 690)])
        // Time for a cohort on a day outside its dates is kept, and said.
        let (_, past) = try store.save(
            entry(claire, "2026-11-02", 60, try store.cohortIDs().first), by: me, at: t + 6)
        #expect(past == [.outsideCohort(start: Self.day("2022-09-01"), end: Self.day("2023-01-31"))])
        let all = try store.staffTime(staff: claire, from: Self.day("2026-12-01"), to: Self.day("2026-12-31"))
        #expect(all.map(\.entry.minutes) == [420, 270])
        #expect(try store.staffTime(staff: claire, cohort: .some(nil), from: today, to: today).isEmpty)
        #expect(
            try store.staffTime(staff: claire, cohort: .some(nil), from: Self.day("2026-12-03"), to: today)
                .count == 1)
    }

    @Test func aSignedMonthIsLockedWhateverWrites() throws {
        let (store, claire, cohort) = try store()
        let (id, _) = try store.save(entry(claire, "2026-11-30", 180, cohort), by: me, at: t + 2)
        let added = try #require(try store.lastUndoableChange(session: me.session))
        let november = YearMonth(year: 2026, month: 11)!
        try store.signMonth(november, of: claire, on: today, signer: "Marie Dupont", by: me, at: t + 3)
        let signed = try #require(try store.lastUndoableChange(session: me.session))
        #expect(try store.staffRecord(id: claire)?.signed.first?.signedBy == "Marie Dupont")
        #expect(throws: StoreError.timesheet([.signedMonth(november)])) {
            try store.save(entry(claire, "2026-11-27", 60, cohort), by: me, at: t + 4)
        }
        #expect(throws: StoreError.timesheet([.signedMonth(november)])) {
            try store.deleteStaffTime(id: id, by: me, at: t + 4)
        }
        // Moving the entry out of the signed month changes that month too.
        var moved = entry(claire, "2026-12-01", 180, cohort)
        moved.id = id
        #expect(throws: StoreError.timesheet([.signedMonth(november)])) {
            try store.save(moved, version: 1, by: me, at: t + 4)
        }
        // Undoing the entry's creation would change the signed month.
        #expect(throws: StoreError.constraint(.signedMonth)) { try store.undo(added, by: me, at: t + 5) }
        // So would deleting the cohort, whose time goes with it.
        #expect(throws: StoreError.constraint(.signedMonth)) {
            try store.delete(.cohort, id: cohort, by: me, at: t + 5)
        }
        #expect(throws: StoreError.constraint(.signedMonth)) {
            try store.delete(.staff, id: claire, by: me, at: t + 5)
        }
        #expect(try store.staffTime(staff: claire, from: november.first, to: november.last).count == 1)
        // Undoing the signature reopens the month, and says so in the log.
        try store.undo(signed, by: me, at: t + 6)
        #expect(try store.staffRecord(id: claire)?.signed.isEmpty == true)
        try store.deleteStaffTime(id: id, by: me, at: t + 7)
        #expect(try store.staffTime(staff: claire, from: november.first, to: november.last).isEmpty)
    }

    @Test func reopeningIsLoggedWithWhoHadSigned() throws {
        let (store, claire, _) = try store()
        let november = YearMonth(year: 2026, month: 11)!
        try store.signMonth(november, of: claire, on: today, signer: "Marie Dupont", by: me, at: t + 2)
        try store.reopenMonth(november, of: claire, by: me, at: t + 3)
        let history = try store.history(of: .staff, id: claire)
        let reopening = try #require(history.first)
        #expect(reopening.differences.contains { $0.table == "staff_month" && $0.key == ["2026-11"] })
        let was = try #require(reopening.differences.first { $0.column == "signed_by" })
        #expect(was.before == "Marie Dupont" && was.after == nil)
    }

    @Test func aDeletedCohortTakesItsTimeAndUndoBringsItBack() throws {
        let (store, claire, _) = try store()
        // A cohort without the demo's (signed) time.
        let cohort = try #require(try store.cohortIDs().first)
        try store.save(entry(claire, "2026-12-03", 120, cohort), by: me, at: t + 2)
        try store.save(entry(claire, "2026-12-03", 60, nil), by: me, at: t + 3)
        #expect(try store.deletionImpact(.cohort, id: cohort)[.staffTime] == 1)
        let change = try store.delete(.cohort, id: cohort, by: me, at: t + 4)
        #expect(
            try store.staffTime(staff: claire, from: today.adding(days: -5), to: today).map(\.entry.minutes)
                == [60])
        try store.undo(change, by: me, at: t + 5)
        #expect(
            try store.staffTime(staff: claire, from: today.adding(days: -5), to: today).map(\.entry.minutes)
                == [120, 60])
    }

    @Test func aJSONCopyKeepsSignedMonthsAndTheirTime() throws {
        let (store, claire, cohort) = try store()
        try store.save(entry(claire, "2026-11-30", 180, cohort), by: me, at: t + 2)
        try store.signMonth(
            YearMonth(year: 2026, month: 11)!, of: claire, on: today, signer: "M", by: me, at: t + 3)
        let json = try store.exportJSON()
        let copy = try Store.open(path: folder.file("copy.sqlite"))
        _ = try copy.importJSON(json, replace: true)
        #expect(try copy.staffRecord(id: claire)?.signed.count == 1)
        #expect(try copy.staff().count == 4)
        #expect(
            try copy.staffTime(staff: claire, from: Self.day("2026-11-01"), to: Self.day("2026-11-30")).count
                == 1)
        #expect(try copy.timeTasks() == TimeTask.defaults)
        // And replacing it again clears the signed time last.
        _ = try copy.importJSON(json, replace: true)
    }
}

/// The time meetings propose to the people who facilitated them, and the
/// programme's tasks and settings.
@Suite struct MeetingProposalStoreTests {
    let folder = TemporaryFolder()
    let me = ChangeAuthor(name: "camille", session: "s1")
    let today = LocalDate(year: 2026, month: 12, day: 4)!
    let clock = WallClock.paris
    var t: Int64 { WallClock.paris.instant(today, hour: 12, minute: 0) }

    func store() throws -> (Store, StaffMember, MeetingID) {
        let store = try Store.open(path: folder.file("s.sqlite"))
        try DemoProgramme.install(into: store, today: today)
        var claire = StaffMember(name: "Claire Martin", costs: [StaffCost(year: 2026, annualCost: 48_000)])
        claire.id = try store.save(StaffRecord(member: claire), by: me, at: t + 1)
        let cohort = try #require(try store.cohortIDs().first)
        let day = LocalDate(year: 2026, month: 12, day: 2)!
        let record = MeetingRecord(
            meeting: Meeting(
                id: 0, cohortID: cohort, kind: .workshop, title: "Atelier gouvernance",
                start: clock.instant(day, hour: 14, minute: 0), durationMinutes: 150, place: "Caen",
                facilitators: "claire MARTIN, Paul Henry"),
            agenda: [], invitedIDs: [], partnerIDs: [])
        let id = try #require(
            try store.create(record, starts: [record.meeting.start], by: me, at: t + 2).first)
        return (store, claire, id)
    }

    @Test func aFacilitatorIsProposedTheMeetingWithItsPreparation() throws {
        let (store, claire, meeting) = try store()
        let december = YearMonth(year: 2026, month: 12)!
        #expect(MeetingProposal.names("Claire Martin", in: "claire MARTIN, Paul Henry"))
        #expect(!MeetingProposal.names("Claire Martin", in: "Claire Martinez"))
        #expect(!MeetingProposal.names("Paul", in: "Paula Henry"))
        try store.saveTimeSettings(
            TimeSettings(preparationPercent: 50), tasks: TimeTask.defaults, by: me, at: t + 3)
        let proposals = try store.meetingProposals(
            for: claire, from: december.first, to: december.last, now: t)
        #expect(proposals.map(\.meetingID) == [meeting])
        // 2h30, and half of it (1h15) to prepare.
        #expect(proposals.first?.minutes == 150 && proposals.first?.preparationMinutes == 75)
        try store.confirm(try #require(proposals.first), for: claire.id, by: me, at: t + 4)
        let entries = try store.staffTime(staff: claire.id, from: december.first, to: december.last)
        #expect(entries.map(\.entry.task) == ["animation", "preparation"])
        #expect(entries.map(\.entry.minutes) == [150, 75])
        #expect(
            try store.meetingProposals(for: claire, from: december.first, to: december.last, now: t).isEmpty)
        // Moving the meeting flags the entries made from it.
        #expect(
            try store.changedMeetingEntries(staff: claire.id, from: december.first, to: december.last).isEmpty
        )
        var moved = try #require(try store.meetingRecord(id: meeting))
        moved.meeting.durationMinutes = 180
        try store.update(moved, by: me, at: t + 5)
        let flagged = try store.changedMeetingEntries(
            staff: claire.id, from: december.first, to: december.last)
        #expect(flagged == Set(entries.map(\.entry.id)))
        // The confirmation is one change: undone at once (after the move).
        try store.undo(try #require(try store.lastUndoableChange(session: me.session)), by: me, at: t + 6)
        try store.undo(try #require(try store.lastUndoableChange(session: me.session)), by: me, at: t + 7)
        #expect(try store.staffTime(staff: claire.id, from: december.first, to: december.last).isEmpty)
    }

    @Test func aTaskInUseStaysAndSettingsAreUndone() throws {
        let (store, claire, _) = try store()
        var tasks = TimeTask.defaults + [TimeTask(code: "evaluation", label: "Évaluation")]
        try store.saveTimeSettings(TimeSettings(preparationPercent: 25), tasks: tasks, by: me, at: t + 3)
        #expect(try store.timeTasks().last?.label == "Évaluation")
        try store.save(
            StaffTimeEntry(staffID: claire.id, date: today, minutes: 60, cohortID: nil, task: "evaluation"),
            by: me, at: t + 4)
        tasks.removeLast()
        #expect(throws: StoreError.taskInUse(code: "evaluation", entries: 1)) {
            try store.saveTimeSettings(TimeSettings(preparationPercent: 25), tasks: tasks, by: me, at: t + 5)
        }
        let history = try store.history(of: .settings, id: ChangeEntity.settingsID)
        #expect(
            history.first?.differences.contains { $0.table == "time_task" && $0.key == ["evaluation"] }
                == true)
        #expect(try store.timeSettings().preparationPercent == 25)
        try store.saveTimeSettings(
            TimeSettings(preparationPercent: 25, indirectRate: 15), tasks: try store.timeTasks(), by: me,
            at: 6)
        #expect(try store.timeSettings().indirectRate == 15)
        // The history of settings is what the checker and an import accept.
        try store.saveInstrumentTerms(
            [(InstrumentCatalogue.Change(key: "pret_honneur.plafond")!, 25_000)], by: me, at: t + 7)
        #expect(try store.check() == [])
        let copy = try Store.open(path: folder.file("copy.sqlite"))
        _ = try copy.importJSON(try store.exportJSON(), replace: true)
        #expect(try copy.timeSettings().indirectRate == 15)
        // Each setting keeps to its own range, whoever writes it.
        var dump = try JSONSerialization.jsonObject(with: try store.exportJSON()) as! [String: Any]
        var tables = dump["tables"] as! [String: Any]
        tables["timeSetting"] = [["key": "indirectRate", "value": 150]]
        dump["tables"] = tables
        let file = try JSONSerialization.data(withJSONObject: dump)
        #expect(throws: (any Error).self) { try store.importJSON(file, replace: true) }
        #expect(try store.timeSettings().indirectRate == 15)
    }
}
