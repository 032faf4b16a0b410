import EssorCore
import EssorStore

extension AppState {
    /// The kind of record a panel edits.
    func entity(of panel: PanelID) -> ChangeEntity? { PanelRegistry.module(panel).entity }

    mutating func add() -> [Effect] {
        guard let entity = entity(of: panel) else { return [] }
        return [.loadForm(entity, nil, focus: nil)]
    }

    /// `e`, or Enter on a detail line: the form opens on that line's field.
    mutating func edit() -> [Effect] {
        if let mission = selectedMissionLine { return [.loadForm(.assignment, mission, focus: nil)] }
        guard let entity = entity(of: panel), let id = selectedID(panel) else { return [] }
        var focus: FieldKey?
        if current.focus == .detail {
            let rows = detailRows(panel, width: panelLayout(panel).detailTextWidth)
            if current.detailCursor < rows.count { focus = rows[current.detailCursor].key }
        }
        return [.loadForm(entity, id, focus: focus)]
    }

    mutating func delete() -> [Effect] {
        if let mission = selectedMissionLine { return [.loadImpact(.assignment, mission)] }
        guard let entity = entity(of: panel), let id = selectedID(panel) else { return [] }
        return [.loadImpact(entity, id)]
    }

    /// The record (or nothing, for a new one) and the choices arrived.
    mutating func openForm(
        _ entity: ChangeEntity, _ record: EditableRecord?, _ choices: FormChoices, focus: FieldKey?
    ) -> [Effect] {
        input = nil
        guard let built = makeForm(entity, record, choices, focus: focus) else {
            show(.cli(.storeProblem(.conflict(entity: entity, id: 0))), isError: true)
            return []
        }
        form = built
        keepFocusedFieldVisible()
        return []
    }

    /// The form of a record (or of a new one), as the panels open it.
    func makeForm(_ entity: ChangeEntity, _ record: EditableRecord?, _ choices: FormChoices, focus: FieldKey?)
        -> FormState?
    {
        var built: FormState?
        switch (entity, record) {
        case (.structure, .structure(let r)?):
            var field: StructureDraft.Field?
            if case .structure(let f)? = focus { field = f }
            built = StructureForm.make(r, choices: choices, in: self, focus: field)
        case (.cohort, .cohort(let r)?):
            var field: CohortDraft.Field?
            if case .cohort(let f)? = focus { field = f }
            built = CohortForm.make(r, choices: choices, in: self, focus: field)
        case (.structure, nil):
            built = StructureForm.make(nil, choices: choices, in: self)
        case (.cohort, nil):
            built = CohortForm.make(nil, choices: choices, in: self)
        case (.partner, .partner(let r)?):
            var field: PartnerDraft.Field?
            if case .partner(let f)? = focus { field = f }
            built = PartnerForm.make(r, in: self, focus: field)
        case (.partner, nil):
            built = PartnerForm.make(nil, in: self)
        case (.assignment, .assignment(let r, let defaults)?):
            built = AssignmentForm.make(r, defaults: defaults, choices: choices, in: self)
        case (.settings, .programme(let programme)?):
            var field: ProgrammeDraft.Field?
            if case .programme(let f)? = focus { field = f }
            built = ProgrammeForm.make(programme, in: self, focus: field)
        case (.meeting, .meeting(let r, let defaults)?):
            var field: MeetingDraft.Field?
            if case .meeting(let f)? = focus { field = f }
            built = MeetingForm.make(r, defaults: defaults, choices: choices, in: self, focus: field)
        default:
            break
        }
        return built
    }

