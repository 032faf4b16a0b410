import EssorCore
import EssorExchange
import EssorStore
import EssorTestSupport
import Foundation
import Testing

@Suite struct MinutesExportTests {
    let folder = TemporaryFolder()
    let me = ChangeAuthor(name: "camille", session: "s1")

    @Test func minutesGroupIdeasByTagWithVotesAndListActions() throws {
        let store = try Store.open(path: folder.file("demo.sqlite"))
        try DemoProgramme.install(into: store, today: LocalDate(year: 2026, month: 11, day: 26)!)
        let meeting = try #require(try store.meetingIDs(MeetingFilter()).last)
        let sheet = try #require(try store.attendanceSheet(meeting: meeting))
        let first = sheet.rows[0]
        try store.checkIn(
            meeting: meeting, group: first.group, person: first.person, status: .present, at: 1,
            by: me)
        let add = { (item: WorkshopItem) in _ = try store.addWorkshopItem(item, by: self.me, at: 0) }
        try add(
            WorkshopItem(
                meetingID: meeting, kind: .idea, text: "Cuisine | partagée", tags: ["legumerie"], votes: 2,
                createdAt: 1))
        try add(
            WorkshopItem(
                meetingID: meeting, kind: .idea, text: "Groupement d'achat", tags: ["légumerie"], votes: 5,
                createdAt: 2))
        try add(WorkshopItem(meetingID: meeting, kind: .idea, text: "Sans étiquette", createdAt: 3))
        try add(
            WorkshopItem(
                meetingID: meeting, kind: .idea, text: "<b>Gouvernance</b>",
                tags: ["gouvernance", "Légumerie"],
                createdAt: 4))
        try add(WorkshopItem(meetingID: meeting, kind: .question, text: "Qui porte le bail ?", createdAt: 5))
        try add(
            WorkshopItem(
                meetingID: meeting, kind: .action, text: "Relancer la mairie", owner: "Coop",
                due: LocalDate(year: 2027, month: 1, day: 15), createdAt: 6))
        var timer = WorkshopTimer(planned: [15, 30])
        timer.toggle(now: 0)
        timer.addMinute()
        timer.addMinute()
        timer.next(now: 17 * 60)
        try store.saveWorkshopState(meeting: meeting, timer: timer, order: .time, at: 1)
        let detail = try #require(try store.meetingDetail(id: meeting))
        let workshop = try store.workshop(meeting: meeting)
        let marked = try #require(try store.attendanceSheet(meeting: meeting))
        let md = MinutesExport.markdown(
            detail, workshop, sheet: marked, programme: try store.programme(), lang: .fr, now: 20 * 60)
        #expect(md.hasPrefix("# Compte rendu — "))
        #expect(md.contains("- **Présents (1) :** \(first.person) (\(first.structureName))"))
        // Tags in order, untagged last; within a tag, most votes first.
        let gouvernance = try #require(md.range(of: "### \\#gouvernance"))
        // One group for « légumerie » and « legumerie », with its accent.
        let legumerie = try #require(md.range(of: "### \\#légumerie"))
        let untagged = try #require(md.range(of: "### sans étiquette"))
        #expect(gouvernance.lowerBound < legumerie.lowerBound && legumerie.lowerBound < untagged.lowerBound)
        #expect(md.contains("- Groupement d'achat — 5 voix\n- Cuisine \\| partagée — 2 voix"))
        // An idea with two tags is under both.
        #expect(md.components(separatedBy: "\\<b\\>Gouvernance\\</b\\>").count == 3)
        // Nobody vanishes: the people never marked are listed as such.
        let unmarked = marked.rows.filter { $0.status == nil && !$0.person.isEmpty }.count
        #expect(unmarked > 0 && md.contains("- **Non pointés (\(unmarked)) :**"))
        #expect(md.contains("| Relancer la mairie | Coop | vendredi 15 janvier 2027 | à faire |"))
        // The agenda with the time actually spent.
        let firstItem = try #require(detail.agenda.first?.title)
        // Minutes added with `m` are in the minutes.
        #expect(md.contains("| \(firstItem) | 15 min | +2 min | 17 min |"))
        let html = MinutesExport.html(
            detail, workshop, sheet: marked, programme: nil, lang: .en, now: 20 * 60)
        #expect(html.contains("&lt;b&gt;Gouvernance&lt;/b&gt;") && !html.contains("<b>Gouvernance"))
        #expect(html.contains("<h2>Actions</h2>") && html.contains("<td>to do</td>"))
    }
}
