import EssorCore
import EssorStore

/// The workshop screen: the clock, the capture line, votes, check-in,
/// earlier actions. Every completed change goes to the store at once.
extension AppState {
    /// `w` on a meeting, or `essor atelier`.
    mutating func openWorkshop(_ id: MeetingID, follow: Bool = false) -> [Effect] {
        workshop = WorkshopState(meetingID: id, follow: follow)
        return [.workshop(.loadWorkshop(id))]
    }

    mutating func workshopLoaded(_ id: MeetingID, _ data: WorkshopData) -> [Effect] {
        guard var open = workshop, open.meetingID == id else { return [] }
        let first = open.data == nil
        let planned = data.detail.agenda.map(\.minutes)
        if var timer = data.workshop.timer {
            timer.resize(planned: planned)
            open.timer = timer
        } else if first || open.follow {
            open.timer = WorkshopTimer(planned: planned)
        } else {
            open.timer.resize(planned: planned)
        }
        if open.follow || first { open.order = data.workshop.order }
        open.data = data
        // Earlier actions still to do are the first thing to review.
        if first && !open.follow && !data.pending.isEmpty { open.pane = .actions }
        for pane in WorkshopPane.allCases {
            var cursor = open.cursors[pane] ?? ListCursor()
            let count: Int
            switch pane {
            case .contributions: count = data.workshop.items.count
            case .checkIn: count = data.sheet.rows.count
            case .actions: count = data.pending.count
            }
            cursor.clamp(count: count, pageSize: workshopPageSize)
            open.cursors[pane] = cursor
        }
        workshop = open
        return []
    }

    /// Rows of the lower pane on screen.
    var workshopPageSize: Int { max(1, WorkshopLayout(size).list.height - 1) }

    mutating func workshopKey(_ key: Key) -> [Effect] {
        guard let open = workshop else { return [] }
        if open.input != nil { return captureKey(key) }
        return press(key)
    }

    /// What a key of the workshop screen does.
    mutating func workshopCommand(_ command: Command) -> [Effect] {
        guard var open = workshop, !open.follow else { return [] }
        let id = open.meetingID
        let page = workshopPageSize
        switch command {
        case .back:
            workshop = nil
            return ensureCurrent()
        case .startPause:
            open.timer.toggle(now: now)
        case .nextItem:
            open.timer.next(now: now)
        case .previousItem:
            open.timer.previous(now: now)
        case .addMinute:
            open.timer.addMinute()
        case .cycleSort:
            open.order = open.order.next
            open.cursor = ListCursor()
            show(.workshopOrder(open.order))
        case .nextPane:
            open.pane = open.pane.next
            workshop = open
            return []
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            let delta: Int =
                switch command {
                case .moveUp: -1
                case .moveDown: 1
                case .pageUp: -page
                case .pageDown: page
                case .top: -open.rowCount
                default: open.rowCount
                }
            open.cursor.move(by: delta, count: open.rowCount, pageSize: page)
            workshop = open
            return []
        case .capture:
            open.input = WorkshopInput(kind: .item(editing: nil))
            workshop = open
            return []
        case .edit:
            guard let item = open.selectedItem else { return [] }
            open.input = WorkshopInput(kind: .item(editing: item.id), text: Self.captureText(item, format))
            workshop = open
            return []
        case .voteUp, .voteDown:
            guard let item = open.selectedItem else { return [] }
            return [.workshop(.voteWorkshopItem(item.id, delta: command == .voteUp ? 1 : -1, count: nil))]
        case .voteCount:
            guard let item = open.selectedItem else { return [] }
            open.input = WorkshopInput(kind: .votes(item.id), text: item.votes > 0 ? String(item.votes) : "")
            workshop = open
            return []
        case .delete:
            guard let item = open.selectedItem else { return [] }
            dialog = Dialog(
                title: text(.deleteContribution(item.text)), lines: [text(.form(.undoHint))],
                action: .deleteWorkshopItem(item.id))
            return []
        case .markPresent, .markAbsent, .markExcused:
            guard let sheet = open.data?.sheet, sheet.rows.indices.contains(open.cursor.index) else {
                return []
            }
            let row = sheet.rows[open.cursor.index]
            guard !row.person.trimmingSpaces.isEmpty else { return [] }
            let status: AttendanceStatus =
                command == .markPresent ? .present : command == .markAbsent ? .absent : .excused
            open.cursor.move(by: 1, count: open.rowCount, pageSize: page)
            workshop = open
            let marked = row.status == status ? nil : status
            return [
                .workshop(
                    .checkIn(
                        id, row.group, person: row.person, marked,
                        arrival: marked == .present ? arrivalNow(open) : nil))
            ]
        case .addPerson:
            guard let sheet = open.data?.sheet, sheet.rows.indices.contains(open.cursor.index) else {
                return []
            }
            open.input = WorkshopInput(kind: .person(sheet.rows[open.cursor.index].group))
            workshop = open
            return []
        case .setArrival:
            guard let sheet = open.data?.sheet, sheet.rows.indices.contains(open.cursor.index) else {
                return []
            }
            let row = sheet.rows[open.cursor.index]
            guard !row.person.trimmingSpaces.isEmpty else { return [] }
            let shown = row.arrivedAt.map { format.time(clock.local($0)) } ?? ""
            open.input = WorkshopInput(kind: .arrival(row.group, person: row.person), text: shown)
            workshop = open
            return []
        case .toggleDone:
            guard let pending = open.data?.pending, pending.indices.contains(open.cursor.index) else {
                return []
            }
            return [.workshop(.setActionStatus(pending[open.cursor.index].item.id, .done))]
        case .exportMinutes:
            return [.workshop(.exportMinutes(id))]
        default:
            return []
        }
        workshop = open
        return [.workshop(.saveWorkshopState(id, open.timer, open.order))]
    }

