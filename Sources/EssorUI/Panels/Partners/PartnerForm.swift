import EssorCore
import EssorStore

/// The partner form: name, expertise, presentation, website, contacts.
public enum PartnerForm {
    public static func make(_ record: PartnerRecord?, in state: AppState, focus: PartnerDraft.Field? = nil)
        -> FormState
    {
        let draft = record.map { PartnerDraft($0.partner, contacts: $0.contacts) } ?? PartnerDraft()
        let title = record.map { state.text(.editTitle($0.partner.name)) } ?? state.text(.newPartnerTitle)
        return make(
            draft, id: record?.partner.id ?? 0, version: record?.version ?? 0, title: title, in: state,
            focus: focus)
    }

    public static func make(
        _ draft: PartnerDraft, id: PartnerID, version: Int, title: String, in state: AppState,
        focus: PartnerDraft.Field?
    ) -> FormState {
        let f = state.format
        func text(
            _ field: PartnerDraft.Field, _ value: String, required: Bool = false, placeholder: String = ""
        )
            -> FormField
        {
            FormField(
                .partner(field), f.text(.field(field)), .text(LineEditor(value)), required: required,
                placeholder: placeholder)
        }
        return FormState(
            purpose: .partner(id: id, version: version), title: title,
            fields: [
                text(.name, draft.name, required: true),
                text(.expertise, draft.expertise),
                FormField(
                    .partner(.summary), f.text(.field(PartnerDraft.Field.summary)),
                    .area(TextArea(draft.summary))),
                text(.website, draft.website, placeholder: "https://"),
                FormField(
                    .partner(.contacts), f.text(.field(PartnerDraft.Field.contacts)),
                    .contacts(draft.contacts, selection: 0)),
            ], focus: focus.map(FieldKey.partner))
    }

    public static func draft(_ form: FormState) -> PartnerDraft {
        var draft = PartnerDraft()
        draft.name = form.text(.partner(.name))
        draft.expertise = form.text(.partner(.expertise))
        draft.summary = form.text(.partner(.summary))
        draft.website = form.text(.partner(.website))
        if case .contacts(let contacts, _)? = form.field(.partner(.contacts))?.value {
            draft.contacts = contacts
        }
        return draft
    }

    public static func record(_ form: FormState) -> PartnerRecord? {
        guard case .partner(let id, let version) = form.purpose else { return nil }
        let draft = draft(form)
        guard let partner = draft.partner(id: id) else { return nil }
        return PartnerRecord(partner: partner, contacts: draft.contacts.map(\.contact), version: version)
    }
}

/// The small form for days worked on a mission outside meetings.
public enum TimeEntryForm {
    public static func make(_ entry: TimeEntryDraft?, index: Int?, in state: AppState) -> FormState {
        let f = state.format
        let draft = entry ?? TimeEntryDraft(date: state.today.dayMonthYear)
        func text(
            _ field: TimeEntryDraft.Field, _ value: String, required: Bool = false, placeholder: String = ""
        )
            -> FormField
        {
            FormField(
                .timeEntry(field), f.text(.entryField(field)), .text(LineEditor(value)), required: required,
                placeholder: placeholder)
        }
        return FormState(
            purpose: .timeEntry(index: index), title: f.text(.newEntryTitle),
            fields: [
                text(.date, draft.date, required: true, placeholder: f.text(.datePlaceholder)).dated,
                text(.days, draft.days, required: true, placeholder: "0,5"),
                text(.note, draft.note),
            ])
    }

    public static func draft(_ form: FormState) -> TimeEntryDraft {
        TimeEntryDraft(
            date: form.text(.timeEntry(.date)), days: form.text(.timeEntry(.days)),
            note: form.text(.timeEntry(.note)))
    }
}
