import Testing

@testable import EssorCore

/// Ratios, flags, project effects and financing rules on numbers that can
/// be checked by hand.
@Suite struct FinanceTests {
    let thresholds = FinanceThresholds()

    func year(_ y: Int, _ values: [FinancialYear.Figure: Double], structure: StructureID = 1) -> FinancialYear
    {
        FinancialYear(structureID: structure, year: y, values: values)
    }

    func ratio(_ ratios: [Ratio], _ kind: RatioKind) -> Ratio { ratios.first { $0.kind == kind }! }

    @Test func amountsAreReadAsFrenchSpreadsheetsWriteThem() {
        #expect(DecimalFormat.amount("1 234,56") == 1_234.56)
        #expect(DecimalFormat.amount("1\u{202F}234,5 €") == 1_234.5)
        #expect(DecimalFormat.amount("1.234,5") == 1_234.5)
        #expect(DecimalFormat.amount("(2 500)") == -2_500)
        #expect(DecimalFormat.amount("−1 000,25") == -1_000.25)
        #expect(DecimalFormat.amount("-12") == -12)
        for bad in ["", "12 %", "beaucoup", "1,2,3"] { #expect(DecimalFormat.amount(bad) == nil, "\(bad)") }
    }

    @Test func ratiosOfAWorkedExample() {
        // Produits 200 000 of which grants 150 000: 75 % (orange: over 60 %,
        // not over 80 %). Cash 20 000 for 210 000 − 10 000 of cash
        // expenses: 20 000 × 365 / 200 000 = 36,5 days (orange: under 90).
        // Equity 30 000 / 120 000 = 25 % (green). CAF −10 000 + 10 000 = 0
        // (green). Result −10 000 after 5 000: down 15 000, negative (red).
        let current = year(
            2025,
            [
                .income: 200_000, .grants: 150_000, .expenses: 210_000, .depreciation: 10_000,
                .cash: 20_000, .equity: 30_000, .balanceSheetTotal: 120_000, .result: -10_000,
            ])
        let ratios = FinancialRatios.compute(
            current, previous: year(2024, [.result: 5_000]), thresholds: thresholds)
        #expect(ratio(ratios, .subsidyDependency).value == 0.75)
        #expect(ratio(ratios, .subsidyDependency).flag == .orange)
        #expect(ratio(ratios, .cashDays).value == 36.5)
        #expect(ratio(ratios, .cashDays).flag == .orange)
        #expect(ratio(ratios, .equityRatio).value == 0.25)
        #expect(ratio(ratios, .equityRatio).flag == .green)
        #expect(ratio(ratios, .selfFinancing).value == 0)
        #expect(ratio(ratios, .selfFinancing).flag == .green)
        #expect(ratio(ratios, .resultTrend).value == -15_000)
        #expect(ratio(ratios, .resultTrend).flag == .red)
        #expect(FinancialRatios.overall(ratios) == .red)
    }

    @Test func theBalanceSheetDiagnosticOfAWorkedExample() {
        // Stable resources 80 000 (equity 50 000, loans 30 000) less fixed
        // assets 95 000: FR −15 000, red. Stocks and receivables 40 000
        // less short-term debts 25 000: BFR 15 000, over the FR: orange.
        // Net cash −15 000 − 15 000 = −30 000, red; the cash entered,
        // 25 000 (an overdraft of 55 000 left out), is 55 000 away.
        let current = year(
            2025,
            [
                .income: 100_000, .grants: 20_000, .expenses: 90_000, .cash: 25_000, .equity: 50_000,
                .balanceSheetTotal: 140_000, .result: 10_000, .stableResources: 80_000, .fixedAssets: 95_000,
                .currentAssets: 40_000, .operatingDebts: 25_000,
            ])
        let ratios = FinancialRatios.compute(
            current, previous: year(2024, [.result: 8_000]), thresholds: thresholds)
        #expect(ratio(ratios, .workingCapital).value == -15_000)
        #expect(ratio(ratios, .workingCapital).operands == [80_000, 95_000])
        #expect(ratio(ratios, .workingCapital).flag == .red)
        #expect(ratio(ratios, .workingCapitalNeed).value == 15_000)
        #expect(ratio(ratios, .workingCapitalNeed).flag == .orange)
        #expect(ratio(ratios, .netCash).value == -30_000)
        #expect(ratio(ratios, .netCash).operands == [-15_000, 15_000])
        #expect(ratio(ratios, .netCash).flag == .red)
        #expect(FinancialRatios.netCashGap(current) == -55_000)
        // The other five are green or orange: the diagnostic sets the state.
        #expect(FinancialRatios.overall(ratios) == .red)
        #expect(FinancialRatios.deciding(ratios) == [.workingCapital, .netCash])
        // A BFR the FR covers is green, and a negative one (debts over
        // receivables, as in a shop paid cash) too.
        #expect(FinancialRatios.needFlag(-8_000, workingCapital: 500) == .green)
        #expect(FinancialRatios.needFlag(500, workingCapital: 500) == .green)
        #expect(FinancialRatios.needFlag(501, workingCapital: 500) == .orange)
    }

    @Test func accountsWithoutTheBalanceSheetFiguresAreNotMadeIncomplete() {
        // The five first ratios all green; the four optional figures
        // absent: the state stays green, the diagnostic is not computed.
        let current = year(
            2025,
            [
                .income: 100_000, .grants: 20_000, .expenses: 90_000, .cash: 40_000, .equity: 50_000,
                .balanceSheetTotal: 140_000, .result: 10_000,
            ])
        var ratios = FinancialRatios.compute(
            current, previous: year(2024, [.result: 8_000]), thresholds: thresholds)
        #expect(FinancialRatios.overall(ratios) == .green)
        #expect(ratios.filter { !$0.counts }.map(\.kind) == [.workingCapital, .workingCapitalNeed, .netCash])
        #expect(current.missing(FinancialYear.balanceSheetFigures).count == 4)
        // Only the BFR's figures: it is shown, unflagged without a FR to
        // judge it by; the state does not change.
        var need = current
        need[.currentAssets] = 30_000
        need[.operatingDebts] = 10_000
        let needRatios = FinancialRatios.compute(
            need, previous: year(2024, [.result: 8_000]), thresholds: thresholds)
        #expect(ratio(needRatios, .workingCapitalNeed).value == 20_000)
        #expect(
            ratio(needRatios, .workingCapitalNeed).isShown && !ratio(needRatios, .workingCapitalNeed).counts)
        #expect(!ratio(needRatios, .workingCapital).isShown && !ratio(needRatios, .netCash).isShown)
        #expect(FinancialRatios.overall(needRatios) == .green)
        // Half of them entered: still not computed, still green.
        var half = current
        half[.stableResources] = 80_000
        half[.fixedAssets] = 30_000
        ratios = FinancialRatios.compute(half, previous: year(2024, [.result: 8_000]), thresholds: thresholds)
        #expect(ratio(ratios, .workingCapital).value == 50_000)
        #expect(ratio(ratios, .netCash).flag == .unknown)
        #expect(FinancialRatios.overall(ratios) == .green)
        #expect(half.missing(FinancialYear.balanceSheetFigures) == [.currentAssets, .operatingDebts])
        // One of the first five unknown still makes it incomplete.
        half[.cash] = nil
        ratios = FinancialRatios.compute(half, previous: year(2024, [.result: 8_000]), thresholds: thresholds)
        #expect(FinancialRatios.overall(ratios) == .incomplete)
        #expect(FinancialRatios.deciding(ratios) == [.cashDays])
    }

