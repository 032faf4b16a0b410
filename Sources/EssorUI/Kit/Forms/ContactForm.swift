import EssorCore

/// The small form for one contact of a structure.
public enum ContactForm {
    public static func make(_ contact: ContactDraft?, index: Int?, in state: AppState) -> FormState {
        let f = state.format
        let draft = contact ?? ContactDraft()
        func text(
            _ field: ContactDraft.Field, _ value: String, required: Bool = false, placeholder: String = ""
        )
            -> FormField
        {
            FormField(
                .contact(field), f.text(.contactField(field)), .text(LineEditor(value)), required: required,
                placeholder: placeholder)
        }
        return FormState(
            purpose: .contact(index: index),
            title: contact == nil ? f.text(.newContactTitle) : f.text(.editTitle(draft.name)),
            fields: [
                text(.name, draft.name, required: true), text(.role, draft.role),
                text(.email, draft.email, placeholder: "nom@domaine.fr"),
                text(.phone, draft.phone, placeholder: "02 31 00 00 00"),
            ])
    }

    public static func draft(_ form: FormState) -> ContactDraft {
        ContactDraft(
            name: form.text(.contact(.name)), role: form.text(.contact(.role)),
            email: form.text(.contact(.email)),
            phone: form.text(.contact(.phone)))
    }
}
