/// A column of a table: fixed width or a share of what is left; when the
/// table is too narrow, columns with the largest `priority` go first.
public struct TableColumn: Sendable {
    public enum Width: Sendable {
        case fixed(Int)
        case flex(min: Int, weight: Int)
    }

    public var title: String
    public var width: Width
    public var alignRight: Bool
    public var priority: Int

    public init(_ title: String, _ width: Width, priority: Int = 1, alignRight: Bool = false) {
        self.title = title
        self.width = width
        self.alignRight = alignRight
        self.priority = priority
    }

    var minWidth: Int {
        switch width {
        case .fixed(let n): n
        case .flex(let min, _): min
        }
    }
}

/// Draws a list as a table: a title line, column headers, then the rows
/// in view, the selected one highlighted and pointed at.
public struct TableView {
    public var title: [Span]
    public var columns: [TableColumn]
    public var rowCount: Int
    public var cursor: ListCursor
    public var focused: Bool
    public var emptyText: String
    /// Text of a cell: (row, column) → text.
    public var cell: (Int, Int) -> String
    /// Role of a row when not selected.
    public var rowRole: (Int) -> Role
    /// A cell's own role, over its row's (a conflict mark).
    public var cellRole: (Int, Int) -> Role? = { _, _ in nil }
    /// A line drawn before row `row` (`rowCount`: after the last), such as
    /// the agenda's « aujourd'hui » between past and coming meetings. It
    /// takes a line of the view; the selected row always stays in sight.
    public var marker: (row: Int, text: String)? = nil

    /// Column widths for `available` cells, nil for columns left out.
    public static func widths(_ columns: [TableColumn], available: Int) -> [Int?] {
        var shown = Array(repeating: true, count: columns.count)
        func needed() -> Int {
            let included = columns.indices.filter { shown[$0] }
            return included.reduce(0) { $0 + columns[$1].minWidth } + max(0, included.count - 1)
        }
        let byPriority = columns.indices.sorted { columns[$0].priority > columns[$1].priority }
        for index in byPriority where needed() > available && shown.filter({ $0 }).count > 1 {
            shown[index] = false
        }
        var widths: [Int?] = columns.indices.map { shown[$0] ? columns[$0].minWidth : nil }
        var spare = max(0, available - needed())
        let flex = columns.indices.filter { index in
            if shown[index], case .flex = columns[index].width { return true }
            return false
        }
        let totalWeight = flex.reduce(0) { total, index in
            if case .flex(_, let weight) = columns[index].width { return total + weight }
            return total
        }
        if totalWeight > 0 {
            var given = 0
            for (n, index) in flex.enumerated() {
                guard case .flex(_, let weight) = columns[index].width else { continue }
                let share = n == flex.count - 1 ? spare - given : spare * weight / totalWeight
                widths[index]! += share
                given += share
            }
            spare = 0
        }
        if spare > 0, let last = widths.lastIndex(where: { $0 != nil }) { widths[last]! += spare }
        if let first = widths.firstIndex(where: { $0 != nil }), widths[first]! > available {
            widths[first] = available
        }
        return widths
    }

    public func draw(into canvas: inout Canvas, _ rect: Rect) {
        guard rect.height >= 1, rect.width >= 4 else { return }
        var x = rect.x + 1
        for span in title {
            x += canvas.write(span.text, x: x, y: rect.y, maxWidth: rect.maxX - x - 1, role: span.role)
        }
        guard rect.height >= 3 else { return }
        let inner = rect.width - 3  // pointer column and a space on the left, scroll marks on the right
        let widths = Self.widths(columns, available: inner)
        var positions: [Int?] = []
        var column = rect.x + 2
        for width in widths {
            if let width {
                positions.append(column)
                column += width + 1
            } else {
                positions.append(nil)
            }
        }
        canvas.fill(Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: 1), role: .header)
        for (index, spec) in columns.enumerated() {
            guard let x = positions[index], let width = widths[index] else { continue }
            drawCell(spec.title, spec, x: x, y: rect.y + 1, width: width, role: .header, canvas: &canvas)
        }
        let rows = rect.height - 2
        if rowCount == 0 {
            canvas.write(emptyText, x: rect.x + 2, y: rect.y + 2, maxWidth: rect.width - 3, role: .muted)
            return
        }
        // The selected line shows a pointer and is reversed across the whole
        // row: a cell's own colour (a conflict in red) never looks selected,
        // and the selection is seen at a glance on any terminal.
        // The offset as this page size needs it: one kept from a smaller
        // page (the list under a detail, a smaller terminal) would hide the
        // first rows of a list that now fits.
        var shown = cursor
        shown.clamp(count: rowCount, pageSize: rows)
        var offset = shown.offset
        let markerInView = marker.map { $0.row >= offset && $0.row < offset + rows } ?? false
        if markerInView, let marker, cursor.index >= offset + rows - 1, marker.row <= cursor.index {
            offset += 1
        }
        var row = offset
        var drewMarker = false
        for line in 0..<rows {
            let y = rect.y + 2 + line
            if let marker, !drewMarker, marker.row == row {
                drewMarker = true
                let label = " " + marker.text + " "
                canvas.horizontalLine(x: rect.x + 1, y: y, width: max(0, rect.width - 2), role: .today)
                canvas.write(label, x: rect.x + 3, y: y, maxWidth: max(0, rect.width - 5), role: .today)
                continue
            }
            guard row < rowCount else { break }
            defer { row += 1 }
            let selected = row == cursor.index
            let role = rowRole(row)
            let selectionRole: Role = focused ? .selection : .selectionDim
            if selected {
                canvas.write(canvas.glyphs.pointer, x: rect.x, y: y, maxWidth: 1, role: .accent)
                canvas.fill(
                    Rect(x: rect.x + 1, y: y, width: max(0, rect.width - 2), height: 1), role: selectionRole)
            }
            for (index, spec) in columns.enumerated() {
                guard let x = positions[index], let width = widths[index] else { continue }
                drawCell(
                    cell(row, index), spec, x: x, y: y, width: width,
                    role: selected ? selectionRole : cellRole(row, index) ?? role, canvas: &canvas)
            }
        }
        if rowCount > rows {
            let up = cursor.offset > 0
            let down = cursor.offset + rows < rowCount
            if up {
                canvas.write(
                    canvas.glyphs.arrowUp, x: rect.maxX - 1, y: rect.y + 2, maxWidth: 1, role: .muted)
            }
            if down {
                canvas.write(
                    canvas.glyphs.arrowDown, x: rect.maxX - 1, y: rect.maxY - 1, maxWidth: 1, role: .muted)
            }
        }
    }

    private func drawCell(
        _ text: String, _ spec: TableColumn, x: Int, y: Int, width: Int, role: Role, canvas: inout Canvas
    ) {
        if spec.alignRight {
            canvas.writeRight(text, right: x + width, y: y, maxWidth: width, role: role)
        } else {
            canvas.write(text, x: x, y: y, maxWidth: width, role: role)
        }
    }
}
