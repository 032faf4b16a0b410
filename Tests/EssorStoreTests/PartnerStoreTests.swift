import EssorCore
import EssorTestSupport
import Foundation
import Testing

@testable import EssorStore

@Suite struct PartnerStoreTests {
    let folder = TemporaryFolder()
    let me = ChangeAuthor(name: "camille", session: "s1")
    let today = LocalDate(year: 2026, month: 11, day: 26)!
    var now: Int64 { WallClock.paris.instant(today, hour: 10, minute: 0) }

    func demo() throws -> Store {
        let store = try Store.open(path: folder.file("demo.sqlite"))
        try DemoProgramme.install(into: store, today: today)
        return store
    }

    func partner(_ store: Store, _ name: String) throws -> PartnerID {
        try #require(
            try store.partnerRows(store.partnerIDs(cohort: nil)).first { $0.partner.name == name }?.id)
    }

    @Test func partnersAreEditedWithVersionsAndUndo() throws {
        let store = try demo()
        let id = try store.save(
            PartnerRecord(
                partner: Partner(
                    id: 0, name: "Cabinet Noé", expertise: "Droit social", summary: "", website: ""),
                contacts: [Contact(name: "Accueil", email: "contact@noe.example")]), by: me, at: 1)
        var record = try #require(try store.partnerRecord(id: id))
        #expect(record.version == 1 && record.contacts.count == 1)
        record.partner.expertise = "Droit du travail"
        try store.save(record, by: me, at: 2)
        #expect(throws: StoreError.conflict(entity: .partner, id: id)) {
            try store.save(record, by: me, at: 3)
        }
        try store.undo(try #require(try store.lastUndoableChange(session: me.session)), by: me, at: 4)
        #expect(try store.partnerRecord(id: id)?.partner.expertise == "Droit social")
    }

    @Test func missionsCarryTheirPeriodAndDaysEntered() throws {
        let store = try demo()
        let france = try partner(store, "France Active Normandie")
        let cohort = try #require(try store.cohortNames().first?.id)
        let entries = [
            TimeEntry(date: LocalDate(year: 2026, month: 11, day: 20)!, days: 0.5, note: "Lecture du bilan")
        ]
        let id = try store.save(
            AssignmentRecord(
                assignment: Assignment(
                    id: 0, partnerID: france, cohortID: cohort, structureID: nil, mission: "Étude financière",
                    daysPlanned: 3, status: .ongoing, start: LocalDate(year: 2026, month: 11, day: 1)),
                entries: entries), by: me, at: 1)
        let record = try #require(try store.assignmentRecord(id: id))
        #expect(
            record.entries == entries && record.assignment.start == LocalDate(year: 2026, month: 11, day: 1))
        let load = try #require(
            try store.missionLoads(partner: france, now: now).first { $0.assignment.id == id })
        #expect(load.usage.entered == 0.5)
        // Deleting the mission takes its entries; undo brings both back.
        try store.delete(.assignment, id: id, by: me, at: 2)
        #expect(try store.assignmentRecord(id: id) == nil)
        try store.undo(try #require(try store.lastUndoableChange(session: me.session)), by: me, at: 3)
        #expect(try store.assignmentRecord(id: id)?.entries == entries)
    }

    @Test func daysUsedFollowTheMeetingsAPartnerTakesPartIn() throws {
        let store = try demo()
        let france = try partner(store, "France Active Normandie")
        let cohort = try #require(try store.cohortNames().first { $0.name.hasPrefix("Exemple") }?.id)
        let before = try store.missionLoads(cohort: cohort, partner: france, now: now)
        let usedBefore = before.reduce(0) { $0 + $1.usage.used }
        // A 6-hour meeting held last week with France Active: one more day.
        let day = LocalDate(year: 2026, month: 11, day: 19)!
        let start = WallClock.paris.instant(day, hour: 9, minute: 0)
        try store.create(
            MeetingRecord(
                meeting: Meeting(
                    id: 0, cohortID: cohort, kind: .workshop, title: "Journée finances", start: start,
                    durationMinutes: 360, place: "Caen", facilitators: ""),
                agenda: [], invitedIDs: [], partnerIDs: [france]), starts: [start], by: me, at: 1)
        let after = try store.missionLoads(cohort: cohort, partner: france, now: now)
        #expect(after.reduce(0) { $0 + $1.usage.used } == usedBefore + 1)
        #expect(after.contains { $0.usage.lastActivity == day })
    }

    @Test func deletingAPartnerCanBeUndoneWithItsMissions() throws {
        let store = try demo()
        let bartle = try partner(store, "Bartle")
        let missions = try store.missionLoads(partner: bartle, now: now).count
        #expect(missions == 2)
        let impact = try store.deletionImpact(.partner, id: bartle)
        #expect(impact[.assignments] == 2 && impact[.meetingPartners] > 0)
        try store.delete(.partner, id: bartle, by: me, at: 1)
        #expect(try store.missionLoads(partner: bartle, now: now).isEmpty)
        try store.undo(try #require(try store.lastUndoableChange(session: me.session)), by: me, at: 2)
        #expect(try store.missionLoads(partner: bartle, now: now).count == missions)
        #expect(try store.deletionImpact(.partner, id: bartle) == impact)
    }
}
