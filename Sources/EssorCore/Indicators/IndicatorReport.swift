/// The indicators of a scope and a period, with the evidence behind each
/// count, and the figures around them (hours, participants, meetings,
/// partner days). Pure: computed from `IndicatorFacts`.
public struct IndicatorReport: Equatable, Sendable {
    /// Hours of support one enterprise received in the period.
    public struct EnterpriseHours: Equatable, Sendable {
        public var enterprise: Enterprise
        public var minutes: Int
        public var meetings: Int
    }

    public struct PersonHours: Equatable, Sendable {
        public var person: String
        public var structure: String
        public var minutes: Int
        public var meetings: Int
    }

    public struct CohortFigures: Equatable, Sendable {
        public var cohortID: CohortID
        public var name: String
        /// Hours of support received by its structures (each enterprise
        /// once per meeting).
        public var minutes: Int
        /// Enterprises of RCO01 among its members.
        public var supported: Int
        public var members: Int
    }

    public struct KindFigures: Equatable, Sendable {
        public var kind: MeetingKind
        public var held: Int
        public var planned: Int
        public var minutesHeld: Int
    }

    public struct MonthFigures: Equatable, Sendable {
        /// Its first day.
        public var month: LocalDate
        public var minutes: Int
    }

    public struct PartnerDays: Equatable, Sendable {
        public var partner: String
        public var planned: Double
        public var used: Double
    }

    public var period: ReportPeriod
    public var thresholdMinutes: Int
    public var indicators: [Indicator]
    /// Every enterprise of the scope with its hours, most first.
    public var hours: [EnterpriseHours]
    public var people: [PersonHours]
    public var cohorts: [CohortFigures]
    public var kinds: [KindFigures]
    /// Hours of support per month of the period (first day of the month).
    public var months: [MonthFigures]
    public var partners: [PartnerDays]

    public func indicator(_ code: IndicatorCode) -> Indicator {
        indicators.first { $0.code == code }!
    }

    public var enterprises: Int { hours.count }
    public var participants: Int { people.count }
    public var supportMinutes: Int { hours.reduce(0) { $0 + $1.minutes } }

}

extension IndicatorReport {
    public init(_ facts: IndicatorFacts) {
        var builder = IndicatorBuilder(facts)
        self = builder.report()
    }
}

/// The working state of one computation.
struct IndicatorBuilder {
    let facts: IndicatorFacts
    let enterprises: [Enterprise]
    /// Enterprise index of each structure.
    let owner: [StructureID: Int]
    let meetings: [MeetingID: IndicatorFacts.MeetingFact]
    let organisations: [StructureID: IndicatorFacts.Organisation]
    /// Enterprises in the order of their names (the lists' order), and
    /// each one's place in it.
    let order: [Int]
    let rank: [Int]

