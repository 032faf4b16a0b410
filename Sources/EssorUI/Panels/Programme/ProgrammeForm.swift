import EssorCore
import EssorStore

/// The programme's form (`:programme`): its name and operator, the
/// funders with their logos, and what its evidence carries (operation
/// number, EU statement, privacy notice, signatory, retention).
public enum ProgrammeForm {
    public static func make(_ programme: Programme?, in state: AppState, focus: ProgrammeDraft.Field? = nil)
        -> FormState
    {
        let f = state.format
        let draft = ProgrammeDraft(programme)
        func text(_ field: ProgrammeDraft.Field, required: Bool = false, placeholder: String = "")
            -> FormField
        {
            FormField(
                .programme(field), f.text(.programmeField(field)), .text(LineEditor(draft[field])),
                required: required, placeholder: placeholder)
        }
        func area(_ field: ProgrammeDraft.Field, placeholder: String = "") -> FormField {
            FormField(
                .programme(field), f.text(.programmeField(field)), .area(TextArea(draft[field])),
                placeholder: placeholder)
        }
        let retention = Retention.allCases.map {
            ChoiceOption(value: String($0.rawValue), label: f.text(.retention($0)))
        }
        return FormState(
            purpose: .programme(original: programme), title: f.text(.programmeTitle),
            fields: [
                text(.name, required: true), text(.operatorName),
                area(.funders, placeholder: f.text(.fundersPlaceholder)),
                text(.operationReference, placeholder: f.text(.operationPlaceholder)),
                text(.euStatement, placeholder: EUEmblem.statement(state.lang)), area(.privacyNotice),
                text(.signatoryName), text(.signatoryRole), text(.contactEmail), text(.contactAddress),
                area(.summary),
                FormField(
                    .programme(.retention), f.text(.programmeField(.retention)),
                    .choice(Choice(options: retention, value: draft[.retention]))),
                text(.lastPayment, placeholder: f.text(.datePlaceholder)).dated,
                text(.supportThreshold, placeholder: "3h"),
            ], focus: focus.map(FieldKey.programme))
    }

    public static func draft(_ form: FormState) -> ProgrammeDraft {
        var draft = ProgrammeDraft()
        for field in ProgrammeDraft.Field.allCases { draft[field] = form.text(.programme(field)) }
        return draft
    }

    /// The programme as typed and the one the form was opened on, when
    /// every field is valid as far as the form can tell (the logos' files
    /// are read on saving).
    public static func record(_ form: FormState) -> (original: Programme?, Programme)? {
        guard case .programme(let original) = form.purpose,
            let programme = draft(form).programme(readLogo: nil)
        else { return nil }
        return (original, programme)
    }
}