    /// Tab on the check-in's person line: the next organisation to attach to.
    mutating func cycleCheckInGroup() -> [Effect] {
        guard var open = workshop, var input = open.input, case .person(let group) = input.kind else {
            return []
        }
        let groups = open.data?.sheet.groups.map(\.group) ?? []
        input.kind = .person(WalkIn.next(after: group, in: groups))
        open.input = input
        workshop = open
        return []
    }

    /// A key while the capture line is open: Enter commits the item (and
    /// keeps the line open for the next), Esc closes it.
    mutating func captureKey(_ key: Key) -> [Effect] {
        guard var open = workshop, var input = open.input else { return [] }
        switch key {
        case .paste(let text): input.editor.insert(Key.oneLine(text))
        case .char(let c): input.editor.insert(c)
        default: return press(key)
        }
        input.editor.keepVisible(width: max(1, size.width - 14))
        open.input = input
        workshop = open
        return []
    }

    /// What a key of the capture line does: commit, close, edit the text.
    mutating func captureCommand(_ command: Command) -> [Effect] {
        guard var open = workshop, var input = open.input else { return [] }
        switch command {
        case .inputCancel:
            open.input = nil
            workshop = open
            return []
        case .inputConfirm:
            let line = input.editor.text
            switch input.kind {
            case .votes(let item):
                // A count not understood: the prompt stays, with what was typed.
                if let issue = Validators.number(line, as: .votes) {
                    show(.form(.issue(issue)), isError: true)
                    return []
                }
                open.input = nil
                workshop = open
                let count = NumberReader.whole(line, as: .votes) ?? 0
                return [.workshop(.voteWorkshopItem(item, delta: nil, count: count))]
            case .person(let chosen):
                guard let (group, person) = WalkIn.read(line, group: chosen) else {
                    show(.walkInNeedsOrganisation, isError: true)
                    return []
                }
                open.input = nil
                workshop = open
                return [
                    .workshop(
                        .checkIn(open.meetingID, group, person: person, .present, arrival: arrivalNow(open)))
                ]
            case .arrival(let structure, let person):
                guard let (hour, minute) = ClockParsing.time(line), let data = open.data else {
                    show(.form(.issue(.time)), isError: true)
                    return []
                }
                open.input = nil
                workshop = open
                let day = clock.local(data.detail.meeting.start).date
                return [
                    .workshop(
                        .checkIn(
                            open.meetingID, structure, person: person, .present,
                            arrival: clock.instant(day, hour: hour, minute: minute)))
                ]
            case .item(let editing):
                // A day without its year is read from the meeting's day.
                let day = open.data.map { clock.local($0.detail.meeting.start).date } ?? today
                guard let parsed = CaptureLine.parse(line, today: day) else {
                    open.input = editing == nil ? WorkshopInput(kind: .item(editing: nil)) : nil
                    workshop = open
                    return []
                }
                // The line stays open for the next item; an edit closes it.
                open.input = editing == nil ? WorkshopInput(kind: .item(editing: nil)) : nil
                workshop = open
                if let editing, var item = open.data?.workshop.items.first(where: { $0.id == editing }) {
                    item.kind = parsed.kind
                    item.text = parsed.text
                    item.tags = parsed.tags
                    item.owner = parsed.owner
                    item.due = parsed.due
                    return [.workshop(.updateWorkshopItem(item))]
                }
                show(.captured(parsed.kind))
                return [.workshop(.addWorkshopItem(parsed.item(meeting: open.meetingID, at: now)))]
            }
        default:
            guard input.editor.apply(command) else { return [] }
            input.editor.keepVisible(width: max(1, size.width - 14))
            open.input = input
            workshop = open
            return []
        }
    }

