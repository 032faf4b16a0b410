import EssorCore
import EssorTestSupport
import Foundation
import Testing

@testable import EssorStore

@Suite struct WorkshopStoreTests {
    let folder = TemporaryFolder()
    let me = ChangeAuthor(name: "camille", session: "s1")
    let today = LocalDate(year: 2026, month: 11, day: 26)!

    func demo() throws -> Store {
        let store = try Store.open(path: folder.file("demo.sqlite"))
        try DemoProgramme.install(into: store, today: today)
        return store
    }

    /// Two meetings of one cohort, earlier and later.
    func twoMeetings(_ store: Store) throws -> (MeetingID, MeetingID) {
        let cohort = try #require(try store.cohortNames().first { $0.name.hasPrefix("Exemple") }?.id)
        let ids = try store.meetingIDs(MeetingFilter(cohort: cohort))
        return (ids[0], ids[ids.count - 1])
    }

    @Test func itemsAreKeptOneByOne() throws {
        let store = try demo()
        let (_, meeting) = try twoMeetings(store)
        let idea = try store.addWorkshopItem(
            WorkshopItem(
                meetingID: meeting, kind: .idea, text: "Cuisine partagée", tags: ["legumerie"], createdAt: 10),
            by: me, at: 0)
        let action = try store.addWorkshopItem(
            WorkshopItem(
                meetingID: meeting, kind: .action, text: "Relancer la mairie", owner: "Coop",
                due: LocalDate(year: 2027, month: 1, day: 15), createdAt: 11), by: me, at: 0)
        try store.vote(idea, delta: 1, by: me, at: 0)
        try store.vote(idea, delta: 1, by: me, at: 0)
        try store.vote(idea, delta: -5, by: me, at: 0)
        #expect(try store.workshop(meeting: meeting).items.first?.votes == 0)  // never below zero
        try store.vote(idea, count: 7, by: me, at: 0)
        var snapshot = try store.workshop(meeting: meeting)
        #expect(snapshot.items.map(\.text) == ["Cuisine partagée", "Relancer la mairie"])
        #expect(snapshot.items[0].votes == 7 && snapshot.items[0].tags == ["legumerie"])
        #expect(
            snapshot.items[1].due == LocalDate(year: 2027, month: 1, day: 15)
                && snapshot.items[1].owner == "Coop")
        var edited = snapshot.items[1]
        edited.text = "Relancer la mairie d'Argentan"
        try store.updateWorkshopItem(edited, by: me, at: 0)
        try store.deleteWorkshopItem(idea, by: me, at: 0)
        snapshot = try store.workshop(meeting: meeting)
        #expect(snapshot.items.map(\.text) == ["Relancer la mairie d'Argentan"])
        #expect(snapshot.items[0].id == action)
    }

    @Test func theClockAndOrderAreSharedThroughTheStore() throws {
        let store = try demo()
        let (_, meeting) = try twoMeetings(store)
        #expect(try store.workshop(meeting: meeting).timer == nil)
        var timer = WorkshopTimer(planned: [15, 30])
        timer.toggle(now: 100)
        timer.next(now: 400)
        try store.saveWorkshopState(meeting: meeting, timer: timer, order: .votes, at: 400)
        let read = try store.workshop(meeting: meeting)
        #expect(read.timer == timer && read.order == .votes)
        // Another process reading the file sees it.
        let other = try Store.openReadOnly(path: store.path)
        #expect(try other.workshop(meeting: meeting).timer?.current == 1)
    }

    @Test func actionsOfEarlierMeetingsComeBackUntilDone() throws {
        let store = try demo()
        let (earlier, later) = try twoMeetings(store)
        let open = try store.addWorkshopItem(
            WorkshopItem(meetingID: earlier, kind: .action, text: "Envoyer les statuts", createdAt: 1),
            by: me,
            at: 0)
        _ = try store.addWorkshopItem(
            WorkshopItem(meetingID: earlier, kind: .idea, text: "Pas une action", createdAt: 2), by: me, at: 0
        )
        let pending = try store.pendingActions(before: later)
        #expect(pending.map(\.item.text) == ["Envoyer les statuts"])
        #expect(try store.pendingActions(before: earlier).isEmpty)
        try store.setActionStatus(open, .done, by: me, at: 0)
        #expect(try store.pendingActions(before: later).isEmpty)
    }

    @Test func checkInIsTheMeetingsAttendance() throws {
        let store = try demo()
        let (_, meeting) = try twoMeetings(store)
        let row = try #require(try store.attendanceSheet(meeting: meeting)?.rows.first)
        try store.checkIn(
            meeting: meeting, group: row.group, person: row.person, status: .present, arrival: 5000,
            at: 5000, by: me)
        var sheet = try #require(try store.attendanceSheet(meeting: meeting))
        #expect(sheet.rows[0].status == .present && sheet.rows[0].arrivedAt == 5000)
        // Present again later, without a time: the first arrival time is kept.
        try store.checkIn(
            meeting: meeting, group: row.group, person: row.person, status: .present, at: 9000,
            by: me)
        #expect(try store.attendanceSheet(meeting: meeting)?.rows[0].arrivedAt == 5000)
        try store.checkIn(
            meeting: meeting, group: row.group, person: row.person, status: .absent, at: 9100,
            by: me)
        sheet = try #require(try store.attendanceSheet(meeting: meeting))
        #expect(sheet.rows[0].status == .absent && sheet.rows[0].arrivedAt == nil)
        try store.checkIn(
            meeting: meeting, group: row.group, person: row.person, status: nil, at: 9200, by: me)
        #expect(try store.attendanceSheet(meeting: meeting)?.rows[0].status == nil)
    }

    @Test func aDeletedMeetingTakesItsWorkshopAndGivesItBackOnUndo() throws {
        let store = try demo()
        let (_, meeting) = try twoMeetings(store)
        _ = try store.addWorkshopItem(
            WorkshopItem(meetingID: meeting, kind: .decision, text: "Créer une SCIC", createdAt: 1), by: me,
            at: 0)
        try store.saveWorkshopState(
            meeting: meeting, timer: WorkshopTimer(planned: [10]), order: .tags, at: 1)
        try store.delete(.meeting, id: meeting, by: me, at: 2)
        #expect(try store.workshop(meeting: meeting).items.isEmpty)
        try store.undo(try #require(try store.lastUndoableChange(session: me.session)), by: me, at: 3)
        let back = try store.workshop(meeting: meeting)
        #expect(back.items.map(\.text) == ["Créer une SCIC"] && back.order == .tags)
    }
}
