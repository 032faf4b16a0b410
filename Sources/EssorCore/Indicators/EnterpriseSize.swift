/// The size of an enterprise per Commission Recommendation 2003/361/EC,
/// from its staff (FTE), turnover and balance-sheet total.
///
/// A category applies when staff is under its ceiling and the turnover
/// *or* the balance-sheet total is within its own: micro < 10 and ≤ €2 M;
/// small < 50 and ≤ €10 M; medium < 250 and turnover ≤ €50 M or balance
/// sheet ≤ €43 M; else large. A figure that is missing is never guessed:
/// when the decision would depend on it, the size is unknown.
public enum EnterpriseSize: String, CaseIterable, Sendable, Codable {
    case micro
    case small = "petite"
    case medium = "moyenne"
    case large = "grande"
    case unknown = "inconnue"

    struct Ceiling {
        let size: EnterpriseSize
        let staff: Double
        let turnover: Double
        let balanceSheet: Double
    }

    static let ceilings = [
        Ceiling(size: .micro, staff: 10, turnover: 2_000_000, balanceSheet: 2_000_000),
        Ceiling(size: .small, staff: 50, turnover: 10_000_000, balanceSheet: 10_000_000),
        Ceiling(size: .medium, staff: 250, turnover: 50_000_000, balanceSheet: 43_000_000),
    ]

    public static func classify(staff: Double?, turnover: Double?, balanceSheet: Double?) -> EnterpriseSize {
        guard let staff else { return .unknown }
        for ceiling in ceilings where staff < ceiling.staff {
            if let turnover, turnover <= ceiling.turnover { return ceiling.size }
            if let balanceSheet, balanceSheet <= ceiling.balanceSheet { return ceiling.size }
            // Over on what is known: a missing figure could still put it here.
            if turnover == nil || balanceSheet == nil { return .unknown }
        }
        return .large
    }

    public func name(_ fr: Bool) -> String {
        switch self {
        case .micro: trc("enterprise size", "micro", fr)
        case .small: trc("enterprise size", "small", fr)
        case .medium: trc("enterprise size", "medium", fr)
        case .large: trc("enterprise size", "large", fr)
        case .unknown: trc("enterprise size", "unknown", fr)
        }
    }
}