    init(_ facts: IndicatorFacts) {
        self.facts = facts
        var bySiren: [String: Int] = [:]
        var list: [Enterprise] = []
        var owner: [StructureID: Int] = [:]
        for organisation in facts.organisations.sorted(by: { $0.id < $1.id }) {
            let siren = Siret.isValid(organisation.siret) ? Siret.siren(organisation.siret) : nil
            if let siren, let index = bySiren[siren] {
                list[index].structureIDs.append(organisation.id)
                list[index].names.append(organisation.name)
                owner[organisation.id] = index
                continue
            }
            if let siren { bySiren[siren] = list.count }
            owner[organisation.id] = list.count
            list.append(Enterprise(siren: siren, structureIDs: [organisation.id], names: [organisation.name]))
        }
        enterprises = list
        self.owner = owner
        meetings = Dictionary(facts.meetings.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        organisations = Dictionary(facts.organisations.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Names folded once (the store gives them in this order already,
        // which the sort then only checks).
        let byName = facts.organisations.indices.sorted { i, j in
            let a = facts.organisations[i]
            let b = facts.organisations[j]
            if a.sortName != b.sortName { return a.sortName < b.sortName }
            return a.name != b.name ? a.name < b.name : a.id < b.id
        }
        var rank = [Int](repeating: Int.max, count: list.count)
        for (position, index) in byName.enumerated() {
            let enterprise = owner[facts.organisations[index].id]!
            rank[enterprise] = min(rank[enterprise], position)
        }
        self.rank = rank
        order = list.indices.sorted { rank[$0] < rank[$1] }
    }

    /// Why an enterprise cannot be counted by its SIREN, if it cannot.
    func sirenProblem(_ enterprise: Enterprise) -> Exclusion? {
        guard enterprise.siren == nil else { return nil }
        let siret = organisations[enterprise.structureIDs[0]]?.siret ?? ""
        return .noSiren(invalid: !Siret.normalize(siret).isEmpty)
    }

    mutating func report() -> IndicatorReport {
        // Meetings each enterprise attended (support kinds, held, in period),
        // and those at other kinds.
        var supportMeetings = [Set<MeetingID>](repeating: [], count: enterprises.count)
        var otherMeetings = [Set<MeetingID>](repeating: [], count: enterprises.count)
        struct PersonKey: Hashable {
            let structure: StructureID
            let folded: String
        }
        var folded: [String: String] = [:]
        var personMeetings: [PersonKey: (person: String, structure: StructureID, meetings: Set<MeetingID>)] =
            [:]
        for presence in facts.presences {
            guard let index = owner[presence.structureID], let meeting = meetings[presence.meetingID],
                meeting.held, facts.period.contains(meeting.date)
            else { continue }
            if meeting.isSupport {
                supportMeetings[index].insert(meeting.id)
            } else {
                otherMeetings[index].insert(meeting.id)
            }
            let name = folded[presence.person] ?? SearchFolding.fold(presence.person)
            folded[presence.person] = name
            let key = PersonKey(structure: presence.structureID, folded: name)
            personMeetings[key, default: (presence.person, presence.structureID, [])].meetings.insert(
                meeting.id)
        }
        func minutes(_ ids: Set<MeetingID>) -> Int { ids.reduce(0) { $0 + (meetings[$1]?.minutes ?? 0) } }
        var invitations = [Int](repeating: 0, count: enterprises.count)
        for (meetingID, structures) in facts.invitations {
            guard let meeting = meetings[meetingID], meeting.isSupport, meeting.held,
                facts.period.contains(meeting.date)
            else { continue }
            for index in Set(structures.compactMap { owner[$0] }) { invitations[index] += 1 }
        }

        // RCO04.
        var rco04 = Set<Int>()
        var rco04Counted: [IndicatorLine] = []
        var rco04Not: [IndicatorLine] = []
        var supportExclusion: [Int: Exclusion] = [:]
        for index in order {
            let enterprise = enterprises[index]
            let ids = supportMeetings[index]
            let total = minutes(ids)
            let evidence = Evidence.support(minutes: total, meetings: ids.sorted())
            if !ids.isEmpty, total >= facts.thresholdMinutes {
                if let problem = sirenProblem(enterprise) {
                    rco04Not.append(
                        IndicatorLine(enterprise: enterprise, evidence: [evidence], exclusion: problem))
                    supportExclusion[index] = problem
                } else {
                    rco04.insert(index)
                    rco04Counted.append(IndicatorLine(enterprise: enterprise, evidence: [evidence]))
                }
                continue
            }
            let exclusion: Exclusion =
                if !ids.isEmpty {
                    .belowThreshold(minutes: total, threshold: facts.thresholdMinutes)
                } else if !otherMeetings[index].isEmpty {
                    .otherKindsOnly(minutes: minutes(otherMeetings[index]))
                } else if invitations[index] > 0 {
                    .invitedNeverPresent(invitations: invitations[index])
                } else {
                    .noAttendance
                }
            supportExclusion[index] = exclusion
            rco04Not.append(IndicatorLine(enterprise: enterprise, evidence: [evidence], exclusion: exclusion))
        }

        // RCO02 and RCO03, from the financing recorded.
        let (rco02Indicator, rco02) = financed(.rco02, grants: true)
        let (rco03Indicator, rco03) = financed(.rco03, grants: false)

        // RCO01: the union, by size.
        var rco01Counted: [IndicatorLine] = []
        var rco01Not: [IndicatorLine] = []
        var bySize: [EnterpriseSize: Int] = [:]
        var supported: [Int] = []
        for index in order {
            let enterprise = enterprises[index]
            var through: [IndicatorCode] = []
            if rco02.contains(index) { through.append(.rco02) }
            if rco03.contains(index) { through.append(.rco03) }
            if rco04.contains(index) { through.append(.rco04) }
            guard !through.isEmpty else {
                let reason = supportExclusion[index] ?? .noAttendance
                let exclusion: Exclusion = if case .noSiren = reason { reason } else { .notSupported(reason) }
                rco01Not.append(IndicatorLine(enterprise: enterprise, evidence: [], exclusion: exclusion))
                continue
            }
            supported.append(index)
            let (size, year) = size(index)
            bySize[size, default: 0] += 1
            rco01Counted.append(
                IndicatorLine(enterprise: enterprise, evidence: [.through(through), .size(size, year: year)]))
        }

        // RCO05 and RCR01, among the supported.
        var rco05Counted: [IndicatorLine] = []
        var rco05Not: [IndicatorLine] = []
        var rcr01Counted: [IndicatorLine] = []
        var rcr01Not: [IndicatorLine] = []
        for index in supported {
            let enterprise = enterprises[index]
            let first = enterprise.structureIDs.compactMap { facts.firstSupport[$0] }.min()
            let created = enterprise.structureIDs.compactMap { organisations[$0]?.creationDate }.min()
            switch (first, created) {
            case (nil, _):
                rco05Not.append(
                    IndicatorLine(enterprise: enterprise, evidence: [], exclusion: .noSupportMeeting))
            case (_?, nil):
                rco05Not.append(
                    IndicatorLine(enterprise: enterprise, evidence: [], exclusion: .noCreationDate))
            case (_?, let created?) where created > facts.period.to:
                rco05Not.append(
                    IndicatorLine(
                        enterprise: enterprise, evidence: [], exclusion: .createdAfterPeriod(created)))
            case (let first?, let created?):
                if created > first.adding(months: -36) {
                    rco05Counted.append(
                        IndicatorLine(
                            enterprise: enterprise, evidence: [.created(created, firstSupport: first)]))
                } else {
                    rco05Not.append(
                        IndicatorLine(
                            enterprise: enterprise, evidence: [],
                            exclusion: .createdLongBefore(created, firstSupport: first)))
                }
            }
            guard let first else {
                rcr01Not.append(
                    IndicatorLine(enterprise: enterprise, evidence: [], exclusion: .noSupportMeeting))
                continue
            }
            let years = accounts(index)
            let start = first.year
            guard let before = years[start - 1]?.staff else {
                rcr01Not.append(
                    IndicatorLine(
                        enterprise: enterprise, evidence: [], exclusion: .noAccountsBefore(year: start - 1)))
                continue
            }
            guard
                let after = years.values.filter({ $0.year > start && $0.staff != nil }).max(by: {
                    $0.year < $1.year
                }),
                let staff = after.staff
            else {
                rcr01Not.append(
                    IndicatorLine(
                        enterprise: enterprise, evidence: [], exclusion: .noAccountsAfter(year: start)))
                continue
            }
            rcr01Counted.append(
                IndicatorLine(
                    enterprise: enterprise,
                    evidence: [
                        .jobs(beforeYear: start - 1, before: before, afterYear: after.year, after: staff)
                    ],
                    value: max(0, staff - before)))
        }

        let rco01 = Indicator(
            code: .rco01, value: Double(rco01Counted.count), counted: rco01Counted, notCounted: rco01Not,
            bySize: bySize)
        let rco04Indicator = Indicator(
            code: .rco04, value: Double(rco04Counted.count), counted: rco04Counted, notCounted: rco04Not)
        let rco05 = Indicator(
            code: .rco05, value: Double(rco05Counted.count), counted: rco05Counted, notCounted: rco05Not)
        let rcr01 = Indicator(
            code: .rcr01, value: rcr01Counted.reduce(0) { $0 + $1.value }, counted: rcr01Counted,
            notCounted: rcr01Not)

        // The figures around them.
        let minutesOf = supportMeetings.map(minutes)
        let hours = order.sorted {
            minutesOf[$0] != minutesOf[$1] ? minutesOf[$0] > minutesOf[$1] : rank[$0] < rank[$1]
        }
        .map { index in
            IndicatorReport.EnterpriseHours(
                enterprise: enterprises[index], minutes: minutesOf[index],
                meetings: supportMeetings[index].count)
        }
        // People by hours, then by name (folded once per distinct name).
        let entries = personMeetings.map { key, entry in
            (
                key.folded,
                IndicatorReport.PersonHours(
                    person: entry.person, structure: organisations[entry.structure]?.name ?? "",
                    minutes: minutes(entry.meetings.filter { meetings[$0]?.isSupport == true }),
                    meetings: entry.meetings.count)
            )
        }
        let people = entries.sorted { a, b in
            if a.1.minutes != b.1.minutes { return a.1.minutes > b.1.minutes }
            if a.0 != b.0 { return a.0 < b.0 }
            return a.1.person != b.1.person ? a.1.person < b.1.person : a.1.structure < b.1.structure
        }.map(\.1)
        // Per cohort: its meetings' hours, and its enterprises supported as
        // if the report were of that cohort alone (its own meetings against
        // the threshold, its own financing).
        var cohortMinutes: [CohortID: Int] = [:]
        var monthMinutes: [LocalDate: Int] = [:]
        var inCohort: [CohortID: [Int: Int]] = [:]
        for (index, ids) in supportMeetings.enumerated() {
            for id in ids {
                guard let meeting = meetings[id] else { continue }
                cohortMinutes[meeting.cohortID, default: 0] += meeting.minutes
                inCohort[meeting.cohortID, default: [:]][index, default: 0] += meeting.minutes
                let month = LocalDate(year: meeting.date.year, month: meeting.date.month, day: 1)!
                monthMinutes[month, default: 0] += meeting.minutes
            }
        }
        var members: [CohortID: Set<Int>] = [:]
        for organisation in facts.organisations {
            guard let index = owner[organisation.id] else { continue }
            for cohort in organisation.cohorts { members[cohort, default: []].insert(index) }
        }
        var financedIn: [CohortID: Set<Int>] = [:]
        for financing in facts.financings where financing.status == .granted {
            guard let index = owner[financing.structureID], enterprises[index].siren != nil,
                financing.grantedOn.map(facts.period.contains) ?? true
            else { continue }
            let cohorts =
                financing.cohortID.map { [$0] }
                ?? enterprises[index].structureIDs.flatMap { organisations[$0]?.cohorts ?? [] }
            for cohort in cohorts { financedIn[cohort, default: []].insert(index) }
        }
        let cohorts = facts.cohorts.map { id, name in
            let mine = members[id] ?? []
            let supportedHere = mine.filter { index in
                enterprises[index].siren != nil
                    && ((inCohort[id]?[index] ?? 0) >= max(1, facts.thresholdMinutes)
                        || financedIn[id]?.contains(index) == true)
            }
            return IndicatorReport.CohortFigures(
                cohortID: id, name: name, minutes: cohortMinutes[id] ?? 0, supported: supportedHere.count,
                members: mine.count)
        }
        let cohortList = FrenchOrder.sorted(cohorts, by: \.name)
        let kinds = MeetingKind.allCases.map { kind in
            let of = facts.meetings.filter { $0.kind == kind && facts.period.contains($0.date) }
            return IndicatorReport.KindFigures(
                kind: kind, held: of.filter(\.held).count, planned: of.filter { !$0.held }.count,
                minutesHeld: of.filter(\.held).reduce(0) { $0 + $1.minutes })
        }
        var partnerDays: [String: IndicatorReport.PartnerDays] = [:]
        for mission in facts.missions {
            partnerDays[mission.partner, default: .init(partner: mission.partner, planned: 0, used: 0)]
                .planned +=
                mission.planned
            partnerDays[mission.partner]!.used += mission.used
        }
        return IndicatorReport(
            period: facts.period, thresholdMinutes: facts.thresholdMinutes,
            indicators: [rco01, rco02Indicator, rco03Indicator, rco04Indicator, rco05, rcr01], hours: hours,
            people: people, cohorts: cohortList, kinds: kinds,
            months: facts.period.months.map { .init(month: $0, minutes: monthMinutes[$0] ?? 0) },
            partners: FrenchOrder.sorted(Array(partnerDays.values), by: \.partner))
    }

    /// RCO02 (grants) or RCO03 (the other instruments).
    func financed(_ code: IndicatorCode, grants: Bool) -> (Indicator, Set<Int>) {
        var granted: [Int: [Financing]] = [:]
        var other: [Int: FinancingStatus] = [:]
        var outside: [Int: LocalDate] = [:]
        for financing in facts.financings where financing.instrument.isGrant == grants {
            guard let index = owner[financing.structureID] else { continue }
            if financing.status == .granted {
                if let day = financing.grantedOn, !facts.period.contains(day) {
                    outside[index] = max(outside[index] ?? day, day)
                } else {
                    granted[index, default: []].append(financing)
                }
            } else if other[index].map({ Self.rank(financing.status) > Self.rank($0) }) ?? true {
                other[index] = financing.status
            }
        }
        var counted: [IndicatorLine] = []
        var notCounted: [IndicatorLine] = []
        var set = Set<Int>()
        var amount = 0.0
        for index in order {
            let enterprise = enterprises[index]
            if let list = granted[index] {
                let evidence = list.map {
                    Evidence.financing($0.instrument, amount: $0.amount, grantedOn: $0.grantedOn)
                }
                if let problem = sirenProblem(enterprise) {
                    notCounted.append(
                        IndicatorLine(enterprise: enterprise, evidence: evidence, exclusion: problem))
                } else {
                    set.insert(index)
                    amount += list.reduce(0) { $0 + $1.amount }
                    counted.append(IndicatorLine(enterprise: enterprise, evidence: evidence))
                }
            } else if let day = outside[index] {
                notCounted.append(
                    IndicatorLine(enterprise: enterprise, evidence: [], exclusion: .grantedOutside(day)))
            } else if let status = other[index] {
                notCounted.append(
                    IndicatorLine(enterprise: enterprise, evidence: [], exclusion: .notGranted(status)))
            }
        }
        let unlisted = enterprises.count - counted.count - notCounted.count
        return (
            Indicator(
                code: code, value: Double(counted.count), amount: amount, counted: counted,
                notCounted: notCounted,
                unlisted: unlisted), set
        )
    }

    /// The status closest to granted, to say why a financing does not count.
    static func rank(_ status: FinancingStatus) -> Int {
        switch status {
        case .refused: 0
        case .considered: 1
        case .requested: 2
        case .granted: 3
        }
    }

    /// An enterprise's accounts per year: each year from the first of its
    /// structures (in the order they were entered) that has it.
    func accounts(_ index: Int) -> [Int: IndicatorFacts.Accounts] {
        var out: [Int: IndicatorFacts.Accounts] = [:]
        for id in enterprises[index].structureIDs {
            for year in facts.accounts[id] ?? [] where out[year.year] == nil { out[year.year] = year }
        }
        return out
    }

    /// The size from the latest year with any of its figures.
    func size(_ index: Int) -> (EnterpriseSize, Int?) {
        let latest = accounts(index).values.filter {
            $0.staff != nil || $0.turnover != nil || $0.balanceSheet != nil
        }
        .max { $0.year < $1.year }
        guard let latest else { return (.unknown, nil) }
        return (
            EnterpriseSize.classify(
                staff: latest.staff, turnover: latest.turnover, balanceSheet: latest.balanceSheet),
            latest.year
        )
    }
}
