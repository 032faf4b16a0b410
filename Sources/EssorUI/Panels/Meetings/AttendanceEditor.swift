import EssorCore
import EssorStore

/// The attendance sheet of a meeting being marked: who came, who sent
/// apologies, when they arrived.
public struct AttendanceEditor: Equatable, Sendable {
    public var sheet: AttendanceSheet
    public var cursor = ListCursor()
    public var dirty = false

    public init(sheet: AttendanceSheet) { self.sheet = sheet }

    public var selected: AttendanceSheet.Row? {
        sheet.rows.indices.contains(cursor.index) ? sheet.rows[cursor.index] : nil
    }
}

extension AppState {
    /// `p` on a meeting: its attendance sheet.
    mutating func openAttendance() -> [Effect] {
        guard let id = selectedID(.meetings) else { return [] }
        return [.meetings(.loadAttendance(id))]
    }

    /// What a key of the attendance editor does.
    mutating func attendanceCommand(_ command: Command) -> [Effect] {
        guard var editor = attendance else { return [] }
        let page = attendancePageSize
        let count = editor.sheet.rows.count
        switch command {
        case .moveUp: editor.cursor.move(by: -1, count: count, pageSize: page)
        case .moveDown: editor.cursor.move(by: 1, count: count, pageSize: page)
        case .pageUp: editor.cursor.move(by: -page, count: count, pageSize: page)
        case .pageDown: editor.cursor.move(by: page, count: count, pageSize: page)
        case .markPresent, .markAbsent, .markExcused:
            guard editor.selected != nil else { return [] }
            let status: AttendanceStatus =
                command == .markPresent ? .present : command == .markAbsent ? .absent : .excused
            let index = editor.cursor.index
            let row = editor.sheet.rows[index]
            if row.person.trimmingSpaces.isEmpty {
                // A structure without a named person: ask for the name first.
                attendance = editor
                input = InputLine(kind: .person)
                return []
            }
            editor.sheet.rows[index].status = row.status == status ? nil : status
            if status != .present { editor.sheet.rows[index].arrivedAt = nil }
            editor.dirty = true
            if index + 1 < count { editor.cursor.move(by: 1, count: count, pageSize: page) }
        case .setArrival:
            guard editor.selected != nil else { return [] }
            attendance = editor
            input = InputLine(kind: .arrival)
            return []
        case .addPerson:
            guard editor.selected != nil else { return [] }
            attendance = editor
            input = InputLine(kind: .person)
            return []
        case .save:
            attendance = nil
            return [
                .meetings(
                    .saveAttendance(
                        editor.sheet.meeting.id, version: editor.sheet.version, editor.sheet.entries))
            ]
        case .cancel:
            if editor.dirty {
                attendance = editor
                dialog = Dialog(
                    title: text(.discardChanges), lines: [text(.discardHint)], action: .discardAttendance)
            } else {
                attendance = nil
            }
            return []
        default:
            return []
        }
        attendance = editor
        return []
    }

    /// Rows of the sheet on screen.
    var attendancePageSize: Int { max(1, layout.overlay.height - 5) }

    /// A name typed for the selected row's structure: it fills a row
    /// without a name, else it adds a row, marked present.
    mutating func addAttendancePerson(_ name: String) -> [Effect] {
        guard var editor = attendance, let row = editor.selected else { return [] }
        let person = name.trimmingSpaces
        guard !person.isEmpty else { return [] }
        let index = editor.cursor.index
        if row.person.trimmingSpaces.isEmpty {
            editor.sheet.rows[index].person = person
            editor.sheet.rows[index].status = .present
        } else {
            var added = AttendanceSheet.Row(
                structureID: row.structureID, structureName: row.structureName, person: person,
                status: .present)
            added.arrivedAt = nil
            editor.sheet.rows.insert(added, at: index + 1)
            editor.cursor.move(by: 1, count: editor.sheet.rows.count, pageSize: attendancePageSize)
        }
        editor.dirty = true
        attendance = editor
        return []
    }

    /// `14h05` typed for the selected person: present, arrived then.
    mutating func setArrival(_ text: String) -> [Effect] {
        guard var editor = attendance, editor.selected != nil else { return [] }
        guard let (hour, minute) = ClockParsing.time(text) else {
            show(.form(.issue(.time)), isError: true)
            return []
        }
        let index = editor.cursor.index
        guard !editor.sheet.rows[index].person.trimmingSpaces.isEmpty else { return [] }
        let day = clock.local(editor.sheet.meeting.start).date
        editor.sheet.rows[index].arrivedAt = clock.instant(day, hour: hour, minute: minute)
        editor.sheet.rows[index].status = .present
        editor.dirty = true
        attendance = editor
        return []
    }
}