    @Test func zeroAndNegativeDenominatorsGiveNoValue() {
        let empty = year(
            2025, [.income: 0, .grants: 0, .expenses: 5_000, .depreciation: 8_000, .balanceSheetTotal: 0])
        let ratios = FinancialRatios.compute(empty, previous: nil, thresholds: thresholds)
        for kind in [RatioKind.subsidyDependency, .cashDays, .equityRatio, .selfFinancing, .resultTrend] {
            #expect(ratio(ratios, kind).value == nil, "\(kind)")
            #expect(ratio(ratios, kind).flag == .unknown, "\(kind)")
        }
        // Accounts with nothing computable: « incomplet », never green.
        #expect(FinancialRatios.overall(ratios) == .incomplete)
    }

    @Test func thresholdsDecideTheFlagsAndCanBeChanged() {
        #expect(thresholds.flag(.cashDays, 29.9) == .red)
        #expect(thresholds.flag(.cashDays, 30) == .orange)
        #expect(thresholds.flag(.cashDays, 90) == .green)
        #expect(thresholds.flag(.equityRatio, -0.01) == .red)
        #expect(thresholds.flag(.selfFinancing, -1) == .red)
        let strict = FinanceThresholds([.cashDaysRed: 60])
        #expect(strict.flag(.cashDays, 45) == .red)
        #expect(strict[.cashDaysOrange] == 90)
    }

