public typealias StaffID = Int64

/// Someone whose time the operation claims: a member of the operator's
/// staff (or a partner's consultant), with how that time is evidenced and
/// what they cost each year.
public struct StaffMember: Equatable, Sendable, Identifiable {
    public var id: StaffID
    public var name: String
    public var role: String
    public var employer: String
    public var mode: StaffMode
    /// The share of working time assigned to the operation, in percent
    /// (`forfait` only).
    public var sharePercent: Double?
    /// The mission letter that states the share (`forfait`): its
    /// reference and the period it covers.
    public var letterReference: String
    public var letterFrom: LocalDate?
    public var letterTo: LocalDate?
    /// The contract's dates: no time may be entered outside them.
    public var contractFrom: LocalDate?
    public var contractTo: LocalDate?
    /// Gross annual employment cost per calendar year.
    public var costs: [StaffCost]

    public init(
        id: StaffID = 0, name: String, role: String = "", employer: String = "", mode: StaffMode = .actual,
        sharePercent: Double? = nil, letterReference: String = "", letterFrom: LocalDate? = nil,
        letterTo: LocalDate? = nil, contractFrom: LocalDate? = nil, contractTo: LocalDate? = nil,
        costs: [StaffCost] = []
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.employer = employer
        self.mode = mode
        self.sharePercent = sharePercent
        self.letterReference = letterReference
        self.letterFrom = letterFrom
        self.letterTo = letterTo
        self.contractFrom = contractFrom
        self.contractTo = contractTo
        self.costs = costs
    }

    /// The gross annual employment cost entered for `year`.
    public func annualCost(_ year: Int) -> Double? { costs.first { $0.year == year }?.annualCost }

    /// The hourly rate of `year`, from its annual cost.
    public func hourlyRate(_ year: Int) -> HourlyRate? { annualCost(year).map(HourlyRate.init(annualCost:)) }

    /// Whether `date` is within the contract (open ends count as within).
    public func isUnderContract(on date: LocalDate) -> Bool {
        !(contractFrom.map { date < $0 } ?? false) && !(contractTo.map { $0 < date } ?? false)
    }
}

/// How a person's time on the operation is evidenced.
public enum StaffMode: String, CaseIterable, Sendable, Codable {
    /// Real time, recorded in timesheets signed each month.
    case actual = "reel"
    /// A fixed percentage of working time, stated by a mission letter
    /// (Regulation (EU) 2021/1060, art. 55).
    case fixedShare = "forfait"

    public func name(_ fr: Bool) -> String {
        switch self {
        case .actual: trc("staff mode", "actual time", fr)
        case .fixedShare: trc("staff mode", "fixed share", fr)
        }
    }
}

/// A person's gross annual employment cost for one calendar year.
public struct StaffCost: Equatable, Sendable {
    public var year: Int
    public var annualCost: Double

    public init(year: Int, annualCost: Double) {
        self.year = year
        self.annualCost = annualCost
    }
}

/// The hourly rate of a person: the gross annual employment cost divided
/// by 1 720 hours (Regulation (EU) 2021/1060, art. 55), rounded to the
/// cent (half away from zero). Costs are computed from the rounded rate,
/// so that anyone can check them from what is printed:
/// `cost = hours × rate`, rounded to the cent.
public struct HourlyRate: Equatable, Sendable {
    /// The standard annual working time of art. 55.
    public static let annualHours = 1_720

    public let annualCost: Double
    /// The rate, in cents.
    public let cents: Int64

    public init(annualCost: Double) {
        self.annualCost = annualCost
        cents = Int64((annualCost * 100 / Double(Self.annualHours)).rounded(.toNearestOrAwayFromZero))
    }

    public var euros: Double { Double(cents) / 100 }

    /// The cost of `minutes`, in cents.
    public func cost(minutes: Int) -> Int64 {
        let exact = Double(cents) * Double(minutes) / 60
        return Int64(exact.rounded(.toNearestOrAwayFromZero))
    }
}

/// What a `forfait` person's share of time costs: the share of the annual
/// cost, a twelfth per month (art. 55).
public enum FixedShareCost {
    public static func monthly(annualCost: Double, percent: Double) -> Int64 {
        Int64((annualCost * 100 * percent / 100 / 12).rounded(.toNearestOrAwayFromZero))
    }
}
