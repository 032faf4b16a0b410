/// Where a ratio turns orange and red. Kept in the store and editable;
/// the defaults are France Active's usual rules of thumb:
///
/// - cash under 30 days of expenses is red, under 90 orange;
/// - grants over 80 % of income are red, over 60 % orange;
/// - equity under 0 % of the balance sheet is red, under 15 % orange;
/// - a negative CAF is red, one under 0 € never orange (two levels only).
public struct FinanceThresholds: Equatable, Sendable, Codable {
    public enum Key: String, CaseIterable, Sendable, Codable {
        case cashDaysRed = "tresorerie_jours_rouge"
        case cashDaysOrange = "tresorerie_jours_orange"
        case subsidyRed = "subventions_rouge"
        case subsidyOrange = "subventions_orange"
        case equityRed = "fonds_propres_rouge"
        case equityOrange = "fonds_propres_orange"
        case cafRed = "caf_rouge"

        /// What the threshold can mean: days of expenses, a fraction of
        /// income or of the balance sheet, or an amount for the CAF.
        public var range: ClosedRange<Double> {
            switch self {
            case .cashDaysRed, .cashDaysOrange: 0...3_650
            case .subsidyRed, .subsidyOrange: 0...1
            case .equityRed, .equityOrange: -1...1
            case .cafRed: -1e12...1e12
            }
        }
    }

    public var values: [Key: Double]

    public static let defaults: [Key: Double] = [
        .cashDaysRed: 30, .cashDaysOrange: 90, .subsidyRed: 0.8, .subsidyOrange: 0.6, .equityRed: 0,
        .equityOrange: 0.15, .cafRed: 0,
    ]

    public init(_ values: [Key: Double] = [:]) {
        self.values = Self.defaults.merging(values) { $1 }
    }

    public subscript(_ key: Key) -> Double { values[key] ?? Self.defaults[key] ?? 0 }

    /// Pairs whose orange and red thresholds are the wrong way round (the
    /// red one must be the stricter), as (red, orange).
    public var inverted: [(Key, Key)] {
        var pairs: [(Key, Key)] = []
        if self[.cashDaysRed] > self[.cashDaysOrange] { pairs.append((.cashDaysRed, .cashDaysOrange)) }
        if self[.subsidyRed] < self[.subsidyOrange] { pairs.append((.subsidyRed, .subsidyOrange)) }
        if self[.equityRed] > self[.equityOrange] { pairs.append((.equityRed, .equityOrange)) }
        return pairs
    }

    /// The flag of a ratio's value (`.unknown` when there is none).
    public func flag(_ kind: RatioKind, _ value: Double?) -> FinanceFlag {
        guard let value else { return .unknown }
        switch kind {
        case .cashDays:
            return value < self[.cashDaysRed] ? .red : value < self[.cashDaysOrange] ? .orange : .green
        case .subsidyDependency:
            return value > self[.subsidyRed] ? .red : value > self[.subsidyOrange] ? .orange : .green
        case .equityRatio:
            return value < self[.equityRed] ? .red : value < self[.equityOrange] ? .orange : .green
        case .selfFinancing:
            return value < self[.cafRed] ? .red : .green
        case .resultTrend:
            return value < 0 ? .orange : .green
        case .workingCapital, .netCash:
            // Fixed assets not covered by stable money; a bank account
            // overdrawn once the cycle is paid for.
            return value < 0 ? .red : .green
        case .workingCapitalNeed:
            // Judged against the fonds de roulement: `FinancialRatios`.
            return .green
        }
    }
}

extension FinanceThresholds.Key {
    /// The unit a threshold is shown and typed in.
    public enum Unit: Sendable {
        case days
        /// Shown and typed in percent (`80` for 80 %), stored as a fraction.
        case percent
        case euros
    }

    public var unit: Unit {
        switch self {
        case .cashDaysRed, .cashDaysOrange: .days
        case .subsidyRed, .subsidyOrange, .equityRed, .equityOrange: .percent
        case .cafRed: .euros
        }
    }

    var shownScale: Double { unit == .percent ? 100 : 1 }

    /// The range in the unit shown (`0…100` % for the grants).
    public var shownRange: ClosedRange<Double> {
        (range.lowerBound * shownScale)...(range.upperBound * shownScale)
    }

    /// A stored value in the unit shown (0.8 → 80).
    public func shown(_ stored: Double) -> Double { stored * shownScale }

    /// A threshold typed in the unit shown (`80` or `80 %` for 80 %, `45`
    /// for 45 days), as it is stored; or why it is not one.
    public func read(_ text: String) -> Result<Double, NumberReader.Problem> {
        var typed = Substring(text).trimmingCharacters(" \t\u{00A0}\u{202F}")
        if unit == .percent, typed.hasSuffix("%") { typed = typed.dropLast() }
        guard let value = NumberReader.parse(String(typed)) else { return .failure(.notANumber) }
        guard shownRange.contains(value) else { return .failure(.outOfRange(shownRange)) }
        return .success(value / shownScale)
    }
}
