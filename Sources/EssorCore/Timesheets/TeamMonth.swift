/// The team's month at a glance: for each person, their hours per cohort
/// (and the operation's management), their total, what the month costs
/// (by `TimesheetMonth`'s rule), how many meetings they facilitated wait
/// to be confirmed, and whether the month is signed.
public struct TeamMonth: Equatable, Sendable {
    public struct Row: Equatable, Sendable {
        public var member: StaffMember
        /// Minutes per cohort (nil: management), cohorts with time only.
        public var minutes: [CohortID?: Int]
        public var total: Int
        /// In cents; nil without the year's cost (or a fixed share's share).
        public var cost: Int64?
        public var toConfirm: Int
        public var signed: Bool
    }

    public let month: YearMonth
    /// Where someone's time went this month, in `order` (nil: management,
    /// last unless placed).
    public let columns: [CohortID?]
    /// By person, in the order they were given.
    public let rows: [Row]

    public init(
        month: YearMonth, members: [StaffMember], entries: [StaffTimeEntry], signed: Set<StaffID> = [],
        toConfirm: [StaffID: Int] = [:], order: [CohortID?] = []
    ) {
        self.month = month
        var used = Set<CohortID?>()
        rows = members.map { member in
            let sheet = TimesheetMonth(member: member, month: month, entries: entries)
            var minutes: [CohortID?: Int] = [:]
            for line in sheet.lines {
                minutes[line.cohortID, default: 0] += line.total
                used.insert(line.cohortID)
            }
            return Row(
                member: member, minutes: minutes, total: sheet.total, cost: sheet.cost,
                toConfirm: toConfirm[member.id] ?? 0, signed: signed.contains(member.id))
        }
        let placed = order.filter { used.contains($0) }
        let others = used.filter { id in !placed.contains(id) }.sorted { ($0 ?? .max) < ($1 ?? .max) }
        columns = placed + others
    }

    public func row(_ id: StaffID) -> Row? { rows.first { $0.member.id == id } }

    /// Minutes per column, everyone.
    public func total(_ column: CohortID?) -> Int { rows.reduce(0) { $0 + ($1.minutes[column] ?? 0) } }

    public var total: Int { rows.reduce(0) { $0 + $1.total } }
}
