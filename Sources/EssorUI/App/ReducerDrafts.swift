import EssorCore
import EssorStore

/// Forms kept as drafts when the terminal goes away, and offered back.
extension AppState {
    /// The open form as a draft to keep (a contact being typed joins its
    /// structure's contacts when it has a name). Nil when no form is open.
    public func draftToKeep(author: String, now: Int64) -> StoredDraft? {
        guard var open = form else { return nil }
        if let sub = subform, case .agendaItem(let index) = sub.purpose {
            let item = AgendaItemForm.draft(sub)
            if !item.title.trimmingSpaces.isEmpty {
                open.editFocused { value in
                    guard case .agenda(var items, let selection) = value else { return }
                    if let index, index < items.count { items[index] = item } else { items.append(item) }
                    value = .agenda(items, selection: selection)
                }
            }
        }
        if let sub = subform, case .contact(let index) = sub.purpose {
            let contact = ContactForm.draft(sub)
            if !contact.name.trimmingSpaces.isEmpty {
                open.editFocused { value in
                    guard case .contacts(var contacts, let selection) = value else { return }
                    if let index, index < contacts.count {
                        contacts[index] = contact
                    } else {
                        contacts.append(contact)
                    }
                    value = .contacts(contacts, selection: selection)
                }
            }
        }
        let payload: String?
        let entity: ChangeEntity
        let id: Int64
        let version: Int
        switch open.purpose {
        case .structure(let i, let v):
            (entity, id, version) = (.structure, i, v)
            let focus: String? = if case .structure(let f) = open.focused.key { f.rawValue } else { nil }
            payload = try? DraftPayload(values: StructureForm.draft(open), focus: focus).json()
        case .cohort(let i, let v):
            (entity, id, version) = (.cohort, i, v)
            let focus: String? = if case .cohort(let f) = open.focused.key { f.rawValue } else { nil }
            payload = try? DraftPayload(values: CohortForm.draft(open), focus: focus).json()
        case .meeting(let i, let v):
            (entity, id, version) = (.meeting, i, v)
            let focus: String? = if case .meeting(let f) = open.focused.key { f.rawValue } else { nil }
            payload = try? DraftPayload(values: MeetingForm.draft(open), focus: focus).json()
        case .partner(let i, let v):
            (entity, id, version) = (.partner, i, v)
            let focus: String? = if case .partner(let f) = open.focused.key { f.rawValue } else { nil }
            payload = try? DraftPayload(values: PartnerForm.draft(open), focus: focus).json()
        case .assignment(let i, let v):
            (entity, id, version) = (.assignment, i, v)
            let focus: String? = if case .assignment(let f) = open.focused.key { f.rawValue } else { nil }
            payload = try? DraftPayload(values: AssignmentForm.draft(open), focus: focus).json()
        case .contact, .agendaItem, .timeEntry, .programme:
            // Sub-forms go with their form; the programme's few settings
            // are not kept as a draft.
            return nil
        }
        guard let payload else { return nil }
        return StoredDraft(
            author: author, savedAt: now, entity: entity, recordID: id == 0 ? nil : id, version: version,
            title: open.title, payload: payload)
    }

    mutating func offer(_ draft: StoredDraft) {
        let local = clock.local(draft.savedAt)
        dialog = Dialog(
            title: text(.draftTitle),
            lines: [
                text(.draftKept(title: draft.title, date: format.date(local.date), time: format.time(local))),
                text(.draftChoice),
            ],
            action: .restoreDraft(draft))
    }

    /// Opens the form of a kept draft, as it was when the terminal closed.
    mutating func restore(_ draft: StoredDraft, _ choices: FormChoices) -> [Effect] {
        let id = draft.recordID ?? 0
        switch draft.entity {
        case .structure:
            guard let payload = try? DraftPayload<StructureDraft>.decode(draft.payload) else { break }
            form = StructureForm.make(
                payload.values, id: id, version: draft.version, title: draft.title, choices: choices,
                in: self,
                focus: payload.focus.flatMap(StructureDraft.Field.init(rawValue:)))
        case .cohort:
            guard let payload = try? DraftPayload<CohortDraft>.decode(draft.payload) else { break }
            form = CohortForm.make(
                payload.values, id: id, version: draft.version, title: draft.title, choices: choices,
                in: self,
                focus: payload.focus.flatMap(CohortDraft.Field.init(rawValue:)))
        case .workshopItem, .settings, .staff, .staffTime:
            break
        case .partner:
            guard let payload = try? DraftPayload<PartnerDraft>.decode(draft.payload) else { break }
            form = PartnerForm.make(
                payload.values, id: id, version: draft.version, title: draft.title, in: self,
                focus: payload.focus.flatMap(PartnerDraft.Field.init(rawValue:)))
        case .assignment:
            guard let payload = try? DraftPayload<AssignmentDraft>.decode(draft.payload) else { break }
            form = AssignmentForm.make(
                payload.values, id: id, version: draft.version, title: draft.title, choices: choices,
                in: self,
                focus: payload.focus.flatMap(AssignmentDraft.Field.init(rawValue:)))
        case .meeting:
            guard let payload = try? DraftPayload<MeetingDraft>.decode(draft.payload) else { break }
            form = MeetingForm.make(
                payload.values, id: id, version: draft.version, title: draft.title, choices: choices,
                in: self,
                focus: payload.focus.flatMap(MeetingDraft.Field.init(rawValue:)))
        }
        form?.restored = true
        if form != nil { keepFocusedFieldVisible() }
        return [.discardDraft(draft.id)]
    }
}
