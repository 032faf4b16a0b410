import EssorCore
import EssorStore

/// A partner's mission: who, in which cohort, for which structure, what,
/// how many days, when, how far, and the days worked outside meetings.
public enum AssignmentForm {
    public static func make(
        _ record: AssignmentRecord?, defaults: AssignmentDraft, choices: FormChoices, in state: AppState
    ) -> FormState {
        let draft =
            record.map { AssignmentDraft($0.assignment, entries: $0.entries, lang: state.lang) } ?? defaults
        let title =
            record.map { state.text(.editTitle(String($0.assignment.mission.prefix(40)))) }
            ?? state.text(.newAssignmentTitle)
        return make(
            draft, id: record?.assignment.id ?? 0, version: record?.version ?? 0, title: title,
            choices: choices, in: state,
            focus: nil)
    }

    public static func make(
        _ draft: AssignmentDraft, id: AssignmentID, version: Int, title: String, choices: FormChoices,
        in state: AppState,
        focus: AssignmentDraft.Field?
    ) -> FormState {
        let f = state.format
        func label(_ field: AssignmentDraft.Field) -> String { f.text(.assignmentField(field)) }
        func text(
            _ field: AssignmentDraft.Field, _ value: String, required: Bool = false, placeholder: String = ""
        )
            -> FormField
        {
            FormField(
                .assignment(field), label(field), .text(LineEditor(value)), required: required,
                placeholder: placeholder)
        }
        let partners = choices.partners.map { ChoiceOption(value: String($0.id), label: $0.name) }
        let cohorts = choices.cohorts.map { ChoiceOption(value: String($0.id), label: $0.name) }
        let structures =
            [ChoiceOption(value: "0", label: f.text(.wholeCohort))]
            + choices.structures.map { ChoiceOption(value: String($0.id), label: $0.name) }
        let statuses = AssignmentStatus.allCases.map {
            ChoiceOption(value: $0.rawValue, label: f.text(.status($0)))
        }
        return FormState(
            purpose: .assignment(id: id, version: version), title: title,
            fields: [
                FormField(
                    .assignment(.partner), label(.partner),
                    .choice(Choice(options: partners, value: String(draft.partnerID))), required: true),
                FormField(
                    .assignment(.cohort), label(.cohort),
                    .choice(Choice(options: cohorts, value: String(draft.cohortID))),
                    required: true),
                FormField(
                    .assignment(.structure), label(.structure),
                    .choice(Choice(options: structures, value: String(draft.structureID)))),
                FormField(
                    .assignment(.mission), label(.mission), .area(TextArea(draft.mission)), required: true),
                text(.days, draft.days, required: true, placeholder: f.text(.daysPlaceholder)),
                text(.start, draft.start, placeholder: f.text(.datePlaceholder)).dated,
                text(.end, draft.end, placeholder: f.text(.datePlaceholder)).dated,
                FormField(
                    .assignment(.status), label(.status),
                    .choice(Choice(options: statuses, value: draft.status.rawValue))),
                FormField(.assignment(.entries), label(.entries), .entries(draft.entries, selection: 0)),
            ], focus: focus.map(FieldKey.assignment))
    }

    public static func draft(_ form: FormState) -> AssignmentDraft {
        var draft = AssignmentDraft()
        draft.partnerID = PartnerID(form.text(.assignment(.partner))) ?? 0
        draft.cohortID = CohortID(form.text(.assignment(.cohort))) ?? 0
        draft.structureID = StructureID(form.text(.assignment(.structure))) ?? 0
        draft.mission = form.text(.assignment(.mission))
        draft.days = form.text(.assignment(.days))
        draft.start = form.text(.assignment(.start))
        draft.end = form.text(.assignment(.end))
        draft.status = AssignmentStatus(rawValue: form.text(.assignment(.status))) ?? .planned
        if case .entries(let entries, _)? = form.field(.assignment(.entries))?.value {
            draft.entries = entries
        }
        return draft
    }

    public static func record(_ form: FormState) -> AssignmentRecord? {
        guard case .assignment(let id, let version) = form.purpose else { return nil }
        let draft = draft(form)
        guard let assignment = draft.assignment(id: id) else { return nil }
        return AssignmentRecord(assignment: assignment, entries: draft.timeEntries, version: version)
    }
}
