import EssorCore
import EssorStore

/// The attendance sheet being marked, in a box over the panel: one line
/// per person, with their structure, whether they came and when.
enum AttendanceView {
    static func draw(_ state: AppState, _ editor: AttendanceEditor, into canvas: inout Canvas) {
        let rect = state.layout.overlay
        guard rect.width >= 24, rect.height >= 6 else { return }
        let f = state.format
        let sheet = editor.sheet
        canvas.fill(rect, role: .overlay)
        canvas.box(rect, role: .borderFocused, title: state.text(.attendanceTitle(sheet.meeting.title)))
        let start = state.clock.local(sheet.meeting.start)
        let present = sheet.rows.filter { $0.status == .present }.count
        let summary =
            "\(f.dayWithWeekday(start.date)) \(f.time(start)) · \(sheet.cohortName) · "
            + state.text(.attendanceStatus(.present)) + " \(present)/\(sheet.rows.filter(\.isInvited).count)"
        canvas.write(summary, x: rect.x + 2, y: rect.y + 1, maxWidth: rect.width - 4, role: .muted)
        let inner = rect.width - 4
        let columns = [
            TableColumn("", .flex(min: 10, weight: 3), priority: 2),
            TableColumn("", .flex(min: 10, weight: 3), priority: 1),
            TableColumn("", .fixed(8), priority: 1),
            TableColumn("", .fixed(7), priority: 3),
        ]
        let titles = state.text(.attendanceColumns).split(separator: "|").map(String.init)
        let widths = TableView.widths(columns, available: inner)
        var positions: [Int?] = []
        var x = rect.x + 2
        for width in widths {
            positions.append(width.map { _ in x })
            x += (width ?? -1) + 1
        }
        let headerY = rect.y + 2
        for (i, title) in titles.enumerated() where i < columns.count {
            guard let px = positions[i], let w = widths[i] else { continue }
            canvas.write(title, x: px, y: headerY, maxWidth: w, role: .header)
        }
        let rows = state.attendancePageSize
        var cursor = editor.cursor
        cursor.clamp(count: sheet.rows.count, pageSize: rows)
        for line in 0..<rows {
            let index = cursor.offset + line
            guard index < sheet.rows.count else { break }
            let row = sheet.rows[index]
            let y = headerY + 1 + line
            guard y < rect.maxY else { break }
            let selected = index == cursor.index
            if selected {
                canvas.write(canvas.glyphs.pointer, x: rect.x + 1, y: y, maxWidth: 1, role: .accent)
            }
            let statusRole: Role
            switch row.status {
            case .present?: statusRole = .present
            case .absent?: statusRole = .absent
            case .excused?: statusRole = .muted
            case nil: statusRole = .overlay
            }
            let arrival = row.arrivedAt.map { f.time(state.clock.local($0)) } ?? ""
            let person = row.person.isEmpty ? state.text(.personUnnamed) : row.person
            let cells: [(String, Role)] = [
                (row.structureName, .overlay), (person, row.person.isEmpty ? .muted : .overlay),
                (state.text(.attendanceStatus(row.status)), statusRole), (arrival, .overlay),
            ]
            for (i, (text, role)) in cells.enumerated() {
                guard let px = positions[i], let w = widths[i] else { continue }
                let shown: Role = selected && i == 1 ? .selection : role
                canvas.write(text, x: px, y: y, maxWidth: w, role: shown)
            }
        }
        if sheet.rows.count > rows && cursor.offset + rows < sheet.rows.count {
            canvas.write(
                canvas.glyphs.arrowDown, x: rect.maxX - 2, y: rect.maxY - 2, maxWidth: 1, role: .muted)
        }
    }
}
