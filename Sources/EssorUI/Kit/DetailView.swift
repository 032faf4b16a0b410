/// Draws the selected record's detail: a title line, then the laid-out
/// lines from the scroll position, with arrows when there is more.
enum DetailView {
    static func draw(
        _ state: AppState, panel: PanelID, fullScreen: Bool, _ rect: Rect, into canvas: inout Canvas
    ) {
        guard rect.height >= 1, rect.width >= 3, let detail = state.details[panel] else { return }
        let list = state[panel: panel]
        let focused = list.focus == .detail
        let name = DetailContent.title(detail, lang: state.lang)
        let title = fullScreen ? "\(state.text(.panel(panel))) \(canvas.glyphs.pointer) \(name)" : name
        canvas.fill(
            Rect(x: rect.x, y: rect.y, width: rect.width, height: 1),
            role: focused && !fullScreen ? .selectionDim : .normal)
        canvas.write(title, x: rect.x + 1, y: rect.y, maxWidth: rect.width - 2, role: .header)
        let width = max(1, rect.width - 2)
        let rows = rect.height - 1
        // Laid out only as far as the screen goes (and one more line, for
        // the arrow); the reducer has clamped the scroll already.
        let lines = DetailDocument.layout(
            DetailContent.lines(detail, state), width: width, glyphs: canvas.glyphs,
            maxRows: list.detailScroll + rows + 1)
        let start = min(list.detailScroll, max(0, lines.count - rows))
        for row in 0..<rows {
            let index = start + row
            guard index < lines.count else { break }
            let y = rect.y + 1 + row
            let underCursor = focused && index == list.detailCursor
            if underCursor {
                canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: .selection)
            }
            var x = rect.x + 1
            for span in lines[index].spans {
                let role = underCursor ? Role.selection : span.role
                x += canvas.write(span.text, x: x, y: y, maxWidth: rect.maxX - 1 - x, role: role)
            }
        }
        if start > 0 {
            canvas.write(canvas.glyphs.arrowUp, x: rect.maxX - 1, y: rect.y + 1, maxWidth: 1, role: .muted)
        }
        if start + rows < lines.count {
            canvas.write(
                canvas.glyphs.arrowDown, x: rect.maxX - 1, y: rect.maxY - 1, maxWidth: 1, role: .muted)
        }
    }
}
