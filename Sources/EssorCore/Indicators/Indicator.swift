/// The FEDER indicators essor computes (Regulation (EU) 2021/1058,
/// annex I), as an ESS programme uses them.
public enum IndicatorCode: String, CaseIterable, Sendable, Codable {
    case rco01 = "RCO01"
    case rco02 = "RCO02"
    case rco03 = "RCO03"
    case rco04 = "RCO04"
    case rco05 = "RCO05"
    case rcr01 = "RCR01"

    public func title(_ fr: Bool) -> String {
        switch self {
        case .rco01: tr("Enterprises supported", fr)
        case .rco02: tr("Enterprises supported by grants", fr)
        case .rco03: tr("Enterprises supported by financial instruments", fr)
        case .rco04: tr("Enterprises with non-financial support", fr)
        case .rco05: tr("New enterprises supported", fr)
        case .rcr01: tr("Jobs created in supported entities (FTE)", fr)
        }
    }

    /// The rule, as the report prints it beside the figure.
    public func rule(_ fr: Bool, thresholdMinutes: Int) -> String {
        switch self {
        case .rco01:
            tr(
                "Union of RCO02, RCO03 and RCO04, split by size (Recommendation 2003/361/EC) from the latest accounts: FTE, income, balance-sheet total; unknown when a figure is missing.",
                fr)
        case .rco02:
            tr(
                "A grant whose status is “granted”, granted in the period (one granted before essor kept the day counts in any period); the amounts are summed.",
                fr)
        case .rco03:
            tr(
                "A loan, guarantee, contribution or security whose status is “granted”, granted in the period (as RCO02); the amounts are summed.",
                fr)
        case .rco04:
            tr(
                "Attendance recorded at collective workshops or one-to-one meetings held in the period, totalling at least %s. A steering committee, a webinar or an invitation never attended does not count.",
                fr, ClockParsing.durationText(thresholdMinutes))
        case .rco05:
            tr(
                "Among RCO01: created less than 3 years before its first support meeting (a creation date after the period is not taken).",
                fr)
        case .rcr01:
            tr(
                "Among RCO01: FTE of the latest year after the year support began, minus the year before it; a decrease counts 0 (gross jobs).",
                fr)
        }
    }

    /// RCR01 is in full-time equivalents; the others count enterprises.
    public var isFTE: Bool { self == .rcr01 }
}

/// An enterprise as the indicators count it: the structures sharing one
/// SIREN (the first 9 digits of their SIRET), or one structure without.
public struct Enterprise: Equatable, Sendable {
    /// The SIREN, or nil when its structures have no valid SIRET.
    public var siren: String?
    public var structureIDs: [StructureID]
    public var names: [String]

    public init(siren: String?, structureIDs: [StructureID], names: [String]) {
        self.siren = siren
        self.structureIDs = structureIDs
        self.names = names
    }

    public var name: String { names.first ?? "" }
    /// Its establishments' names, « A + B » for two.
    public var label: String { names.joined(separator: " + ") }
}

/// Why an enterprise counts.
public enum Evidence: Equatable, Sendable {
    /// Support attended: minutes over meetings (their ids).
    case support(minutes: Int, meetings: [MeetingID])
    /// A financing granted on a day (nil: granted before essor kept it).
    case financing(FinancingInstrument, amount: Double, grantedOn: LocalDate?)
    case size(EnterpriseSize, year: Int?)
    case created(LocalDate, firstSupport: LocalDate)
    case jobs(beforeYear: Int, before: Double, afterYear: Int, after: Double)
    /// Which indicators it is counted through (RCO01).
    case through([IndicatorCode])
}

/// Why an enterprise does not count.
public indirect enum Exclusion: Equatable, Sendable {
    case belowThreshold(minutes: Int, threshold: Int)
    /// Present only at steering committees or webinars.
    case otherKindsOnly(minutes: Int)
    case invitedNeverPresent(invitations: Int)
    case noAttendance
    /// It would count, but has no valid SIRET to be counted by.
    case noSiren(invalid: Bool)
    case notGranted(FinancingStatus)
    /// Granted, but on a day outside the period.
    case grantedOutside(LocalDate)
    /// RCO01: neither supported nor financed.
    case notSupported(Exclusion)
    case noCreationDate
    /// A creation date after the period, or after the first support
    /// meeting it attended: a date to correct.
    case createdAfterPeriod(LocalDate)
    case createdAfterSupport(LocalDate, firstSupport: LocalDate)
    case createdLongBefore(LocalDate, firstSupport: LocalDate)
    /// Supported by financing only: when support began is not known.
    case noSupportMeeting
    case noAccountsBefore(year: Int)
    case noAccountsAfter(year: Int)
}

/// One enterprise in an indicator's explanation.
public struct IndicatorLine: Equatable, Sendable {
    public var enterprise: Enterprise
    public var evidence: [Evidence]
    public var exclusion: Exclusion?
    /// What it adds to the indicator (FTE for RCR01, 1 otherwise).
    public var value: Double

    public init(enterprise: Enterprise, evidence: [Evidence], exclusion: Exclusion? = nil, value: Double = 1)
    {
        self.enterprise = enterprise
        self.evidence = evidence
        self.exclusion = exclusion
        self.value = value
    }
}

/// One indicator's figure and its explanation.
public struct Indicator: Equatable, Sendable {
    public var code: IndicatorCode
    public var value: Double
    /// Amounts granted (RCO02, RCO03).
    public var amount: Double?
    /// The enterprises counted and not counted, with why (empty when the
    /// report was made without its lists: the counts say how many).
    public var counted: [IndicatorLine]
    public var notCounted: [IndicatorLine]
    public var countedCount: Int
    public var notCountedCount: Int
    /// Enterprises of the scope with nothing of this kind recorded, not
    /// listed one by one (RCO02, RCO03).
    public var unlisted: Int
    /// RCO01's split by size.
    public var bySize: [EnterpriseSize: Int]

    public init(
        code: IndicatorCode, value: Double, amount: Double? = nil, counted: [IndicatorLine],
        notCounted: [IndicatorLine], unlisted: Int = 0, bySize: [EnterpriseSize: Int] = [:],
        countedCount: Int? = nil, notCountedCount: Int? = nil
    ) {
        self.countedCount = countedCount ?? counted.count
        self.notCountedCount = notCountedCount ?? notCounted.count
        self.code = code
        self.value = value
        self.amount = amount
        self.counted = counted
        self.notCounted = notCounted
        self.unlisted = unlisted
        self.bySize = bySize
    }
}
