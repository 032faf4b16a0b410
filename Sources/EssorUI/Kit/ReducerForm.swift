import EssorCore
import EssorStore

extension AppState {
    /// The form the keys go to: a contact's form over the structure's.
    var activeForm: FormState? {
        get { subform ?? form }
        set {
            if subform != nil { subform = newValue } else { form = newValue }
        }
    }

    mutating func formKey(_ key: Key) -> [Effect] {
        guard var active = activeForm else { return [] }
        let value = active.focused.value
        if case .paste(let text) = key {
            var pasted = false
            active.editFocused { pasted = $0.paste(text) }
            guard pasted else {
                show(.pasteRefused, isError: true)
                return []
            }
            activeForm = active
            keepFocusedFieldVisible()
            return []
        }
        if case .char(let c) = key, value.takesText {
            active.editFocused { $0.type(c) }
            activeForm = active
            keepFocusedFieldVisible()
            return []
        }
        // Letters and digits typed on a picker choose an option by its
        // words, shown beside it; Backspace takes one back.
        if case .choice(var choice) = value, choice.custom == nil {
            if case .char(let c) = key, c.isLetter || c.isNumber || (c == " " && !choice.typed.isEmpty) {
                choice.type(c)
                active.editFocused { $0 = .choice(choice) }
                activeForm = active
                return []
            }
            if key == .backspace, !choice.typed.isEmpty {
                choice.eraseTyped()
                active.editFocused { $0 = .choice(choice) }
                activeForm = active
                return []
            }
        }
        if let binding = keymap.binding(for: key, in: keyContexts, state: self) { return perform(binding) }
        return []
    }

    /// What a form's key does to the focused field (or the form).
    mutating func formCommand(_ command: Command) -> [Effect] {
        guard var active = activeForm else { return [] }
        if [.nextField, .previousField, .save, .moveUp, .moveDown].contains(command) {
            active.completeDates(today: today)
        }
        let value = active.focused.value
        switch command {
        case .nextField: active.moveFocus(by: 1)
        case .previousField: active.moveFocus(by: -1)
        case .save:
            activeForm = active
            return saveForm()
        case .cancel:
            activeForm = active
            cancelForm()
            return []
        case .moveUp, .moveDown:
            let delta = command == .moveUp ? -1 : 1
            if case .area(var area) = value {
                if area.moveVertically(delta, width: FormLayout(size).valueWidth) {
                    active.adjustFocused { $0 = .area(area) }
                } else {
                    active.moveFocus(by: delta)
                }
            } else {
                var moved = value
                if moved.moveSelection(delta) {
                    active.adjustFocused { $0 = moved }
                } else {
                    active.moveFocus(by: delta)
                }
            }
        case .previousOption, .nextOption:
            if case .choice(var choice) = value {
                choice.step(command == .previousOption ? -1 : 1)
                active.editFocused { $0 = .choice(choice) }
                if active.focused.key == .meeting(.cohort) {
                    activeForm = active
                    return cohortChanged(choice.value)
                }
                if active.focused.key == .assignment(.cohort), let cohort = CohortID(choice.value) {
                    activeForm = active
                    return [.partners(.loadMissionStructures(cohort))]
                }
            }
        case .addItem:
            activeForm = active
            return openItem(adding: true)
        case .editItem:
            activeForm = active
            return openItem(adding: false)
        case .removeItem: active.editFocused { $0.removeSelected() }
        case .toggleItem: active.editFocused { $0.toggleSelected() }
        default:
            var edited = value
            guard edited.applyText(command) else { return [] }
            active.editFocused { $0 = edited }
        }
        activeForm = active
        keepFocusedFieldVisible()
        return []
    }

    /// Enter on a list field: opens the item (a contact, an agenda item, a
    /// day entered), or saves the form where items do not open.
    mutating func openItemOrSave() -> [Effect] {
        switch activeForm?.focused.value {
        case .contacts?, .agenda?, .entries?: return formCommand(.editItem)
        default: return saveForm()
        }
    }

    /// Opens a contact's form, or the member picker, from a list field.
    private mutating func openItem(adding: Bool) -> [Effect] {
        guard let active = activeForm else { return [] }
        switch active.focused.value {
        case .contacts(let contacts, let selection):
            if adding || contacts.isEmpty {
                subform = ContactForm.make(nil, index: nil, in: self)
            } else {
                subform = ContactForm.make(contacts[selection], index: selection, in: self)
            }
            return []
        case .entries(let items, let selection):
            if adding || items.isEmpty {
                subform = TimeEntryForm.make(nil, index: nil, in: self)
            } else {
                subform = TimeEntryForm.make(items[selection], index: selection, in: self)
            }
            return []
        case .agenda(let items, let selection):
            if adding || items.isEmpty {
                subform = AgendaItemForm.make(nil, index: nil, in: self)
            } else {
                subform = AgendaItemForm.make(items[selection], index: selection, in: self)
            }
            return []
        case .members where adding:
            return active.focused.key == .meeting(.partners) ? [.meetings(.loadPartnerPicker)] : [.loadPicker]
        default:
            return []
        }
    }

