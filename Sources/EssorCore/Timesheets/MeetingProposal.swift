/// The programme's settings of staff time.
public struct TimeSettings: Equatable, Sendable {
    public enum Key: String, CaseIterable, Sendable {
        /// The preparation proposed with a meeting, in % of its length.
        case preparation
        /// The operation's flat rate of indirect costs, in % of direct
        /// staff costs (Regulation (EU) 2021/1060, art. 54(b)).
        case indirectRate = "indirects"

        /// What a value may be.
        public var range: ClosedRange<Double> { self == .preparation ? 0...300 : 0...100 }
    }

    public var preparationPercent: Double
    /// nil (or 0): the operation claims no flat rate.
    public var indirectRate: Double?

    public init(preparationPercent: Double = 0, indirectRate: Double? = nil) {
        self.preparationPercent = preparationPercent
        self.indirectRate = indirectRate
    }
}

/// Time a meeting suggests for a person who facilitated it: its length
/// as « animation » in its cohort on its day and, with the programme's
/// preparation ratio, that share of it as « préparation ». Confirmed, each
/// becomes an entry that remembers the meeting as it was (`stamp`), so a
/// later change of its day or length flags them.
public struct MeetingProposal: Equatable, Sendable {
    public var meetingID: MeetingID
    public var title: String
    public var cohortID: CohortID
    public var date: LocalDate
    public var minutes: Int
    public var preparationMinutes: Int
    public var stamp: String

    public init(
        meetingID: MeetingID, title: String, cohortID: CohortID, date: LocalDate, minutes: Int,
        preparationMinutes: Int, stamp: String
    ) {
        self.meetingID = meetingID
        self.title = title
        self.cohortID = cohortID
        self.date = date
        self.minutes = minutes
        self.preparationMinutes = preparationMinutes
        self.stamp = stamp
    }

    /// What a meeting is, for the entries made from it: its start and
    /// its length.
    public static func stamp(start: Int64, minutes: Int) -> String { "\(start)|\(minutes)" }

    /// Whether `facilitators` (a meeting's free text) names `person`:
    /// their whole name, accents and case aside, as a run of words.
    public static func names(_ person: String, in facilitators: String) -> Bool {
        let name = SearchFolding.fold(person).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        let text = SearchFolding.fold(facilitators).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard !name.isEmpty, name.count <= text.count else { return false }
        return (0...(text.count - name.count)).contains { start in
            Array(text[start..<(start + name.count)]) == name
        }
    }

    /// The entries confirming the proposal for `staff`.
    public func entries(for staff: StaffID) -> [StaffTimeEntry] {
        var entries = [
            StaffTimeEntry(
                staffID: staff, date: date, minutes: minutes, cohortID: cohortID, task: "animation",
                note: title, meetingID: meetingID, meetingStamp: stamp)
        ]
        if preparationMinutes > 0 {
            entries.append(
                StaffTimeEntry(
                    staffID: staff, date: date, minutes: preparationMinutes, cohortID: cohortID,
                    task: "preparation",
                    note: title, meetingID: meetingID, meetingStamp: stamp))
        }
        return entries
    }

    /// The preparation for a meeting of `minutes` at `percent`, to the minute.
    public static func preparation(_ minutes: Int, percent: Double) -> Int {
        Int((Double(minutes) * percent / 100).rounded(.toNearestOrAwayFromZero))
    }
}
