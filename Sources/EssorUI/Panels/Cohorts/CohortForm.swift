import EssorCore
import EssorStore

/// The cohort form: name, theme, dates, description, collective project,
/// members.
public enum CohortForm {
    public static func make(
        _ record: CohortRecord?, choices: FormChoices, in state: AppState, focus: CohortDraft.Field? = nil
    ) -> FormState {
        let draft = record.map { CohortDraft($0.cohort, memberIDs: $0.memberIDs) } ?? CohortDraft()
        let title = record.map { state.text(.editTitle($0.cohort.name)) } ?? state.text(.newCohortTitle)
        return make(
            draft, id: record?.cohort.id ?? 0, version: record?.version ?? 0, title: title, choices: choices,
            in: state, focus: focus)
    }

    /// The form for values as typed (a record's, or a kept draft's).
    public static func make(
        _ draft: CohortDraft, id: CohortID, version: Int, title: String, choices: FormChoices,
        in state: AppState,
        focus: CohortDraft.Field?
    ) -> FormState {
        let f = state.format
        let themes = Set(choices.themes).sorted { SearchFolding.fold($0) < SearchFolding.fold($1) }
        let names = choices.structureNames
        let members = draft.memberIDs.map { ListItem(id: $0, label: names[$0] ?? "#\($0)") }
            .sorted { SearchFolding.fold($0.label) < SearchFolding.fold($1.label) }
        let stages = ProjectStage.allCases.map {
            ChoiceOption(value: $0.rawValue, label: f.text(.projectStage($0)))
        }
        func text(
            _ field: CohortDraft.Field, _ value: String, required: Bool = false, placeholder: String = ""
        )
            -> FormField
        {
            FormField(
                .cohort(field), f.text(.cohortField(field)), .text(LineEditor(value)), required: required,
                placeholder: placeholder)
        }
        let fields = [
            text(.name, draft.name, required: true),
            FormField(
                .cohort(.theme), f.text(.cohortField(.theme)),
                .choice(
                    Choice(
                        options: themes.map { ChoiceOption(value: $0, label: $0) }, value: draft.theme,
                        editable: true)),
                required: true),
            text(.start, draft.start, required: true, placeholder: f.text(.datePlaceholder)).dated,
            text(.end, draft.end, required: true, placeholder: f.text(.datePlaceholder)).dated,
            FormField(.cohort(.summary), f.text(.cohortField(.summary)), .area(TextArea(draft.summary))),
            text(.projectTitle, draft.projectTitle),
            FormField(
                .cohort(.projectSummary), f.text(.cohortField(.projectSummary)),
                .area(TextArea(draft.projectSummary))),
            FormField(
                .cohort(.projectStage), f.text(.cohortField(.projectStage)),
                .choice(Choice(options: stages, value: draft.projectStage.rawValue))),
            FormField(.cohort(.members), f.text(.cohortField(.members)), .members(members, selection: 0)),
        ]
        return FormState(
            purpose: .cohort(id: id, version: version), title: title, fields: fields,
            focus: focus.map(FieldKey.cohort))
    }

    public static func draft(_ form: FormState) -> CohortDraft {
        var draft = CohortDraft()
        for field in form.fields {
            guard case .cohort(let key) = field.key else { continue }
            switch (key, field.value) {
            case (.name, _): draft.name = field.text
            case (.theme, _): draft.theme = field.text
            case (.start, _): draft.start = field.text
            case (.end, _): draft.end = field.text
            case (.summary, _): draft.summary = field.text
            case (.projectTitle, _): draft.projectTitle = field.text
            case (.projectSummary, _): draft.projectSummary = field.text
            case (.projectStage, _): draft.projectStage = ProjectStage(rawValue: field.text) ?? .idea
            case (.members, .members(let items, _)): draft.memberIDs = items.map(\.id)
            default: break
            }
        }
        return draft
    }

    public static func record(_ form: FormState) -> CohortRecord? {
        guard case .cohort(let id, let version) = form.purpose else { return nil }
        let draft = draft(form)
        guard let cohort = draft.cohort(id: id) else { return nil }
        return CohortRecord(cohort: cohort, memberIDs: draft.memberIDs, version: version)
    }
}