    /// A new meeting's cohort changed: its members are invited instead,
    /// unless the invitations were already changed by hand.
    mutating func cohortChanged(_ value: String) -> [Effect] {
        guard let open = form, case .meeting(let id, _) = open.purpose, id == 0,
            let cohort = CohortID(value), cohort > 0
        else { return [] }
        return [.meetings(.loadCohortMembers(cohort))]
    }

    mutating func cohortMembersLoaded(_ cohort: CohortID, _ members: [NamedRef]) {
        guard var open = form, case .meeting(let id, _) = open.purpose, id == 0,
            open.text(.meeting(.cohort)) == String(cohort),
            let index = open.fields.firstIndex(where: { $0.key == .meeting(.invited) })
        else { return }
        let items = members.map { ListItem(id: $0.id, label: $0.name) }
            .sorted { SearchFolding.fold($0.label) < SearchFolding.fold($1.label) }
        open.fields[index].value = .members(items, selection: 0)
        form = open
    }

    /// Enter or Ctrl-S: a contact goes back into its structure's form; a
    /// structure or cohort is saved when it has no errors, else the cursor
    /// goes to the first error and every problem is shown.
    mutating func saveForm() -> [Effect] {
        guard var active = activeForm else { return [] }
        if let first = active.firstError {
            active.showAllIssues = true
            active.focus(on: first)
            activeForm = active
            keepFocusedFieldVisible()
            let count = active.issues.values.filter { !$0.isWarning }.count
            show(.form(.fixErrors(count)), isError: true)
            return []
        }
        switch active.purpose {
        case .contact(let index):
            let contact = ContactForm.draft(active)
            subform = nil
            guard var parent = form else { return [] }
            parent.editFocused { value in
                guard case .contacts(var contacts, _) = value else { return }
                if let index, index < contacts.count {
                    contacts[index] = contact
                    value = .contacts(contacts, selection: index)
                } else {
                    contacts.append(contact)
                    value = .contacts(contacts, selection: contacts.count - 1)
                }
            }
            form = parent
            keepFocusedFieldVisible()
            return []
        case .structure:
            return StructureForm.record(active).map { [.saveStructure($0)] } ?? []
        case .cohort:
            return CohortForm.record(active).map { [.saveCohort($0)] } ?? []
        case .meeting:
            return MeetingForm.record(active, clock: clock).map {
                [.meetings(.prepareMeetingSave($0.0, starts: $0.1))]
            }
                ?? []
        case .partner:
            return PartnerForm.record(active).map { [.partners(.savePartner($0))] } ?? []
        case .assignment:
            return AssignmentForm.record(active).map { [.partners(.saveAssignment($0))] } ?? []
        case .programme:
            return ProgrammeForm.record(active).map { [.saveProgramme(original: $0.original, $0.1)] } ?? []
        case .timeEntry(let index):
            let entry = TimeEntryForm.draft(active)
            subform = nil
            guard var parent = form else { return [] }
            parent.editFocused { value in
                guard case .entries(var items, _) = value else { return }
                if let index, index < items.count {
                    items[index] = entry
                    value = .entries(items, selection: index)
                } else {
                    items.append(entry)
                    value = .entries(items, selection: items.count - 1)
                }
            }
            form = parent
            keepFocusedFieldVisible()
            return []
        case .agendaItem(let index):
            let item = AgendaItemForm.draft(active)
            subform = nil
            guard var parent = form else { return [] }
            parent.editFocused { value in
                guard case .agenda(var items, _) = value else { return }
                if let index, index < items.count {
                    items[index] = item
                    value = .agenda(items, selection: index)
                } else {
                    items.append(item)
                    value = .agenda(items, selection: items.count - 1)
                }
            }
            form = parent
            keepFocusedFieldVisible()
            return []
        }
    }

    /// Esc: closes the form, asking first when something was typed.
    mutating func cancelForm() {
        guard let active = activeForm else { return }
        if active.isDirty {
            dialog = Dialog(
                title: text(.discardChanges), lines: [text(.discardHint)],
                action: subform != nil ? .discardSubform : .discardForm)
        } else if subform != nil {
            subform = nil
        } else {
            form = nil
        }
    }

    /// Scrolls the form so that the focused field (and its problem) shows,
    /// and its text so that the cursor shows.
    mutating func keepFocusedFieldVisible() {
        guard var active = activeForm else { return }
        let layout = FormLayout(size)
        active.adjustFocused { $0.keepVisible(width: layout.valueWidth) }
        let rows = FormLayout.rows(active)
        let (start, height) = rows[active.focus]
        if start < active.scroll { active.scroll = start }
        if start + height > active.scroll + layout.visibleRows {
            active.scroll = start + height - layout.visibleRows
        }
        activeForm = active
    }

