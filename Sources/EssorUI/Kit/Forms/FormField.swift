import EssorCore

/// Names a field in any form.
public enum FieldKey: Hashable, Sendable {
    case structure(StructureDraft.Field)
    case cohort(CohortDraft.Field)
    case contact(ContactDraft.Field)
    case meeting(MeetingDraft.Field)
    case agendaItem(AgendaItemDraft.Field)
    case partner(PartnerDraft.Field)
    case assignment(AssignmentDraft.Field)
    case timeEntry(TimeEntryDraft.Field)
    case programme(ProgrammeDraft.Field)
    /// A detail line standing for a whole mission: Enter opens its form.
    case assignmentRecord(AssignmentID)
    /// A suggested financing in a finance detail: Enter keeps it.
    case financingSuggestion(project: Int, index: Int)
    /// A financing kept: s changes its status, d removes it.
    case financingRecord(Int64)
    /// An organisation in the report's explanation: Enter opens it.
    case structureRecord(StructureID)
    /// A meeting's time to confirm in a person's month: Enter records it.
    case timeProposal(MeetingID)
    /// A time entry in a person's month: d deletes it.
    case timeRecord(StaffTimeID)
}

/// One choice of a picker: the stored value and what the user reads.
public struct ChoiceOption: Equatable, Sendable {
    public var value: String
    public var label: String

    public init(value: String, label: String) {
        self.value = value
        self.label = label
    }
}

/// A picker: ←/→ go through the options; when `editable`, typing enters
/// a value of one's own (a new cohort theme).
public struct Choice: Equatable, Sendable {
    public var options: [ChoiceOption]
    public var index: Int
    public var editable: Bool
    /// The typed value, when it is not one of the options.
    public var custom: LineEditor?
    /// Letters typed on a picker that is not editable: they choose the
    /// first option with a word starting so, and are shown beside it
    /// (never taken for the next field's text).
    public var typed = ""
    /// Whether no option matches what is typed.
    public var typedMatchesNothing = false

    public init(options: [ChoiceOption], value: String, editable: Bool = false) {
        self.options = options
        self.editable = editable
        if let found = options.firstIndex(where: { $0.value == value }) {
            index = found
        } else {
            index = 0
            if editable { custom = LineEditor(value) }
        }
    }

    public var value: String { custom?.text ?? (options.isEmpty ? "" : options[index].value) }
    public var label: String { custom?.text ?? (options.isEmpty ? "" : options[index].label) }

    public mutating func step(_ delta: Int) {
        typed = ""
        typedMatchesNothing = false
        guard !options.isEmpty else { return }
        if custom != nil {
            custom = nil
            return
        }
        index = (index + delta + options.count) % options.count
    }

    /// One more letter typed: the first option with a word starting with
    /// everything typed so far (accents and case aside) is chosen; when
    /// none has, the choice stays and the field says so.
    public mutating func type(_ c: Character) {
        typed.append(c)
        select(matching: typed)
    }

    /// The last letter typed taken back.
    public mutating func eraseTyped() {
        guard !typed.isEmpty else { return }
        typed.removeLast()
        if typed.isEmpty {
            typedMatchesNothing = false
        } else {
            select(matching: typed)
        }
    }

    private mutating func select(matching text: String) {
        let wanted = SearchFolding.fold(text)
        let found = options.firstIndex { option in
            let label = SearchFolding.fold(option.label)
            return label.hasPrefix(wanted)
                || label.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains {
                    $0.hasPrefix(wanted)
                }
        }
        typedMatchesNothing = found == nil
        if let found { index = found }
    }
}

/// An item of a list field: a cohort to tick, a member structure.
public struct ListItem: Equatable, Sendable {
    public var id: Int64
    public var label: String
    public var on: Bool

    public init(id: Int64, label: String, on: Bool = true) {
        self.id = id
        self.label = label
        self.on = on
    }
}

/// What a field holds while it is edited.
public enum FieldValue: Equatable, Sendable {
    case text(LineEditor)
    case area(TextArea)
    case choice(Choice)
    /// Contacts of a structure, each edited in its own small form.
    case contacts([ContactDraft], selection: Int)
    /// Items ticked with Space (a structure's cohorts).
    case toggles([ListItem], selection: Int)
    /// Items added with a picker and removed (a cohort's members, a
    /// meeting's invited structures and partners).
    case members([ListItem], selection: Int)
    /// A meeting's agenda, each item edited in its own small form.
    case agenda([AgendaItemDraft], selection: Int)
    /// Days worked on a mission outside meetings, each in its own small form.
    case entries([TimeEntryDraft], selection: Int)

    /// The value as text, to tell whether the form changed.
    var fingerprint: String {
        switch self {
        case .text(let editor): editor.text
        case .area(let area): area.text
        case .choice(let choice): choice.value
        case .contacts(let contacts, _):
            contacts.map { "\($0.name)|\($0.role)|\($0.email)|\($0.phone)" }.joined(separator: "\n")
        case .toggles(let items, _): items.filter(\.on).map { String($0.id) }.joined(separator: ",")
        case .members(let items, _): items.map { String($0.id) }.sorted().joined(separator: ",")
        case .agenda(let items, _):
            items.map { "\($0.title)|\($0.minutes)|\($0.owner)" }.joined(separator: "\n")
        case .entries(let items, _): items.map { "\($0.date)|\($0.days)|\($0.note)" }.joined(separator: "\n")
        }
    }

    /// Whether typed characters go into the field.
    var takesText: Bool {
        switch self {
        case .text, .area: true
        case .choice(let choice): choice.editable
        default: false
        }
    }

    var isList: Bool {
        switch self {
        case .contacts, .toggles, .members, .agenda, .entries: true
        default: false
        }
    }

    /// Rows the field takes on screen.
    var rows: Int {
        switch self {
        case .text, .choice: 1
        case .area: TextArea.visibleRows
        case .contacts(let items, _): max(1, items.count)
        case .toggles(let items, _), .members(let items, _): max(1, items.count)
        case .agenda(let items, _): max(1, items.count)
        case .entries(let items, _): max(1, items.count)
        }
    }
}

extension TextArea {
    /// Lines a text area shows in a form.
    public static let visibleRows = 4
}

public struct FormField: Equatable, Sendable {
    public var key: FieldKey
    public var label: String
    public var value: FieldValue
    public var required: Bool
    /// Shown dimmed while the field is empty (`JJ/MM/AAAA`).
    public var placeholder: String
    /// A date: a day and month typed without a year are written in full
    /// when the field is left (`DateReader`).
    public var isDate = false

    /// The field, as a date.
    public var dated: FormField {
        var field = self
        field.isDate = true
        return field
    }

    public init(
        _ key: FieldKey, _ label: String, _ value: FieldValue, required: Bool = false,
        placeholder: String = ""
    ) {
        self.key = key
        self.label = label
        self.value = value
        self.required = required
        self.placeholder = placeholder
    }

    public var text: String {
        switch value {
        case .text(let editor): editor.text
        case .area(let area): area.text
        case .choice(let choice): choice.value
        default: ""
        }
    }
}
