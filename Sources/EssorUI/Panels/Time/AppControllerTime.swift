import EssorCore
import EssorStore

/// The Temps panel's store effects: the team's month, a person's week and
/// month, what the grid and the detail write.
extension AppController {
    func performTime(_ effect: TimeEffect) throws -> Action? {
        switch effect {
        case .loadTeam(let month):
            return .time(.teamLoaded(try timeTeam(month)))
        case .loadWeek(let staff, let week, let added, let day):
            guard let record = try store.staffRecord(id: staff) else {
                return .writeFailed(.conflict(entity: .staff, id: staff))
            }
            let cohorts = try store.timeCohorts(from: week.monday, to: week.sunday)
            let tasks = try store.timeTasks()
            let records = try store.staffTime(staff: staff, from: week.monday, to: week.sunday)
            let entries = records.map(\.entry)
            let usual = try store.usualTimeLines(staff: staff, before: week)
            let sheet = TimesheetWeek(
                staffID: staff, week: week, entries: entries, extra: usual + added,
                order: cohorts.map(\.id) + [nil], tasks: tasks.map(\.code))
            var grid = WeekGridState(
                record: record, sheet: sheet, cohorts: cohorts, tasks: tasks,
                changed: try store.changedMeetingEntries(staff: staff, from: week.monday, to: week.sunday),
                day: day)
            grid.added = added
            grid.versions = Dictionary(
                records.map { ($0.entry.id, $0.version) }, uniquingKeysWith: { a, _ in a })
            return .time(.weekLoaded(grid))
        case .saveCell(let change, let version):
            var warnings: [TimesheetIssue] = []
            switch change {
            case .nothing, .several: return nil
            case .add(let entry):
                warnings = try store.save(entry, by: author, at: state.now).warnings
            case .update(let entry):
                // The version the grid showed: an entry changed elsewhere
                // meanwhile is a conflict, never overwritten.
                guard let version else { return .writeFailed(.conflict(entity: .staffTime, id: entry.id)) }
                warnings = try store.save(entry, version: version, by: author, at: state.now).warnings
            case .delete(let entry):
                guard let version else { return .writeFailed(.conflict(entity: .staffTime, id: entry.id)) }
                try store.deleteStaffTime(id: entry.id, version: version, by: author, at: state.now)
            }
            changedHere()
            return .time(.cellSaved(change, warnings: warnings))
        case .confirm(let proposal, let staff):
            let warnings = try store.confirm(proposal, for: staff, by: author, at: state.now)
            changedHere()
            return .time(.confirmed(proposal, warnings: warnings))
        case .deleteEntry(let id):
            try store.deleteStaffTime(id: id, by: author, at: state.now)
            // The deletion's own line of the change log names it (an entry
            // the demo wrote has none before).
            let summary = try store.history(of: .staffTime, id: id, limit: 1).first?.summary ?? ""
            changedHere()
            return .time(.entryDeleted(summary))
        }
    }

    private func timeTeam(_ month: YearMonth) throws -> TimeTeam {
        let staff = try store.staff()
        let entries = try store.staffTime(from: month.first, to: month.last).map(\.entry)
        var toConfirm: [StaffID: Int] = [:]
        for record in staff {
            let count = try store.meetingProposals(
                for: record.member, from: month.first, to: month.last, now: state.now, clock: state.clock
            ).count
            if count > 0 { toConfirm[record.member.id] = count }
        }
        let cohorts = try store.cohortNames()
        let signed = Set(staff.filter { $0.signedMonths.contains(month) }.map(\.member.id))
        let team = TeamMonth(
            month: month, members: staff.map(\.member), entries: entries, signed: signed,
            toConfirm: toConfirm,
            order: cohorts.map(\.id) + [nil])
        return TimeTeam(team: team, cohorts: cohorts)
    }
}