    /// The answer to the open confirmation.
    mutating func answerDialog(_ command: Command) -> [Effect] {
        guard let open = dialog else { return [] }
        dialog = nil
        switch (open.action, command) {
        case (.seriesScope(let record, let starts, let conflicts), .seriesOne):
            return confirmConflicts(record, starts: starts, scope: .one, conflicts)
        case (.seriesScope(let record, let starts, let conflicts), .seriesFollowing):
            return confirmConflicts(record, starts: starts, scope: .following, conflicts)
        case (.export(let id), .exportAttendance):
            guard let id else { return [] }
            return [.meetings(.exportAttendanceSheet(id))]
        case (.export, .exportCalendar):
            return [.meetings(.exportCalendar)]
        case (.export, .exportAuditPack):
            return [.meetings(.exportAuditPack(scope))]
        default:
            break
        }
        guard command == .yes else {
            if case .restoreDraft(let draft) = open.action { return [.discardDraft(draft.id)] }
            return []
        }
        switch open.action {
        case .delete(let entity, let id):
            return [.delete(entity, id)]
        case .discardForm:
            form = nil
            subform = nil
        case .discardSubform:
            subform = nil
        case .restoreDraft(let draft):
            return [.restoreDraft(draft)]
        case .discardAttendance:
            attendance = nil
        case .saveMeeting(let record, let starts, let scope):
            return [.meetings(.saveMeeting(record, starts: starts, scope: scope))]
        case .deleteWorkshopItem(let id):
            return [.workshop(.deleteWorkshopItem(id))]
        case .deleteFinancing(let financing):
            return [.finances(.deleteFinancing(financing))]
        case .seriesScope, .export:
            break
        }
        return []
    }

    mutating func pickerKey(_ key: Key) -> [Effect] {
        guard var open = picker else { return [] }
        switch key {
        case .char(let c): open.filter.insert(c)
        case .paste(let text): open.filter.insert(Key.oneLine(text))
        default: return press(key)
        }
        picker = filtered(open)
        return ensurePickerRows()
    }

    /// What a picker's key does: move, choose, close, edit its filter.
    mutating func pickerCommand(_ command: Command) -> [Effect] {
        guard var open = picker else { return [] }
        let page = pickerPageSize
        switch command {
        case .moveUp, .moveDown, .pageUp, .pageDown:
            let delta = command == .moveUp ? -1 : command == .moveDown ? 1 : command == .pageUp ? -page : page
            open.cursor.move(by: delta, count: open.visible.count, pageSize: page)
            picker = open
            return ensurePickerRows()
        case .inputCancel:
            picker = nil
            return []
        case .inputConfirm:
            picker = nil
            guard open.cursor.index < open.visible.count else { return [] }
            let id = open.visible[open.cursor.index]
            let name =
                open.kind == .structures
                ? rows.structures[id]?.name ?? "#\(id)" : rows.partners[id]?.partner.name ?? "#\(id)"
            form?.editFocused { value in
                guard case .members(var items, _) = value else { return }
                items.append(ListItem(id: id, label: name))
                items.sort { SearchFolding.fold($0.label) < SearchFolding.fold($1.label) }
                value = .members(items, selection: items.firstIndex { $0.id == id } ?? 0)
            }
            keepFocusedFieldVisible()
            return []
        default:
            guard open.filter.apply(command) else { return [] }
            picker = filtered(open)
            return ensurePickerRows()
        }
    }

    /// Lines of structures the picker shows.
    var pickerPageSize: Int { max(1, ScreenLayout(size).overlay.height - 4) }

    /// The picker's list for its filter: records matching it that the
    /// form's list does not hold yet.
    func filtered(_ picker: MemberPicker) -> MemberPicker {
        var open = picker
        var members = Set<Int64>()
        if case .members(let items, _)? = form?.focused.value {
            members = Set(items.map(\.id))
        }
        let query = SearchQuery(open.filter.text)
        var list = open.candidates.filter { !members.contains($0) }
        if !query.isEmpty, let index = searchIndexes[open.kind.panel] { list = index.filter(list, query) }
        open.visible = list
        open.cursor = ListCursor()
        return open
    }

    /// Names of the structures on the picker's screen, read when missing.
    func ensurePickerRows() -> [Effect] {
        guard let open = picker else { return [] }
        let from = open.cursor.offset
        let to = min(open.visible.count, from + pickerPageSize)
        guard from < to else { return [] }
        let panel = open.kind.panel
        let missing = open.visible[from..<to].filter { !rows.has(panel, $0) }
        return missing.isEmpty ? [] : [.loadRows(panel, Array(missing))]
    }
}
