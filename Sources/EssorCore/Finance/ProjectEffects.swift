/// What the collective project does to one structure, year by year,
/// starting from its latest known accounts: the change in its result and
/// cash, and its cash in days and equity after the project.
public struct StructureEffects: Equatable, Sendable {
    public struct Year: Equatable, Sendable {
        public var year: Int
        /// Income received minus expenses borne, that year.
        public var resultChange: Double
        /// Cash after the project, cumulated from the base year.
        public var cash: Double?
        public var cashDays: Double?
        public var equity: Double?
        public var flag: FinanceFlag
    }

    public var structureID: StructureID
    /// The accounts the effects start from (nil: no figures known).
    public var baseYear: Int?
    public var years: [Year]
    /// The first year cash falls under the red threshold or equity turns
    /// negative.
    public var atRiskYear: Int?
    public var reasons: [RiskReason]
    /// The figures of the base year the risk is judged on (cash, expenses,
    /// equity) that are unknown: without them no risk can be ruled out.
    public var missing: [FinancialYear.Figure] = []
    /// The lowest cash at the end of a month of the project's first year,
    /// by the monthly cash plan (nil when the base year's cash is unknown).
    public var lowestMonth: CashPlan.LowPoint?

    /// The figures the effects are computed from, in the figures' order.
    public static let judgedOn: [FinancialYear.Figure] = [.expenses, .equity, .cash]
}

public enum RiskReason: Equatable, Sendable {
    /// Cash under the red threshold, from `year`; `gap` is what brings it
    /// back to the orange threshold.
    case cash(year: Int, gap: Double)
    /// Negative equity from `year`: `equity`, the amount itself (below
    /// zero), as the accounts show it.
    case equity(year: Int, equity: Double)
    /// Cash below zero at the end of `month` of the first year, by the
    /// monthly cash plan (income received after the costs it funds), though
    /// the year may end above it.
    case cashMonth(year: Int, month: Int, cash: Double)
}

public enum ProjectEffects {
    public static func effects(
        of model: ProjectModel, on structure: StructureID, accounts: [FinancialYear],
        thresholds: FinanceThresholds
    ) -> StructureEffects {
        let base = accounts.filter { $0.structureID == structure }.max { $0.year < $1.year }
        var years: [StructureEffects.Year] = []
        var cash = base?[.cash]
        var equity = base?[.equity]
        var atRisk: Int?
        var reasons: [RiskReason] = []
        for index in 0..<model.years {
            let year = model.startYear + index
            var income = 0.0
            var expense = 0.0
            for line in model.lines {
                let part = line.part(of: structure, year: index, dayRate: model.dayRate)
                if line.kind == .income { income += part } else { expense += part }
            }
            let change = income - expense
            cash = cash.map { $0 + change }
            equity = equity.map { $0 + change }
            let cashExpenses = base?[.expenses].map { $0 - (base?[.depreciation] ?? 0) + expense }
            let days = FinancialRatios.ratio(cash.map { $0 * 365 }, cashExpenses)
            var flag = thresholds.flag(.cashDays, days)
            if let equity, equity < 0 { flag = .red }
            // Without the expenses there are no days of cash, but cash below
            // zero is short whatever they are: the gap is what brings it back
            // to zero.
            let belowZero = days == nil && (cash ?? 0) < 0
            if belowZero { flag = .red }
            let short = days.map { $0 < thresholds[.cashDaysRed] } ?? belowZero
            if short,
                !reasons.contains(where: { if case .cash = $0 { true } else { false } })
            {
                let target = days == nil ? 0 : (cashExpenses ?? 0) * thresholds[.cashDaysOrange] / 365
                reasons.append(.cash(year: year, gap: max(0, target - (cash ?? 0))))
            }
            if let equity, equity < 0,
                !reasons.contains(where: { if case .equity = $0 { true } else { false } })
            {
                reasons.append(.equity(year: year, equity: equity))
            }
            if atRisk == nil, !reasons.isEmpty { atRisk = year }
            years.append(
                StructureEffects.Year(
                    year: year, resultChange: change, cash: cash, cashDays: days, equity: equity, flag: flag))
        }
        let missing = base.map { base in StructureEffects.judgedOn.filter { base[$0] == nil } } ?? []
        // Within the first year: the month the cash plan brings lowest; a
        // risk of its own when it is below zero before the year's end (at
        // the end, the year's cash says it).
        let lowest = base?[.cash].map { CashPlan.lowest(for: structure, in: model, opening: $0) }
        if let lowest, lowest.cash < 0, lowest.month < CashPlan.months, model.years > 0 {
            reasons.append(.cashMonth(year: model.startYear, month: lowest.month, cash: lowest.cash))
            atRisk = model.startYear
        }
        return StructureEffects(
            structureID: structure, baseYear: base?.year, years: years, atRiskYear: atRisk, reasons: reasons,
            missing: missing, lowestMonth: lowest)
    }
}
