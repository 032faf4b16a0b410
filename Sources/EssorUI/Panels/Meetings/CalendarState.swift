import EssorCore
import EssorStore

/// The week and month views of the Séances panel: the selected day, the
/// selected meeting of that day, and the meetings of the days read.
public struct CalendarState: Equatable, Sendable {
    public var day: LocalDate
    /// Position of the selected meeting among the day's.
    public var index = 0
    /// The days read, `from` included, `to` excluded; nil: none yet.
    public var from: LocalDate?
    public var to: LocalDate?
    /// Meeting ids by day, in start order.
    public var byDay: [LocalDate: [MeetingID]] = [:]
    /// A read is on its way for these days.
    public var requested: ClosedRange<Int>?
    /// The meeting to select once its day is read (after a save).
    public var pendingSelection: MeetingID?

    public init(day: LocalDate) { self.day = day }

    public var meetingsOfDay: [MeetingID] { byDay[day] ?? [] }

    public var selectedID: MeetingID? {
        let ids = meetingsOfDay
        return ids.isEmpty ? nil : ids[min(max(0, index), ids.count - 1)]
    }

    /// Whether `[from, to)` is read.
    func covers(_ from: LocalDate, _ to: LocalDate) -> Bool {
        guard let loadedFrom = self.from, let loadedTo = self.to else { return false }
        return loadedFrom <= from && to <= loadedTo
    }

    /// The days a view shows around `day`: the six weeks of the month grid,
    /// or the week (Monday to Sunday).
    public static func range(_ view: MeetingsView, around day: LocalDate) -> (LocalDate, LocalDate) {
        switch view {
        case .month:
            let first = LocalDate(year: day.year, month: day.month, day: 1)!
            let start = first.adding(days: -(first.weekday - 1))
            return (start, start.adding(days: 42))
        case .week, .agenda:
            let start = day.adding(days: -(day.weekday - 1))
            return (start, start.adding(days: 7))
        }
    }
}
