/// The working state of one computation of the indicators. Everything
/// is counted over positions in flat arrays (an enterprise, a meeting, a
/// structure is a number); `Enterprise` values and explanation lines are
/// made only when the lists are asked for.
struct IndicatorBuilder: Sendable {
    /// The facts: their history may be added once the enterprises
    /// counted are known (`add`); nothing else changes.
    private(set) var facts: IndicatorFacts
    /// Creation dates added with the history, beside the organisations'
    /// own (changing those would copy every organisation: the builder is
    /// shared with the thread counting the per-cohort figures).
    private var creationDates: [StructureID: LocalDate] = [:]
    let lists: Bool
    /// Position in `facts.organisations` of each structure.
    let organisationAt: PositionTable
    /// Enterprise of each organisation (by position).
    let enterpriseOf: [Int32]
    /// The first organisation of each enterprise (smallest id), and the
    /// others of those with several establishments.
    let firstMember: [Int32]
    let otherMembers: [Int32: [Int32]]
    /// The SIREN of each enterprise, -1 without a valid SIRET.
    let siren: [Int]
    /// Position in `facts.meetings` of each meeting that counts (held and
    /// in the period).
    let meetingAt: PositionTable

    var count: Int { firstMember.count }

    init(_ facts: IndicatorFacts, lists: Bool) {
        self.facts = facts
        self.lists = lists
        let organisations = facts.organisations
        var ids: [Int64?] = []
        ids.reserveCapacity(organisations.count)
        for position in organisations.indices { ids.append(organisations[position].id) }
        organisationAt = PositionTable(ids)
        // Enterprises in the order of their first structure's id.
        var byID = Array(organisations.indices)
        if !organisations.indices.dropFirst().allSatisfy({ organisations[$0 - 1].id < organisations[$0].id })
        {
            byID.sort { organisations[$0].id < organisations[$1].id }
        }
        var bySiren: [Int: Int32] = [:]
        bySiren.reserveCapacity(organisations.count)
        var enterpriseOf = [Int32](repeating: -1, count: organisations.count)
        var firstMember: [Int32] = []
        var otherMembers: [Int32: [Int32]] = [:]
        var siren: [Int] = []
        firstMember.reserveCapacity(organisations.count)
        siren.reserveCapacity(organisations.count)
        for position in byID where organisationAt[organisations[position].id] == position {
            let number = Siret.sirenNumber(organisations[position].siret)
            if let number, let enterprise = bySiren[number] {
                enterpriseOf[position] = enterprise
                otherMembers[enterprise, default: []].append(Int32(position))
                continue
            }
            let enterprise = Int32(firstMember.count)
            if let number { bySiren[number] = enterprise }
            enterpriseOf[position] = enterprise
            firstMember.append(Int32(position))
            siren.append(number ?? -1)
        }
        self.enterpriseOf = enterpriseOf
        self.firstMember = firstMember
        self.otherMembers = otherMembers
        self.siren = siren
        var counting: [Int64?] = []
        counting.reserveCapacity(facts.meetings.count)
        for meeting in facts.meetings {
            counting.append(meeting.held && facts.period.contains(meeting.date) ? meeting.id : nil)
        }
        meetingAt = PositionTable(counting)
    }

    /// The history of the structures counted, read once they are known,
    /// and the missions when they come last.
    mutating func add(_ history: IndicatorFacts.History, missions: [IndicatorFacts.Mission]?) {
        facts.firstSupport.merge(history.firstSupport) { $1 }
        facts.accounts.merge(history.accounts) { $1 }
        creationDates.merge(history.creationDates) { $1 }
        if let missions { facts.missions = missions }
    }

    /// The organisations (positions) of an enterprise, in id order.
    func members(_ enterprise: Int) -> [Int32] {
        [firstMember[enterprise]] + (otherMembers[Int32(enterprise)] ?? [])
    }

    func enterprise(_ index: Int) -> Enterprise {
        let positions = members(index)
        return Enterprise(
            siren: siren[index] < 0 ? nil : LocalDate.pad(siren[index], 9),
            structureIDs: positions.map { facts.organisations[Int($0)].id },
            names: positions.map { facts.organisations[Int($0)].name })
    }

