import EssorCore
import EssorStore

/// The meeting form: when and where, who leads it, its agenda, who is
/// invited, which partners come; for a new meeting, how it repeats.
public enum MeetingForm {
    /// The form for a stored meeting, or for a new one from `defaults`.
    public static func make(
        _ record: MeetingRecord?, defaults: MeetingDraft, choices: FormChoices, in state: AppState,
        focus: MeetingDraft.Field? = nil
    ) -> FormState {
        let draft =
            record.map {
                MeetingDraft(
                    $0.meeting, agenda: $0.agenda, invitedIDs: $0.invitedIDs, partnerIDs: $0.partnerIDs,
                    clock: state.clock)
            } ?? defaults
        let title = record.map { state.text(.editTitle($0.meeting.title)) } ?? state.text(.newMeetingTitle)
        return make(
            draft, id: record?.meeting.id ?? 0, version: record?.version ?? 0, title: title, choices: choices,
            in: state, focus: focus)
    }

    /// The form for values as typed (a record's, or a kept draft's).
    public static func make(
        _ draft: MeetingDraft, id: MeetingID, version: Int, title: String, choices: FormChoices,
        in state: AppState,
        focus: MeetingDraft.Field?
    ) -> FormState {
        let f = state.format
        func label(_ field: MeetingDraft.Field) -> String { f.text(.field(field)) }
        func text(
            _ field: MeetingDraft.Field, _ value: String, required: Bool = false, placeholder: String = ""
        )
            -> FormField
        {
            FormField(
                .meeting(field), label(field), .text(LineEditor(value)), required: required,
                placeholder: placeholder)
        }
        func sorted(_ items: [ListItem]) -> [ListItem] {
            items.sorted { SearchFolding.fold($0.label) < SearchFolding.fold($1.label) }
        }
        let cohorts = choices.cohorts.map { ChoiceOption(value: String($0.id), label: $0.name) }
        let kinds = MeetingKind.allCases.map {
            ChoiceOption(value: $0.rawValue, label: f.text(.meetingKind($0)))
        }
        let invited = sorted(
            draft.invitedIDs.map { ListItem(id: $0, label: choices.structureNames[$0] ?? "#\($0)") })
        let partners = sorted(
            draft.partnerIDs.map { ListItem(id: $0, label: choices.partnerNames[$0] ?? "#\($0)") })
        var fields = [
            FormField(
                .meeting(.cohort), label(.cohort),
                .choice(Choice(options: cohorts, value: String(draft.cohortID))),
                required: true),
            FormField(
                .meeting(.kind), label(.kind), .choice(Choice(options: kinds, value: draft.kind.rawValue))),
            text(.title, draft.title, required: true),
            text(.date, draft.date, required: true, placeholder: f.text(.datePlaceholder)).dated,
            text(.time, draft.time, required: true, placeholder: f.text(.timePlaceholder)),
            text(.duration, draft.duration, required: true, placeholder: f.text(.durationPlaceholder)),
            text(.place, draft.place),
            text(.videoLink, draft.videoLink, placeholder: "https://"),
            text(.facilitators, draft.facilitators),
            FormField(.meeting(.agenda), label(.agenda), .agenda(draft.agenda, selection: 0)),
            FormField(.meeting(.invited), label(.invited), .members(invited, selection: 0)),
            FormField(.meeting(.partners), label(.partners), .members(partners, selection: 0)),
            FormField(.meeting(.notes), label(.notes), .area(TextArea(draft.notes))),
        ]
        if id == 0 {
            let recurrences = Recurrence.allCases.map {
                ChoiceOption(value: $0.rawValue, label: f.text(.recurrence($0)))
            }
            fields.append(
                FormField(
                    .meeting(.recurrence), label(.recurrence),
                    .choice(Choice(options: recurrences, value: draft.recurrence.rawValue))))
            fields.append(text(.occurrences, draft.occurrences, placeholder: "6"))
        }
        var form = FormState(
            purpose: .meeting(id: id, version: version), title: title, fields: fields,
            focus: focus.map(FieldKey.meeting))
        form.cohortPeriods = choices.cohortPeriods
        return form
    }

    public static func draft(_ form: FormState) -> MeetingDraft {
        var draft = MeetingDraft()
        for field in form.fields {
            guard case .meeting(let key) = field.key else { continue }
            switch (key, field.value) {
            case (.cohort, _): draft.cohortID = CohortID(field.text) ?? 0
            case (.kind, _): draft.kind = MeetingKind(rawValue: field.text) ?? .workshop
            case (.title, _): draft.title = field.text
            case (.date, _): draft.date = field.text
            case (.time, _): draft.time = field.text
            case (.duration, _): draft.duration = field.text
            case (.place, _): draft.place = field.text
            case (.videoLink, _): draft.videoLink = field.text
            case (.facilitators, _): draft.facilitators = field.text
            case (.agenda, .agenda(let items, _)): draft.agenda = items
            case (.invited, .members(let items, _)): draft.invitedIDs = items.map(\.id)
            case (.partners, .members(let items, _)): draft.partnerIDs = items.map(\.id)
            case (.notes, _): draft.notes = field.text
            case (.recurrence, _): draft.recurrence = Recurrence(rawValue: field.text) ?? .none
            case (.occurrences, _): draft.occurrences = field.text
            default: break
            }
        }
        return draft
    }

    /// The record to save and the start of each occurrence; nil while the
    /// form has errors.
    public static func record(_ form: FormState, clock: WallClock) -> (MeetingRecord, [Int64])? {
        guard case .meeting(let id, let version) = form.purpose else { return nil }
        let draft = draft(form)
        let starts = draft.starts(clock: clock)
        guard let first = starts.first else { return nil }
        let record = MeetingRecord(
            meeting: draft.meeting(id: id, start: first), agenda: draft.agendaItems,
            invitedIDs: draft.invitedIDs,
            partnerIDs: draft.partnerIDs, version: version)
        return (record, starts)
    }
}
