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
        if case .char(let c) = key, value.takesText {
            active.editFocused { $0.type(c) }
            activeForm = active
            keepFocusedFieldVisible()
            return []
        }
        guard let command = keymap.command(for: key, in: Self.contexts(for: value)) else {
            if case .char(let c) = key, case .choice(var choice) = value {
                choice.jump(to: c)
                active.editFocused { $0 = .choice(choice) }
                activeForm = active
            }
            return []
        }
        switch command {
        case .nextField: active.moveFocus(by: 1)
        case .previousField: active.moveFocus(by: -1)
        case .help:
            overlay = .help(scroll: 0)
            return []
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
            }
        case .addItem:
            activeForm = active
            openItem(adding: true)
            return []
        case .editItem:
            activeForm = active
            if case .contacts = value {
                openItem(adding: false)
                return []
            }
            // Only contacts open; elsewhere Enter saves, as in any field.
            return key == .enter ? saveForm() : []
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

    /// Opens a contact's form, or the member picker, from a list field.
    private mutating func openItem(adding: Bool) {
        guard let active = activeForm else { return }
        switch active.focused.value {
        case .contacts(let contacts, let selection):
            if adding || contacts.isEmpty {
                subform = ContactForm.make(nil, index: nil, in: self)
            } else {
                subform = ContactForm.make(contacts[selection], index: selection, in: self)
            }
        case .members(let members, _) where adding:
            let taken = Set(members.map(\.id))
            let candidates = data.structures.indices.filter { !taken.contains(data.structures[$0].id) }
                .sorted {
                    StructureSearchKey.field(0, of: data.structures[$0].searchKey)
                        .lexicographicallyPrecedes(
                            StructureSearchKey.field(0, of: data.structures[$1].searchKey))
                }
            picker = MemberPicker(candidates: candidates)
        default:
            break
        }
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

    mutating func dialogKey(_ key: Key) -> [Effect] {
        guard let open = dialog, let command = keymap.command(for: key, in: [.dialog]) else { return [] }
        dialog = nil
        guard command == .yes else { return [] }
        switch open.action {
        case .delete(let entity, let id):
            return [.delete(entity, id)]
        case .discardForm:
            form = nil
            subform = nil
        case .discardSubform:
            subform = nil
        }
        return []
    }

    mutating func pickerKey(_ key: Key) -> [Effect] {
        guard var open = picker else { return [] }
        let page = max(1, ScreenLayout(size).overlay.height - 4)
        if case .char(let c) = key {
            open.filter.insert(c)
        } else {
            guard let command = keymap.command(for: key, in: [.picker, .text]) else { return [] }
            switch command {
            case .moveUp: open.cursor.move(by: -1, count: open.visible.count, pageSize: page)
            case .moveDown: open.cursor.move(by: 1, count: open.visible.count, pageSize: page)
            case .pageUp: open.cursor.move(by: -page, count: open.visible.count, pageSize: page)
            case .pageDown: open.cursor.move(by: page, count: open.visible.count, pageSize: page)
            case .inputCancel:
                picker = nil
                return []
            case .inputConfirm:
                picker = nil
                guard open.cursor.index < open.visible.count else { return [] }
                let row = data.structures[open.visible[open.cursor.index]]
                form?.editFocused { value in
                    guard case .members(var items, _) = value else { return }
                    items.append(ListItem(id: row.id, label: row.name))
                    items.sort { SearchFolding.fold($0.label) < SearchFolding.fold($1.label) }
                    value = .members(items, selection: items.firstIndex { $0.id == row.id } ?? 0)
                }
                keepFocusedFieldVisible()
                return []
            default:
                guard open.filter.apply(command) else { return [] }
            }
            if command == .moveUp || command == .moveDown || command == .pageUp || command == .pageDown {
                picker = open
                return []
            }
        }
        let query = SearchQuery(open.filter.text)
        open.visible = open.candidates.filter { query.matches(data.structures[$0].searchKey) }
        open.cursor = ListCursor()
        picker = open
        return []
    }
}
