/// A cohort's collective project as a multi-year budget: expense and income
/// lines with an amount per year, each shared between member structures.
public struct ProjectModel: Equatable, Sendable {
    public var cohortID: CohortID
    /// The first year of the budget.
    public var startYear: Int
    /// How many years (3 by default).
    public var years: Int
    /// What a day of staff time contributed is worth, in euros.
    public var dayRate: Double
    public var lines: [ProjectLine]
    public var version: Int

    public static let defaultYears = 3
    public static let defaultDayRate = 350.0

    public init(
        cohortID: CohortID, startYear: Int, years: Int = defaultYears, dayRate: Double = defaultDayRate,
        lines: [ProjectLine] = [], version: Int = 0
    ) {
        self.cohortID = cohortID
        self.startYear = startYear
        self.years = years
        self.dayRate = dayRate
        self.lines = lines
        self.version = version
    }

    public var yearRange: Range<Int> { startYear..<(startYear + years) }

    /// Whether `structure` bears or receives part of any line.
    public func involves(_ structure: StructureID) -> Bool {
        lines.contains { $0.shares.contains { $0.structureID == structure } }
    }

    /// Total of the expense or income lines in each year.
    public func totals(_ kind: ProjectLine.Kind) -> [Double] {
        (0..<years).map { y in lines.filter { $0.kind == kind }.reduce(0) { $0 + $1.amount(y) } }
    }

    /// Income minus expenses, per year.
    public var balance: [Double] {
        zip(totals(.income), totals(.expense)).map { $0 - $1 }
    }
}

public struct ProjectLine: Equatable, Sendable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case expense = "charge"
        case income = "produit"
    }

    public var id: Int64
    public var kind: Kind
    public var label: String
    /// One amount per year of the model (missing years count 0).
    public var amounts: [Double]
    public var shares: [ProjectShare]
    /// The first year's amount month by month (twelve amounts, January
    /// first), as the cash plan says it is paid or received; nil: evenly
    /// over the year. See `CashPlan`.
    public var months: [Double]?

    public init(
        id: Int64 = 0, kind: Kind, label: String, amounts: [Double], shares: [ProjectShare] = [],
        months: [Double]? = nil
    ) {
        self.id = id
        self.kind = kind
        self.label = label
        self.amounts = amounts
        self.shares = shares
        self.months = months
    }

    public func amount(_ yearIndex: Int) -> Double {
        amounts.indices.contains(yearIndex) ? amounts[yearIndex] : 0
    }

    /// A cost in the first year only: a launch cost.
    public var isOneOff: Bool { amount(0) > 0 && amounts.dropFirst().allSatisfy { $0 == 0 } }
}

/// How one structure takes part in a line.
public struct ProjectShare: Equatable, Sendable {
    public enum Mode: Equatable, Sendable {
        /// A percentage of the line's amount each year.
        case percent(Double)
        /// A fixed contribution each year: cash, and staff days valued at
        /// the model's day rate.
        case fixed(cash: Double, staffDays: Double)
    }

    public var structureID: StructureID
    public var mode: Mode

    public init(structureID: StructureID, mode: Mode) {
        self.structureID = structureID
        self.mode = mode
    }
}
