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
    /// Fonds de roulement: ressources stables − actif immobilisé, what
    /// long-term money leaves once the fixed assets are paid for.
    case workingCapital = "fonds_roulement"
    /// Besoin en fonds de roulement: actif circulant − dettes
    /// d'exploitation, the money the activity's cycle ties up.
    case workingCapitalNeed = "bfr"
    /// Trésorerie nette: fonds de roulement − BFR.
    case netCash = "tresorerie_nette"

    /// The France Active diagnostic's three figures, read from the
    /// balance sheet figures, which are optional: without them these are
    /// not computed and do not make the state « incomplet ».
    public var isBalanceSheetDiagnostic: Bool {
        switch self {
        case .workingCapital, .workingCapitalNeed, .netCash: true
        default: false
        }
    }
}

public enum FinanceFlag: String, Sendable, Codable, Comparable, CaseIterable {
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

    /// Whether it has a say in the overall state: always, but for a
    /// diagnostic ratio whose optional figures were not entered.
    public var counts: Bool { !(kind.isBalanceSheetDiagnostic && flag == .unknown) }

    /// Whether it is shown: always, but for a diagnostic ratio whose own
    /// figures are not entered (a BFR is shown without the FR, unflagged).
    public var isShown: Bool { !kind.isBalanceSheetDiagnostic || value != nil }
}

public enum FinancialRatios {
    /// `a / b`, or nil when either is missing or `b` is not positive.
    static func ratio(_ a: Double?, _ b: Double?) -> Double? {
        guard let a, let b, b > 0 else { return nil }
        return a / b
    }

    /// Every ratio of `year`; `previous` is the year before, if known.
    public static func compute(_ year: FinancialYear, previous: FinancialYear?, thresholds: FinanceThresholds)
        -> [Ratio]
    {
        let subsidies = ratio(year[.grants], year[.income])
        let cashExpenses: Double? = year[.expenses].map { $0 - (year[.depreciation] ?? 0) }
        let cashDays = ratio(year[.cash].map { $0 * 365 }, cashExpenses)
        let equity = ratio(year[.equity], year[.balanceSheetTotal])
        let caf: Double? = year[.result].map { $0 + (year[.depreciation] ?? 0) }
        let trend: Double? = year[.result].flatMap { now in previous?[.result].map { now - $0 } }
        let workingCapital = difference(year[.stableResources], year[.fixedAssets])
        let need = difference(year[.currentAssets], year[.operatingDebts])
        let netCash = difference(workingCapital, need)
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
            Ratio(
                kind: .workingCapital, value: workingCapital,
                operands: [year[.stableResources], year[.fixedAssets]],
                flag: thresholds.flag(.workingCapital, workingCapital)),
            Ratio(
                kind: .workingCapitalNeed, value: need,
                operands: [year[.currentAssets], year[.operatingDebts]],
                flag: needFlag(need, workingCapital: workingCapital)),
            Ratio(
                kind: .netCash, value: netCash, operands: [workingCapital, need],
                flag: thresholds.flag(.netCash, netCash)),
        ]
    }

    /// `a − b`, or nil when either is missing.
    static func difference(_ a: Double?, _ b: Double?) -> Double? {
        guard let a, let b else { return nil }
        return a - b
    }

    /// A BFR is normal; it is orange when the fonds de roulement does not
    /// cover it (the activity then lives on the bank or on late payments).
    static func needFlag(_ need: Double?, workingCapital: Double?) -> FinanceFlag {
        guard let need, let workingCapital else { return .unknown }
        return need > workingCapital ? .orange : .green
    }

    /// How far the trésorerie nette (FR − BFR) is from the cash entered,
    /// when both are known and differ by a euro or more: the balance
    /// sheet figures then do not add up (typed from different statements,
    /// or a figure left out). From a FEC the gap is what classes 54 to 59
    /// hold (cash in transit, petty cash advances).
    public static func netCashGap(_ year: FinancialYear) -> Double? {
        let netCash = difference(
            difference(year[.stableResources], year[.fixedAssets]),
            difference(year[.currentAssets], year[.operatingDebts]))
        guard let netCash, let cash = year[.cash], abs(netCash - cash) >= 1 else { return nil }
        return netCash - cash
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
    /// 1. red when any ratio is red;
    /// 2. else « incomplet » when any of the first five cannot be computed
    ///    (a figure is missing, or there is no year before for the trend);
    ///    the diagnostic's three (FR, BFR, trésorerie nette) count when
    ///    their optional figures are there, and their absence does not
    ///    make the state incomplete;
    /// 3. else orange when any is orange;
    /// 4. else green.
    ///
    /// Without ratios at all (no accounts) it is `.unknown`.
    public static func overall(_ ratios: [Ratio]) -> FinanceFlag {
        guard !ratios.isEmpty else { return .unknown }
        let flags = ratios.filter(\.counts).map(\.flag)
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
        return flag == .green ? [] : ratios.filter { $0.counts && $0.flag == flag }.map(\.kind)
    }
}
