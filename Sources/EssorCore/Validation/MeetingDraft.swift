/// A meeting as typed in its form (or read from an iCalendar file): every
/// field as text, checked by `issues()` and turned into meetings by
/// `meeting(id:clock:)` and `starts(clock:)`.
public struct MeetingDraft: Equatable, Sendable, Codable {
    public enum Field: String, CaseIterable, Sendable, Codable {
        case cohort, kind, title, date, time, duration, place, videoLink, facilitators, agenda, invited
        case partners, notes, recurrence, occurrences
    }

    public var cohortID: CohortID = 0
    public var kind: MeetingKind = .workshop
    public var title = ""
    public var date = ""
    public var time = ""
    public var duration = ""
    public var place = ""
    public var videoLink = ""
    public var facilitators = ""
    public var notes = ""
    public var agenda: [AgendaItemDraft] = []
    public var invitedIDs: [StructureID] = []
    public var partnerIDs: [PartnerID] = []
    /// For a new meeting: repeat it, how many times in all.
    public var recurrence: Recurrence = .none
    public var occurrences = ""

    public init() {}

    public init(
        _ meeting: Meeting, agenda: [AgendaItem], invitedIDs: [StructureID], partnerIDs: [PartnerID],
        clock: WallClock
    ) {
        let start = clock.local(meeting.start)
        cohortID = meeting.cohortID
        kind = meeting.kind
        title = meeting.title
        date = start.date.dayMonthYear
        time = ClockParsing.timeText(hour: start.hour, minute: start.minute)
        duration = ClockParsing.durationText(meeting.durationMinutes)
        place = meeting.place
        videoLink = meeting.videoLink
        facilitators = meeting.facilitators
        notes = meeting.notes
        self.agenda = agenda.map(AgendaItemDraft.init)
        self.invitedIDs = invitedIDs
        self.partnerIDs = partnerIDs
    }

    /// The problems of the draft; with the cohort's `period`, a date
    /// outside it is a warning.
    public func issues(period: ClosedRange<LocalDate>? = nil) -> [Field: FieldIssue] {
        var issues: [Field: FieldIssue] = [:]
        if kind == .oneToOne && invitedIDs.count != 1 {
            issues[.invited] = .oneToOneInvitesOne(invited: invitedIDs.count)
        }
        if let period, let day = Validators.date(date), !period.contains(day) {
            issues[.date] = .outsidePeriod(start: period.lowerBound, end: period.upperBound)
        }
        if cohortID <= 0 { issues[.cohort] = .required }
        if title.trimmingSpaces.isEmpty { issues[.title] = .required }
        if date.trimmingSpaces.isEmpty {
            issues[.date] = .required
        } else if Validators.date(date) == nil {
            issues[.date] = .date
        }
        if time.trimmingSpaces.isEmpty {
            issues[.time] = .required
        } else if ClockParsing.time(time) == nil {
            issues[.time] = .time
        }
        let minutes = ClockParsing.duration(duration)
        if duration.trimmingSpaces.isEmpty {
            issues[.duration] = .required
        } else if minutes == nil || Validators.number(String(minutes!), as: .durationMinutes) != nil {
            issues[.duration] = .duration
        }
        let link = videoLink.trimmingSpaces
        if !link.isEmpty && !Validators.isWebAddress(link) { issues[.videoLink] = .url }
        if agenda.contains(where: { !$0.issues().isEmpty }) {
            issues[.agenda] = .invalidAgendaItem
        } else if let minutes {
            let total = agenda.reduce(0) { $0 + $1.item.minutes }
            if total > minutes { issues[.agenda] = .agendaLongerThanMeeting(agenda: total, meeting: minutes) }
        }
        if recurrence != .none {
            let count = Int(occurrences.trimmingSpaces)
            if count == nil || count! < 2 || count! > Recurrence.maximumCount {
                issues[.occurrences] = .occurrences(maximum: Recurrence.maximumCount)
            }
        }
        Validators.lengths(
            [
                (.title, title, TextLimit.name), (.place, place, TextLimit.line),
                (.videoLink, videoLink, TextLimit.line), (.facilitators, facilitators, TextLimit.line),
                (.notes, notes, TextLimit.long),
            ], into: &issues)
        return issues
    }

    public var isValid: Bool { issues().values.allSatisfy(\.isWarning) }

    /// The meeting on the date typed; nil while the draft has errors.
    public func meeting(id: MeetingID, clock: WallClock) -> Meeting? {
        starts(clock: clock).first.map { meeting(id: id, start: $0) }
    }

    /// The same meeting at another start (an occurrence of a series).
    public func meeting(id: MeetingID, start: Int64) -> Meeting {
        Meeting(
            id: id, cohortID: cohortID, kind: kind, title: title.trimmingSpaces, start: start,
            durationMinutes: ClockParsing.duration(duration) ?? 0, place: place.trimmingSpaces,
            videoLink: videoLink.trimmingSpaces, facilitators: facilitators.trimmingSpaces,
            notes: notes.trimmingSpaces)
    }

    /// The start of every occurrence: one, or the series asked for.
    public func starts(clock: WallClock) -> [Int64] {
        guard isValid, let day = Validators.date(date), let (hour, minute) = ClockParsing.time(time) else {
            return []
        }
        let count = recurrence == .none ? 1 : Int(occurrences.trimmingSpaces) ?? 1
        return recurrence.dates(from: day, count: count).map { clock.instant($0, hour: hour, minute: minute) }
    }

    public var agendaItems: [AgendaItem] { agenda.map(\.item) }
}