    func enterprise(of structure: StructureID) -> Int? {
        organisationAt[structure].map { Int(enterpriseOf[$0]) }
    }

    /// Why an enterprise cannot be counted by its SIREN, if it cannot.
    func sirenProblem(_ index: Int) -> Exclusion? {
        guard siren[index] < 0 else { return nil }
        let siret = facts.organisations[Int(firstMember[index])].siret
        return .noSiren(invalid: !Siret.normalize(siret).isEmpty)
    }

    /// Enterprises in the order of their names (the lists' order): each
    /// one where the first of its structures comes.
    func nameOrder() -> [Int] {
        let organisations = facts.organisations
        let inOrder = organisations.indices.dropFirst().allSatisfy { i in
            Self.precedes(organisations[i - 1], organisations[i])
        }
        let byName =
            inOrder
            ? Array(organisations.indices)
            : organisations.indices.sorted { Self.precedes(organisations[$0], organisations[$1]) }
        var seen = [Bool](repeating: false, count: count)
        var order: [Int] = []
        order.reserveCapacity(count)
        for position in byName {
            let enterprise = Int(enterpriseOf[position])
            guard enterprise >= 0, !seen[enterprise] else { continue }
            seen[enterprise] = true
            order.append(enterprise)
        }
        return order
    }

    static func precedes(_ a: IndicatorFacts.Organisation, _ b: IndicatorFacts.Organisation) -> Bool {
        if a.sortName != b.sortName { return a.sortName < b.sortName }
        return a.name != b.name ? a.name < b.name : a.id < b.id
    }

    /// Meetings attended, as (enterprise, meeting position) pairs packed in
    /// one number, each pair once, in order.
    struct Attendance: Sendable {
        var support: [UInt64] = []
        var other: [UInt64] = []
    }

    static func pair(_ high: Int, _ low: Int) -> UInt64 { UInt64(high) << 32 | UInt64(low) }
    static func high(_ pair: UInt64) -> Int { Int(pair >> 32) }
    static func low(_ pair: UInt64) -> Int { Int(pair & 0xFFFF_FFFF) }

    func attendance() -> Attendance {
        var out = Attendance()
        out.support.reserveCapacity(facts.presences.count)
        for presence in facts.presences {
            guard let enterprise = enterprise(of: presence.structureID),
                let meeting = meetingAt[presence.meetingID]
            else { continue }
            let key = Self.pair(enterprise, meeting)
            if facts.meetings[meeting].isSupport { out.support.append(key) } else { out.other.append(key) }
        }
        out.support.sortAndUnique()
        out.other.sortAndUnique()
        return out
    }

    /// Minutes and meetings per enterprise over sorted pairs.
    func totals(_ pairs: [UInt64]) -> (minutes: [Int], meetings: [Int]) {
        var minutes = [Int](repeating: 0, count: count)
        var meetings = [Int](repeating: 0, count: count)
        for key in pairs {
            minutes[Self.high(key)] += facts.meetings[Self.low(key)].minutes
            meetings[Self.high(key)] += 1
        }
        return (minutes, meetings)
    }

    /// RCO04's rule: support attended reaching the threshold.
    func reachesThreshold(minutes: Int, meetings: Int) -> Bool {
        meetings > 0 && minutes >= facts.thresholdMinutes
    }

    /// The financing of one kind (grants or not), per enterprise.
    struct Financed: Sendable {
        var granted: [Int: [Financing]] = [:]
        var outside: [Int: LocalDate] = [:]
        var other: [Int: FinancingStatus] = [:]
        /// Counted: granted in the period, with a SIREN.
        var counted = Set<Int>()
        var amount = 0.0
    }

    func financed(grants: Bool) -> Financed {
        var out = Financed()
        for financing in facts.financings where financing.instrument.isGrant == grants {
            guard let index = enterprise(of: financing.structureID) else { continue }
            if financing.status.isGranted {
                if let day = financing.grantedOn, !facts.period.contains(day) {
                    out.outside[index] = max(out.outside[index] ?? day, day)
                } else {
                    out.granted[index, default: []].append(financing)
                    if siren[index] >= 0 {
                        out.counted.insert(index)
                        out.amount += financing.amount
                    }
                }
            } else if out.other[index].map({ Self.rank(financing.status) > Self.rank($0) }) ?? true {
                out.other[index] = financing.status
            }
        }
        return out
    }

