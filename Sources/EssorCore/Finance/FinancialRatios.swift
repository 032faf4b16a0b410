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
    /// The overall state when a ratio cannot be computed and none is red:
    /// it cannot be said green.
    case incomplete = "incomplet"

    private var rank: Int {
        switch self {
        case .unknown: 0
        case .green: 1
        case .orange: 2
        case .incomplete: 3
        case .red: 4
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
                operands: [year[.cash], year[.expenses], year[.depreciation]],
                flag: thresholds.flag(.cashDays, cashDays)),
            Ratio(
                kind: .equityRatio, value: equity, operands: [year[.equity], year[.balanceSheetTotal]],
                flag: thresholds.flag(.equityRatio, equity)),
            Ratio(
                kind: .selfFinancing, value: caf, operands: [year[.result], year[.depreciation]],
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

    /// The overall state of a structure's ratios, by these rules (listed
    /// by `essor seuils` and in the README):
    ///
    /// 1. red when any of the five ratios is red;
    /// 2. else « incomplet » when any cannot be computed (a figure is
    ///    missing, or there is no year before for the trend);
    /// 3. else orange when any is orange;
    /// 4. else green.
    ///
    /// Without ratios at all (no accounts) it is `.unknown`.
    public static func overall(_ ratios: [Ratio]) -> FinanceFlag {
        guard !ratios.isEmpty else { return .unknown }
        let flags = ratios.map(\.flag)
        if flags.contains(.red) { return .red }
        if flags.contains(.unknown) { return .incomplete }
        return flags.max() ?? .unknown
    }

    /// The ratios that set the overall state: the red ones, the ones that
    /// cannot be computed, or the orange ones (none when green).
    public static func deciding(_ ratios: [Ratio]) -> [RatioKind] {
        let state = overall(ratios)
        let flag: FinanceFlag =
            switch state {
            case .red: .red
            case .incomplete: .unknown
            case .orange: .orange
            default: .green
            }
        return flag == .green ? [] : ratios.filter { $0.flag == flag }.map(\.kind)
    }
}
