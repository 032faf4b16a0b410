import EssorCore
import EssorStore

/// Partners × cohorts: in each cell the days used over the days planned,
/// with a bar; over-allocation and missions idle for 30 days stand out.
enum MatrixView {
    static func draw(_ state: AppState, _ rect: Rect, into canvas: inout Canvas) {
        guard rect.height >= 4, rect.width >= 20 else { return }
        let f = state.format
        canvas.write(
            state.text(.matrixTitle), x: rect.x + 1, y: rect.y, maxWidth: rect.width - 2, role: .header)
        guard state.workload != nil else { return }
        let matrix = state.matrix
        if matrix.partners.isEmpty {
            canvas.write(
                state.text(.matrixEmpty), x: rect.x + 2, y: rect.y + 2, maxWidth: rect.width - 3, role: .muted
            )
            return
        }
        let nameWidth = min(24, max(12, rect.width / 4))
        let cellWidth = max(10, min(18, (rect.width - nameWidth - 2) / max(1, matrix.cohorts.count)))
        let visibleColumns = max(1, (rect.width - nameWidth - 2) / cellWidth)
        let first = min(state.matrixColumn, max(0, matrix.cohorts.count - visibleColumns))
        let columns = Array(matrix.cohorts.dropFirst(first).prefix(visibleColumns))
        let headerY = rect.y + 1
        canvas.fill(Rect(x: rect.x, y: headerY, width: rect.width, height: 1), role: .header)
        for (i, cohort) in columns.enumerated() {
            canvas.write(
                cohort.name, x: rect.x + nameWidth + 2 + i * cellWidth, y: headerY, maxWidth: cellWidth - 1,
                role: .header)
        }
        if first > 0 {
            canvas.write(canvas.glyphs.pointer, x: rect.x + nameWidth, y: headerY, maxWidth: 1, role: .header)
        }
        if first + visibleColumns < matrix.cohorts.count {
            canvas.write("»", x: rect.maxX - 1, y: headerY, maxWidth: 1, role: .header)
        }
        let rows = rect.height - 3
        var cursor = state.matrixCursor
        cursor.clamp(count: matrix.partners.count, pageSize: rows)
        let focused = state.partners.focus == .list
        for line in 0..<rows {
            let index = cursor.offset + line
            guard index < matrix.partners.count else { break }
            let partner = matrix.partners[index]
            let y = headerY + 1 + line
            let selected = index == cursor.index
            if selected { canvas.write(canvas.glyphs.pointer, x: rect.x, y: y, maxWidth: 1, role: .accent) }
            canvas.write(
                partner.name, x: rect.x + 2, y: y, maxWidth: nameWidth - 1,
                role: selected ? (focused ? .selection : .selectionDim) : .normal)
            for (i, cohort) in columns.enumerated() {
                guard let cell = matrix.cell(partner.id, cohort.id) else { continue }
                drawCell(
                    cell, f, x: rect.x + nameWidth + 2 + i * cellWidth, y: y, width: cellWidth - 1,
                    into: &canvas)
            }
        }
        canvas.write(
            state.text(.matrixLegend), x: rect.x + 1, y: rect.maxY - 1, maxWidth: rect.width - 2, role: .muted
        )
    }

    static func drawCell(
        _ cell: PartnerMatrix.Cell, _ f: Format, x: Int, y: Int, width: Int, into canvas: inout Canvas
    ) {
        let text = "\(f.number(cell.used))/\(f.number(cell.planned))"
        var role: Role = .normal
        var mark = ""
        if cell.overAllocated {
            role = .conflict
            mark = canvas.glyphs.conflictMark
        } else if cell.idle {
            role = .muted
            mark = canvas.glyphs == .unicode ? "◌" : "o"
        }
        var cx = x
        cx += canvas.write(text, x: cx, y: y, maxWidth: width, role: role)
        if !mark.isEmpty {
            cx += canvas.write(" " + mark, x: cx, y: y, maxWidth: max(0, x + width - cx), role: role)
        }
        let barWidth = x + width - cx - 1
        guard barWidth >= 3 else { return }
        let unicode = canvas.glyphs == .unicode
        let (full, booked, empty) = unicode ? ("█", "▒", "░") : ("#", "+", ".")
        func share(_ days: Double) -> Double {
            cell.planned > 0 ? min(1, days / cell.planned) : (days > 0 ? 1 : 0)
        }
        let usedCells = Int((share(cell.used) * Double(barWidth)).rounded())
        let bookedCells = max(
            usedCells, Int((share(cell.used + cell.scheduled) * Double(barWidth)).rounded()))
        let bar =
            String(repeating: full, count: usedCells)
            + String(repeating: booked, count: bookedCells - usedCells)
            + String(repeating: empty, count: barWidth - bookedCells)
        canvas.write(bar, x: cx + 1, y: y, maxWidth: barWidth, role: cell.overAllocated ? .conflict : .bar)
    }
}
