public typealias StaffTimeID = Int64

/// Time a person spent on the operation one day: for a cohort, or for
/// running the operation itself (`cohortID == nil`), on one task.
public struct StaffTimeEntry: Equatable, Sendable, Identifiable {
    public var id: StaffTimeID
    public var staffID: StaffID
    public var date: LocalDate
    public var minutes: Int
    /// The cohort the time was for; nil: « gestion de l'opération ».
    public var cohortID: CohortID?
    /// A task code of the programme's list (`TimeTask`).
    public var task: String
    public var note: String
    /// The meeting this entry was proposed from, and what the meeting was
    /// (its start and duration) when it was confirmed: a later edit of the
    /// meeting flags the entry.
    public var meetingID: MeetingID?
    public var meetingStamp: String?

    public init(
        id: StaffTimeID = 0, staffID: StaffID, date: LocalDate, minutes: Int, cohortID: CohortID?,
        task: String, note: String = "", meetingID: MeetingID? = nil, meetingStamp: String? = nil
    ) {
        self.id = id
        self.staffID = staffID
        self.date = date
        self.minutes = minutes
        self.cohortID = cohortID
        self.task = task
        self.note = note
        self.meetingID = meetingID
        self.meetingStamp = meetingStamp
    }
}

/// A kind of work time is entered for. The programme edits the list; these
/// are the ones a new store starts with.
public struct TimeTask: Equatable, Sendable {
    public var code: String
    public var label: String

    public init(code: String, label: String) {
        self.code = code
        self.label = label
    }

    /// The tasks a new programme starts with (their labels in French, as
    /// stored: the programme's own words from then on).
    public static let defaults: [TimeTask] = [
        TimeTask(code: "animation", label: "Animation"),
        TimeTask(code: "preparation", label: "Préparation"),
        TimeTask(code: "suivi_individuel", label: "Suivi individuel"),
        TimeTask(code: "ingenierie", label: "Ingénierie"),
        TimeTask(code: "administration", label: "Administration"),
    ]

    /// A code as users may type it: lower-case letters, digits and `_`,
    /// up to 32.
    public static func isCode(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 32
            && text.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_"
            }
    }
}

/// Hours as a timesheet writes them: `3h30`, `7h`, `0h20`.
public enum WorkHours {
    public static func text(_ minutes: Int) -> String {
        let sign = minutes < 0 ? "-" : ""
        let m = minutes.magnitude
        return sign + "\(m / 60)h" + (m % 60 == 0 ? "" : LocalDate.pad(Int(m % 60), 2))
    }
}