    /// Three structures share a kitchen bought in the first year, the
    /// coordination (one in staff days) and the meals sold.
    func cohort() -> (ProjectModel, [FinancialYear]) {
        let model = ProjectModel(
            cohortID: 1, startYear: 2027, years: 3, dayRate: 350,
            lines: [
                ProjectLine(
                    kind: .expense, label: "Cuisine partagée", amounts: [60_000, 0, 0],
                    shares: [
                        ProjectShare(structureID: 1, mode: .percent(50)),
                        ProjectShare(structureID: 2, mode: .percent(30)),
                        ProjectShare(structureID: 3, mode: .percent(20)),
                    ]),
                ProjectLine(
                    kind: .expense, label: "Coordination", amounts: [30_000, 30_000, 30_000],
                    shares: [
                        ProjectShare(structureID: 1, mode: .fixed(cash: 0, staffDays: 20)),
                        ProjectShare(structureID: 2, mode: .percent(50)),
                        ProjectShare(structureID: 3, mode: .percent(50)),
                    ]),
                ProjectLine(
                    kind: .income, label: "Ventes de repas", amounts: [20_000, 60_000, 90_000],
                    shares: [
                        ProjectShare(structureID: 1, mode: .percent(40)),
                        ProjectShare(structureID: 2, mode: .percent(30)),
                        ProjectShare(structureID: 3, mode: .percent(30)),
                    ]),
            ])
        let accounts = [
            year(2025, [.cash: 200_000], structure: 1),
            year(
                2026,
                [
                    .expenses: 400_000, .depreciation: 20_000, .cash: 120_000, .equity: 150_000,
                    .balanceSheetTotal: 300_000,
                ],
                structure: 1),
            year(
                2026, [.expenses: 100_000, .cash: 15_000, .equity: 10_000, .balanceSheetTotal: 40_000],
                structure: 2),
            year(
                2026,
                [
                    .expenses: 300_000, .depreciation: 10_000, .cash: 30_000, .equity: 80_000,
                    .balanceSheetTotal: 200_000,
                ],
                structure: 3),
        ]
        return (model, accounts)
    }

    @Test func theModelsTotals() {
        let (model, _) = cohort()
        #expect(model.totals(.expense) == [90_000, 30_000, 30_000])
        #expect(model.totals(.income) == [20_000, 60_000, 90_000])
        #expect(model.balance == [-70_000, 30_000, 60_000])
        #expect(model.lines[0].isOneOff && !model.lines[1].isOneOff)
    }

