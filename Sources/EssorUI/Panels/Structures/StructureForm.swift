import EssorCore
import EssorStore

/// The structure form: built from a record (or empty), read back as a draft.
public enum StructureForm {
    public static func make(
        _ record: StructureRecord?, choices: FormChoices, in state: AppState,
        focus: StructureDraft.Field? = nil
    ) -> FormState {
        var draft = StructureDraft()
        if let record {
            draft = StructureDraft(
                record.structure, contacts: record.contacts, cohortIDs: record.cohortIDs, lang: state.lang)
        } else if let scope = state.scope {
            draft.cohortIDs = [scope]  // a structure added while a cohort is shown joins it
        }
        let title = record.map { state.text(.editTitle($0.structure.name)) } ?? state.text(.newStructureTitle)
        return make(
            draft, id: record?.structure.id ?? 0, version: record?.version ?? 0, title: title,
            choices: choices,
            in: state, focus: focus)
    }

    /// The form for values as typed (a record's, or a kept draft's).
    public static func make(
        _ draft: StructureDraft, id: StructureID, version: Int, title: String, choices: FormChoices,
        in state: AppState, focus: StructureDraft.Field?
    ) -> FormState {
        let f = state.format
        var departements = [ChoiceOption(value: "", label: f.text(.fromPostcode))]
        departements += Departement.normandy.map {
            ChoiceOption(value: $0.code, label: "\($0.name) (\($0.code))")
        }
        if !draft.departement.isEmpty && !Departement.isNormandy(draft.departement) {
            departements.append(ChoiceOption(value: draft.departement, label: draft.departement))
        }
        let forms = LegalForm.allCases.map { ChoiceOption(value: $0.rawValue, label: f.text(.legalForm($0))) }
        let cohorts = choices.cohorts.map {
            ListItem(id: $0.id, label: $0.name, on: draft.cohortIDs.contains($0.id))
        }
        func text(
            _ field: StructureDraft.Field, _ value: String, required: Bool = false, placeholder: String = ""
        )
            -> FormField
        {
            FormField(
                .structure(field), f.text(.structureField(field)), .text(LineEditor(value)),
                required: required, placeholder: placeholder)
        }
        let fields = [
            text(.name, draft.name, required: true),
            FormField(
                .structure(.legalForm), f.text(.structureField(.legalForm)),
                .choice(Choice(options: forms, value: draft.legalForm.rawValue))),
            text(.siret, draft.siret, placeholder: "123 456 789 00012"),
            text(.address, draft.address),
            text(.postcode, draft.postcode, placeholder: "14000"),
            text(.town, draft.town),
            FormField(
                .structure(.departement), f.text(.structureField(.departement)),
                .choice(Choice(options: departements, value: draft.departement))),
            text(.sector, draft.sector),
            text(.headcount, draft.headcount, placeholder: "12,5"),
            text(.creationDate, draft.creationDate, placeholder: f.text(.datePlaceholder)).dated,
            text(.website, draft.website, placeholder: "https://"),
            FormField(
                .structure(.problem), f.text(.structureField(.problem)), .area(TextArea(draft.problem))),
            FormField(.structure(.notes), f.text(.structureField(.notes)), .area(TextArea(draft.notes))),
            FormField(
                .structure(.contacts), f.text(.structureField(.contacts)),
                .contacts(draft.contacts, selection: 0)),
            FormField(
                .structure(.cohorts), f.text(.structureField(.cohorts)), .toggles(cohorts, selection: 0)),
        ]
        return FormState(
            purpose: .structure(id: id, version: version), title: title, fields: fields,
            focus: focus.map(FieldKey.structure))
    }

    public static func draft(_ form: FormState) -> StructureDraft {
        var draft = StructureDraft()
        for field in form.fields {
            guard case .structure(let key) = field.key else { continue }
            switch (key, field.value) {
            case (.name, _): draft.name = field.text
            case (.legalForm, _): draft.legalForm = LegalForm(rawValue: field.text) ?? .other
            case (.siret, _): draft.siret = field.text
            case (.address, _): draft.address = field.text
            case (.postcode, _): draft.postcode = field.text
            case (.town, _): draft.town = field.text
            case (.departement, _): draft.departement = field.text
            case (.sector, _): draft.sector = field.text
            case (.headcount, _): draft.headcount = field.text
            case (.creationDate, _): draft.creationDate = field.text
            case (.website, _): draft.website = field.text
            case (.problem, _): draft.problem = field.text
            case (.notes, _): draft.notes = field.text
            case (.contacts, .contacts(let contacts, _)): draft.contacts = contacts
            case (.cohorts, .toggles(let items, _)): draft.cohortIDs = items.filter(\.on).map(\.id)
            default: break
            }
        }
        return draft
    }

    /// What to save, or nil while the form has errors.
    public static func record(_ form: FormState) -> StructureRecord? {
        guard case .structure(let id, let version) = form.purpose else { return nil }
        let draft = draft(form)
        guard let structure = draft.structure(id: id) else { return nil }
        return StructureRecord(
            structure: structure, contacts: draft.contacts.map(\.contact), cohortIDs: draft.cohortIDs,
            version: version)
    }
}
