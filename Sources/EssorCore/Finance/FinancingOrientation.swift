/// The financing France Active can bring.
public enum FinancingInstrument: String, CaseIterable, Sendable, Codable {
    case grant = "prime"
    case equityContribution = "apport_fonds_propres"
    case participatingSecurities = "titres_participatifs"
    case associativeContribution = "contrat_apport_associatif"
    case participatingLoan = "pret_participatif"
    case honourLoan = "pret_honneur"
    case guarantee = "garantie"
}

/// Where a chosen financing stands.
///
/// The pipeline: envisagée → demandée (the application filed) → comité →
/// accordée → versée, or refusée; `s` moves it on in that order.
public enum FinancingStatus: String, CaseIterable, Sendable, Codable {
    case considered = "envisagée"
    case requested = "demandée"
    case committee = "comité"
    case granted = "accordée"
    case paid = "versée"
    case refused = "refusée"

    /// Granted, paid out or not yet: what the indicators count.
    public var isGranted: Bool { self == .granted || self == .paid }

    /// The stages of the way to the money, in order.
    public static let stages: [FinancingStatus] = [.requested, .committee, .granted, .paid]
}

/// The documented rules that turn a risk into suggestions. Each
/// suggestion names its rule, so the coordinator sees why, and stays within
/// the instruments' terms (`InstrumentCatalogue`).
///
/// 1. `tresorerie-annee-1` — cash under the red threshold in the project's
///    first year: a loan (prêt participatif; prêt d'honneur for a
///    structure of five people or fewer) within its terms, and for what it
///    leaves a bank loan with a guarantee.
/// 2. `tresorerie-plus-tard` — cash under the red threshold in a later
///    year: a prêt participatif, to spread the effort.
/// 3. `fonds-propres-negatifs` — equity turns negative: an equity
///    contribution (titres participatifs for a SCOP or SCIC, contrat
///    d'apport associatif for an association, apport en fonds propres
///    otherwise).
/// 4. `cout-de-lancement` — the structure bears part of a one-off launch
///    cost and is at risk: a grant (prime) for that part.
public enum FinancingRule: String, CaseIterable, Sendable, Codable {
    case cashFirstYear = "tresorerie-annee-1"
    case cashLater = "tresorerie-plus-tard"
    case negativeEquity = "fonds-propres-negatifs"
    case launchCost = "cout-de-lancement"
}

public struct FinancingSuggestion: Equatable, Sendable {
    /// Why a part's amount is not the gap it covers.
    public enum Limit: Equatable, Sendable {
        /// Cut at the instrument's ceiling.
        case ceiling(Double)
        /// Raised to the instrument's minimum.
        case floor(Double)
        /// A guarantee: this share (percent) of a bank loan of `loan` €.
        case coverage(Double, loan: Double)
    }

    /// One instrument and what it brings.
    public struct Part: Equatable, Sendable {
        public var instrument: FinancingInstrument
        public var amount: Double
        public var limit: Limit?

        public init(_ instrument: FinancingInstrument, _ amount: Double, limit: Limit? = nil) {
            self.instrument = instrument
            self.amount = amount
            self.limit = limit
        }
    }

    public var rule: FinancingRule
    public var parts: [Part]
    /// The amount the rule estimates (the gap to cover).
    public var amount: Double
    /// What the parts leave uncovered, within the instruments' terms
    /// (0 when they cover the gap).
    public var uncovered: Double

    public init(rule: FinancingRule, parts: [Part], amount: Double, uncovered: Double = 0) {
        self.rule = rule
        self.parts = parts
        self.amount = amount
        self.uncovered = uncovered
    }

    public var instruments: [FinancingInstrument] { parts.map(\.instrument) }

    /// One instrument for the whole gap, within its terms.
    static func single(
        _ rule: FinancingRule, _ instrument: FinancingInstrument, gap: Double,
        catalogue: Catalogue = .standard
    ) -> Self {
        let (amount, limit) = catalogue.terms(instrument).bounded(gap)
        return Self(
            rule: rule, parts: [Part(instrument, amount, limit: limit)], amount: gap,
            uncovered: max(0, gap - amount))
    }

