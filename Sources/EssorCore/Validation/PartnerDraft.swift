/// A partner as typed in its form.
public struct PartnerDraft: Equatable, Sendable, Codable {
    public enum Field: String, CaseIterable, Sendable, Codable {
        case name, expertise, summary, website, contacts
    }

    public var name = ""
    public var expertise = ""
    public var summary = ""
    public var website = ""
    public var contacts: [ContactDraft] = []

    public init() {}

    public init(_ partner: Partner, contacts: [Contact]) {
        name = partner.name
        expertise = partner.expertise
        summary = partner.summary
        website = partner.website
        self.contacts = contacts.map(ContactDraft.init)
    }

    public func issues() -> [Field: FieldIssue] {
        var issues: [Field: FieldIssue] = [:]
        if name.trimmingSpaces.isEmpty { issues[.name] = .required }
        let site = website.trimmingSpaces
        if !site.isEmpty && !Validators.isWebAddress(site) { issues[.website] = .url }
        if contacts.contains(where: { !$0.issues().isEmpty }) { issues[.contacts] = .invalidContact }
        Validators.lengths(
            [
                (.name, name, TextLimit.name), (.expertise, expertise, TextLimit.name),
                (.summary, summary, TextLimit.long), (.website, website, TextLimit.line),
            ], into: &issues)
        return issues
    }

    public var isValid: Bool { issues().values.allSatisfy(\.isWarning) }

    public func partner(id: PartnerID) -> Partner? {
        guard isValid else { return nil }
        return Partner(
            id: id, name: name.trimmingSpaces, expertise: expertise.trimmingSpaces,
            summary: summary.trimmingSpaces,
            website: website.trimmingSpaces)
    }
}

/// Days entered by hand for a mission, as typed.
public struct TimeEntryDraft: Equatable, Sendable, Codable {
    public enum Field: String, CaseIterable, Sendable, Codable {
        case date, days, note
    }

    public var date: String
    public var days: String
    public var note: String

    public init(date: String = "", days: String = "", note: String = "") {
        self.date = date
        self.days = days
        self.note = note
    }

    public init(_ entry: TimeEntry, lang: Lang) {
        self.init(
            date: entry.date.dayMonthYear,
            days: DecimalFormat.string(entry.days, lang: lang, maxFractionDigits: 2),
            note: entry.note)
    }

    public func issues() -> [Field: FieldIssue] {
        var issues: [Field: FieldIssue] = [:]
        if date.trimmingSpaces.isEmpty {
            issues[.date] = .required
        } else if Validators.date(date) == nil {
            issues[.date] = .date
        }
        if days.trimmingSpaces.isEmpty {
            issues[.days] = .required
        } else if let issue = Validators.number(days, as: .staffDays) {
            issues[.days] = issue
        } else if NumberReader.value(days, as: .staffDays) == 0 {
            issues[.days] = .negative
        }
        Validators.lengths([(.note, note, TextLimit.line)], into: &issues)
        return issues
    }

    public var entry: TimeEntry? {
        guard issues().isEmpty, let day = Validators.date(date),
            let value = NumberReader.value(days, as: .staffDays)
        else {
            return nil
        }
        return TimeEntry(date: day, days: value, note: note.trimmingSpaces)
    }
}

/// A partner's mission as typed in its form.
public struct AssignmentDraft: Equatable, Sendable, Codable {
    public enum Field: String, CaseIterable, Sendable, Codable {
        case partner, cohort, structure, mission, days, start, end, status, entries
    }

    public var partnerID: PartnerID = 0
    public var cohortID: CohortID = 0
    /// 0: the whole cohort.
    public var structureID: StructureID = 0
    public var mission = ""
    public var days = ""
    public var start = ""
    public var end = ""
    public var status: AssignmentStatus = .planned
    public var entries: [TimeEntryDraft] = []

    public init() {}

    public init(_ assignment: Assignment, entries: [TimeEntry], lang: Lang) {
        partnerID = assignment.partnerID
        cohortID = assignment.cohortID
        structureID = assignment.structureID ?? 0
        mission = assignment.mission
        days = DecimalFormat.string(assignment.daysPlanned, lang: lang, maxFractionDigits: 2)
        start = assignment.start?.dayMonthYear ?? ""
        end = assignment.end?.dayMonthYear ?? ""
        status = assignment.status
        self.entries = entries.map { TimeEntryDraft($0, lang: lang) }
    }

    public func issues() -> [Field: FieldIssue] {
        var issues: [Field: FieldIssue] = [:]
        if partnerID <= 0 { issues[.partner] = .required }
        if cohortID <= 0 { issues[.cohort] = .required }
        if mission.trimmingSpaces.isEmpty { issues[.mission] = .required }
        if days.trimmingSpaces.isEmpty {
            issues[.days] = .required
        } else if let issue = Validators.number(days, as: .staffDays) {
            issues[.days] = issue
        }
        let startDate = Validators.date(start)
        let endDate = Validators.date(end)
        if !start.trimmingSpaces.isEmpty && startDate == nil { issues[.start] = .date }
        if !end.trimmingSpaces.isEmpty && endDate == nil { issues[.end] = .date }
        if let startDate, let endDate, endDate < startDate { issues[.end] = .endBeforeStart }
        if entries.contains(where: { !$0.issues().isEmpty }) { issues[.entries] = .invalidEntry }
        Validators.lengths([(.mission, mission, TextLimit.long)], into: &issues)
        return issues
    }

    public var isValid: Bool { issues().values.allSatisfy(\.isWarning) }

    public func assignment(id: AssignmentID) -> Assignment? {
        guard isValid, let planned = NumberReader.value(days, as: .staffDays) else { return nil }
        return Assignment(
            id: id, partnerID: partnerID, cohortID: cohortID,
            structureID: structureID > 0 ? structureID : nil,
            mission: mission.trimmingSpaces, daysPlanned: planned, status: status,
            start: Validators.date(start),
            end: Validators.date(end))
    }

    public var timeEntries: [TimeEntry] { entries.compactMap(\.entry) }
}
