import EssorCore
import EssorStore
import Foundation
import Testing

@testable import EssorUI

/// The Finances panel through the controller: the table, the grids typed
/// in and saved, financing kept from a suggestion.
@Suite struct FinancePanelTests {
    /// The example cohort in scope, the Finances panel shown.
    func example(width: Int = 120, height: Int = 40) throws -> DemoFixture {
        let app = try DemoFixture(width: width, height: height)
        app.press(.char("j"), .char("j"), .char("j"), .enter, .char("5"))
        return app
    }

    func select(_ name: String, in app: DemoFixture) throws {
        for _ in 0..<10 where app.selectedFinance != name { app.press(.down) }
        #expect(app.selectedFinance == name)
    }

    @Test func theTableShowsRatiosFlagsAndTheStructureAtRisk() throws {
        let app = try example()
        let screen = app.screen
        #expect(screen.contains("Finances · 8"))
        #expect(screen.contains("Épicerie Solidaire du B"))
        let epicerie = try #require(screen.split(separator: "\n").first { $0.contains("Épicerie") })
        #expect(epicerie.contains("70,1 %") && epicerie.contains("24 j") && epicerie.contains("rouge ⚠2027"))
    }

    @Test func theDetailShowsFormulasEffectsAndSuggestions() throws {
        let app = try example(width: 220, height: 200)
        try select("Épicerie Solidaire du Bessin", in: app)
        let screen = app.screen
        #expect(
            screen.contains(
                n("trésorerie × 365 / (charges − amortissements) = 9 500 € × 365 / (150 000 € − 3 000 €)")))
        #expect(screen.contains("Trésorerie en jours de charges"))
        #expect(screen.contains("À risque dès 2027"))
        // The equity is shown as the accounts would: below zero, with its sign.
        let line = try #require(screen.split(separator: "\n").first { $0.contains("Fonds propres négatifs") })
        #expect(line.contains("(-2 250 €)") || line.contains("(-2\u{202F}250\u{00A0}€)"), "\(line)")
        #expect(screen.contains("tresorerie-annee-1"))
        // The prêt d'honneur up to its ceiling, and a guaranteed bank loan
        // for the rest of the 38 325 €.
        #expect(
            screen.contains(n("garantie d'emprunt bancaire 5 411 € (65 % d'un prêt bancaire de 8 325 €)")))
        #expect(
            screen.contains(
                n("d'honneur 30 000 € (son plafond, 30 000 €), pour un besoin d'environ 38 325 €")))
        #expect(screen.contains("contrat d'apport associatif") || screen.contains("prime"))
    }

    @Test func typingInTheBudgetUpdatesTotalsAndSaves() throws {
        let app = try example()
        app.press(.char("m"))
        let grid = try #require(app.state.grid)
        #expect(grid.model.lines.count == 5)
        #expect(app.screen.contains(n("-44 000 €")))
        // The launch grant of year 1 goes from 20 000 to 30 000.
        app.press(.down, .down, .down, .down, .right, .right)
        app.type("30000")
        app.press(.enter)
        #expect(app.state.grid?.model.lines[4].amounts[0] == 30_000)
        #expect(app.screen.contains(n("-34 000 €")))
        #expect(app.state.grid?.dirty == true)
        // A wrong amount is refused and stays being typed.
        app.press(.right)
        app.type("12 %")
        app.press(.enter)
        #expect(app.state.message?.text.contains("n'est pas un nombre") == true)
        #expect(app.state.grid?.editor != nil)
        app.press(.escape)
        // A new line, an income.
        app.press(.char("a"))
        app.press(.enter, .ctrl("u"))
        app.type("Mécénat")
        app.press(.enter, .right, .char(" "), .right)
        app.type("5000")
        app.press(.enter, .ctrl("s"))
        #expect(app.state.grid == nil)
        let cohort = try #require(app.state.scope)
        let saved = try #require(try app.store.projectModel(cohort: cohort))
        #expect(saved.lines.count == 6)
        #expect(saved.lines[4].amounts == [30_000, 0, 0])
        #expect(
            saved.lines[5].label == "Mécénat" && saved.lines[5].kind == .income
                && saved.lines[5].amounts[0] == 5_000)
    }

    @Test func sharingALineChangesWhatAStructureBears() throws {
        let app = try example()
        app.press(.char("m"), .down, .down, .char("r"))
        #expect(app.state.grid?.isShares == true)
        #expect(app.screen.contains("Répartition — Loyer et énergie de la légumerie"))
        // The first member (Coop des Deux Rives) gives 10 days of work.
        app.press(.right, .right)
        app.type("10")
        app.press(.enter)
        #expect(app.screen.contains(n("3 500 €")))
        // The 3 500 € come first; the 50 / 30 / 20 % share the 5 500 € left,
        // so the line still adds up to its 9 000 €.
        #expect(app.screen.contains(n("9 000 € répartis sur 9 000 € — la ligne tombe juste")))
        #expect(app.screen.contains(n("se partagent le reste (5 500 €)")))
        #expect(app.screen.contains(n("2 750 €")))
        app.press(.escape, .ctrl("s"))
        let saved = try #require(try app.store.projectModel(cohort: app.state.scope!))
        #expect(saved.lines[2].shares.contains { if case .fixed(0, 10) = $0.mode { true } else { false } })
    }

    /// The parts, their total and the status are for one year: the year
    /// of the cell `r` was pressed on, and the other years that do not add
    /// up are named.
    @Test func aLinesSharingIsShownForTheYearOfTheCell() throws {
        let app = try example(width: 140, height: 40)
        // The equipment's 2nd year gets 500 €, which a fixed 1 000 € over-charges.
        app.press(.char("m"), .right, .right, .right)
        app.type("500")
        app.press(.enter, .char("r"), .right)
        app.type("1000")
        app.press(.enter)
        let grid = try #require(app.state.grid)
        let second = grid.model.startYear + 1
        #expect(grid.sharesYear == 1 && app.screen.contains("Part \(second)"))
        #expect(app.screen.contains(n("\(second) : 1 000 € imputés pour 500 € — 500 € de trop")))
        // From the first year's cell: its parts, and the second year named.
        app.press(.escape, .right, .right, .char("r"))
        #expect(app.state.grid?.sharesYear == 0)
        #expect(app.screen.contains("Part \(grid.model.startYear)"))
        #expect(app.screen.contains("Ne tombe pas juste en \(second) : r sur la cellule"))
    }

    @Test func theCashPlanIsTypedMonthByMonthAndSaved() throws {
        let app = try example(width: 140, height: 40)
        let cohort = try #require(app.state.scope)
        app.press(.char("m"), .char("p"))
        let grid = try #require(app.state.grid)
        #expect(grid.isCashPlan)
        let year = grid.model.startYear
        #expect(app.screen.contains("Plan de trésorerie \(year) (€)"))
        // The demo's equipment is paid in February and March, the sales
        // start in April, the Région's aid comes in November: the
        // collective is lowest at the end of October.
        #expect(app.screen.contains(n("Point bas : -63 033 € fin octobre \(year)")), "\(app.screen)")
        // The aid paid in September instead: typed on its row, the
        // November left as it was, the line no longer adds up.
        app.press(.down, .down, .down, .down)
        for _ in 0..<9 { app.press(.right) }
        app.type("20000")
        app.press(.enter)
        #expect(app.state.grid?.model.lines[4].months?[8] == 20_000)
        #expect(
            app.screen.contains(
                n(
                    "1 ligne dont les mois ne font pas son année : « Aide régionale au lancement » prévoit 40 000 € sur 20 000 €"
                )
            ))
        for _ in 0..<2 { app.press(.right) }
        app.type("0")
        app.press(.enter)
        #expect(!app.screen.contains("ne font pas son année"))
        // Paid in September, the aid lifts the end of the year: the lowest
        // point is now August's, before it.
        #expect(app.screen.contains(n("Point bas : -61 667 € fin août \(year)")), "\(app.screen)")
        // `=` spreads a line evenly; `d` deletes no line here.
        app.press(.up)
        app.press(.char("d"))
        #expect(app.state.grid?.model.lines[3].months != nil)
        app.press(.char("="))
        #expect(app.state.grid?.model.lines.count == 5)
        #expect(app.state.grid?.model.lines[3].months == nil)
        // Esc goes back to the budget, Ctrl-S saves the months with it.
        app.press(.escape)
        #expect(app.state.grid?.isCashPlan == false && app.state.grid != nil)
        app.press(.ctrl("s"))
        let saved = try #require(try app.store.projectModel(cohort: cohort))
        #expect(saved.lines[4].months?[8] == 20_000 && saved.lines[4].months?[10] == 0)
        #expect(saved.lines[3].months == nil)
        #expect(saved.lines[0].months == [0, 30_000, 18_000, 0, 0, 0, 0, 0, 0, 0, 0, 0])
    }

    @Test func theCashPlanHasItsOwnKeys() throws {
        let app = try example(width: 140, height: 40)
        func hinted() -> [String] {
            app.state.keymap.hints(for: app.state.keyContexts, in: app.state).map(\.binding.command.rawValue)
        }
        app.press(.char("m"))
        #expect(hinted().contains("cash-plan") && !hinted().contains("spread-evenly"))
        app.press(.char("p"))
        #expect(hinted().contains("spread-evenly"))
        #expect(
            !hinted().contains("add-row") && !hinted().contains("shares") && !hinted().contains("cash-plan"))
        // No line added, no kind toggled, no sharing opened from the plan.
        app.press(.char("a"), .char(" "), .char("r"), .char("+"))
        let grid = try #require(app.state.grid)
        #expect(grid.model.lines.count == 5 && grid.isCashPlan && !grid.isShares && grid.model.years == 3)
        #expect(grid.model.lines[0].kind == .expense)
    }

    @Test func aLinesSharingOffersItsOwnKeys() throws {
        let app = try example(width: 140, height: 40)
        func hinted() -> [String] {
            app.state.keymap.hints(for: app.state.keyContexts, in: app.state).map(\.binding.command.rawValue)
        }
        app.press(.char("m"))
        #expect(hinted().contains("add-row") && hinted().contains("shares") && !hinted().contains("day-rate"))
        app.press(.char("r"))
        #expect(app.state.grid?.isShares == true)
        // A line's rows are the members: no line to add or delete, no
        // sharing of a sharing; the day's value instead.
        #expect(hinted().contains("day-rate"))
        #expect(
            !hinted().contains("add-row") && !hinted().contains("delete-row") && !hinted().contains("shares"))
        let members = app.state.grid?.members.count
        app.press(.char("a"), .char("d"))
        #expect(app.state.grid?.members.count == members && app.state.grid?.isShares == true)
    }

    @Test func aLineThatDoesNotAddUpIsShownAndSavedOnlyOnASecondCtrlS() throws {
        let app = try example(width: 140, height: 40)
        let cohort = try #require(app.state.scope)
        let before = try #require(try app.store.projectModel(cohort: cohort))
        app.press(.char("m"), .down, .down, .char("r"))
        // Cuisine Centrale goes from 50 % to 40 %: 900 € of the rent is borne by no one.
        let grid = try #require(app.state.grid)
        let row = try #require(grid.members.firstIndex { $0.name.hasPrefix("Cuisine Centrale") })
        for _ in 0..<row { app.press(.down) }
        app.type("40")
        app.press(.enter)
        #expect(app.screen.contains(n("8 100 € répartis sur 9 000 € — 900 € à la charge de personne")))
        app.press(.escape)
        #expect(
            app.screen.contains(
                "1 ligne ne tombe pas juste (« Loyer et énergie de la légumerie » en \(grid.model.startYear))"
            ))
        app.press(.ctrl("s"))
        #expect(app.state.grid != nil)
        #expect(app.state.message?.text.contains("ne tombe pas juste en \(grid.model.startYear)") == true)
        #expect(try app.store.projectModel(cohort: cohort) == before)
        // Any other key drops the question and its message; two Ctrl-S in a row save.
        app.press(.down)
        #expect(app.state.message == nil)
        app.press(.ctrl("s"))
        #expect(app.state.grid != nil)
        app.press(.ctrl("s"))
        #expect(app.state.grid == nil)
        let saved = try #require(try app.store.projectModel(cohort: cohort))
        #expect(saved.lines[2].sharing(year: 0, dayRate: saved.dayRate).shared == 8_100)
        // The detail of a member says its effects follow a budget that does not add up.
        try select("Cuisine Centrale d'Argentan", in: app)
        let detail = app.state.detailRows(.finances, width: 1_000).map { $0.spans.map(\.text).joined() }
        #expect(
            detail.contains {
                $0.contains("La ligne de budget « Loyer et énergie de la légumerie » ne tombe pas juste")
            })
    }

    @Test func aBudgetSavedElsewhereMeanwhileIsNotOverwritten() throws {
        let app = try example()
        app.press(.char("m"), .char("d"))
        let cohort = try #require(app.state.scope)
        let other = try Store.open(path: app.store.path)
        var theirs = try #require(try other.projectModel(cohort: cohort))
        theirs.dayRate = 400
        try other.save(theirs, by: ChangeAuthor(name: "camille", session: "x"), at: 1)
        app.press(.ctrl("s"))
        #expect(app.state.grid != nil)
        #expect(app.state.message?.text.contains("Quelqu'un d'autre a enregistré entre-temps") == true)
        let stored = try #require(try app.store.projectModel(cohort: cohort))
        #expect(stored.lines.count == 5 && stored.dayRate == 400)
    }

    @Test func historyShowsAStructuresFinanceChanges() throws {
        let app = try example(width: 120, height: 40)
        app.press(.char("e"), .char("a"), .ctrl("s"))
        app.press(.char("h"))
        #expect(app.screen.contains("Historique — Coop des Deux Rives"))
        #expect(app.screen.contains("modification"))
    }

    @Test func theHelpListsTheGridKeysFromTheGrid() throws {
        let app = try example()
        app.press(.char("m"), .char("?"))
        #expect(app.state.overlay == .help(scroll: 0))
        let help = HelpContent.lines(app.state).map { "\($0)" }.joined(separator: "\n")
        #expect(help.contains("Grilles : comptes et budget du projet"))
        #expect(help.contains("Répartition de la ligne entre structures"))
        #expect(help.contains("Fiche financière"))
        app.press(.escape)
        #expect(app.state.overlay == nil && app.state.grid != nil)
    }

    @Test func closingWithUnsavedChangesAsksFirst() throws {
        let app = try example()
        app.press(.char("m"), .char("d"))
        app.press(.escape)
        #expect(app.state.grid != nil)
        #expect(app.state.message?.text.contains("non enregistrées") == true)
        app.press(.escape)
        #expect(app.state.grid == nil)
        #expect(try app.store.projectModel(cohort: app.state.scope!)?.lines.count == 5)
    }

    @Test func accountsAreTypedYearByYear() throws {
        let app = try example()
        try select("Les Paniers de la Vallée d'Eure", in: app)
        let id = try #require(app.state.selectedID(.finances))
        app.press(.char("e"))
        #expect(app.state.grid?.years.map(\.year) == [2023, 2024, 2025])
        #expect(app.screen.contains("Comptes — Les Paniers de la Vallée d'Eure"))
        app.press(.char("a"))  // 2026
        app.press(.down, .down, .down, .down, .down, .down, .down)  // Trésorerie
        app.type("1 234,5")
        app.press(.enter, .ctrl("s"))
        #expect(app.state.grid == nil)
        let years = try app.store.financialYears(of: id)
        #expect(years.map(\.year) == [2023, 2024, 2025, 2026])
        #expect(years.last?[.cash] == 1_234.5)
        // The table now reads the 2026 accounts.
        #expect(
            app.screen.split(separator: "\n").contains {
                $0.contains("Les Paniers de la Vall") && $0.contains("2026")
            })
    }

    @Test func aLatestYearWithUnknownFiguresRulesNoRiskOut() throws {
        let app = try example(width: 220, height: 200)
        try select("Épicerie Solidaire du Bessin", in: app)
        #expect(app.screen.contains("À risque dès 2027"))
        // A 2026 with only a large cash: the effects start from it, and its
        // unknown expenses and equity are not read as zeros (which found no
        // risk).
        app.press(.char("e"), .char("a"))
        app.press(.down, .down, .down, .down, .down, .down, .down)  // Trésorerie
        app.type("900 000")
        app.press(.enter, .ctrl("s"))
        #expect(app.state.grid == nil)
        let screen = app.screen
        #expect(!screen.contains("Pas de risque décelé"))
        #expect(
            screen.contains(
                "Aucun risque ne peut être écarté : Charges d'exploitation, Fonds propres de 2026"))
        // Its unknown depreciation counts as none, and the formula says so.
        #expect(screen.contains(n("résultat + amortissements = n/d + n/d, compté 0 €")))
    }

    @Test func anEarlierYearIsEnteredBeforeTheFirstAndKeptAsTyped() throws {
        let app = try example()
        try select("Les Paniers de la Vallée d'Eure", in: app)
        let id = try #require(app.state.selectedID(.finances))
        app.press(.char("e"), .char("A"))
        #expect(app.state.grid?.years.map(\.year) == [2022, 2023, 2024, 2025])
        #expect(app.state.grid?.column == 1)
        // Produits d'exploitation with cents, and a headcount in hundredths.
        app.type("185 300,50")
        app.press(.enter)
        for _ in 0..<(FinancialYear.Figure.allCases.firstIndex(of: .fte)!) { app.press(.down) }
        app.type("1,25")
        app.press(.enter)
        #expect(app.screen.contains(n("185 300,50 €")) && app.screen.contains("1,25"))
        // And 2,75 FTE in the latest year, which the detail shows.
        app.press(.right, .right, .right)
        app.type("2,75")
        app.press(.enter)
        app.press(.ctrl("s"))
        #expect(app.state.grid == nil)
        let years = try app.store.financialYears(of: id)
        #expect(years.map(\.year) == [2022, 2023, 2024, 2025])
        #expect(years.first?[.income] == 185_300.5 && years.first?[.fte] == 1.25)
        // The detail shows the FTE to the hundredth, as typed.
        let detail = app.state.detailRows(.finances, width: 1_000).map { $0.spans.map(\.text).joined() }
        #expect(detail.contains { $0.hasPrefix("ETP") && $0.contains("2,75") }, "\(detail)")
    }

    /// The Épicerie's detail at 100 columns, its first suggested financing
    /// kept with Enter.
    func keepingTheEpiceriesFirstSuggestion() throws -> (DemoFixture, StructureID) {
        let app = try example(width: 100, height: 200)
        try select("Épicerie Solidaire du Bessin", in: app)
        let id = try #require(app.state.selectedID(.finances))
        app.press(.tab)
        for _ in 0..<200
        where app.state.selectedFinanceKey.map({ if case .financingSuggestion = $0 { false } else { true } })
            ?? true
        {
            app.press(.down)
        }
        app.press(.enter)
        return (app, id)
    }

    @Test func aSuggestionIsKeptOnceAndUndoneWithOneKey() throws {
        let (app, id) = try keepingTheEpiceriesFirstSuggestion()
        // Each with its own amount, within its terms: the guarantee's 65 %
        // of the 8 325 € bank loan, the prêt d'honneur's ceiling.
        #expect(try app.store.financings(of: id).map(\.amount) == [5_411, 30_000])
        // The cursor stays on the suggestion, now marked as kept: Enter again
        // says so and records nothing.
        guard case .financingSuggestion? = app.state.selectedFinanceKey else {
            Issue.record("the cursor left the suggestion")
            return
        }
        #expect(app.screen.contains("— retenu"))
        app.press(.enter)
        #expect(try app.store.financings(of: id).count == 2)
        #expect(
            app.state.message?.text.contains("Déjà retenu : garantie d'emprunt bancaire + prêt d'honneur")
                == true)
        // Both instruments were one change: one u takes both back.
        app.press(.char("u"))
        #expect(try app.store.financings(of: id).isEmpty)
        #expect(!app.screen.contains("— retenu"))
    }

    @Test func aKeptFinancingMovesThroughThePipelineWithItsDays() throws {
        let (app, id) = try keepingTheEpiceriesFirstSuggestion()
        for _ in 0..<200
        where app.state.selectedFinanceKey.map({ if case .financingRecord = $0 { false } else { true } })
            ?? true
        {
            app.press(.down)
        }
        let today = WallClock.paris.today(now: app.state.now)
        let day = today.dayMonthYear
        app.press(.char("s"), .char("s"))
        let first = try #require(try app.store.financings(of: id).first)
        #expect(first.status == .committee && first.requestedOn == today && first.committeeOn == today)
        #expect(app.screen.contains("en comité \(day)") && app.screen.contains("(demande déposée \(day))"))
        app.press(.char("s"), .char("s"))
        let paid = try #require(try app.store.financings(of: id).first)
        #expect(paid.status == .paid && paid.grantedOn == today && paid.paidOn == today)
        app.press(.char("s"))
        let refused = try #require(try app.store.financings(of: id).first)
        #expect(refused.status == .refused && refused.grantedOn == nil && refused.refusedOn == today)
        #expect(refused.requestedOn == today && refused.committeeOn == today)
    }

    @Test func aStagesDayIsTypedWithinTheDaysBeforeIt() throws {
        let (app, id) = try keepingTheEpiceriesFirstSuggestion()
        for _ in 0..<200
        where app.state.selectedFinanceKey.map({ if case .financingRecord = $0 { false } else { true } })
            ?? true
        {
            app.press(.down)
        }
        let today = WallClock.paris.today(now: app.state.now)
        app.press(.char("D"))
        #expect(app.state.input == nil && app.state.message?.text.contains("n'a pas de date") == true)
        // Filed ten days ago, recorded today.
        app.press(.char("s"), .char("D"))
        #expect(app.state.input?.editor.text == today.dayMonthYear)
        app.press(.ctrl("u"))
        app.type(today.adding(days: -10).dayMonthYear)
        app.press(.enter)
        #expect(try app.store.financings(of: id).first?.requestedOn == today.adding(days: -10))
        // The committee: not before the filing, not in the future.
        app.press(.char("s"), .char("D"), .ctrl("u"))
        app.type(today.adding(days: -20).dayMonthYear)
        app.press(.enter)
        #expect(app.state.message?.text.contains("Avant « demande déposée »") == true)
        #expect(app.state.input != nil)
        app.press(.ctrl("u"))
        app.type(today.adding(days: 3).dayMonthYear)
        app.press(.enter)
        #expect(app.state.message?.text.contains("pas encore venu") == true)
        app.press(.ctrl("u"))
        app.type("hier")
        app.press(.enter)
        #expect(app.state.message?.text.contains("Pas une date") == true)
        app.press(.ctrl("u"))
        app.type(today.adding(days: -4).dayMonthYear)
        app.press(.enter)
        let moved = try #require(try app.store.financings(of: id).first)
        #expect(moved.status == .committee && moved.committeeOn == today.adding(days: -4))
        #expect(moved.requestedOn == today.adding(days: -10))
    }

    @Test func aSuggestionIsKeptAndItsStatusMovesOn() throws {
        let (app, id) = try keepingTheEpiceriesFirstSuggestion()
        let kept = try app.store.financings(of: id)
        #expect(kept.map(\.instrument) == [.guarantee, .honourLoan])
        #expect(
            kept.allSatisfy { $0.rule == .cashFirstYear && $0.status == .considered && $0.partnerID != nil })
        #expect(app.state.message?.text.contains("Retenu") == true)
        for _ in 0..<200
        where app.state.selectedFinanceKey.map({ if case .financingRecord = $0 { false } else { true } })
            ?? true
        {
            app.press(.down)
        }
        app.press(.char("s"))
        #expect(try app.store.financings(of: id).first?.status == .requested)
        app.press(.char("e"), .ctrl("u"))
        app.type("12 000,5")
        app.press(.enter)
        #expect(try app.store.financings(of: id).first?.amount == 12_000.5)
        let before = try app.store.financings(of: id).first?.partnerID
        app.press(.char("p"))
        let after = try app.store.financings(of: id).first?.partnerID
        #expect(after != nil && after != before)
        app.press(.char("e"), .ctrl("u"))
        app.type("beaucoup")
        app.press(.enter)
        #expect(app.state.message?.text.contains("n'est pas un nombre") == true)
        // The line stays open on what was typed, the reason beside it: the
        // next keys are not commands.
        #expect(app.state.input?.editor.text == "beaucoup")
        #expect(
            app.screen.split(separator: "\n").contains {
                $0.contains("beaucoup") && $0.contains("n'est pas un nombre")
            })
        app.press(.ctrl("u"))
        app.type("-5")
        app.press(.enter)
        #expect(app.state.message?.text.contains("entre 0 et") == true && app.state.input != nil)
        app.press(.escape)
        #expect(app.state.input == nil)
        // Undo goes back through the partner, the amount, the status.
        app.press(.char("u"))
        #expect(try app.store.financings(of: id).first?.partnerID == before)
        app.press(.char("u"))
        #expect(try app.store.financings(of: id).first?.amount != 12_000.5)
        app.press(.char("u"))
        #expect(try app.store.financings(of: id).first?.status == .considered)
    }

    /// `p` gives a kept financing a partner of another length, so its
    /// line wraps on more or fewer rows: the cursor stays on it, and the
    /// next key still acts on it, not on the financing that moved up.
    @Test func theCursorStaysOnTheFinancingItChangesWhenItsLineRewraps() throws {
        let (app, id) = try keepingTheEpiceriesFirstSuggestion()
        let kept = try app.store.financings(of: id)
        let first = try #require(kept.first?.id)
        let second = try #require(kept.last?.id)
        #expect(first != second)
        func rows() -> [DetailRow] {
            app.state.detailRows(.finances, width: app.state.panelLayout(.finances).detailTextWidth)
        }
        for _ in 0..<200 where app.state.selectedFinanceKey != .financingRecord(first) { app.press(.down) }
        var heights: Set<Int> = []
        for _ in 0..<8 {
            // The cursor on the last row of the first financing's line.
            for _ in 0..<10 {
                let all = rows()
                let next = app.state.current.detailCursor + 1
                guard all.indices.contains(next), all[next].key == .financingRecord(first) else { break }
                app.press(.down)
            }
            heights.insert(rows().filter { $0.key == .financingRecord(first) }.count)
            app.press(.char("p"))
            #expect(app.state.selectedFinanceKey == .financingRecord(first))
        }
        // The partners' names did change the line's height.
        #expect(heights.count > 1, "\(heights)")
        let untouched = try #require(try app.store.financings(of: id).last)
        app.press(.char("s"))
        #expect(try app.store.financings(of: id).first?.status == .requested)
        #expect(try app.store.financings(of: id).last == untouched && untouched.id == second)
    }
}

/// French amounts as the interface writes them: a narrow no-break space
/// between thousands.
func n(_ text: String) -> String {
    text.replacingOccurrences(of: #"(\d) (\d)"#, with: "$1\u{202F}$2", options: .regularExpression)
        .replacingOccurrences(of: " €", with: "\u{00A0}€")
}

extension DemoFixture {
    var selectedFinance: String? {
        state.selectedID(.finances).flatMap { state.rows.finances[$0]?.name }
    }
}