    /// A loan up to its ceiling and, for what it leaves, a bank loan that
    /// the guarantee covers in part (its share, up to its ceiling).
    static func loanAndGuarantee(
        _ rule: FinancingRule, loan: FinancingInstrument, gap: Double, catalogue: Catalogue = .standard
    ) -> Self {
        let (lent, limit) = catalogue.terms(loan).bounded(gap)
        var parts = [Part(loan, lent, limit: limit)]
        let rest = max(0, gap - lent)
        if rest > 0 {
            let terms = catalogue.terms(.guarantee)
            let share = terms.coverage ?? 100
            // Its share of the loan, to the cent; its ceiling (or a
            // programme's minimum) said when it applies instead.
            let (guaranteed, bound) = terms.bounded((rest * share).rounded() / 100)
            parts.insert(Part(.guarantee, guaranteed, limit: bound ?? .coverage(share, loan: rest)), at: 0)
        }
        return Self(rule: rule, parts: parts, amount: gap)
    }

    /// Whether the suggestion is already kept for this cohort's project:
    /// each of its instruments is a financing of the same rule (whatever
    /// its amount or status since).
    public func isKept(by financings: [Financing], cohort: CohortID?) -> Bool {
        instruments.allSatisfy { instrument in
            financings.contains { $0.rule == rule && $0.instrument == instrument && $0.cohortID == cohort }
        }
    }
}

public enum FinancingOrientation {
    public static func suggestions(
        for effects: StructureEffects, model: ProjectModel, legalForm: LegalForm, headcount: Double?,
        catalogue: Catalogue = .standard
    ) -> [FinancingSuggestion] {
        var found: [FinancingSuggestion] = []
        // A month of the first year below zero needs at least that much.
        let monthShortfall =
            effects.reasons.lazy.compactMap { reason -> Double? in
                if case .cashMonth(_, _, let cash) = reason { -cash } else { nil }
            }.first ?? 0
        for reason in effects.reasons {
            switch reason {
            case .cash(let year, let gap) where year == model.startYear:
                let loan: FinancingInstrument = (headcount ?? 99) <= 5 ? .honourLoan : .participatingLoan
                found.append(
                    .loanAndGuarantee(
                        .cashFirstYear, loan: loan, gap: max(gap, monthShortfall), catalogue: catalogue))
            case .cash(_, let gap):
                found.append(.single(.cashLater, .participatingLoan, gap: gap, catalogue: catalogue))
            case .equity(_, let equity):
                let instrument: FinancingInstrument =
                    switch legalForm {
                    case .scop, .scic: .participatingSecurities
                    case .association: .associativeContribution
                    default: .equityContribution
                    }
                // What brings the equity back to zero.
                found.append(.single(.negativeEquity, instrument, gap: -equity, catalogue: catalogue))
            case .cashMonth(_, _, let cash):
                // Below zero within the first year: the first year's loan,
                // for the lowest point, unless the year's cash already
                // asked for one.
                guard !found.contains(where: { $0.rule == .cashFirstYear }) else { break }
                let loan: FinancingInstrument = (headcount ?? 99) <= 5 ? .honourLoan : .participatingLoan
                found.append(.loanAndGuarantee(.cashFirstYear, loan: loan, gap: -cash, catalogue: catalogue))
            }
        }
        if effects.atRiskYear != nil {
            let launch = model.lines.filter { $0.kind == .expense && $0.isOneOff }
                .reduce(0) { $0 + $1.part(of: effects.structureID, year: 0, dayRate: model.dayRate) }
            if launch > 0 {
                found.append(.single(.launchCost, .grant, gap: launch, catalogue: catalogue))
            }
        }
        return found
    }
}

/// A financing the coordinator recorded for a structure.
public struct Financing: Equatable, Sendable {
    public var id: Int64
    public var structureID: StructureID
    public var cohortID: CohortID?
    public var instrument: FinancingInstrument
    public var amount: Double
    public var partnerID: PartnerID?
    public var status: FinancingStatus
    public var note: String
    /// The rule that suggested it, if any.
    public var rule: FinancingRule?
    /// The day it was recorded as granted (the store stamps it when the
    /// status becomes « accordée »); nil otherwise, or for a financing
    /// granted before essor kept the date.
    public var grantedOn: LocalDate?
    /// The days it reached its other stages (nil: not reached, or before
    /// essor kept them).
    public var requestedOn: LocalDate?
    public var committeeOn: LocalDate?
    public var paidOn: LocalDate?
    public var refusedOn: LocalDate?

