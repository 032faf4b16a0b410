import EssorCore
import EssorStore

extension AppState {
    /// The kind of record a panel edits.
    func entity(of panel: PanelID) -> ChangeEntity? {
        switch panel {
        case .cohorts: .cohort
        case .structures: .structure
        default: nil
        }
    }

    mutating func add() -> [Effect] {
        switch panel {
        case .cohorts: form = CohortForm.make(nil, in: self)
        case .structures: form = StructureForm.make(nil, in: self)
        default: break
        }
        return []
    }

    /// `e`, or Enter on a detail line: the form opens on that line's field.
    mutating func edit() -> [Effect] {
        guard let entity = entity(of: panel), let id = selectedID(panel) else { return [] }
        var focus: FieldKey?
        if current.focus == .detail {
            let rows = detailRows(panel, width: panelLayout(panel).detailTextWidth)
            if current.detailCursor < rows.count { focus = rows[current.detailCursor].key }
        }
        return [.loadRecord(entity, id, focus: focus)]
    }

    mutating func delete() -> [Effect] {
        guard let entity = entity(of: panel), let id = selectedID(panel) else { return [] }
        return [.loadImpact(entity, id)]
    }

    mutating func openForm(_ record: EditableRecord?, focus: FieldKey?) -> [Effect] {
        input = nil
        switch record {
        case .structure(let r):
            var structureFocus: StructureDraft.Field?
            if case .structure(let field)? = focus { structureFocus = field }
            form = StructureForm.make(r, in: self, focus: structureFocus)
        case .cohort(let r):
            var cohortFocus: CohortDraft.Field?
            if case .cohort(let field)? = focus { cohortFocus = field }
            form = CohortForm.make(r, in: self, focus: cohortFocus)
        case nil:
            show(.cli(.storeProblem(.conflict(entity: .structure, id: 0))), isError: true)
        }
        if form != nil { keepFocusedFieldVisible() }
        return []
    }

    mutating func confirmDeletion(_ entity: ChangeEntity, _ id: Int64, name: String, impact: DeletionImpact) {
        var lines: [String] = []
        switch entity {
        case .structure:
            if !impact.cohorts.isEmpty { lines.append(text(.impactCohorts(impact.cohorts))) }
            if impact.invitations + impact.attendance > 0 {
                lines.append(
                    text(.impactMeetingLinks(invitations: impact.invitations, attendance: impact.attendance)))
            }
            if impact.assignments > 0 { lines.append(text(.impactStructureAssignments(impact.assignments))) }
        case .cohort:
            if impact.members > 0 { lines.append(text(.impactMembers(impact.members))) }
            if impact.meetings > 0 { lines.append(text(.impactMeetings(impact.meetings))) }
            if impact.assignments > 0 { lines.append(text(.impactCohortAssignments(impact.assignments))) }
        }
        lines.append(text(.undoHint))
        let title =
            entity == .structure ? text(.confirmDeleteStructure(name)) : text(.confirmDeleteCohort(name))
        dialog = Dialog(title: title, lines: lines, action: .delete(entity, id))
    }

    mutating func afterSave(_ entity: ChangeEntity, _ id: Int64, name: String) -> [Effect] {
        form = nil
        subform = nil
        show(.form(.saved(name)))
        select(entity == .structure ? .structures : .cohorts, id: id)
        return ensureDetail()
    }

    mutating func afterUndo(_ change: UndoneChange) -> [Effect] {
        show(.form(.undone(action: change.action, summary: change.summary)))
        select(change.entity == .structure ? .structures : .cohorts, id: change.recordID)
        return ensureDetail()
    }

    mutating func writeFailed(_ error: StoreError) -> [Effect] {
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

    /// Puts the cursor of `panel` on record `id` when it is shown.
    mutating func select(_ target: PanelID, id: Int64) {
        guard
            let position = self[panel: target].visible.indices.first(where: { recordID(target, at: $0) == id }
            )
        else { return }
        let page = panelLayout(target).pageSize
        self[panel: target].cursor.move(
            to: position, count: self[panel: target].visible.count, pageSize: page)
    }
}
