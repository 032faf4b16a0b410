import EssorCore
import EssorStore

/// Temps: the team's month at a glance (hours per person and cohort, the
/// cost, meetings to confirm, whether the timesheet is signed); a person's
/// detail is their month; Enter opens their week as a grid.
enum TimePanel: PanelModule {
    static let id = PanelID.time
    static var bindings: [KeyBinding] { TimeBindings.all }
    static let entity: ChangeEntity? = .staff
    static func listLookup(_ state: AppState) -> KeyLookup { .time }
    static let detailLookup = KeyLookup.timeDetail

    /// The cohort columns shown: those with time this month (only the
    /// cohort in scope, when there is one).
    static func cohortColumns(_ state: AppState) -> [CohortID?] {
        guard let team = state.timeTeam?.team else { return [] }
        guard let scope = state.scope else { return team.columns }
        return team.columns.filter { $0 == scope }
    }

    static func columns(_ state: AppState) -> [TableColumn] {
        func t(_ m: TimeMsg) -> String { state.text(.timeUI(m)) }
        let fr = state.lang == .fr
        let cohorts = cohortColumns(state).map { id in
            TableColumn(
                state.timeTeam?.cohortName(id, fr: fr) ?? "", .fixed(10), priority: 4, alignRight: true)
        }
        return [
            TableColumn(t(.colPerson), .flex(min: 14, weight: 3), priority: 1),
            TableColumn(t(.colMode), .fixed(10), priority: 5),
            TableColumn(t(.colHours), .fixed(7), priority: 1, alignRight: true),
        ] + cohorts + [
            TableColumn(t(.colCost), .fixed(11), priority: 3, alignRight: true),
            TableColumn(t(.colToConfirm), .fixed(10), priority: 2, alignRight: true),
            TableColumn(t(.colMonth), .fixed(7), priority: 2),
        ]
    }

    static func cells(_ row: Int, _ ids: [Int64], _ state: AppState, glyphs: Glyphs) -> [String]? {
        guard let team = state.timeTeam?.team, let r = team.row(ids[row]) else { return nil }
        func t(_ m: TimeMsg) -> String { state.text(.timeUI(m)) }
        let cohorts = cohortColumns(state).map { id in r.minutes[id].map(TimeStrings.hours) ?? "" }
        return [
            r.member.name, t(.mode(r.member.mode)), TimeStrings.hours(r.total),
        ] + cohorts + [
            r.cost.map { DecimalFormat.euros(Double($0) / 100, lang: state.lang, cents: true) } ?? "—",
            r.toConfirm > 0 ? String(r.toConfirm) : "", t(r.signed ? .signed : .open),
        ]
    }

    static func style(_ table: inout TableView, _ ids: [Int64], _ state: AppState) {
        guard let team = state.timeTeam?.team else { return }
        let last = columns(state).count - 1
        table.cellRole = { row, column in
            guard let r = team.row(ids[row]) else { return nil }
            if column == last { return r.signed ? .success : .muted }
            if column == last - 1 && r.toConfirm > 0 { return .warning }
            return nil
        }
    }

    static func titleExtras(_ state: AppState) -> [Span] {
        var spans = [Span(" · " + TimeStrings.month(state.timeMonth, state.lang == .fr), .muted)]
        if let team = state.timeTeam?.team, team.total > 0 {
            spans.append(Span(" · " + TimeStrings.hours(team.total), .muted))
        }
        return spans
    }

    static func emptyText(_ state: AppState) -> String { state.text(.timeUI(.noStaff)) }

    static func listIDs(_ store: Store, _ state: AppState) throws -> (ids: [Int64], past: Int) {
        (try store.staff().map(\.member.id), 0)
    }

    /// Its rows come whole with the team's month (`timeTeam`).
    static func rows(_ store: Store, _ ids: [Int64]) throws -> RowBatch { .time }

    static func detail(_ store: Store, _ id: Int64, _ state: AppState) throws -> PanelDetail? {
        guard let record = try store.staffRecord(id: id) else { return nil }
        let month = state.timeMonth
        let entries = try store.staffTime(staff: id, from: month.first, to: month.last)
        return .time(
            TimeDetail(
                record: record, month: month, entries: entries,
                warnings: try store.timeWarnings(entries.map(\.entry)),
                proposals: try store.meetingProposals(
                    for: record.member, from: month.first, to: month.last, now: state.now, clock: state.clock),
                changed: try store.changedMeetingEntries(staff: id, from: month.first, to: month.last),
                cohorts: try store.cohortNames(), tasks: try store.timeTasks()))
    }

    static func searchIndex(_ store: Store) throws -> SearchIndex {
        let staff = try store.staff()
        return SearchIndex(
            entries: staff.map { record -> (Int64, [UInt8]) in
                let m = record.member
                return (
                    m.id, Array(SearchFolding.fold([m.name, m.role, m.employer].joined(separator: " ")).utf8)
                )
            })
    }
}
