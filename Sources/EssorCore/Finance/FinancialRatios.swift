/// The ratios France Active looks at first, computed from one year's
/// figures (and the years before, for the trend). A ratio whose figures
/// are missing, or whose denominator is zero or negative, has no value
/// ("n/a"), never an infinity.
public enum RatioKind: String, CaseIterable, Sendable, Codable {
    /// subventions / produits: how much the structure lives on grants.
    case subsidyDependency = "dependance_subventions"
    /// trésorerie × 365 / (charges − amortissements): days of cash
    /// expenses the bank balance covers.
    case cashDays = "tresorerie_jours"
    /// fonds propres / total du bilan.
    case equityRatio = "autonomie_financiere"
    /// résultat + amortissements: the approximate self-financing capacity.
    case selfFinancing = "caf"
    /// résultat this year − résultat the year before.
    case resultTrend = "tendance_resultat"
}

public enum FinanceFlag: String, Sendable, Codable, Comparable {
    case green = "vert"
    case orange
    case red = "rouge"
    /// Not computable (figures missing).
    case unknown = "inconnu"

    private var rank: Int {
        switch self {
        case .unknown: 0
        case .green: 1
        case .orange: 2
        case .red: 3
        }
    }

    public static func < (a: FinanceFlag, b: FinanceFlag) -> Bool { a.rank < b.rank }
}

/// One ratio of one year: its value, the operands of its formula (to show
/// how it was obtained) and its flag.
public struct Ratio: Equatable, Sendable {
    public var kind: RatioKind
    public var value: Double?
    /// The numbers the formula was applied to, in the formula's order.
    public var operands: [Double?]
    public var flag: FinanceFlag
}

public enum FinancialRatios {
    /// `a / b`, or nil when either is missing or `b` is not positive.
    static func ratio(_ a: Double?, _ b: Double?) -> Double? {
        guard let a, let b, b > 0 else { return nil }
        return a / b
    }

    /// The five ratios of `year`; `previous` is the year before, if known.
    public static func compute(_ year: FinancialYear, previous: FinancialYear?, thresholds: FinanceThresholds)
        -> [Ratio]
    {
        let subsidies = ratio(year[.grants], year[.income])
        let cashExpenses: Double? = year[.expenses].map { $0 - (year[.depreciation] ?? 0) }
        let cashDays = ratio(year[.cash].map { $0 * 365 }, cashExpenses)
        let equity = ratio(year[.equity], year[.balanceSheetTotal])
        let caf: Double? = year[.result].map { $0 + (year[.depreciation] ?? 0) }
        let trend: Double? = year[.result].flatMap { now in previous?[.result].map { now - $0 } }
        return [
            Ratio(
                kind: .subsidyDependency, value: subsidies, operands: [year[.grants], year[.income]],
                flag: thresholds.flag(.subsidyDependency, subsidies)),
            Ratio(
                kind: .cashDays, value: cashDays,
                operands: [year[.cash], year[.expenses], year[.depreciation] ?? 0],
                flag: thresholds.flag(.cashDays, cashDays)),
            Ratio(
                kind: .equityRatio, value: equity, operands: [year[.equity], year[.balanceSheetTotal]],
                flag: thresholds.flag(.equityRatio, equity)),
            Ratio(
                kind: .selfFinancing, value: caf, operands: [year[.result], year[.depreciation] ?? 0],
                flag: thresholds.flag(.selfFinancing, caf)),
            Ratio(
                kind: .resultTrend, value: trend, operands: [year[.result], previous?[.result]],
                flag: trendFlag(trend, latest: year[.result])),
        ]
    }

    /// Green when the result grows (or holds) and is positive; orange when
    /// it falls or is negative; red when a negative result is falling.
    static func trendFlag(_ trend: Double?, latest: Double?) -> FinanceFlag {
        guard let trend, let latest else { return .unknown }
        if latest < 0 && trend < 0 { return .red }
        if latest < 0 || trend < 0 { return .orange }
        return .green
    }

    /// The worst flag of a set of ratios (unknowns aside, unless all are).
    public static func overall(_ ratios: [Ratio]) -> FinanceFlag {
        ratios.map(\.flag).max() ?? .unknown
    }
}
