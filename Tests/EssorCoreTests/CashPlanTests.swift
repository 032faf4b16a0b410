import Testing

@testable import EssorCore

/// The project's first year month by month, on the demo's kitchen
/// (légumerie) budget, every figure computed by hand in the comments.
@Suite struct CashPlanTests {
    static let epicerie: StructureID = 4

    /// The kitchen's first year; the Épicerie takes 15 % of the equipment,
    /// the sales and the grant, 30 % of the coordination and 20 % of the
    /// rent.
    static var kitchen: ProjectModel {
        func share(_ percent: Double) -> [ProjectShare] {
            [ProjectShare(structureID: epicerie, mode: .percent(percent))]
        }
        return ProjectModel(
            cohortID: 1, startYear: 2027, years: 1,
            lines: [
                ProjectLine(
                    kind: .expense, label: "Équipement", amounts: [48_000], shares: share(15),
                    months: [0, 30_000, 18_000, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
                ProjectLine(kind: .expense, label: "Coordination", amounts: [15_000], shares: share(30)),
                ProjectLine(kind: .expense, label: "Loyer", amounts: [9_000], shares: share(20)),
                ProjectLine(
                    kind: .income, label: "Ventes", amounts: [15_000], shares: share(15),
                    months: [0, 0, 0, 1_000, 1_200, 1_400, 1_600, 1_800, 1_800, 2_000, 2_100, 2_100]),
                ProjectLine(
                    kind: .income, label: "Aide régionale", amounts: [20_000], shares: share(15),
                    months: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20_000, 0]),
            ])
    }

    @Test func theProjectsMonthsAndItsLowestPoint() {
        let plan = CashPlan(Self.kitchen)
        // January: 15 000 / 12 + 9 000 / 12 = 1 250 + 750 = 2 000 out.
        #expect(plan.months[0].expense == 2_000 && plan.months[0].income == 0)
        #expect(plan.months[0].cash == -2_000)
        // February: 30 000 more: −34 000; March 18 000: −54 000.
        #expect(plan.months[2].cash == -54_000)
        // Then 2 000 a month out against the sales: April −55 000, May
        // −55 800, June −56 400, July −56 800, August −57 000, September
        // −57 200, October −57 200 (2 000 in, 2 000 out): the lowest, and
        // first, at −57 200 in September; November +20 100 of income.
        #expect(plan.lowest == CashPlan.LowPoint(month: 9, cash: -57_200))
        #expect(plan.months[10].cash == -57_200 + 2_100 + 20_000 - 2_000)
        // The year ends on the budget's balance: 35 000 in, 72 000 out.
        #expect(plan.months[11].cash == 35_000 - 72_000)
        #expect(plan.unevenLines.isEmpty)
    }

    @Test func aMembersLowestPointStartsFromItsCash() {
        // The Épicerie starts with 9 500 €. A month: coordination 30 % of
        // 1 250 = 375, rent 20 % of 750 = 150, so 525 out; February 4 500
        // and March 2 700 of equipment; sales 15 % of the month's.
        // Jan 8 975, Feb 3 950, Mar 725, Apr 350, May 5, Jun −310,
        // Jul −595, Aug −850, Sep −1 105, Oct −1 330, Nov (grant 3 000)
        // 1 460, Dec 1 250.
        let low = CashPlan.lowest(for: Self.epicerie, in: Self.kitchen, opening: 9_500)
        #expect(low.month == 10)
        #expect(abs(low.cash - -1_330) < 0.001)
        // The same budget evenly over the year would never go below the
        // year's end: 9 500 − 8 250 = 1 250 in December.
        var even = Self.kitchen
        for i in even.lines.indices { even.lines[i].months = nil }
        let evenLow = CashPlan.lowest(for: Self.epicerie, in: even, opening: 9_500)
        #expect(evenLow.month == 12 && abs(evenLow.cash - 1_250) < 0.001)
    }

    @Test func theEffectsNameTheMonthAndTheFirstYearsLoanCoversIt() {
        let accounts = [
            FinancialYear(
                structureID: Self.epicerie, year: 2025,
                values: [.cash: 9_500, .expenses: 20_000, .equity: 50_000])
        ]
        let effects = ProjectEffects.effects(
            of: Self.kitchen, on: Self.epicerie, accounts: accounts, thresholds: FinanceThresholds())
        #expect(effects.lowestMonth?.month == 10)
        // The year ends at 1 250 € for 20 000 + 13 500 € of cash expenses:
        // 14 days, under 30: short; the gap back to 90 days, 33 500 × 90 /
        // 365 − 1 250 = 7 010,27 €, is more than October's 1 330 €, and the
        // first year's loan is for it.
        guard case .cash(2027, let gap)? = effects.reasons.first else {
            Issue.record("\(effects.reasons)")
            return
        }
        #expect(abs(gap - 7_010.27) < 0.01)
        #expect(effects.reasons.contains { if case .cashMonth(2027, 10, _) = $0 { true } else { false } })
        let suggestions = FinancingOrientation.suggestions(
            for: effects, model: Self.kitchen, legalForm: .association, headcount: 3)
        #expect(suggestions.filter { $0.rule == .cashFirstYear }.count == 1)
        #expect(suggestions.first { $0.rule == .cashFirstYear }?.amount == gap)

        // From 1 200 € of cash, October ends 10 830 € lower (9 500 → −1 330):
        // at −9 630 €.
        var lower = accounts
        lower[0][.cash] = 1_200
        let tight = ProjectEffects.effects(
            of: Self.kitchen, on: Self.epicerie, accounts: lower, thresholds: FinanceThresholds())
        #expect(tight.lowestMonth.map { $0.month == 10 && abs($0.cash - -9_630) < 0.001 } == true)
        #expect(tight.atRiskYear == 2027)
    }

    @Test func aMonthOnlyShortIsARiskWithItsOwnLoan() {
        // Expenses paid in January, the grant in December: the year adds
        // up to zero but January is 12 000 € short.
        let structure: StructureID = 9
        let model = ProjectModel(
            cohortID: 1, startYear: 2027, years: 1,
            lines: [
                ProjectLine(
                    kind: .expense, label: "Achat", amounts: [12_000],
                    shares: [ProjectShare(structureID: structure, mode: .percent(100))],
                    months: [12_000] + Array(repeating: 0, count: 11)),
                ProjectLine(
                    kind: .income, label: "Subvention", amounts: [12_000],
                    shares: [ProjectShare(structureID: structure, mode: .percent(100))],
                    months: Array(repeating: 0, count: 11) + [12_000]),
            ])
        // 2 000 € of cash for 7 300 € of yearly expenses: 100 days.
        let accounts = [
            FinancialYear(
                structureID: structure, year: 2026, values: [.cash: 2_000, .expenses: 7_300, .equity: 5_000])
        ]
        let effects = ProjectEffects.effects(
            of: model, on: structure, accounts: accounts, thresholds: FinanceThresholds())
        #expect(effects.years.first?.cash == 2_000)
        #expect(effects.reasons == [.cashMonth(year: 2027, month: 1, cash: -10_000)])
        #expect(effects.atRiskYear == 2027)
        let suggestions = FinancingOrientation.suggestions(
            for: effects, model: model, legalForm: .association, headcount: 2)
        let loan = suggestions.first { $0.rule == .cashFirstYear }
        #expect(loan?.amount == 10_000)
        #expect(loan?.parts.first?.instrument == .honourLoan)
    }

    @Test func theProjectsPlanWeighsTheBudgetsAmountAsTheMembersDo() {
        // The equipment's months say 18 000 in March for 48 000 in the
        // budget: the budget's 48 000 are paid in March, for the collective
        // as for each member.
        var model = Self.kitchen
        model.lines[0].months = [0, 0, 18_000, 0, 0, 0, 0, 0, 0, 0, 0, 0]
        let plan = CashPlan(model)
        #expect(plan.unevenLines == [CashPlan.UnevenLine(line: 0, planned: 18_000, amount: 48_000)])
        #expect(plan.months[2].expense == 48_000 + 2_000)
        #expect(plan.months[11].cash == 35_000 - 72_000)
        // The Épicerie's 15 %: 7 200 in March.
        let low = CashPlan.lowest(for: Self.epicerie, in: model, opening: 9_500)
        #expect(low.month == 10 && abs(low.cash - -1_330) < 0.001)
    }

    @Test func typingAMonthStartsFromTheEvenSpreadToTheCent() {
        var line = ProjectLine(kind: .expense, label: "Loyer", amounts: [10_000])
        #expect(line.monthsGap == nil)
        #expect(line.monthly.allSatisfy { abs($0 - 10_000 / 12) < 1e-9 })
        line.setMonth(0, 833.33)
        // 833,33 × 11 + 833,37: the year to the cent.
        #expect(line.months?.dropFirst().dropLast().allSatisfy { $0 == 833.33 } == true)
        #expect(line.months?.last == 833.37)
        #expect(line.monthsGap == nil)
        line.setMonth(11, 0)
        #expect(line.monthsGap.map { abs($0 - -833.37) < 1e-9 } == true)
        // Weights follow the months as planned, however they add up.
        #expect(abs(line.monthWeights.reduce(0, +) - 1) < 1e-9)
        #expect(line.monthWeights[11] == 0)
        line.setMonth(12, 5)
        #expect(line.months?.count == 12)
        // A plan that comes to nothing weighs evenly.
        line.months = Array(repeating: 0, count: 12)
        #expect(line.monthWeights.allSatisfy { abs($0 - 1 / 12) < 1e-12 })
        let uneven = CashPlan(ProjectModel(cohortID: 1, startYear: 2027, lines: [line]))
        #expect(uneven.unevenLines == [CashPlan.UnevenLine(line: 0, planned: 0, amount: 10_000)])
    }
}
