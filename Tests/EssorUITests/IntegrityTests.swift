import EssorCore
import EssorStore
import Foundation
import Testing

@testable import EssorUI

/// Rules over the whole interface: one date reader, help that opens where
/// the user is, history everywhere and field by field.
@Suite struct IntegrityTests {
    @Test func goToReadsADayWithoutItsYear() throws {
        let app = try DemoFixture(width: 120, height: 40)
        User(app).panel(.meetings).run(.cycleView)
        #expect(app.state.meetingsView == .week)
        User(app).run(.goToDate).type("21/01")
        app.press(.enter)
        #expect(app.state.message?.isError != true, "\(app.state.message?.text ?? "")")
        #expect(app.state.calendar.day == LocalDate(year: 2027, month: 1, day: 21))
    }

    @Test func aFormWritesADayAndMonthInFull() throws {
        let app = try DemoFixture(width: 120, height: 40)
        User(app).panel(.meetings).run(.add)
        let form = try #require(app.state.form)
        let date = try #require(form.fields.firstIndex { $0.key == .meeting(.date) })
        while app.state.form?.focus ?? 0 < date { app.press(.tab) }
        app.press(.ctrl("u"))
        app.type("21/01")
        app.press(.tab)
        #expect(app.state.form?.text(.meeting(.date)) == "21/01/2027")
        #expect(app.state.form?.issues[.meeting(.date)] == nil)
    }

    @Test func helpOpensAtTheScreenInFront() throws {
        let app = try DemoFixture(width: 120, height: 40)
        User(app).panel(.finances).run(.help)
        let firstHeading = app.screen.split(separator: "\n").dropFirst(3).first { !$0.trimmingSpaces.isEmpty }
        #expect(firstHeading?.contains("Finances") == true, "\(firstHeading ?? "")")
        #expect(!(firstHeading?.contains("Partout") ?? true))
        // In the workshop, the workshop's keys come first.
        app.press(.escape)
        User(app).panel(.meetings).run(.workshop).run(.help)
        let lines = HelpContent.lines(app.state)
        guard case .heading(let heading)? = lines.first else {
            Issue.record("no heading")
            return
        }
        #expect(heading.contains("Atelier") || heading.contains("Contributions"), "\(heading)")
    }

    @Test func historyWorksInEveryList() throws {
        for panel in [PanelID.structures, .cohorts, .meetings, .partners, .finances] {
            let app = try DemoFixture(width: 120, height: 40)
            let effects = User(app).panel(panel).run(.history).effects
            #expect(
                effects.contains { if case .loadHistory = $0 { true } else { false } }
                    || app.state.overlay != nil,
                "h in \(panel)")
        }
    }

    @Test func theHistoryOfAccountsNamesTheYearAndTheFigure() throws {
        let app = try DemoFixture(width: 120, height: 40)
        let id = try #require(
            try app.store.structureIDs(order: .name, cohort: nil).first {
                !(try app.store.financialYears(of: $0).isEmpty)
            })
        var year = try #require(try app.store.financialYears(of: id).last)
        year[.cash] = 12_345
        try app.store.save([year], of: id, by: app.controller.author, at: DemoFixture.now)
        app.controller.dispatch(.historyLoaded(title: "x", try app.store.history(of: .structure, id: id)))
        #expect(app.screen.contains("Comptes \(year.year) · Trésorerie"), "\(app.screen)")
        #expect(app.screen.contains("→ 12 345") || app.screen.contains("→ 12345"))
    }

    /// The status line's hints, as text.
    func hintLine(_ app: DemoFixture) -> String {
        String(app.screen.split(separator: "\n").last ?? "")
    }

    @Test func aHintNeverNamesAKeyThatDoesSomethingElse() throws {
        let app = try DemoFixture(width: 120, height: 40)
        User(app).panel(.structures).run(.edit)
        // Notes: Enter adds a line, so the hint names Ctrl-S for saving.
        let notes = try #require(app.state.form?.fields.firstIndex { $0.key == .structure(.notes) })
        while app.state.form?.focus ?? 0 < notes { app.press(.tab) }
        #expect(!hintLine(app).contains("Entrée enregistrer"), "\(hintLine(app))")
        #expect(hintLine(app).contains("Ctrl-S enregistrer"), "\(hintLine(app))")
        // Contacts: Enter opens the contact.
        app.press(.escape)
        if app.state.dialog != nil { app.press(.char("o")) }
        User(app).run(.edit)
        let contacts = try #require(app.state.form?.fields.firstIndex { $0.key == .structure(.contacts) })
        while app.state.form?.focus ?? 0 < contacts { app.press(.tab) }
        #expect(hintLine(app).contains("Entrée ouvrir"), "\(hintLine(app))")
        // Cohorts: boxes to tick, nothing to add or remove.
        let cohorts = try #require(app.state.form?.fields.firstIndex { $0.key == .structure(.cohorts) })
        while app.state.form?.focus ?? 0 < cohorts { app.press(.tab) }
        #expect(!hintLine(app).contains("+ ajouter"), "\(hintLine(app))")
    }

    @Test func aDeletionSaysEverythingThatGoesWithIt() throws {
        let app = try DemoFixture(width: 120, height: 40)
        User(app).panel(.meetings)
        let meeting = try #require(app.state.selectedID(.meetings))
        let author = app.controller.author
        try app.store.addWorkshopItem(
            WorkshopItem(meetingID: meeting, kind: .idea, text: "Une idée", createdAt: 1), by: author, at: 1)
        try app.store.addWorkshopItem(
            WorkshopItem(meetingID: meeting, kind: .action, text: "Une action", createdAt: 2), by: author,
            at: 2)
        User(app).run(.delete)
        let lines = try #require(app.state.dialog?.lines).joined(separator: " ")
        #expect(
            lines.contains("1 contribution d'atelier") && lines.contains("1 action d'atelier"), "\(lines)")
        app.press(.escape)
        // An organisation: its accounts and financing are named.
        User(app).panel(.structures).select("Épicerie Solidaire du Bessin").run(.delete)
        let structure = try #require(app.state.dialog?.lines).joined(separator: " ")
        #expect(structure.contains("3 années de comptes"), "\(structure)")
        #expect(structure.contains("Exemple — Alimentation durable"))
    }
}
