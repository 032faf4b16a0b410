/// An agenda item as typed in its small form.
public struct AgendaItemDraft: Equatable, Sendable, Codable {
    public enum Field: String, CaseIterable, Sendable, Codable {
        case title, minutes, owner
    }

    public var title: String
    /// `15`, `15 min`, `1h30`; empty for no set length.
    public var minutes: String
    public var owner: String

    public init(title: String = "", minutes: String = "", owner: String = "") {
        self.title = title
        self.minutes = minutes
        self.owner = owner
    }

    public init(_ item: AgendaItem) {
        self.init(
            title: item.title, minutes: item.minutes > 0 ? ClockParsing.durationText(item.minutes) : "",
            owner: item.owner)
    }

    public func issues() -> [Field: FieldIssue] {
        var issues: [Field: FieldIssue] = [:]
        if title.trimmingSpaces.isEmpty { issues[.title] = .required }
        if !minutes.trimmingSpaces.isEmpty {
            if let value = ClockParsing.duration(minutes) {
                if let issue = Validators.number(String(value), as: .agendaMinutes) {
                    issues[.minutes] = issue
                }
            } else {
                issues[.minutes] = .duration
            }
        }
        Validators.lengths([(.title, title, TextLimit.name), (.owner, owner, TextLimit.name)], into: &issues)
        return issues
    }

    public var item: AgendaItem {
        AgendaItem(
            title: title.trimmingSpaces, minutes: ClockParsing.duration(minutes) ?? 0,
            owner: owner.trimmingSpaces)
    }
}
