import EssorCore

/// Draws a form over the panel area: labels in a column, values to the
/// right, the focused field marked and its cursor shown, problems under
/// their field.
enum FormView {
    static func draw(_ state: AppState, _ form: FormState, into canvas: inout Canvas) {
        let layout = FormLayout(state.size)
        let body = layout.body
        canvas.fill(body, role: .normal)
        canvas.write(form.title, x: body.x + 1, y: body.y, maxWidth: body.width - 2, role: .header)
        let rows = FormLayout.rows(form)
        let bottom = body.maxY
        for (index, field) in form.fields.enumerated() {
            let (start, height) = rows[index]
            let focused = index == form.focus
            let firstRow = layout.top + start - form.scroll
            func visible(_ row: Int) -> Bool { row >= layout.top && row < bottom }
            if visible(firstRow) {
                if focused {
                    canvas.write(canvas.glyphs.pointer, x: body.x, y: firstRow, maxWidth: 1, role: .accent)
                }
                let label = field.label + (field.required ? " *" : "")
                canvas.write(
                    label, x: body.x + 2, y: firstRow, maxWidth: FormLayout.labelWidth,
                    role: focused ? .accent : .muted)
            }
            drawValue(
                field, focused: focused, state: state, layout: layout, top: firstRow, visible: visible,
                into: &canvas)
            if let issue = form.shownIssue(field.key) {
                let row = firstRow + height - 1
                if visible(row) {
                    let mark = issue.isWarning ? state.text(.warningMark) : canvas.glyphs.arrowUp
                    canvas.write(
                        "\(mark) \(state.text(.issue(issue)))", x: layout.valueX, y: row,
                        maxWidth: layout.valueWidth,
                        role: issue.isWarning ? .warning : .error)
                }
            }
        }
        let total = rows.last.map { $0.start + $0.height } ?? 0
        if form.scroll > 0 {
            canvas.write(canvas.glyphs.arrowUp, x: body.maxX - 1, y: layout.top, maxWidth: 1, role: .muted)
        }
        if total - form.scroll > layout.visibleRows {
            canvas.write(canvas.glyphs.arrowDown, x: body.maxX - 1, y: bottom - 1, maxWidth: 1, role: .muted)
        }
    }

