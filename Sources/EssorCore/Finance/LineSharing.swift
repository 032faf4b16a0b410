/// How one year of a budget line is shared between member structures.
///
/// The rule (README, « Partage d'une ligne »): fixed contributions come
/// first — each one's cash plus its staff days at the model's day rate, in
/// the years the line has an amount — and the percentages share what is
/// left of the amount. Expense and income lines are shared the same way: a
/// structure bears its part of an expense and receives its part of an
/// income. A line adds up when what is shared equals its amount; a line no
/// structure takes part in is the collective's own and is not shared.
public struct LineSharing: Equatable, Sendable {
    /// The line's amount that year.
    public var amount: Double
    /// The fixed contributions, cash and valued days, added up.
    public var fixed: Double
    /// The percentages added up.
    public var percent: Double
    /// What the percentages share: the amount less the fixed contributions
    /// (never below zero for a positive amount).
    public var rest: Double
    /// One structure's part.
    public struct Part: Equatable, Sendable {
        public var structure: StructureID
        public var part: Double
    }

    /// Each structure's part, in the order of the line's shares.
    public var parts: [Part]

    /// What is charged (or handed out) in all.
    public var shared: Double { parts.reduce(0) { $0 + $1.part } }
    /// The amount less what is shared: above zero, part of the line is
    /// borne by no one; below zero, more is charged than the line costs.
    public var gap: Double { amount - shared }
    /// Whether any structure takes part in the line.
    public var isShared: Bool { !parts.isEmpty }
    /// Shared to the cent, or not shared at all.
    public var addsUp: Bool { !isShared || abs(gap) < 0.005 }
}

extension ProjectLine {
    /// How the line's amount in year `yearIndex` is shared.
    public func sharing(year yearIndex: Int, dayRate: Double) -> LineSharing {
        let amount = amount(yearIndex)
        // A fixed contribution applies in the years the line has an amount.
        func fixedPart(_ cash: Double, _ days: Double) -> Double { amount == 0 ? 0 : cash + days * dayRate }
        var fixed = 0.0
        var percent = 0.0
        for share in shares {
            switch share.mode {
            case .percent(let p): percent += p
            case .fixed(let cash, let days): fixed += fixedPart(cash, days)
            }
        }
        // A negative amount (a saving, a refund) is shared by its percentages as it is.
        let rest = amount >= 0 ? max(0, amount - fixed) : amount - fixed
        let parts = shares.map { share in
            switch share.mode {
            case .percent(let p): LineSharing.Part(structure: share.structureID, part: rest * p / 100)
            case .fixed(let cash, let days):
                LineSharing.Part(structure: share.structureID, part: fixedPart(cash, days))
            }
        }
        return LineSharing(amount: amount, fixed: fixed, percent: percent, rest: rest, parts: parts)
    }

    /// The years (indices from the first) in which the line's sharing does
    /// not add up.
    public func unevenYears(_ years: Int, dayRate: Double) -> [Int] {
        (0..<years).filter { !sharing(year: $0, dayRate: dayRate).addsUp }
    }

    /// What `structure` bears (an expense) or receives (an income) of this
    /// line in year `yearIndex`, by the sharing rule.
    public func part(of structure: StructureID, year yearIndex: Int, dayRate: Double) -> Double {
        sharing(year: yearIndex, dayRate: dayRate).parts.first { $0.structure == structure }?.part ?? 0
    }
}

/// A year in which a shared line does not add up.
public struct SharingGap: Equatable, Sendable {
    public var line: Int
    public var label: String
    public var year: Int
    public var sharing: LineSharing
}

extension ProjectModel {
    /// Each shared line whose parts differ from its amount, with the first
    /// year they do, in the order of the lines.
    public var sharingGaps: [SharingGap] {
        lines.enumerated().compactMap { index, line in
            line.unevenYears(years, dayRate: dayRate).first.map {
                SharingGap(
                    line: index, label: line.label, year: startYear + $0,
                    sharing: line.sharing(year: $0, dayRate: dayRate))
            }
        }
    }
}