    @Test func effectsOnAStructureThatCopes() {
        let (model, accounts) = cohort()
        let e = ProjectEffects.effects(of: model, on: 1, accounts: accounts, thresholds: thresholds)
        // 2027: bears 30 000 of the kitchen and 20 days × 350 = 7 000 of
        // coordination, receives 8 000: −29 000. Cash 91 000 for
        // 380 000 + 37 000 of expenses: 79,7 days (orange).
        #expect(e.baseYear == 2026)
        #expect(e.years.map(\.resultChange) == [-29_000, 17_000, 29_000])
        #expect(e.years.map(\.cash) == [91_000, 108_000, 137_000])
        #expect(abs(e.years[0].cashDays! - 91_000 * 365 / 417_000) < 1e-9)
        #expect(e.years.map(\.flag) == [.orange, .green, .green])
        #expect(e.atRiskYear == nil)
        #expect(
            FinancingOrientation.suggestions(for: e, model: model, legalForm: .scop, headcount: 9).isEmpty)
    }

    @Test func unknownFiguresOfTheBaseYearAreNamedNotReadAsZeros() {
        let (model, accounts) = cohort()
        #expect(
            ProjectEffects.effects(of: model, on: 1, accounts: accounts, thresholds: thresholds).missing
                .isEmpty)
        var partial = accounts
        let index = partial.firstIndex { $0.structureID == 1 && $0.year == 2026 }!
        partial[index][.expenses] = nil
        partial[index][.equity] = nil
        let e = ProjectEffects.effects(of: model, on: 1, accounts: partial, thresholds: thresholds)
        #expect(e.missing == [.expenses, .equity])
        #expect(e.atRiskYear == nil && e.years.allSatisfy { $0.cashDays == nil && $0.equity == nil })
        // Cash below zero is short whatever the expenses: 10 000 − 29 000.
        partial[index][.cash] = 10_000
        let short = ProjectEffects.effects(of: model, on: 1, accounts: partial, thresholds: thresholds)
        #expect(short.years[0].cash == -19_000 && short.years[0].flag == .red)
        #expect(short.atRiskYear == 2027 && short.reasons == [.cash(year: 2027, gap: 19_000)])
    }

    @Test func aSmallAssociationAtRiskGetsAGuaranteeAnHonourLoanEquityAndAGrant() {
        let (model, accounts) = cohort()
        let e = ProjectEffects.effects(of: model, on: 2, accounts: accounts, thresholds: thresholds)
        // 2027: 18 000 of the kitchen and half of the coordination once
        // structure 1's 7 000 are taken off (23 000 / 2 = 11 500) borne,
        // 6 000 received: −23 500; cash 15 000 → −8 500, equity 10 000 →
        // −13 500.
        #expect(e.years[0].resultChange == -23_500)
        #expect(e.years[0].cash == -8_500 && e.years[0].equity == -13_500)
        #expect(e.years[0].flag == .red)
        #expect(e.atRiskYear == 2027)
        // Back to 90 days of 129 500: 31 931,51; from −8 500: 40 431,51.
        let gap = 129_500.0 * 90 / 365 + 8_500
        let suggestions = FinancingOrientation.suggestions(
            for: e, model: model, legalForm: .association, headcount: 4)
        #expect(suggestions.map(\.rule) == [.cashFirstYear, .negativeEquity, .launchCost])
        #expect(suggestions[0].instruments == [.guarantee, .honourLoan])
        #expect(abs(suggestions[0].amount - gap) < 0.01)
        // The prêt d'honneur up to its 30 000 €; the 10 431,51 € left from a
        // bank, 65 % guaranteed: 6 780,48 €.
        let honour = suggestions[0].parts[1]
        #expect(honour.amount == 30_000 && honour.limit == .ceiling(30_000))
        let guarantee = suggestions[0].parts[0]
        #expect(abs(guarantee.amount - (gap - 30_000) * 0.65) < 0.01)
        #expect(guarantee.limit == .coverage(65, loan: gap - 30_000))
        #expect(suggestions[1].instruments == [.associativeContribution] && suggestions[1].amount == 13_500)
        #expect(suggestions[1].parts[0].amount == 13_500 && suggestions[1].uncovered == 0)
        #expect(suggestions[2].instruments == [.grant] && suggestions[2].amount == 18_000)
    }

    @Test func aCooperativeShortOfCashGetsAParticipativeLoanWithinItsTerms() {
        let (model, accounts) = cohort()
        let e = ProjectEffects.effects(of: model, on: 3, accounts: accounts, thresholds: thresholds)
        // 2027: 12 000 + 11 500 borne, 6 000 received: −17 500; cash
        // 12 500 for 290 000 + 23 500 of expenses: 14,6 days (red).
        #expect(e.years[0].cash == 12_500)
        #expect(e.atRiskYear == 2027)
        let suggestions = FinancingOrientation.suggestions(
            for: e, model: model, legalForm: .scop, headcount: 12)
        #expect(suggestions.map(\.rule) == [.cashFirstYear, .launchCost])
        // 64 801,37 €: within the prêt participatif's 5 000 – 500 000 €, so no
        // bank loan is needed beside it.
        #expect(suggestions[0].instruments == [.participatingLoan])
        #expect(abs(suggestions[0].amount - (313_500.0 * 90 / 365 - 12_500)) < 0.01)
        #expect(
            suggestions[0].parts[0].amount == suggestions[0].amount && suggestions[0].parts[0].limit == nil)
        #expect(suggestions[1].amount == 12_000)
    }

    @Test func aFinancingsStagesAreDatedAsItMovesOn() {
        let d1 = LocalDate(year: 2026, month: 11, day: 3)!
        let d2 = LocalDate(year: 2026, month: 11, day: 20)!
        let d3 = LocalDate(year: 2026, month: 12, day: 8)!
        var f = Financing(structureID: 1, cohortID: 1, instrument: .participatingLoan, amount: 20_000)
        #expect(f.stamped(today: d1) == f)  // « envisagée » has no day
        f.status = .requested
        f = f.stamped(today: d1)
        f.status = .committee
        f = f.stamped(today: d2)
        f.status = .granted
        f = f.stamped(today: d3)
        #expect(f.requestedOn == d1 && f.committeeOn == d2 && f.grantedOn == d3)
        // Saved again on a later day: the days stay.
        #expect(f.stamped(today: d3.adding(days: 30)) == f)
        // Paid, then moved back to committee: the later days are forgotten.
        f.status = .paid
        f = f.stamped(today: d3.adding(days: 40))
        #expect(f.paidOn == d3.adding(days: 40))
        f.status = .committee
        f = f.stamped(today: d3.adding(days: 41))
        #expect(f.committeeOn == d2 && f.grantedOn == nil && f.paidOn == nil)
        // Refused: the way it came stays, the refusal is dated.
        f.status = .refused
        f = f.stamped(today: d3)
        #expect(f.requestedOn == d1 && f.committeeOn == d2 && f.refusedOn == d3 && f.grantedOn == nil)
        f.status = .considered
        f = f.stamped(today: d3)
        #expect(f.refusedOn == nil && f.requestedOn == nil && f.committeeOn == nil)
        #expect(
            FinancingStatus.paid.isGranted && FinancingStatus.granted.isGranted
                && !FinancingStatus.committee.isGranted)
    }

    @Test func aStagesDayComesAfterTheEarlierOnesAndNotAfterToday() {
        let today = LocalDate(year: 2026, month: 12, day: 3)!
        var f = Financing(structureID: 1, cohortID: 1, instrument: .grant, amount: 5_000)
        #expect(f.settingDay(today, today: today) == .failure(.noStage))
        f.status = .requested
        f.requestedOn = today.adding(days: -10)
        f.status = .committee
        #expect(f.settingDay(today.adding(days: 1), today: today) == .failure(.future))
        #expect(
            f.settingDay(today.adding(days: -11), today: today)
                == .failure(.before(.requested, today.adding(days: -10))))
        #expect(
            (try? f.settingDay(today.adding(days: -10), today: today).get())?.committeeOn
                == today.adding(days: -10))
        // A refusal comes after the filing and the committee, not a grant.
        f.committeeOn = today.adding(days: -5)
        f.status = .refused
        #expect(
            f.settingDay(today.adding(days: -6), today: today)
                == .failure(.before(.committee, today.adding(days: -5))))
        #expect((try? f.settingDay(today, today: today).get())?.refusedOn == today)
    }

    @Test func suggestionsStayWithinTheInstrumentsTerms() {
        // 1 200 000 €: the prêt participatif's 500 000 €, and for the
        // 700 000 € left a bank loan whose guarantee (65 %, 455 000 €) stops
        // at 200 000 €: its ceiling is what it says, not a share it does
        // not cover.
        let big = FinancingSuggestion.loanAndGuarantee(
            .cashFirstYear, loan: .participatingLoan, gap: 1_200_000)
        #expect(big.parts.map(\.instrument) == [.guarantee, .participatingLoan])
        #expect(big.parts.map(\.amount) == [200_000, 500_000])
        #expect(big.parts[0].limit == .ceiling(200_000))
        // 1 500 €: a prêt participatif starts at 5 000 €.
        let small = FinancingSuggestion.single(.cashLater, .participatingLoan, gap: 1_500)
        #expect(small.parts.map(\.amount) == [5_000] && small.parts[0].limit == .floor(5_000))
        // A contrat d'apport associatif stops at 30 000 €: the rest is said.
        let equity = FinancingSuggestion.single(.negativeEquity, .associativeContribution, gap: 42_000)
        #expect(equity.parts[0].amount == 30_000 && equity.uncovered == 12_000)
        // A prime up to 20 000 €; titres participatifs have no published ceiling.
        #expect(FinancingSuggestion.single(.launchCost, .grant, gap: 26_000).uncovered == 6_000)
        #expect(
            FinancingSuggestion.single(.negativeEquity, .participatingSecurities, gap: 1e6).uncovered == 0)
        // Every shipped default names its source, but for the instruments
        // whose terms are not published.
        for (instrument, terms) in InstrumentCatalogue.defaults {
            let published = terms.maximum != nil || terms.minimum != nil
            #expect(published == !terms.source.isEmpty, "\(instrument)")
        }
    }

    @Test func aProgrammesOwnTermsAreTheOnesSuggestionsKeepTo() {
        // A local fund lends up to 25 000 € and guarantees half of a loan.
        let catalogue = Catalogue([
            InstrumentCatalogue.Change(.honourLoan, .maximum): 25_000,
            InstrumentCatalogue.Change(.guarantee, .coverage): 50,
        ])
        // 38 325 € needed: 25 000 € lent (its ceiling), a bank loan of the
        // 13 325 € left, half of it guaranteed: 6 662,50 €.
        let s = FinancingSuggestion.loanAndGuarantee(
            .cashFirstYear, loan: .honourLoan, gap: 38_325, catalogue: catalogue)
        #expect(s.parts.map(\.instrument) == [.guarantee, .honourLoan])
        #expect(s.parts[1].amount == 25_000 && s.parts[1].limit == .ceiling(25_000))
        #expect(s.parts[0].amount == 6_662.5 && s.parts[0].limit == .coverage(50, loan: 13_325))
        // The terms left alone are the shipped ones.
        #expect(catalogue.terms(.honourLoan).minimum == 2_000)
        #expect(catalogue.value(InstrumentCatalogue.Change(.guarantee, .maximum)) == 200_000)
        #expect(catalogue.inverted.isEmpty)
        // A share of the loan is kept to the cent.
        let third = Catalogue([InstrumentCatalogue.Change(.guarantee, .coverage): 33.33])
        let odd = FinancingSuggestion.loanAndGuarantee(
            .cashFirstYear, loan: .honourLoan, gap: 43_325, catalogue: third)
        #expect(odd.parts[0].amount == 4_441.22)  // 33,33 % of 13 325 = 4 441,2225
        // A minimum above its ceiling is told.
        let wrong = Catalogue([InstrumentCatalogue.Change(.honourLoan, .minimum): 40_000])
        #expect(wrong.inverted == [.honourLoan])
        // Terms are named as `essor instruments` reads them; only the
        // guarantee has a share.
        #expect(InstrumentCatalogue.Change(key: "pret_honneur.plafond") == .init(.honourLoan, .maximum))
        #expect(InstrumentCatalogue.Change(key: "garantie.quotite") == .init(.guarantee, .coverage))
        #expect(InstrumentCatalogue.Change(key: "pret_honneur.quotite") == nil)
        #expect(InstrumentCatalogue.Change(key: "pret_honneur") == nil)
        #expect(InstrumentCatalogue.Change(key: "inconnu.plafond") == nil)
        #expect(InstrumentCatalogue.Change.all.count == 2 * FinancingInstrument.allCases.count + 1)
    }

    /// The issue's line: 5 000 € shared 50 % / 50 % with a fixed 1 000 €
    /// and 2 days at 350 €. The fixed 1 700 € come first and the halves
    /// share the 3 300 € left, 1 650 € each: 5 000 € in all (it was
    /// 6 700 €, each half taken on the whole amount).
    func issueLine(_ kind: ProjectLine.Kind = .expense) -> ProjectModel {
        ProjectModel(
            cohortID: 1, startYear: 2027, years: 2, dayRate: 350,
            lines: [
                ProjectLine(
                    kind: kind, label: "Étude de marché", amounts: [5_000, 0],
                    shares: [
                        ProjectShare(structureID: 1, mode: .percent(50)),
                        ProjectShare(structureID: 2, mode: .percent(50)),
                        ProjectShare(structureID: 3, mode: .fixed(cash: 1_000, staffDays: 2)),
                    ])
            ])
    }

    @Test func fixedContributionsComeFirstAndThePercentagesShareTheRest() {
        let model = issueLine()
        let sharing = model.lines[0].sharing(year: 0, dayRate: 350)
        #expect(sharing.fixed == 1_700 && sharing.rest == 3_300 && sharing.percent == 100)
        #expect(sharing.parts.map(\.part) == [1_650, 1_650, 1_700])
        #expect(sharing.shared == 5_000 && sharing.addsUp)
        #expect(model.sharingGaps.isEmpty)
        // A year without an amount asks nothing of anyone, the fixed part included.
        #expect(model.lines[0].sharing(year: 1, dayRate: 350).shared == 0)
        #expect(model.lines[0].part(of: 3, year: 1, dayRate: 350) == 0)
    }

    @Test func aLineThatDoesNotAddUpIsNamedWithItsYearAndGap() {
        var model = issueLine()
        // Fixed contributions above the amount: nothing is left to share,
        // and 1 000 € more than the line costs are charged.
        model.lines[0].shares[2].mode = .fixed(cash: 6_000, staffDays: 0)
        var sharing = model.lines[0].sharing(year: 0, dayRate: 350)
        #expect(sharing.rest == 0 && sharing.shared == 6_000 && sharing.gap == -1_000 && !sharing.addsUp)
        #expect(
            model.sharingGaps.map(\.year) == [2027] && model.sharingGaps.map(\.label) == ["Étude de marché"])
        // Percentages short of 100: part of the rest is borne by no one.
        model.lines[0].shares[2].mode = .fixed(cash: 1_000, staffDays: 2)
        model.lines[0].shares[1].mode = .percent(30)
        sharing = model.lines[0].sharing(year: 0, dayRate: 350)
        #expect(sharing.shared == 1_650 + 990 + 1_700 && abs(sharing.gap - 660) < 1e-9)
        #expect(model.sharingGaps.count == 1)
        // A negative amount (a refund) is shared by its percentages as it is.
        model.lines[0].amounts = [-1_000, 0]
        model.lines[0].shares = [
            ProjectShare(structureID: 1, mode: .percent(50)),
            ProjectShare(structureID: 2, mode: .percent(50)),
        ]
        #expect(model.lines[0].sharing(year: 0, dayRate: 350).parts.map(\.part) == [-500, -500])
        #expect(model.sharingGaps.isEmpty)
        // A line no structure takes part in is the collective's and adds up.
        model.lines[0].shares = []
        #expect(model.lines[0].sharing(year: 0, dayRate: 350).addsUp && model.sharingGaps.isEmpty)
    }

    @Test func anIncomeLineIsSharedByTheSameRule() {
        let model = issueLine(.income)
        let e1 = ProjectEffects.effects(of: model, on: 1, accounts: [], thresholds: thresholds)
        let e3 = ProjectEffects.effects(of: model, on: 3, accounts: [], thresholds: thresholds)
        // Structure 1 receives half of what is left after the fixed 1 700 €;
        // structure 3 its fixed 1 700 €.
        #expect(e1.years.map(\.resultChange) == [1_650, 0])
        #expect(e3.years.map(\.resultChange) == [1_700, 0])
    }

    @Test func aStructureWithoutAccountsHasEffectsButNoRatios() {
        let (model, _) = cohort()
        let e = ProjectEffects.effects(of: model, on: 2, accounts: [], thresholds: thresholds)
        #expect(e.baseYear == nil)
        #expect(e.years[0].resultChange == -23_500)
        #expect(e.years[0].cash == nil && e.years[0].flag == .unknown)
        #expect(e.atRiskYear == nil)
    }
}

