/// The help overlay: a framed, scrollable list of every key and command.
enum HelpOverlayView {
    static func draw(_ state: AppState, scroll: Int, _ rect: Rect, into canvas: inout Canvas) {
        guard rect.width >= 10, rect.height >= 4 else { return }
        canvas.fill(rect, role: .overlay)
        canvas.box(rect, role: .borderFocused, title: state.text(.helpTitle))
        let lines = HelpContent.layout(state, glyphs: canvas.glyphs)
        let rows = rect.height - 3
        let start = min(scroll, max(0, lines.count - rows))
        for row in 0..<rows {
            let index = start + row
            guard index < lines.count else { break }
            var x = rect.x + 2
            for span in lines[index].spans {
                let role: Role = span.role == .normal ? .overlay : span.role
                x += canvas.write(
                    span.text, x: x, y: rect.y + 1 + row, maxWidth: rect.maxX - 2 - x, role: role)
            }
        }
        let footer = state.text(.helpFooter)
        canvas.write(footer, x: rect.x + 2, y: rect.maxY - 2, maxWidth: rect.width - 4, role: .muted)
        if start > 0 {
            canvas.write(canvas.glyphs.arrowUp, x: rect.maxX - 2, y: rect.y + 1, maxWidth: 1, role: .muted)
        }
        if start + rows < lines.count {
            canvas.write(
                canvas.glyphs.arrowDown, x: rect.maxX - 2, y: rect.maxY - 3, maxWidth: 1, role: .muted)
        }
    }
}
