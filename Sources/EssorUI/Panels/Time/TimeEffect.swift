import EssorCore
import EssorStore

/// The Temps panel's effects; the controller hands them to `performTime`.
public enum TimeEffect: Equatable, Sendable {
    /// The team's month, for the list.
    case loadTeam(YearMonth)
    /// A person's week in the grid (opening it, or after a change), with
    /// the lines added in the grid and the day the cursor goes to.
    case loadWeek(StaffID, ISOWeek, added: [TimesheetWeek.Line], day: Int)
    /// What typing in a cell of the grid writes, with the version of the
    /// entry it changes as the grid read it.
    case saveCell(TimesheetWeek.CellChange, version: Int?)
    /// Records the time of a meeting the person facilitated.
    case confirm(MeetingProposal, StaffID)
    case deleteEntry(StaffTimeID)
}

/// What the Temps panel's effects come back with.
public enum TimeAction: Sendable {
    case teamLoaded(TimeTeam)
    case weekLoaded(WeekGridState)
    case cellSaved(TimesheetWeek.CellChange, warnings: [TimesheetIssue])
    case confirmed(MeetingProposal, warnings: [TimesheetIssue])
    case entryDeleted(String)
}

/// The team's month as the list shows it, with the names it needs.
public struct TimeTeam: Equatable, Sendable {
    public var team: TeamMonth
    public var cohorts: [NamedRef]

    public func cohortName(_ id: CohortID?, fr: Bool) -> String {
        guard let id else { return TimeStrings.management(fr) }
        return cohorts.first { $0.id == id }?.name ?? "#\(id)"
    }
}

/// A person's month, for the detail: their entries with what the rules
/// say of each, and the meetings they facilitated to confirm.
public struct TimeDetail: Equatable, Sendable {
    public var record: StaffRecord
    public var month: YearMonth
    public var entries: [StaffTimeRecord]
    /// Warnings of each entry among the others (the rules of a save).
    public var warnings: [StaffTimeID: [TimesheetIssue]]
    public var proposals: [MeetingProposal]
    /// Entries whose meeting has moved or changed length since.
    public var changed: Set<StaffTimeID>
    public var cohorts: [NamedRef]
    public var tasks: [TimeTask]

    public var sheet: TimesheetMonth {
        TimesheetMonth(member: record.member, month: month, entries: entries.map(\.entry))
    }

    public func cohortName(_ id: CohortID?, fr: Bool) -> String {
        guard let id else { return TimeStrings.management(fr) }
        return cohorts.first { $0.id == id }?.name ?? "#\(id)"
    }
}
