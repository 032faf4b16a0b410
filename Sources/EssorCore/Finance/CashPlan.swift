/// The collective project's first year month by month: when each line is
/// paid or received (a grant often comes months after the costs it
/// funds), the cash the project holds at the end of each month, and its
/// lowest point.
///
/// Rules:
/// - a line without a plan is paid or received evenly, a twelfth a month;
/// - a line's plan says how much of the first year goes in each month; the
///   year's amount stays the budget's: a plan whose months do not add up
///   to it is named (`unevenLines`), and its months weigh the year's
///   amount in proportion (`ProjectLine.monthWeights`);
/// - a member's part of a line is paid in the line's months in the same
///   proportion.
public struct CashPlan: Equatable, Sendable {
    public static let months = 12

    /// One month: what comes in and goes out, and the cash at its end,
    /// cumulated from the opening cash (zero for the collective) on the
    /// first day of the year.
    public struct Month: Equatable, Sendable {
        /// 1 (January) to 12.
        public var month: Int
        public var income: Double
        public var expense: Double
        public var cash: Double
    }

    /// The lowest cash at the end of a month, and which.
    public struct LowPoint: Equatable, Sendable {
        public var month: Int
        public var cash: Double
    }

    /// A line whose plan does not add up to its first year's amount.
    public struct UnevenLine: Equatable, Sendable {
        /// The line's index in the budget.
        public var line: Int
        /// The months' total.
        public var planned: Double
        public var amount: Double
    }

    public var year: Int
    public var months: [Month]
    public var unevenLines: [UnevenLine]

    /// The collective's plan: each line's whole first-year amount.
    public init(_ model: ProjectModel) {
        year = model.startYear
        months = Self.months(of: model, opening: 0) { $0.amount(0) }
        unevenLines = model.lines.enumerated().compactMap { index, line in
            line.monthsGap.map {
                UnevenLine(line: index, planned: line.amount(0) + $0, amount: line.amount(0))
            }
        }
    }

    /// The month whose end holds the least cash (the first, on a tie),
    /// to the cent.
    public var lowest: LowPoint { Self.lowest(of: months) }

    /// One structure's first year month by month from `opening` cash: its
    /// part of each line, paid in the line's months. The lowest point.
    public static func lowest(
        for structure: StructureID, in model: ProjectModel, opening: Double
    ) -> LowPoint {
        lowest(
            of: months(of: model, opening: opening) {
                $0.part(of: structure, year: 0, dayRate: model.dayRate)
            })
    }

    /// The months of the first year when each line brings `amount(line)`,
    /// paid in its months as they weigh.
    static func months(of model: ProjectModel, opening: Double, amount: (ProjectLine) -> Double) -> [Month] {
        var income = Array(repeating: 0.0, count: months)
        var expense = Array(repeating: 0.0, count: months)
        for line in model.lines {
            let whole = amount(line)
            for (m, weight) in line.monthWeights.enumerated() {
                if line.kind == .income { income[m] += whole * weight } else { expense[m] += whole * weight }
            }
        }
        var cash = opening
        return (0..<months).map { m in
            cash += income[m] - expense[m]
            return Month(month: m + 1, income: income[m], expense: expense[m], cash: cash)
        }
    }

    /// The first month of the lowest cash within a cent; its cash to the
    /// cent (a twelfth of a share is rarely a whole number).
    static func lowest(of months: [Month]) -> LowPoint {
        var low = LowPoint(month: 1, cash: .infinity)
        for month in months where month.cash < low.cash - 0.005 {
            low = LowPoint(month: month.month, cash: month.cash)
        }
        return LowPoint(month: low.month, cash: low.cash.isFinite ? (low.cash * 100).rounded() / 100 : 0)
    }
}

extension ProjectLine {
    /// The first year's amount in each month: as planned, or evenly.
    public var monthly: [Double] {
        months ?? Array(repeating: amount(0) / Double(CashPlan.months), count: CashPlan.months)
    }

    /// The share of the first year each month carries: the plan's months
    /// over their total (a twelfth each without a plan, or with a plan
    /// that comes to nothing).
    public var monthWeights: [Double] {
        let even = Array(repeating: 1 / Double(CashPlan.months), count: CashPlan.months)
        guard let months else { return even }
        let total = months.reduce(0, +)
        return abs(total) < 0.005 ? even : months.map { $0 / total }
    }

    /// The plan's total less the first year's amount, when they differ by
    /// a cent or more (nil without a plan).
    public var monthsGap: Double? {
        guard let months else { return nil }
        let gap = months.reduce(0, +) - amount(0)
        return abs(gap) >= 0.005 ? gap : nil
    }

    /// Types `value` in a month (0 for January): a line without a plan
    /// gets one first, the year spread evenly to the cent, the last month
    /// taking what rounding leaves.
    public mutating func setMonth(_ index: Int, _ value: Double) {
        guard (0..<CashPlan.months).contains(index) else { return }
        var plan = months ?? Self.evenCents(amount(0))
        plan[index] = value
        months = plan
    }

    /// Twelve amounts to the cent adding up to `amount`.
    static func evenCents(_ amount: Double) -> [Double] {
        let cents = (amount * 100).rounded()
        let month = (cents / Double(CashPlan.months)).rounded(.towardZero)
        let last = cents - month * Double(CashPlan.months - 1)
        return Array(repeating: month / 100, count: CashPlan.months - 1) + [last / 100]
    }
}
