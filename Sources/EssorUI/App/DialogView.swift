/// A confirmation in a box in the middle of the screen.
enum DialogView {
    static func draw(_ state: AppState, _ dialog: Dialog, into canvas: inout Canvas) {
        let width = min(canvas.width - 4, 64)
        guard width >= 16 else { return }
        let inner = width - 4
        var lines: [String] = []
        for line in dialog.lines { lines += TextLayout.wrap(line, width: inner) }
        let footer = state.lookup(of: .dialog) == .dialog ? state.text(.confirmHint) : ""

        let height = min(canvas.height - 2, lines.count + 4 + (lines.isEmpty ? 0 : 1))
        let rect = Rect(
            x: (canvas.width - width) / 2, y: max(1, (canvas.height - height) / 2), width: width,
            height: height)
        canvas.fill(rect, role: .overlay)
        canvas.box(rect, role: .borderFocused)
        canvas.write(dialog.title, x: rect.x + 2, y: rect.y + 1, maxWidth: inner, role: .header)
        // A screen too short for every line: the last one shown says more follows.
        let rows = max(0, height - 4)
        if lines.count > rows, rows > 0 {
            lines = Array(lines.prefix(rows))
            lines[rows - 1] =
                TextLayout.truncate(
                    lines[rows - 1], to: inner - 1, ellipsis: "")
                + canvas.glyphs.ellipsis
        }
        for (i, line) in lines.enumerated() {
            canvas.write(line, x: rect.x + 2, y: rect.y + 3 + i, maxWidth: inner, role: .overlay)
        }
        canvas.write(footer, x: rect.x + 2, y: rect.maxY - 1, maxWidth: inner, role: .key)
    }
}

/// The structure picker of a cohort's members: a filter and a list.
enum MemberPickerView {
    static func draw(_ state: AppState, _ picker: MemberPicker, into canvas: inout Canvas) {
        let rect = ScreenLayout(state.size).overlay
        guard rect.width >= 12, rect.height >= 5 else { return }
        canvas.fill(rect, role: .overlay)
        canvas.box(
            rect, role: .borderFocused,
            title: picker.kind == .structures ? state.text(.pickerTitle) : state.text(.partnerPickerTitle))
        let prompt = state.text(.pickerPrompt)
        var x = rect.x + 2
        x += canvas.write(prompt, x: x, y: rect.y + 1, maxWidth: rect.width - 4, role: .key)
        FormView.drawEditor(
            picker.filter, placeholder: "", focused: true, x: x, y: rect.y + 1, width: rect.maxX - 2 - x,
            into: &canvas)
        let rows = rect.height - 4
        if picker.visible.isEmpty {
            canvas.write(
                state.text(.pickerEmpty), x: rect.x + 2, y: rect.y + 3, maxWidth: rect.width - 4, role: .muted
            )
            return
        }
        var cursor = picker.cursor
        cursor.clamp(count: picker.visible.count, pageSize: rows)
        for line in 0..<rows {
            let position = cursor.offset + line
            guard position < picker.visible.count else { break }
            let id = picker.visible[position]
            let text: String? =
                picker.kind == .structures
                ? state.rows.structures[id].map { "\($0.name) — \($0.town)" }
                : state.rows.partners[id].map { "\($0.partner.name) — \($0.partner.expertise)" }
            let y = rect.y + 3 + line
            let selected = position == cursor.index
            if selected {
                canvas.fill(Rect(x: rect.x + 1, y: y, width: rect.width - 2, height: 1), role: .selection)
            }
            canvas.write(
                text ?? canvas.glyphs.ellipsis, x: rect.x + 2, y: y,
                maxWidth: rect.width - 4, role: selected ? .selection : .overlay)
        }
    }
}