    private static func drawValue(
        _ field: FormField, focused: Bool, state: AppState, layout: FormLayout, top: Int,
        visible: (Int) -> Bool,
        into canvas: inout Canvas
    ) {
        let x = layout.valueX
        let width = layout.valueWidth
        switch field.value {
        case .text(let editor):
            guard visible(top) else { return }
            drawEditor(
                editor, placeholder: field.placeholder, focused: focused, x: x, y: top, width: width,
                into: &canvas)
        case .area(let area):
            let rows = area.displayRows(width: width)
            let cursor = area.cursorPosition(width: width)
            let characters = area.text.split(separator: "\n", omittingEmptySubsequences: false).map {
                Array($0)
            }
            for offset in 0..<TextArea.visibleRows {
                let index = area.top + offset
                guard index < rows.count, visible(top + offset) else { continue }
                let shown = String(characters[rows[index].line][rows[index].range])
                canvas.write(shown, x: x, y: top + offset, maxWidth: width, role: focused ? .input : .normal)
                if focused && index == cursor.row {
                    let column = x + cursor.column
                    let wide = column + 1 < canvas.width && canvas[column + 1, top + offset].isContinuation
                    canvas.paint(
                        Rect(x: column, y: top + offset, width: wide ? 2 : 1, height: 1), role: .selection)
                }
            }
            if area.top + TextArea.visibleRows < rows.count && visible(top + TextArea.visibleRows - 1) {
                canvas.write(
                    canvas.glyphs.arrowDown, x: x + width, y: top + TextArea.visibleRows - 1, maxWidth: 1,
                    role: .muted)
            }
        case .choice(let choice):
            guard visible(top) else { return }
            if let custom = choice.custom {
                drawEditor(
                    custom, placeholder: "", focused: focused, x: x, y: top, width: width, into: &canvas)
            } else if focused {
                var used = canvas.write("◂ \(choice.label) ▸", x: x, y: top, maxWidth: width, role: .input)
                if !choice.typed.isEmpty {
                    let note =
                        choice.typedMatchesNothing
                        ? .choiceTypedNothing(choice.typed) : FormMsg.choiceTyped(choice.typed)
                    used += canvas.write(
                        "  " + state.text(note), x: x + used, y: top, maxWidth: max(0, width - used),
                        role: choice.typedMatchesNothing ? .error : .accent)
                }
            } else {
                canvas.write(choice.label, x: x, y: top, maxWidth: width)
            }
        case .contacts(let contacts, let selection):
            if contacts.isEmpty {
                if visible(top) {
                    canvas.write(state.text(.addContactHint), x: x, y: top, maxWidth: width, role: .muted)
                }
                return
            }
            for (i, contact) in contacts.enumerated() where visible(top + i) {
                let text = [contact.name, contact.role, contact.email, contact.phone].filter { !$0.isEmpty }
                    .joined(separator: " · ")
                let role: Role =
                    focused && i == selection ? .selection : contact.issues().isEmpty ? .normal : .warning
                drawItem(text.isEmpty ? "?" : text, role: role, x: x, y: top + i, width: width, into: &canvas)
            }
        case .toggles(let items, let selection):
            if items.isEmpty {
                if visible(top) {
                    canvas.write(state.text(.noCohortsToTick), x: x, y: top, maxWidth: width, role: .muted)
                }
                return
            }
            for (i, item) in items.enumerated() where visible(top + i) {
                let role: Role = focused && i == selection ? .selection : item.on ? .normal : .muted
                drawItem(
                    "[\(item.on ? "x" : " ")] \(item.label)", role: role, x: x, y: top + i, width: width,
                    into: &canvas)
            }
        case .entries(let items, let selection):
            if items.isEmpty {
                if visible(top) {
                    canvas.write(state.text(.addEntryHint), x: x, y: top, maxWidth: width, role: .muted)
                }
                return
            }
            for (i, entry) in items.enumerated() where visible(top + i) {
                let text = [entry.date, entry.days + " j", entry.note].filter { !$0.isEmpty }.joined(
                    separator: " · ")
                let role: Role =
                    focused && i == selection ? .selection : entry.issues().isEmpty ? .normal : .warning
                drawItem(text, role: role, x: x, y: top + i, width: width, into: &canvas)
            }
        case .agenda(let items, let selection):
            if items.isEmpty {
                if visible(top) {
                    canvas.write(state.text(.addAgendaHint), x: x, y: top, maxWidth: width, role: .muted)
                }
                return
            }
            for (i, item) in items.enumerated() where visible(top + i) {
                var text = item.title
                if !item.minutes.trimmingSpaces.isEmpty { text += " (\(item.minutes.trimmingSpaces))" }
                if !item.owner.isEmpty { text += " — \(item.owner)" }
                let role: Role =
                    focused && i == selection ? .selection : item.issues().isEmpty ? .normal : .warning
                drawItem(
                    "\(i + 1). \(text)", role: role, x: x, y: top + i, width: width, into: &canvas)
            }
        case .members(let items, let selection):
            if items.isEmpty {
                if visible(top) {
                    let hint: String =
                        field.key == .meeting(.partners)
                        ? state.text(.addPartnerHint) : state.text(.addMemberHint)
                    canvas.write(hint, x: x, y: top, maxWidth: width, role: .muted)
                }
                return
            }
            for (i, item) in items.enumerated() where visible(top + i) {
                let role: Role = focused && i == selection ? .selection : .normal
                drawItem(
                    "\(canvas.glyphs.bullet) \(item.label)", role: role, x: x, y: top + i, width: width,
                    into: &canvas)
            }
        }
    }

    private static func drawItem(
        _ text: String, role: Role, x: Int, y: Int, width: Int, into canvas: inout Canvas
    ) {
        if role == .selection { canvas.fill(Rect(x: x, y: y, width: width, height: 1), role: .selection) }
        canvas.write(text, x: x, y: y, maxWidth: width, role: role)
    }

    /// A line editor: its visible part, and the cursor as a reversed cell.
    static func drawEditor(
        _ editor: LineEditor, placeholder: String, focused: Bool, x: Int, y: Int, width: Int,
        into canvas: inout Canvas
    ) {
        // A hint of the expected form, only where the user is typing, so
        // that it never passes for a value.
        if focused && editor.characters.isEmpty && !placeholder.isEmpty {
            canvas.write(placeholder, x: x + 1, y: y, maxWidth: width - 1, role: .muted)
        }
        let (text, cursor) = editor.visible(width: width)
        canvas.write(text, x: x, y: y, maxWidth: width, role: focused ? .input : .normal)
        guard focused else { return }
        let column = x + cursor
        let wide = column + 1 < canvas.width && canvas[column + 1, y].isContinuation
        canvas.paint(Rect(x: column, y: y, width: wide ? 2 : 1, height: 1), role: .selection)
    }
}