    mutating func confirmDeletion(_ entity: ChangeEntity, _ id: Int64, name: String, impact: DeletionImpact) {
        var lines: [String] = []
        var goes = impact.counts
        switch entity {
        case .structure:
            // Its cohorts by name; its assignments stay, for the whole cohort.
            if !impact.cohorts.isEmpty { lines.append(text(.impactCohorts(impact.cohorts))) }
            goes[.memberships] = nil
            if let n = goes.removeValue(forKey: .assignments) {
                lines.append(text(.impactStructureAssignments(n)))
            }
        case .cohort:
            if let n = goes.removeValue(forKey: .memberships) { lines.append(text(.impactMembers(n))) }
        case .partner:
            // Meetings stay: the partner is taken off them.
            goes[.meetingPartners] = nil
            // Its own missions, not « partner assignments ».
            if let n = goes.removeValue(forKey: .assignments) {
                lines.append(text(.partner(.impactMissions(n))))
            }
            if impact[.meetingPartners] > 0 {
                lines.append(text(.partner(.impactMeetings(impact[.meetingPartners]))))
            }
        case .meeting, .assignment, .workshopItem, .settings, .staff, .staffTime:
            break
        }
        if !goes.isEmpty { lines.insert(text(.impactWith(goes)), at: 0) }
        lines.append(text(.undoHint))
        let title: String
        switch entity {
        case .structure: title = text(.confirmDeleteStructure(name))
        case .cohort: title = text(.confirmDeleteCohort(name))
        case .meeting: title = text(.confirmDeleteMeeting(name))
        case .partner: title = text(.confirmDeletePartner(name))
        case .assignment, .workshopItem, .settings, .staff, .staffTime:
            title = text(.confirmDeleteAssignment(name))
        }
        dialog = Dialog(title: title, lines: lines, action: .delete(entity, id))
    }

    mutating func afterSave(_ entity: ChangeEntity, _ id: Int64, name: String) -> [Effect] {
        form = nil
        subform = nil
        show(.form(.saved(name)))
        switch entity {
        case .structure: select(.structures, id: id)
        case .cohort: select(.cohorts, id: id)
        case .partner: select(.partners, id: id)
        case .meeting, .assignment, .workshopItem, .settings, .staff, .staffTime: break
        }
        return ensureCurrent()
    }

    mutating func afterUndo(_ change: UndoneChange) -> [Effect] {
        let summary = change.entity == .settings ? text(.store(.settingsSummary)) : change.summary
        show(.form(.undone(action: change.action, summary: summary, count: change.count)))
        switch change.entity {
        case .structure: select(.structures, id: change.recordID)
        case .cohort: select(.cohorts, id: change.recordID)
        case .meeting: select(.meetings, id: change.recordID)
        case .partner: select(.partners, id: change.recordID)
        case .assignment, .settings, .staff, .staffTime: break
        case .workshopItem:
            // The workshop shows what was taken back: it reads it again.
            if let open = workshop { return ensureCurrent() + [.workshop(.loadWorkshop(open.meetingID))] }
        }
        return ensureCurrent()
    }

    mutating func writeFailed(_ error: StoreError) -> [Effect] {
        if let compare = conflictOnSave(error) { return compare }
        if case .conflict = error, grid != nil {
            // The grid stays open with what was typed.
            show(.financeUI(.gridConflict), isError: true)
            return []
        }
        if case .conflict = error, week != nil {
            // The cell shows what was saved elsewhere, read again.
            show(.timeUI(.cellConflict), isError: true)
            return weekReload
        }
        if case .duplicateSiret(let name) = error, var open = form {
            open.storeIssues[.structure(.siret)] = .duplicateSiret(otherName: name)
            open.showAllIssues = true
            open.focus(on: .structure(.siret))
            form = open
            keepFocusedFieldVisible()
        }
        show(.cli(.storeProblem(error)), isError: true)
        return []
    }

    /// Puts the cursor of `target` on record `id`: now if its list is
    /// loaded, else when it is read.
    mutating func select(_ target: PanelID, id: Int64) {
        if self[panel: target].loaded {
            restoreSelection(target, id: id)
        } else {
            self[panel: target].pendingSelection = id
        }
    }
}
