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
                input = InputLine(kind: .person(row.group))
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
            guard let row = editor.selected else { return [] }
            attendance = editor
            input = InputLine(kind: .person(row.group))
            return []
        case .removePerson:
            guard let row = editor.selected, !row.person.trimmingSpaces.isEmpty else { return [] }
            if row.isContact {
                show(.contactStaysOnSheet(row.person))
                attendance = editor
                return []
            }
            editor.sheet.rows.remove(at: editor.cursor.index)
            editor.cursor.move(by: 0, count: editor.sheet.rows.count, pageSize: page)
            editor.dirty = true
            show(.personRemoved(row.person))
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

    /// A name typed for the group the line shows (the selected row's,
    /// unless Tab changed it): it fills the selected row when that one has
    /// no name yet, else it adds a row to its group, marked present. For
    /// another organisation the line reads `Name, Organisation`.
    mutating func addAttendancePerson(_ text: String, group chosen: AttendanceGroup) -> [Effect] {
        guard var editor = attendance, let row = editor.selected else { return [] }
        guard let (group, person) = WalkIn.read(text, group: chosen) else {
            // (The line is closed so that the message shows on the status line.)
            if !text.trimmingSpaces.isEmpty { show(.walkInNeedsOrganisation, isError: true) }
            return []
        }
        let index = editor.cursor.index
        if let same = editor.sheet.rows.firstIndex(where: {
            $0.group == group && SearchFolding.fold($0.person) == SearchFolding.fold(person)
        }) {
            // Already on the sheet: marked present there, not added twice.
            editor.sheet.rows[same].status = .present
            editor.cursor.index = same
            editor.cursor.move(by: 0, count: editor.sheet.rows.count, pageSize: attendancePageSize)
            show(.personAlreadyListed(editor.sheet.rows[same].person))
        } else if row.person.trimmingSpaces.isEmpty && row.group == group {
            editor.sheet.rows[index].person = person
            editor.sheet.rows[index].status = .present
        } else {
            let name = editor.sheet.groups.first { $0.group == group }?.name ?? group.organisation
            let added = AttendanceSheet.Row(
                group: group, structureName: name, person: person, status: .present)
            // After the last row of its group; another organisation's at the end.
            let at =
                (editor.sheet.rows.lastIndex { $0.group == group }).map { $0 + 1 } ?? editor.sheet.rows.count
            editor.sheet.rows.insert(added, at: at)
            editor.cursor.index = at
            editor.cursor.move(by: 0, count: editor.sheet.rows.count, pageSize: attendancePageSize)
        }
        editor.dirty = true
        attendance = editor
        return []
    }

    /// The name of a structure or partner of the sheet; nil for another
    /// organisation (the line then asks for it).
    func groupName(_ group: AttendanceGroup, in sheet: AttendanceSheet?) -> String? {
        if case .other = group { return nil }
        return sheet?.groups.first { $0.group == group }?.name ?? ""
    }

    /// Tab on the person line: the next organisation to attach to.
    mutating func cycleAttendanceGroup() -> [Effect] {
        guard var line = input, case .person(let group) = line.kind else { return [] }
        let groups: [AttendanceGroup] =
            if let sheet = attendance?.sheet ?? workshop?.data?.sheet { sheet.groups.map(\.group) } else {
                []
            }
        line.kind = .person(WalkIn.next(after: group, in: groups))
        input = line
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