    /// The arrival of someone checked in now: now on the meeting's day,
    /// else (a sheet filled in afterwards) the meeting's start.
    /// The arrival a check-in stamps now (`Meeting.arrivalStamp`); when
    /// none, the status line says why and how to type one.
    mutating func arrivalNow(_ open: WorkshopState) -> Int64? {
        guard let meeting = open.data?.detail.meeting else { return nil }
        let stamp = meeting.arrivalStamp(now: now)
        if stamp == nil {
            let start = clock.local(meeting.start)
            show(
                .meeting(
                    .presentWithoutTime(
                        date: format.date(start.date),
                        times: "\(format.time(start))–\(format.time(clock.local(meeting.end)))")))
        }
        return stamp
    }

    /// An item written back as a capture line, for editing.
    static func captureText(_ item: WorkshopItem, _ format: Format) -> String {
        let prefix: String
        switch item.kind {
        case .idea: prefix = ""
        case .question: prefix = "question: "
        case .decision: prefix = "décision: "
        case .action: prefix = "action: "
        }
        var text = prefix + item.text
        if !item.owner.isEmpty { text += " @" + item.owner }
        if let due = item.due { text += " " + due.dayMonthYear }
        for tag in item.tags { text += " #" + tag }
        return text
    }
}

/// Where the parts of the workshop screen go.
public struct WorkshopLayout: Equatable, Sendable {
    public let size: Size

    public init(_ size: Size) { self.size = size }

    var body: Rect { ScreenLayout(size).body }

    /// Agenda on the left, clock on the right, lists under them.
    public var top: Rect {
        Rect(
            x: body.x, y: body.y, width: body.width, height: min(max(7, body.height * 2 / 5), body.height - 4)
        )
    }

    public var agenda: Rect {
        let width = top.width >= 90 ? top.width * 45 / 100 : top.width / 2
        return Rect(x: top.x, y: top.y, width: width, height: top.height)
    }

    public var clock: Rect {
        Rect(x: agenda.maxX + 1, y: top.y, width: top.width - agenda.width - 1, height: top.height)
    }

    /// The tabs line and the list of the lower pane.
    public var list: Rect {
        Rect(x: body.x, y: top.maxY + 1, width: body.width, height: body.maxY - top.maxY - 2)
    }

    /// The capture line, just above the status line.
    public var capture: Rect { Rect(x: body.x, y: body.maxY - 1, width: body.width, height: 1) }
}
