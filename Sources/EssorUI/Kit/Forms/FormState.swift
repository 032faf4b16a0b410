import EssorCore
import EssorStore

/// An open form: its fields, the focused one, and what to show of the
/// problems found (a field's issue shows once the user has left it, or
/// every issue after an attempt to save).
public struct FormState: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        case structure(id: StructureID, version: Int)
        case cohort(id: CohortID, version: Int)
        /// A contact of the structure form underneath; nil index for a new one.
        case contact(index: Int?)
        case meeting(id: MeetingID, version: Int)
        case partner(id: PartnerID, version: Int)
        case assignment(id: AssignmentID, version: Int)
        /// Days entered for the mission form underneath; nil index for a new entry.
        case timeEntry(index: Int?)
        /// An agenda item of the meeting form underneath; nil index for a new one.
        case agendaItem(index: Int?)
        /// The programme's identity, as it was when the form opened.
        case programme(original: Programme?)
    }

    public var purpose: Purpose
    public var title: String
    public var fields: [FormField]
    public var focus = 0
    /// First row shown when the form is taller than the screen.
    public var scroll = 0
    public var touched: Set<FieldKey> = []
    public var showAllIssues = false
    /// Problems the store found on save (a duplicate SIRET), kept until
    /// the field changes.
    public var storeIssues: [FieldKey: FieldIssue] = [:]
    /// Reopened from a draft: nothing of it is in the store yet.
    public var restored = false
    /// Each cohort's period, for a meeting's form.
    public var cohortPeriods: [CohortID: ClosedRange<LocalDate>] = [:]
    private var initial: [String]

    public init(purpose: Purpose, title: String, fields: [FormField], focus: FieldKey? = nil) {
        self.purpose = purpose
        self.title = title
        self.fields = fields
        initial = fields.map(\.value.fingerprint)
        if let focus, let index = fields.firstIndex(where: { $0.key == focus }) { self.focus = index }
    }

    public var isDirty: Bool { restored || fields.map(\.value.fingerprint) != initial }

    /// Whether the field at `index` was changed since the form opened.
    public func changedSinceOpened(_ index: Int) -> Bool {
        restored || index >= initial.count || fields[index].value.fingerprint != initial[index]
    }

    /// Whether `other`'s field at `index` differs from what this form
    /// showed when it opened (someone else changed it).
    public func differsFromOpened(_ other: FormState, at index: Int) -> Bool {
        index >= initial.count || other.fields[index].value.fingerprint != initial[index]
    }

    public var focused: FormField { fields[focus] }

    public func field(_ key: FieldKey) -> FormField? { fields.first { $0.key == key } }

    public func text(_ key: FieldKey) -> String { field(key)?.text ?? "" }

    /// Changes the focused field's value as the user typed it: a problem
    /// the store found in it no longer applies.
    public mutating func editFocused(_ change: (inout FieldValue) -> Void) {
        change(&fields[focus].value)
        storeIssues[fields[focus].key] = nil
    }

    /// Changes how the focused field is shown (scroll, selection), not its value.
    public mutating func adjustFocused(_ change: (inout FieldValue) -> Void) {
        change(&fields[focus].value)
    }

    /// Writes in full the dates typed as a day and a month.
    public mutating func completeDates(today: LocalDate) {
        for index in fields.indices where fields[index].isDate {
            guard case .text(var editor) = fields[index].value else { continue }
            let full = DateReader.completed(editor.text, today: today)
            guard full != editor.text else { continue }
            editor = LineEditor(full)
            fields[index].value = .text(editor)
        }
    }

    /// Moves the focus, marking the field left as touched.
    public mutating func moveFocus(by delta: Int) {
        let target = min(max(0, focus + delta), fields.count - 1)
        guard target != focus else { return }
        touched.insert(fields[focus].key)
        // What was typed on a picker is done with once it is left.
        if case .choice(var choice) = fields[focus].value, !choice.typed.isEmpty {
            choice.typed = ""
            choice.typedMatchesNothing = false
            fields[focus].value = .choice(choice)
        }
        focus = target
    }

    public mutating func focus(on key: FieldKey) {
        if let index = fields.firstIndex(where: { $0.key == key }) { focus = index }
    }

    /// Every problem of the form as it stands.
    public var issues: [FieldKey: FieldIssue] {
        var found: [FieldKey: FieldIssue]
        switch purpose {
        case .structure: found = StructureForm.draft(self).issues().mapKeys(FieldKey.structure)
        case .cohort: found = CohortForm.draft(self).issues().mapKeys(FieldKey.cohort)
        case .contact: found = ContactForm.draft(self).issues().mapKeys(FieldKey.contact)
        case .meeting:
            let draft = MeetingForm.draft(self)
            found = draft.issues(period: cohortPeriods[draft.cohortID]).mapKeys(FieldKey.meeting)
        case .agendaItem: found = AgendaItemForm.draft(self).issues().mapKeys(FieldKey.agendaItem)
        case .partner: found = PartnerForm.draft(self).issues().mapKeys(FieldKey.partner)
        case .assignment: found = AssignmentForm.draft(self).issues().mapKeys(FieldKey.assignment)
        case .timeEntry: found = TimeEntryForm.draft(self).issues().mapKeys(FieldKey.timeEntry)
        case .programme: found = ProgrammeForm.draft(self).issues(readLogo: nil).mapKeys(FieldKey.programme)
        }
        found.merge(storeIssues) { _, store in store }
        return found
    }

    /// The issue to show next to a field now.
    public func shownIssue(_ key: FieldKey) -> FieldIssue? {
        guard showAllIssues || touched.contains(key) else { return nil }
        return issues[key]
    }

    /// The first field, in form order, with an error (warnings aside).
    public var firstError: FieldKey? {
        let all = issues
        return fields.first { all[$0.key].map { !$0.isWarning } ?? false }?.key
    }
}

extension Dictionary {
    func mapKeys<T>(_ transform: (Key) -> T) -> [T: Value] {
        [T: Value](uniqueKeysWithValues: map { (transform($0.key), $0.value) })
    }
}
