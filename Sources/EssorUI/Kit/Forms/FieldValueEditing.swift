import EssorCore

extension FieldValue {
    /// Types a character into a text field, a text area or an editable picker.
    mutating func type(_ c: Character) {
        switch self {
        case .text(var editor):
            editor.insert(c)
            self = .text(editor)
        case .area(var area):
            area.edit { $0.insert(c) }
            self = .area(area)
        case .choice(var choice) where choice.editable:
            var custom = choice.custom ?? LineEditor()
            custom.insert(c)
            choice.custom = custom
            self = .choice(choice)
        default:
            break
        }
    }

    /// Pastes text: into a text area with its line breaks, elsewhere on one
    /// line. False when the field takes no text.
    mutating func paste(_ text: String) -> Bool {
        switch self {
        case .text(var editor):
            editor.insert(Key.oneLine(text))
            self = .text(editor)
        case .area(var area):
            let lines = Key.pasted(text).split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() {
                if index > 0 { area.newline() }
                area.edit { $0.insert(String(line)) }
            }
            self = .area(area)
        case .choice(var choice) where choice.editable:
            var custom = choice.custom ?? LineEditor()
            custom.insert(Key.oneLine(text))
            choice.custom = custom
            self = .choice(choice)
        default:
            return false
        }
        return true
    }

    /// Carries out a text-editing command; false when it does not apply.
    mutating func applyText(_ command: Command) -> Bool {
        switch self {
        case .text(var editor):
            defer { self = .text(editor) }
            return editor.apply(command)
        case .area(var area):
            defer { self = .area(area) }
            return area.apply(command)
        case .choice(var choice) where choice.custom != nil:
            defer { self = .choice(choice) }
            return choice.custom!.apply(command)
        default:
            return false
        }
    }

    /// Scrolls text so that its cursor is visible in `width`.
    mutating func keepVisible(width: Int) {
        switch self {
        case .text(var editor):
            editor.keepVisible(width: width)
            self = .text(editor)
        case .area(var area):
            area.keepVisible(width: width, height: TextArea.visibleRows)
            self = .area(area)
        case .choice(var choice) where choice.custom != nil:
            choice.custom!.keepVisible(width: width)
            self = .choice(choice)
        default:
            break
        }
    }

    /// Moves the selection of a list field; false at its edge.
    mutating func moveSelection(_ delta: Int) -> Bool {
        switch self {
        case .contacts(let items, let selection):
            guard let next = Self.step(selection, delta, items.count) else { return false }
            self = .contacts(items, selection: next)
        case .toggles(let items, let selection):
            guard let next = Self.step(selection, delta, items.count) else { return false }
            self = .toggles(items, selection: next)
        case .members(let items, let selection):
            guard let next = Self.step(selection, delta, items.count) else { return false }
            self = .members(items, selection: next)
        case .agenda(let items, let selection):
            guard let next = Self.step(selection, delta, items.count) else { return false }
            self = .agenda(items, selection: next)
        case .entries(let items, let selection):
            guard let next = Self.step(selection, delta, items.count) else { return false }
            self = .entries(items, selection: next)
        default:
            return false
        }
        return true
    }

    private static func step(_ selection: Int, _ delta: Int, _ count: Int) -> Int? {
        let next = selection + delta
        return next >= 0 && next < count ? next : nil
    }

    /// Removes the selected contact or member.
    mutating func removeSelected() {
        switch self {
        case .contacts(var items, let selection) where !items.isEmpty:
            items.remove(at: selection)
            self = .contacts(items, selection: min(selection, max(0, items.count - 1)))
        case .members(var items, let selection) where !items.isEmpty:
            items.remove(at: selection)
            self = .members(items, selection: min(selection, max(0, items.count - 1)))
        case .agenda(var items, let selection) where !items.isEmpty:
            items.remove(at: selection)
            self = .agenda(items, selection: min(selection, max(0, items.count - 1)))
        case .entries(var items, let selection) where !items.isEmpty:
            items.remove(at: selection)
            self = .entries(items, selection: min(selection, max(0, items.count - 1)))
        default:
            break
        }
    }

    mutating func toggleSelected() {
        guard case .toggles(var items, let selection) = self, !items.isEmpty else { return }
        items[selection].on.toggle()
        self = .toggles(items, selection: selection)
    }
}
