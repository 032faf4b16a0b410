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
        #expect(app.screen.contains("→ 12\u{202F}345\u{00A0}€"), "\(app.screen)")
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

    @Test func theSelectionSpansTheWholeRowInEveryList() throws {
        for panel in [PanelID.cohorts, .structures, .meetings, .partners, .finances] {
            let app = try DemoFixture(width: 120, height: 40)
            User(app).panel(panel)
            let screen = app.screen.split(separator: "\n", omittingEmptySubsequences: false)
            let roles = app.roles.split(separator: "\n", omittingEmptySubsequences: false)
            let row = try #require(screen.firstIndex { $0.hasPrefix("▸") }, "no pointer in \(panel)")
            let line = Array(screen[row])
            let marks = Array(roles[row])
            // Every character of the list's part of the row, up to its frame.
            let end = line.firstIndex(of: "│") ?? line.count
            for x in 1..<end where line[x] != " " {
                #expect(marks[x] == "S", "\(panel): column \(x) of “\(String(line))” is not selected")
            }
        }
    }

    @Test func theAgendaShowsTodayAndTheCalendarShowsConflicts() throws {
        let app = try DemoFixture(width: 120, height: 40)
        User(app).panel(.meetings)
        #expect(app.screen.contains("aujourd'hui, jeu. 26/11/2026 — 10h00"))
        // A second meeting at the same time as the next one: a conflict.
        let next = try #require(app.state.selectedID(.meetings))
        var copy = try #require(try app.store.meetingRecord(id: next))
        copy.meeting.id = 0
        copy.meeting.title = "Doublon"
        copy.uid = ""
        copy.series = ""
        copy.version = 0
        try app.store.create(copy, starts: [copy.meeting.start], by: app.controller.author, at: 1)
        app.controller.tick(now: DemoFixture.now + 1)
        app.press(.char("r"))
        let day = app.state.clock.local(copy.meeting.start).date
        User(app).run(.cycleView)
        User(app).run(.goToDate).type(day.dayMonthYear)
        app.press(.enter)
        #expect(app.state.meetingsView == .week)
        #expect(app.screen.contains("⚠ Doublon") || app.screen.contains("⚠ Co-construction"), "\(app.screen)")
        // The month: the day carries the conflict mark, coming titles are not dimmed.
        User(app).run(.cycleView)
        #expect(app.state.meetingsView == .month)
        #expect(app.screen.contains("⚠2"), "\(app.screen)")
        let screen = app.screen.split(separator: "\n", omittingEmptySubsequences: false)
        let roles = app.roles.split(separator: "\n", omittingEmptySubsequences: false)
        // The first meeting of that day (the coming one) is named under it.
        let row = try #require(
            screen.firstIndex { $0.contains("Co-co") || $0.contains("Doub") }, "\(app.screen)")
        let line = String(screen[row])
        let found = try #require(line.range(of: "Co-co") ?? line.range(of: "Doub"))
        let x = line.distance(from: line.startIndex, to: found.lowerBound)
        #expect(Array(roles[row])[x] != "m", "a coming meeting is dimmed in the month grid")
    }

    @Test func aPickerTakesTypedLettersAsAVisibleFilter() throws {
        let app = try DemoFixture(width: 120, height: 40)
        User(app).panel(.structures).run(.add)
        let field = try #require(app.state.form?.fields.firstIndex { $0.key == .structure(.departement) })
        while app.state.form?.focus ?? 0 < field { app.press(.tab) }
        let before = app.state.form?.fields.map(\.text)
        app.type("orne")
        #expect(app.state.form?.text(.structure(.departement)) == "61")
        #expect(app.screen.contains("tapé : « orne »"), "\(app.screen)")
        // Nothing typed went into another field.
        var after = app.state.form?.fields.map(\.text)
        after?[field] = before?[field] ?? ""
        #expect(after == before)
        app.type("zz")
        #expect(app.state.form?.text(.structure(.departement)) == "61")
        #expect(app.screen.contains("aucun choix ne correspond à « ornezz »"))
        app.press(.backspace, .backspace, .tab)
        #expect(app.state.form?.focus == field + 1)
        #expect(!app.screen.contains("tapé :"))
    }

    @Test func partnersOfANewCohortCanBeGivenAMission() throws {
        let app = try DemoFixture(width: 120, height: 40)
        let cohort = Cohort(
            id: 0, name: "Nouvelle cohorte", theme: "Essai", startDate: DemoFixture.today,
            endDate: DemoFixture.today.adding(days: 200), summary: "",
            project: CollectiveProject(title: "", summary: "", stage: .idea))
        try app.store.save(
            CohortRecord(cohort: cohort, memberIDs: [], version: 0),
            by: ChangeAuthor(name: "autre", session: "autre"),
            at: 1)
        app.controller.changedHere()
        User(app).scope(to: "Nouvelle cohorte").panel(.partners)
        #expect(app.state.partners.visible.isEmpty)
        #expect(app.screen.contains("m confie une mission"), "\(app.screen)")
        User(app).run(.addMission)
        #expect(app.state.form?.purpose == .assignment(id: 0, version: 0), "m does nothing on an empty list")
        // A cohort whose meetings have partners lists them before any mission.
        app.press(.escape)
        if app.state.dialog != nil { app.press(.char("o")) }
        let example = try #require(try app.store.cohortNames().first { $0.name.hasPrefix("Exemple") }?.id)
        let withMeetings = try app.store.partnerIDs(cohort: example)
        #expect(!withMeetings.isEmpty)
    }

    @Test func theMatrixHintNamesWhereVGoes() throws {
        let app = try DemoFixture(width: 120, height: 40)
        User(app).panel(.partners)
        #expect(hintLine(app).contains("v matrice"), "\(hintLine(app))")
        User(app).run(.cycleView)
        #expect(app.state.partnersMatrix)
        #expect(hintLine(app).contains("v liste"), "\(hintLine(app))")
    }

    @Test func theHistoryOfSettingsNamesEachThreshold() throws {
        let app = try DemoFixture(width: 120, height: 40)
        try app.store.saveFinanceThresholds([(.cashDaysRed, 45)], by: app.controller.author, at: 1)
        app.controller.dispatch(
            .historyLoaded(title: "x", try app.store.history(of: .settings, id: ChangeEntity.settingsID)))
        #expect(app.screen.contains("Réglages du programme"))
        #expect(
            app.screen.contains("Seuil rouge de trésorerie (jours de charges) : 30 (défaut) → 45"),
            "\(app.screen)")
    }

    @Test func removingAKeptFinancingIsAskedFirst() throws {
        let app = try DemoFixture(width: 120, height: 60)
        let bessin = try #require(
            try app.store.structureIDs(exactName: "Épicerie Solidaire du Bessin").first)
        try app.store.save(
            Financing(structureID: bessin, cohortID: nil, instrument: .honourLoan, amount: 5000),
            by: app.controller.author, at: 1)
        app.controller.changedHere()
        User(app).panel(.finances).select("Épicerie Solidaire du Bessin")
        app.press(.tab, .end)
        User(app).run(.delete)
        let dialog = try #require(app.state.dialog, "d removed the financing without asking")
        #expect(dialog.title.contains("prêt d'honneur"), "\(dialog.title)")
        #expect(try app.store.financings(of: bessin).count == 1)
        app.press(.enter)
        #expect(try app.store.financings(of: bessin).isEmpty)
    }
}
