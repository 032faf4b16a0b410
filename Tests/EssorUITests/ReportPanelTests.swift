import EssorCore
import EssorStore
import Foundation
import Testing

@testable import EssorUI

/// The Rapport panel driven through the real controller over the demo
/// (today 26/11/2026): its period, its explanations, and the way back to
/// the organisations they name.
@Suite struct ReportPanelTests {
    func date(_ y: Int, _ m: Int, _ d: Int) -> LocalDate { LocalDate(year: y, month: m, day: d)! }

    @Test func thePeriodIsTheYearAndMovesByQuarter() throws {
        let app = try DemoFixture(width: 120, height: 40)
        app.type("6")
        #expect(app.state.reportPeriod == ReportPeriod(from: date(2026, 1, 1), to: date(2026, 12, 31)))
        let report = try #require(app.state.indicatorReport)
        #expect(report.indicator(.rco04).value == 7)
        app.type("]")
        #expect(app.state.reportPeriod == ReportPeriod(from: date(2026, 4, 1), to: date(2027, 3, 31)))
        #expect(app.screen.contains("du 01/04/2026 au 31/03/2027"))
        app.type("[[[[[")
        #expect(app.state.reportPeriod == ReportPeriod(from: date(2025, 1, 1), to: date(2025, 12, 31)))
        // 2025: the example cohort had not started: nobody supported.
        #expect(app.state.indicatorReport?.indicator(.rco04).value == 0)
        #expect(app.state.indicatorReport?.indicator(.rco01).value == 0, "the financing was granted in 2026")

        app.type(":periode 01/09/2026 30/09/2026")
        app.press(.enter)
        #expect(app.state.reportPeriod == ReportPeriod(from: date(2026, 9, 1), to: date(2026, 9, 30)))
        // One workshop (30/09, 3 h) in September: each who came reaches 3 h.
        #expect(app.state.indicatorReport?.supportMinutes == 18 * 60)
        // Each refusal says what is wrong, and changes nothing.
        for (bad, said) in [
            ("01/09/2026", "Pas une période"),
            ("30/09/2026 01/09/2026", "La première date est après la seconde"),
            ("hier 30/09/2026", "Pas une date : « hier »"),
            ("01/09/2026 30/02/2027", "Pas une date : « 30/02/2027 »"),
            ("01/01/0001 31/12/9999", "20 ans au plus"), ("01/09/2026 30/09/2026 x", "Pas une période"),
        ] {
            app.type(":periode \(bad)")
            app.press(.enter)
            #expect(app.state.message?.isError == true, "\(bad)")
            #expect(app.screen.contains(said), "\(bad)")
            #expect(app.state.reportPeriod.from == date(2026, 9, 1), "\(bad) changed nothing")
        }
        app.type(":periode")
        app.press(.enter)
        #expect(app.screen.contains("Deux dates attendues"))
    }

    /// A programme too large to make its lists with its figures shows the
    /// figures at once, says the lists are coming, and shows them when the
    /// background connection has made them; the figures do not change.
    @Test func aLargeProgrammeShowsItsFiguresFirstAndItsListsWhenReady() throws {
        let app = try DemoFixture(width: 120, height: 40)
        app.controller.reportListsInline = 0
        app.type("6")
        // Drawn at once, the figures made meanwhile.
        #expect(app.state.indicatorReport == nil)
        #expect(app.screen.contains("Calcul des indicateurs"))
        // The figures, then the lists: on the demo both may come at once;
        // figures seen alone say their lists are coming.
        var waited = 0
        while app.state.indicatorReport?.hasLists != true && waited < 400 {
            app.controller.collectPrefetched()
            if app.state.indicatorReport?.hasLists == false {
                #expect(app.screen.contains("Listes des entreprises en préparation"))
            }
            Thread.sleep(forTimeInterval: 0.01)
            waited += 1
        }
        app.type("jjj")
        let figures = try app.store.indicatorFigures(
            cohort: nil, period: app.state.reportPeriod, now: app.state.now, clock: app.state.clock)
        #expect(figures.indicator(.rco04).value == 7)
        let full = try #require(app.state.indicatorReport)
        #expect(full.hasLists, "the lists arrived")
        #expect(full.indicators.map(\.value) == figures.indicators.map(\.value))
        #expect(full.indicator(.rco04).counted.count == 7)
        #expect(!app.screen.contains("Listes des entreprises en préparation"))
        #expect(app.screen.contains("Comptées (7)"))
        // Another period: what is made for it is shown, nothing else.
        app.type("]")
        #expect(app.state.indicatorReport == nil)
        waited = 0
        while app.state.indicatorReport?.hasLists != true && waited < 200 {
            app.controller.collectPrefetched()
            #expect(app.state.indicatorReport.map { $0.period == app.state.reportPeriod } ?? true)
            Thread.sleep(forTimeInterval: 0.02)
            waited += 1
        }
        #expect(app.state.indicatorReport?.period == app.state.reportPeriod)
    }