/// The overall state's rules and the thresholds' units.
@Suite struct FinanceStateTests {
    let thresholds = FinanceThresholds()

    func ratios(_ values: [FinancialYear.Figure: Double], previous: Double? = 0) -> [Ratio] {
        FinancialRatios.compute(
            FinancialYear(structureID: 1, year: 2025, values: values),
            previous: previous.map { FinancialYear(structureID: 1, year: 2024, values: [.result: $0]) },
            thresholds: thresholds)
    }

    let healthy: [FinancialYear.Figure: Double] = [
        .income: 100_000, .grants: 10_000, .expenses: 90_000, .depreciation: 0, .cash: 50_000,
        .equity: 40_000,
        .balanceSheetTotal: 100_000, .result: 10_000,
    ]

    @Test func missingFiguresAreIncompleteNeverGreen() {
        #expect(FinancialRatios.overall(ratios(healthy)) == .green)
        var missing = healthy
        missing[.cash] = nil
        #expect(FinancialRatios.overall(ratios(missing)) == .incomplete)
        #expect(FinancialRatios.deciding(ratios(missing)) == [.cashDays])
        // No year before: the trend cannot be computed.
        #expect(FinancialRatios.overall(ratios(healthy, previous: nil)) == .incomplete)
        #expect(FinancialRatios.overall([]) == .unknown)
    }

