import EssorCore

/// The small form for one point of a meeting's agenda.
public enum AgendaItemForm {
    public static func make(_ item: AgendaItemDraft?, index: Int?, in state: AppState) -> FormState {
        let f = state.format
        let draft = item ?? AgendaItemDraft()
        func text(
            _ field: AgendaItemDraft.Field, _ value: String, required: Bool = false, placeholder: String = ""
        )
            -> FormField
        {
            FormField(
                .agendaItem(field), f.text(.agendaField(field)), .text(LineEditor(value)), required: required,
                placeholder: placeholder)
        }
        return FormState(
            purpose: .agendaItem(index: index),
            title: item == nil ? f.text(.newAgendaItemTitle) : f.text(.editTitle(draft.title)),
            fields: [
                text(.title, draft.title, required: true),
                text(.minutes, draft.minutes, placeholder: "30 min"),
                text(.owner, draft.owner),
            ])
    }

    public static func draft(_ form: FormState) -> AgendaItemDraft {
        AgendaItemDraft(
            title: form.text(.agendaItem(.title)), minutes: form.text(.agendaItem(.minutes)),
            owner: form.text(.agendaItem(.owner)))
    }
}