    /// The enterprises of RCO01 (in position order).
    func supported(_ totals: (minutes: [Int], meetings: [Int]), _ rco02: Financed, _ rco03: Financed)
        -> [Int]
    {
        (0..<count).filter { index in
            rco02.counted.contains(index) || rco03.counted.contains(index)
                || (siren[index] >= 0
                    && reachesThreshold(minutes: totals.minutes[index], meetings: totals.meetings[index]))
        }
    }

    /// What is counted before any history is needed.
    struct Counts: Sendable {
        var attended: Attendance
        var support: (minutes: [Int], meetings: [Int])
        var rco02: Financed
        var rco03: Financed
        var supported: [Int]
    }

    func counts() -> Counts {
        let attended = attendance()
        let support = totals(attended.support)
        let rco02 = financed(grants: true)
        let rco03 = financed(grants: false)
        return Counts(
            attended: attended, support: support, rco02: rco02, rco03: rco03,
            supported: supported(support, rco02, rco03))
    }

    /// The structures of some enterprises.
    func structures(of enterprises: [Int]) -> [StructureID] {
        enterprises.flatMap { index in members(index).map { facts.organisations[Int($0)].id } }
    }

    /// The figures without the lists that need no history.
    struct HistoryFree: Sendable {
        var cohorts: [IndicatorReport.CohortFigures]
        var participants: Int
    }

    func historyFree(_ counts: Counts) -> HistoryFree {
        HistoryFree(
            cohorts: cohortFigures(counts.attended.support, counts.rco02, counts.rco03),
            participants: participantKeys().count)
    }

    func report() -> IndicatorReport { report(counts()) }