    @Test func redWinsOverMissingFiguresAndOrangeIsNamed() {
        var red = healthy
        red[.cash] = nil
        red[.equity] = -1
        #expect(FinancialRatios.overall(ratios(red)) == .red)
        #expect(FinancialRatios.deciding(ratios(red)) == [.equityRatio])
        var orange = healthy
        orange[.grants] = 70_000
        #expect(FinancialRatios.overall(ratios(orange)) == .orange)
        #expect(FinancialRatios.deciding(ratios(orange)) == [.subsidyDependency])
        // A falling result turns the state orange: the fifth rule, listed.
        #expect(FinancialRatios.deciding(ratios(healthy, previous: 20_000)) == [.resultTrend])
    }

    @Test func thresholdsAreTypedInTheUnitShown() {
        #expect(FinanceThresholds.Key.subsidyRed.read("80") == .success(0.8))
        #expect(FinanceThresholds.Key.subsidyRed.read("75,5 %") == .success(0.755))
        #expect(FinanceThresholds.Key.equityOrange.read("-10") == .success(-0.1))
        #expect(FinanceThresholds.Key.cashDaysRed.read("45") == .success(45))
        #expect(FinanceThresholds.Key.subsidyRed.read("8000") == .failure(.outOfRange(0...100)))
        #expect(FinanceThresholds.Key.cashDaysRed.read("45 %") == .failure(.notANumber))
        #expect(FinanceThresholds.Key.subsidyRed.read("nan") == .failure(.notANumber))
        #expect(FinanceThresholds.Key.subsidyRed.shown(0.8) == 80)
    }
}
