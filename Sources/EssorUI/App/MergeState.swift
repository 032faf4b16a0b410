import EssorCore
import EssorStore

/// A form whose record someone else saved meanwhile: each field that
/// differs, with the user's value and the stored one, and which to keep.
public struct MergeState: Equatable, Sendable {
    public struct Field: Equatable, Sendable {
        public var index: Int
        public var label: String
        public var mine: String
        public var theirs: String
        public var keepMine = true
        /// Both sides changed the field since the form opened: the user
        /// must choose (others are preset to the side that changed).
        public var bothChanged = false
    }

    /// The stored record's form, as it is now.
    public var theirs: FormState
    public var fields: [Field]
    public var cursor = 0
    /// Who saved the other version, when the change log says.
    public var author: String?

    /// The fields of `mine` that differ from `theirs`, each preset to the
    /// side that changed it since the form opened (a three-way merge: what
    /// the user typed is kept, what the other person changed is taken), and
    /// to the user's own value where both changed it.
    public init(mine: FormState, theirs: FormState, author: String?) {
        self.theirs = theirs
        self.author = author
        fields = mine.fields.indices.compactMap { index in
            guard index < theirs.fields.count, mine.fields[index].key == theirs.fields[index].key,
                mine.fields[index].value.fingerprint != theirs.fields[index].value.fingerprint
            else { return nil }
            let minesChanged = mine.changedSinceOpened(index)
            let theirsChanged = mine.differsFromOpened(theirs, at: index)
            var field = Field(
                index: index, label: mine.fields[index].label, mine: mine.fields[index].value.summary,
                theirs: theirs.fields[index].value.summary)
            field.keepMine = minesChanged || !theirsChanged
            field.bothChanged = minesChanged && theirsChanged
            return field
        }
        cursor = fields.firstIndex(where: \.bothChanged) ?? 0
    }

    /// `mine` with the other version's values where the user took them,
    /// and the stored version, so that saving it is no longer a conflict.
    public func merged(into mine: FormState) -> FormState {
        var result = mine
        for field in fields where !field.keepMine {
            result.fields[field.index].value = theirs.fields[field.index].value
        }
        // The programme has no version: its form saves over the values read now.
        if case .programme = theirs.purpose {
            result.purpose = theirs.purpose
        } else {
            result.purpose = mine.purpose.withVersion(theirs.purpose.version)
        }
        result.storeIssues = [:]
        result.showAllIssues = true
        return result
    }
}

extension FormState.Purpose {
    /// The version the form was read at (0 for a new record or a sub-form).
    public var version: Int {
        switch self {
        case .structure(_, let v), .cohort(_, let v), .meeting(_, let v), .partner(_, let v),
            .assignment(_, let v):
            v
        case .contact, .agendaItem, .timeEntry, .programme: 0
        }
    }

    public func withVersion(_ version: Int) -> FormState.Purpose {
        switch self {
        case .structure(let id, _): .structure(id: id, version: version)
        case .cohort(let id, _): .cohort(id: id, version: version)
        case .meeting(let id, _): .meeting(id: id, version: version)
        case .partner(let id, _): .partner(id: id, version: version)
        case .assignment(let id, _): .assignment(id: id, version: version)
        default: self
        }
    }

    /// The record the form edits, when it is stored.
    public var record: (ChangeEntity, Int64)? {
        switch self {
        case .structure(let id, _) where id != 0: (.structure, id)
        case .cohort(let id, _) where id != 0: (.cohort, id)
        case .meeting(let id, _) where id != 0: (.meeting, id)
        case .partner(let id, _) where id != 0: (.partner, id)
        case .assignment(let id, _) where id != 0: (.assignment, id)
        case .programme: (.settings, ChangeEntity.settingsID)
        default: nil
        }
    }

    /// The same form for a new record (the stored one was deleted).
    public var asNew: FormState.Purpose {
        switch self {
        case .structure: .structure(id: 0, version: 0)
        case .cohort: .cohort(id: 0, version: 0)
        case .meeting: .meeting(id: 0, version: 0)
        case .partner: .partner(id: 0, version: 0)
        case .assignment: .assignment(id: 0, version: 0)
        default: self
        }
    }
}

extension FieldValue {
    /// The value in one line, for comparing versions.
    public var summary: String {
        func list(_ items: [String]) -> String {
            items.isEmpty
                ? "—"
                : items.prefix(3).joined(separator: ", ") + (items.count > 3 ? " (+\(items.count - 3))" : "")
        }
        switch self {
        case .text(let editor): return editor.text.isEmpty ? "—" : editor.text
        case .area(let area): return area.text.isEmpty ? "—" : area.text.replacingNewlines
        case .choice(let choice): return choice.label
        case .contacts(let items, _): return list(items.map(\.name))
        case .toggles(let items, _): return list(items.filter(\.on).map(\.label))
        case .members(let items, _): return list(items.map(\.label))
        case .agenda(let items, _): return list(items.map(\.title))
        case .entries(let items, _): return list(items.map { "\($0.date) \($0.days)" })
        }
    }
}

extension String {
    fileprivate var replacingNewlines: String { split(separator: "\n").joined(separator: " ⏎ ") }
}