    func report(_ counts: Counts, historyFree: HistoryFree? = nil) -> IndicatorReport {
        let attended = counts.attended
        let support = counts.support
        let rco02 = counts.rco02
        let rco03 = counts.rco03
        let supported = counts.supported
        let order = lists ? nameOrder() : []
        var rank = [Int](repeating: 0, count: lists ? count : 0)
        for (place, index) in order.enumerated() { rank[index] = place }
        let lines = lists ? ListMaker(builder: self, attended: attended, support: support, order: order) : nil

        // RCO01, its split by size, RCO05 and RCR01 over the supported.
        var bySize: [EnterpriseSize: Int] = [:]
        var newOnes = 0
        var jobs = 0.0
        var rcr01Counted = 0
        var history: [Int: History] = [:]
        for index in supported {
            bySize[size(index).0, default: 0] += 1
            let entry = self.history(index)
            if case .created = entry.rco05 { newOnes += 1 }
            if let value = entry.jobs {
                jobs += value
                rcr01Counted += 1
            }
            if lists { history[index] = entry }
        }
        let rco04Counted = (0..<count).filter { index in
            siren[index] >= 0
                && reachesThreshold(minutes: support.minutes[index], meetings: support.meetings[index])
        }.count
        let total = count
        var indicators = [
            Indicator(
                code: .rco01, value: Double(supported.count), counted: [], notCounted: [], bySize: bySize,
                countedCount: supported.count, notCountedCount: total - supported.count),
            lines?.financedIndicator(.rco02, rco02)
                ?? Self.figuresOnly(.rco02, rco02, total: total),
            lines?.financedIndicator(.rco03, rco03)
                ?? Self.figuresOnly(.rco03, rco03, total: total),
            Indicator(
                code: .rco04, value: Double(rco04Counted), counted: [], notCounted: [],
                countedCount: rco04Counted, notCountedCount: total - rco04Counted),
            Indicator(
                code: .rco05, value: Double(newOnes), counted: [], notCounted: [], countedCount: newOnes,
                notCountedCount: supported.count - newOnes),
            Indicator(
                code: .rcr01, value: jobs, counted: [], notCounted: [], countedCount: rcr01Counted,
                notCountedCount: supported.count - rcr01Counted),
        ]
        if let lines {
            let supportedInOrder = supported.sorted { rank[$0] < rank[$1] }
            lines.fill(
                &indicators, supported: Set(supported), inOrder: supportedInOrder, history: history,
                grants: rco02, instruments: rco03)
        }

        // The figures around them.
        let cohorts = historyFree?.cohorts ?? cohortFigures(attended.support, rco02, rco03)
        var monthMinutes: [LocalDate: Int] = [:]
        for key in attended.support {
            let meeting = facts.meetings[Self.low(key)]
            monthMinutes[
                LocalDate(year: meeting.date.year, month: meeting.date.month, day: 1)!, default: 0] +=
                meeting.minutes
        }
        var kinds: [MeetingKind: IndicatorReport.KindFigures] = [:]
        for meeting in facts.meetings where facts.period.contains(meeting.date) {
            var figures =
                kinds[meeting.kind] ?? .init(kind: meeting.kind, held: 0, planned: 0, minutesHeld: 0)
            if meeting.held {
                figures.held += 1
                figures.minutesHeld += meeting.minutes
            } else {
                figures.planned += 1
            }
            kinds[meeting.kind] = figures
        }
        var partnerDays: [String: IndicatorReport.PartnerDays] = [:]
        for mission in facts.missions {
            partnerDays[mission.partner, default: .init(partner: mission.partner, planned: 0, used: 0)]
                .planned += mission.planned
            partnerDays[mission.partner]!.used += mission.used
        }
        let people = lists ? participants() : []
        return IndicatorReport(
            period: facts.period, thresholdMinutes: facts.thresholdMinutes, indicators: indicators,
            hours: lines?.hours(rank: rank) ?? [], people: lines?.people(people) ?? [],
            cohorts: lists ? FrenchOrder.sorted(cohorts, by: \.name) : cohorts,
            kinds: MeetingKind.allCases.map {
                kinds[$0] ?? .init(kind: $0, held: 0, planned: 0, minutesHeld: 0)
            },
            months: facts.period.months.map { .init(month: $0, minutes: monthMinutes[$0] ?? 0) },
            partners: FrenchOrder.sorted(Array(partnerDays.values), by: \.partner),
            enterprises: total, attended: support.minutes.lazy.filter { $0 > 0 }.count,
            participants: lists ? people.count : historyFree?.participants ?? participantKeys().count,
            supportMinutes: support.minutes.reduce(0, +), hasLists: lists)
    }

    /// RCO02 or RCO03 without the lists.
    static func figuresOnly(_ code: IndicatorCode, _ financed: Financed, total: Int) -> Indicator {
        let notCounted =
            Set(financed.granted.keys).subtracting(financed.counted).count
            + Set(financed.outside.keys).union(financed.other.keys).subtracting(financed.granted.keys).count
        return Indicator(
            code: code, value: Double(financed.counted.count), amount: financed.amount, counted: [],
            notCounted: [], unlisted: total - financed.counted.count - notCounted,
            countedCount: financed.counted.count, notCountedCount: notCounted)
    }

    /// The people present at a meeting that counts: for each (structure,
    /// folded name), the name as first written and the meetings.
    struct Participant {
        var person: String
        var structure: StructureID
        var meetings: [Int]
    }

    func participants() -> [Participant] {
        var names = NameNumbers()
        var keys: [(key: UInt64, meeting: Int, presence: Int)] = []
        keys.reserveCapacity(facts.presences.count)
        for (number, presence) in facts.presences.enumerated() {
            guard let organisation = organisationAt[presence.structureID],
                let meeting = meetingAt[presence.meetingID]
            else { continue }
            keys.append((Self.pair(organisation, names.number(presence.person)), meeting, number))
        }
        keys.sort { $0.key != $1.key ? $0.key < $1.key : $0.presence < $1.presence }
        var out: [Participant] = []
        var last: UInt64?
        for entry in keys {
            let presence = facts.presences[entry.presence]
            if entry.key != last {
                out.append(
                    Participant(person: presence.person, structure: presence.structureID, meetings: []))
                last = entry.key
            }
            if lists { out[out.count - 1].meetings.append(entry.meeting) }
        }
        return out
    }

