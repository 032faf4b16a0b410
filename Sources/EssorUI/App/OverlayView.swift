/// A framed, scrollable document over the screen (the change log).
enum OverlayView {
    static func layout(_ lines: [DetailLine], state: AppState, glyphs: Glyphs) -> [DetailRow] {
        let width = max(1, ScreenLayout(state.size).overlay.width - 4)
        return DetailDocument.layout(lines, width: width, glyphs: glyphs)
    }

    static func draw(
        _ state: AppState, title: String, lines: [DetailLine], scroll: Int, _ rect: Rect,
        into canvas: inout Canvas
    ) {
        guard rect.width >= 10, rect.height >= 4 else { return }
        canvas.fill(rect, role: .overlay)
        canvas.box(rect, role: .borderFocused, title: title)
        let rows = layout(lines, state: state, glyphs: canvas.glyphs)
        let visible = rect.height - 3
        let start = min(scroll, max(0, rows.count - visible))
        for row in 0..<visible {
            let index = start + row
            guard index < rows.count else { break }
            var x = rect.x + 2
            for span in rows[index].spans {
                let role: Role = span.role == .normal ? .overlay : span.role
                x += canvas.write(
                    span.text, x: x, y: rect.y + 1 + row, maxWidth: rect.maxX - 2 - x, role: role)
            }
        }
        canvas.write(
            state.text(.helpFooter), x: rect.x + 2, y: rect.maxY - 2, maxWidth: rect.width - 4, role: .muted)
        if start > 0 {
            canvas.write(canvas.glyphs.arrowUp, x: rect.maxX - 2, y: rect.y + 1, maxWidth: 1, role: .muted)
        }
        if start + visible < rows.count {
            canvas.write(
                canvas.glyphs.arrowDown, x: rect.maxX - 2, y: rect.maxY - 3, maxWidth: 1, role: .muted)
        }
    }
}

/// The merge of a conflicting edit: each differing field, with the
/// user's value and the stored one, and which is kept.
enum MergeView {
    static func draw(_ state: AppState, _ merge: MergeState, into canvas: inout Canvas) {
        let rect = state.layout.overlay
        guard rect.width >= 20, rect.height >= 6 else { return }
        canvas.fill(rect, role: .overlay)
        canvas.box(rect, role: .borderFocused, title: state.text(.store(.mergeTitle)))
        var y = rect.y + 1
        for line in TextLayout.wrap(
            state.text(.store(.mergeIntro(author: merge.author))), width: rect.width - 4)
        {
            canvas.write(line, x: rect.x + 2, y: y, maxWidth: rect.width - 4, role: .overlay)
            y += 1
        }
        y += 1
        let labelWidth = min(22, max(8, merge.fields.map { TextWidth.of($0.label) }.max() ?? 8)) + 3
        let valueWidth = (rect.width - 6 - labelWidth) / 2
        let mineTitle = state.text(.store(.mergeMine))
        let theirsTitle = state.text(.store(.mergeTheirs))
        canvas.write(mineTitle, x: rect.x + 3 + labelWidth, y: y, maxWidth: valueWidth, role: .header)
        canvas.write(
            theirsTitle, x: rect.x + 4 + labelWidth + valueWidth, y: y, maxWidth: valueWidth, role: .header)
        y += 1
        for (index, field) in merge.fields.enumerated() where y < rect.maxY - 3 {
            let selected = index == merge.cursor
            if selected {
                canvas.write(canvas.glyphs.pointer, x: rect.x + 1, y: y, maxWidth: 1, role: .accent)
            }
            let labelRole: Role = selected ? .selection : field.bothChanged ? .warning : .overlay
            canvas.write(
                field.label + (field.bothChanged ? " !" : ""), x: rect.x + 2, y: y, maxWidth: labelWidth,
                role: labelRole)
            let mineRole: Role = field.keepMine ? .success : .muted
            let theirsRole: Role = field.keepMine ? .muted : .success
            let mark = canvas.glyphs == .unicode ? "✓ " : "* "
            canvas.write(
                (field.keepMine ? mark : "  ") + field.mine, x: rect.x + 2 + labelWidth, y: y,
                maxWidth: valueWidth,
                role: mineRole)
            canvas.write(
                (field.keepMine ? "  " : mark) + field.theirs, x: rect.x + 3 + labelWidth + valueWidth, y: y,
                maxWidth: valueWidth, role: theirsRole)
            y += 1
        }
        for (i, line) in TextLayout.wrap(state.text(.store(.mergeKeys)), width: rect.width - 4).prefix(2)
            .enumerated()
        {
            canvas.write(line, x: rect.x + 2, y: rect.maxY - 3 + i, maxWidth: rect.width - 4, role: .muted)
        }
    }
}
