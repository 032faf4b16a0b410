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
    /// cumulated from zero on the first day of the year.
    public struct Month: Equatable, Sendable {
        /// 1 (January) to 12.
        public var month: Int
        public var income: Double
        public var expense: Double
        public var cash: Double

        public var net: Double { income - expense }
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

    public init(_ model: ProjectModel) {
        year = model.startYear
        var income = Array(repeating: 0.0, count: Self.months)
        var expense = Array(repeating: 0.0, count: Self.months)
        var uneven: [UnevenLine] = []
        for (index, line) in model.lines.enumerated() {
            // The budget's amount, paid in the plan's months as they weigh
            // (the members' parts follow the same rule).
            for (m, weight) in line.monthWeights.enumerated() {
                let part = line.amount(0) * weight
                if line.kind == .income { income[m] += part } else { expense[m] += part }
            }
            if let gap = line.monthsGap {
                uneven.append(UnevenLine(line: index, planned: line.amount(0) + gap, amount: line.amount(0)))
            }
        }
        var cash = 0.0
        months = (0..<Self.months).map { m in
            cash += income[m] - expense[m]
            return Month(month: m + 1, income: income[m], expense: expense[m], cash: cash)
        }
        unevenLines = uneven
    }

    /// The month whose end holds the least cash (the first, on a tie),
    /// to the cent.
    public var lowest: LowPoint {
        let low = months.min { $0.cash < $1.cash } ?? Month(month: 1, income: 0, expense: 0, cash: 0)
        return LowPoint(month: low.month, cash: (low.cash * 100).rounded() / 100)
    }

    /// One structure's first year month by month from `opening` cash: its
    /// part of each line, paid in the line's months. The lowest point.
    public static func lowest(
        for structure: StructureID, in model: ProjectModel, opening: Double
    ) -> LowPoint {
        var change = Array(repeating: 0.0, count: months)
        for line in model.lines {
            let part = line.part(of: structure, year: 0, dayRate: model.dayRate)
            let sign: Double = line.kind == .income ? 1 : -1
            for (m, weight) in line.monthWeights.enumerated() { change[m] += sign * part * weight }
        }
        var cash = opening
        var low = LowPoint(month: 1, cash: .infinity)
        for m in 0..<months {
            cash += change[m]
            if cash < low.cash - 0.005 { low = LowPoint(month: m + 1, cash: cash) }
        }
        // To the cent: a twelfth of a share is rarely a whole number.
        low.cash = (low.cash * 100).rounded() / 100
        return low
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