    /// Each (structure, folded name) present at a meeting that counts, once.
    func participantKeys() -> [UInt64] {
        var names = NameNumbers()
        var keys: [UInt64] = []
        keys.reserveCapacity(facts.presences.count)
        for presence in facts.presences {
            guard let organisation = organisationAt[presence.structureID],
                meetingAt[presence.meetingID] != nil
            else { continue }
            keys.append(Self.pair(organisation, names.number(presence.person)))
        }
        keys.sortAndUnique()
        return keys
    }

    /// Per cohort: its meetings' hours, and its enterprises supported as
    /// if the report were of that cohort alone (its own meetings against
    /// the threshold, its own financing).
    func cohortFigures(_ support: [UInt64], _ rco02: Financed, _ rco03: Financed)
        -> [IndicatorReport.CohortFigures]
    {
        // Cohorts by position; (cohort, enterprise) pairs packed in one
        // number, sorted.
        let cohortIDs = facts.cohorts.keys.sorted()
        let cohortAt = PositionTable(cohortIDs.map { Optional($0) })
        var cohortMinutes = [Int](repeating: 0, count: cohortIDs.count)
        var inCohort: [(key: UInt64, minutes: Int)] = []
        inCohort.reserveCapacity(support.count)
        for key in support {
            let meeting = facts.meetings[Self.low(key)]
            guard let cohort = cohortAt[meeting.cohortID] else { continue }
            cohortMinutes[cohort] += meeting.minutes
            inCohort.append((Self.pair(cohort, Self.high(key)), meeting.minutes))
        }
        inCohort.sort { $0.key < $1.key }
        var memberships: [UInt64] = []
        memberships.reserveCapacity(facts.organisations.count)
        for position in facts.organisations.indices {
            let index = Int(enterpriseOf[position])
            guard index >= 0 else { continue }
            for cohort in facts.organisations[position].cohorts {
                if let at = cohortAt[cohort] { memberships.append(Self.pair(at, index)) }
            }
        }
        memberships.sortAndUnique()
        var financedIn = Set<UInt64>()
        for financing in facts.financings where financing.status.isGranted {
            guard let index = enterprise(of: financing.structureID), siren[index] >= 0,
                financing.grantedOn.map(facts.period.contains) ?? true
            else { continue }
            let cohorts =
                financing.cohortID.map { [$0] }
                ?? members(index).flatMap { facts.organisations[Int($0)].cohorts }
            for cohort in cohorts {
                if let at = cohortAt[cohort] { financedIn.insert(Self.pair(at, index)) }
            }
        }
        var memberCount = [Int](repeating: 0, count: cohortIDs.count)
        var supportedCount = [Int](repeating: 0, count: cohortIDs.count)
        var next = 0
        for member in memberships {
            let cohort = Self.high(member)
            memberCount[cohort] += 1
            // Its minutes in the cohort: the run of its key in `inCohort`.
            while next < inCohort.count && inCohort[next].key < member { next += 1 }
            var minutes = 0
            while next < inCohort.count && inCohort[next].key == member {
                minutes += inCohort[next].minutes
                next += 1
            }
            if siren[Self.low(member)] >= 0
                && (minutes >= max(1, facts.thresholdMinutes) || financedIn.contains(member))
            {
                supportedCount[cohort] += 1
            }
        }
        return cohortIDs.enumerated().map { position, id in
            IndicatorReport.CohortFigures(
                cohortID: id, name: facts.cohorts[id] ?? "", minutes: cohortMinutes[position],
                supported: supportedCount[position], members: memberCount[position])
        }
    }

    /// What RCO05 and RCR01 say of one supported enterprise.
    struct History {
        var rco05: Evidence?
        var rco05Exclusion: Exclusion?
        var jobs: Double?
        var rcr01: Evidence?
        var rcr01Exclusion: Exclusion?
    }