    @Test func anExplanationOpensTheOrganisationItNames() throws {
        let app = try DemoFixture(width: 120, height: 40)
        app.type("2/zzz")
        app.press(.enter)
        #expect(app.state.structures.filter == "zzz")
        app.type("6jjj")
        app.press(.enter)
        #expect(app.state.current.focus == .detail)
        for _ in 0..<20 where app.state.selectedDetailKey == nil { app.press(.down) }
        guard case .structureRecord(let id)? = app.state.selectedDetailKey else {
            Issue.record("no organisation line in RCO04's explanation")
            return
        }
        app.press(.enter)
        #expect(app.state.panel == .structures)
        #expect(app.state.structures.filter.isEmpty, "the filter that hid it is cleared")
        #expect(app.state.selectedID(.structures) == id)
        #expect(app.state.current.focus == .detail)
        #expect(app.screen.contains("Coop des Deux Rives"))
        // Escape comes back to the report; once back, Structures' own
        // Escape is its own again.
        app.press(.escape)
        #expect(app.state.panel == .report)
        app.type("2")
        app.press(.enter)
        app.press(.escape)
        #expect(app.state.panel == .structures)
        // `h` is for records: the report's lines have no history, and
        // its help says so.
        app.type("6")
        app.type("h")
        #expect(app.state.panel == .report)
        let said = HelpContent.lines(app.state).compactMap { line -> String? in
            if case .field("h", let text, _) = line, text.hasPrefix("Historique") { return text }
            return nil
        }
        #expect(!said.isEmpty && said.allSatisfy { $0.hasSuffix("(sur une fiche)") }, "\(said)")
    }

    @Test func aChangeElsewhereComputesTheReportAgain() throws {
        let app = try DemoFixture(width: 120, height: 40)
        app.type("6")
        #expect(app.state.indicatorReport?.indicator(.rco02).value == 1)
        // A grant granted to the Épicerie, from another session.
        let bessin = try #require(app.allStructures.first { $0.name == "Épicerie Solidaire du Bessin" }).id
        let other = try Store.open(path: app.store.path)
        try other.save(
            Financing(
                structureID: bessin, cohortID: nil, instrument: .grant, amount: 5_000, status: .granted),
            by: ChangeAuthor(name: "bruno", session: "s2"), at: DemoFixture.now)
        try other.close()
        _ = app.controller.tick(now: DemoFixture.now + 5)
        #expect(app.state.indicatorReport?.indicator(.rco02).value == 2)
        #expect(app.state.indicatorReport?.indicator(.rco02).amount == 20_000)
        // Scoped to a cohort with no financing: 0, and the table says so.
        app.type(":cohorte Numérique")
        app.press(.enter)
        #expect(app.state.indicatorReport?.indicator(.rco02).value == 0)
        #expect(app.state.indicatorReport?.cohorts.map(\.name) == ["Numérique"])
    }

    @Test func theFiguresAreDrawnAsBars() throws {
        let app = try DemoFixture(width: 120, height: 40)
        app.type("6G")
        app.press(.enter)
        let screen = app.screen
        #expect(screen.contains("Jours des partenaires consommés et prévus"))
        #expect(screen.contains("█") && screen.contains("░"))
        #expect(screen.contains("4,5 / 46,5 j"))
        let ascii = Glyphs.ascii.bar(3.5, reach: 6)
        #expect(ascii.bar == "####" && ascii.shade == "..")
        let unicode = Glyphs.unicode.bar(2.5, reach: 5)
        #expect(unicode.bar == "██▌" && unicode.shade == "░░")
    }
}