    public init(
        id: Int64 = 0, structureID: StructureID, cohortID: CohortID?, instrument: FinancingInstrument,
        amount: Double,
        partnerID: PartnerID? = nil, status: FinancingStatus = .considered, note: String = "",
        rule: FinancingRule? = nil, grantedOn: LocalDate? = nil
    ) {
        self.id = id
        self.structureID = structureID
        self.cohortID = cohortID
        self.instrument = instrument
        self.amount = amount
        self.partnerID = partnerID
        self.status = status
        self.note = note
        self.rule = rule
        self.grantedOn = grantedOn
    }

    /// The day it reached `stage` (nil for « envisagée »).
    public func day(of stage: FinancingStatus) -> LocalDate? {
        switch stage {
        case .considered: nil
        case .requested: requestedOn
        case .committee: committeeOn
        case .granted: grantedOn
        case .paid: paidOn
        case .refused: refusedOn
        }
    }

    mutating func setDay(_ day: LocalDate?, of stage: FinancingStatus) {
        switch stage {
        case .considered: break
        case .requested: requestedOn = day
        case .committee: committeeOn = day
        case .granted: grantedOn = day
        case .paid: paidOn = day
        case .refused: refusedOn = day
        }
    }

    /// Why a day cannot be the current stage's.
    public enum DayProblem: Error, Equatable, Sendable {
        /// « À l'étude » has no day.
        case noStage
        /// A day not reached yet.
        case future
        /// Before the day of an earlier stage.
        case before(FinancingStatus, LocalDate)
    }

    /// The financing with its current stage reached on `day` (a committee
    /// recorded a week late), within the days of the stages before it.
    public func settingDay(_ day: LocalDate, today: LocalDate) -> Result<Financing, DayProblem> {
        guard status != .considered else { return .failure(.noStage) }
        guard !(today < day) else { return .failure(.future) }
        let earlier: [FinancingStatus] =
            status == .refused
            ? [.requested, .committee] : Array(FinancingStatus.stages.prefix { $0 != status })
        for stage in earlier.reversed() {
            if let reached = self.day(of: stage), day < reached { return .failure(.before(stage, reached)) }
        }
        var f = self
        f.setDay(day, of: status)
        return .success(f)
    }

    /// The days of its stages once it stands at its status on `today`:
    /// the current stage's day is stamped when missing and kept after;
    /// the days of later stages (a financing moved back) are forgotten,
    /// and so is a refusal once it moves on again, or a grant once refused.
    public func stamped(today: LocalDate) -> Financing {
        var f = self
        if status != .considered, f.day(of: status) == nil { f.setDay(today, of: status) }
        let reached = FinancingStatus.stages.firstIndex(of: status) ?? -1
        for (index, stage) in FinancingStatus.stages.enumerated() where index > reached {
            // A refusal keeps the way it came (filed, committee), not a grant.
            if status == .refused && (stage == .requested || stage == .committee) { continue }
            f.setDay(nil, of: stage)
        }
        if status != .refused { f.refusedOn = nil }
        return f
    }
}

extension FinancingInstrument {
    public func name(_ fr: Bool) -> String {
        switch self {
        case .grant: tr("grant", fr)
        case .equityContribution: tr("equity contribution", fr)
        case .participatingSecurities: tr("participative securities", fr)
        case .associativeContribution: tr("associative contribution", fr)
        case .participatingLoan: tr("participative loan", fr)
        case .honourLoan: tr("honour loan", fr)
        case .guarantee: tr("bank-loan guarantee", fr)
        }
    }

    /// A grant is RCO02's; every other instrument (loans, guarantees,
    /// contributions, securities) is a financial instrument, RCO03's.
    public var isGrant: Bool { self == .grant }
}

extension FinancingStatus {
    /// Words that agree with any instrument (a loan, a grant…).
    public func name(_ fr: Bool) -> String {
        switch self {
        case .considered: trc("financing status", "considered", fr)
        case .requested: trc("financing status", "applied for", fr)
        case .committee: trc("financing status", "in committee", fr)
        case .granted: trc("financing status", "granted", fr)
        case .paid: trc("financing status", "paid out", fr)
        case .refused: trc("financing status", "refused", fr)
        }
    }
}