    func history(_ index: Int) -> History {
        var out = History()
        let positions = members(index)
        let first = positions.compactMap { facts.firstSupport[facts.organisations[Int($0)].id] }.min()
        let created = positions.compactMap { position in
            let organisation = facts.organisations[Int(position)]
            return organisation.creationDate ?? creationDates[organisation.id]
        }.min()
        switch (first, created) {
        case (nil, _): out.rco05Exclusion = .noSupportMeeting
        case (_?, nil): out.rco05Exclusion = .noCreationDate
        case (_?, let created?) where created > facts.period.to:
            out.rco05Exclusion = .createdAfterPeriod(created)
        case (let first?, let created?) where created > first:
            out.rco05Exclusion = .createdAfterSupport(created, firstSupport: first)
        case (let first?, let created?):
            if created > first.adding(months: -36) {
                out.rco05 = .created(created, firstSupport: first)
            } else {
                out.rco05Exclusion = .createdLongBefore(created, firstSupport: first)
            }
        }
        guard let first else {
            out.rcr01Exclusion = .noSupportMeeting
            return out
        }
        let years = accounts(index)
        let start = first.year
        guard let before = years[start - 1]?.staff else {
            out.rcr01Exclusion = .noAccountsBefore(year: start - 1)
            return out
        }
        guard
            let after = years.values.filter({ $0.year > start && $0.staff != nil }).max(by: {
                $0.year < $1.year
            }),
            let staff = after.staff
        else {
            out.rcr01Exclusion = .noAccountsAfter(year: start)
            return out
        }
        out.jobs = max(0, staff - before)
        out.rcr01 = .jobs(beforeYear: start - 1, before: before, afterYear: after.year, after: staff)
        return out
    }

    /// The status closest to granted, to say why a financing does not count.
    static func rank(_ status: FinancingStatus) -> Int {
        switch status {
        case .refused: 0
        case .considered: 1
        case .requested: 2
        case .committee: 3
        case .granted, .paid: 4
        }
    }

    /// An enterprise's accounts per year: each year from the first of its
    /// structures (in the order they were entered) that has it.
    func accounts(_ index: Int) -> [Int: IndicatorFacts.Accounts] {
        var out: [Int: IndicatorFacts.Accounts] = [:]
        for position in members(index) {
            for year in facts.accounts[facts.organisations[Int(position)].id] ?? []
            where out[year.year] == nil {
                out[year.year] = year
            }
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

/// A number for each name, the same for names that fold alike (« Rémi »
/// and « remi » are one person), each spelling folded once.
struct NameNumbers {
    private var bySpelling: [String: Int] = [:]
    private var byFolded: [String: Int] = [:]

    mutating func number(_ name: String) -> Int {
        if let known = bySpelling[name] { return known }
        let folded = SearchFolding.fold(name)
        let number = byFolded[folded] ?? byFolded.count
        byFolded[folded] = number
        bySpelling[name] = number
        return number
    }
}

/// Positions of ids: an array when the ids are dense enough, a
/// dictionary otherwise. The first position of an id wins; a nil id has
/// no position.
public struct PositionTable: Sendable {
    private var dense: [Int32] = []
    private var sparse: [Int64: Int32] = [:]
    private var isDense = false

    public init(_ ids: [Int64?]) {
        var minID = Int64.max
        var maxID = Int64.min
        for case let id? in ids {
            minID = min(minID, id)
            maxID = max(maxID, id)
        }
        if minID == Int64.max || (minID >= 0 && maxID <= Int64(ids.count) * 4 + 1024) {
            isDense = true
            dense = [Int32](repeating: -1, count: minID == Int64.max ? 0 : Int(maxID) + 1)
            for (position, id) in ids.enumerated() {
                if let id, dense[Int(id)] < 0 { dense[Int(id)] = Int32(position) }
            }
        } else {
            for (position, id) in ids.enumerated() {
                if let id, sparse[id] == nil { sparse[id] = Int32(position) }
            }
        }
    }

    public subscript(id: Int64) -> Int? {
        if isDense {
            guard id >= 0, id < dense.count, dense[Int(id)] >= 0 else { return nil }
            return Int(dense[Int(id)])
        }
        return sparse[id].map(Int.init)
    }
}

extension Array where Element == UInt64 {
    /// Sorted, each value once.
    mutating func sortAndUnique() {
        sort()
        var kept = 0
        for index in indices where index == 0 || self[index] != self[kept - 1] {
            self[kept] = self[index]
            kept += 1
        }
        removeLast(count - kept)
    }
}
