import EssorCore
import EssorStore

/// The workshop screen: the agenda with its time boxes, a large countdown,
/// and the contributions, check-in or actions to review; the capture line
/// at the bottom. Followed on a projector, the same without the clutter.
enum WorkshopView {
    static func draw(_ state: AppState, _ open: WorkshopState, into canvas: inout Canvas) {
        let layout = WorkshopLayout(state.size)
        canvas.fill(ScreenLayout(state.size).body, role: .normal)
        guard let data = open.data else { return }
        if open.follow {
            drawFollow(state, open, data, into: &canvas)
            return
        }
        canvas.write(title(state, data), x: 1, y: layout.top.y, maxWidth: state.size.width - 2, role: .header)
        let below = { (r: Rect) in Rect(x: r.x, y: r.y + 1, width: r.width, height: r.height - 1) }
        drawAgenda(state, open, data, below(layout.agenda), into: &canvas)
        canvas.verticalLine(
            x: layout.agenda.maxX, y: layout.top.y + 1, height: layout.top.height - 1, role: .border)
        drawClock(state, open, data, below(layout.clock), large: false, into: &canvas)
        canvas.horizontalLine(x: 0, y: layout.top.maxY, width: state.size.width, role: .border)
        drawPane(state, open, data, layout.list, into: &canvas)
        drawCapture(state, open, layout.capture, into: &canvas)
    }

    static func title(_ state: AppState, _ data: WorkshopData) -> String {
        let f = state.format
        return state.text(.workshopTitle(data.detail.meeting.title)) + " · "
            + f.meetingWhen(data.detail.meeting)
    }

    static func drawAgenda(
        _ state: AppState, _ open: WorkshopState, _ data: WorkshopData, _ rect: Rect,
        into canvas: inout Canvas
    ) {
        let f = state.format
        let agenda = data.detail.agenda
        if agenda.isEmpty {
            canvas.write(
                state.text(.noAgenda), x: rect.x + 1, y: rect.y + 1, maxWidth: rect.width - 2, role: .muted)
            return
        }
        let timer = open.timer
        let rows = rect.height - 1
        let offset = max(0, timer.current - rows + 1)
        for line in 0..<rows {
            let index = offset + line
            guard index < agenda.count else { break }
            let y = rect.y + 1 + line
            let item = agenda[index]
            let spent = timer.spent(index, now: state.now)
            let current = index == timer.current
            let planned = timer.allowed(index)
            var role: Role = index < timer.current ? .muted : .normal
            if current { role = .selection }
            if current {
                canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: .selection)
                canvas.write(canvas.glyphs.pointer, x: rect.x, y: y, maxWidth: 1, role: .selection)
            }
            let right = "\(minutes(spent)) / \(f.duration(minutes: Int(planned / 60)))"
            let overrun = spent > planned && planned > 0
            let rightWidth = TextWidth.of(right)
            canvas.write(
                "\(index + 1). \(item.title)", x: rect.x + 2, y: y,
                maxWidth: max(1, rect.width - rightWidth - 4),
                role: role)
            canvas.writeRight(
                right, right: rect.maxX - 1, y: y, maxWidth: rightWidth,
                role: overrun ? .warning : current ? .selection : .muted)
        }
    }

    /// `12 min` spent, rounded down, `0` before it started.
    static func minutes(_ seconds: Int64) -> String { "\(seconds / 60) min" }

    static func drawClock(
        _ state: AppState, _ open: WorkshopState, _ data: WorkshopData, _ rect: Rect, large: Bool,
        into canvas: inout Canvas
    ) {
        let timer = open.timer
        guard timer.hasItems else { return }
        let remaining = timer.remaining(now: state.now)
        let overrun = remaining < 0
        let text = BigDigits.clock(remaining, overrun: overrun)
        let available = rect.width - 2
        var scale = 1
        while scale < 4 && BigDigits.width(text, scale: scale + 1) <= available && (large || scale < 2) {
            scale += 1
        }
        let role: Role = overrun ? .warning : timer.isRunning ? .timer : .muted
        let block = canvas.glyphs == .unicode ? "█" : "#"
        let width = BigDigits.width(text, scale: scale)
        let x = rect.x + max(1, (rect.width - width) / 2)
        let big = BigDigits.width(text, scale: 1) <= available && rect.height >= BigDigits.height + 2
        if big {
            for (i, line) in BigDigits.lines(text, scale: scale, block: block).enumerated() {
                canvas.write(line, x: x, y: rect.y + 1 + i, maxWidth: rect.maxX - x, role: role)
            }
        } else {
            canvas.write(text, x: rect.x + 1, y: rect.y + 1, maxWidth: available, role: role)
        }
        let agenda = data.detail.agenda
        var y = rect.y + (big ? BigDigits.height + 2 : 2)
        if agenda.indices.contains(timer.current), y < rect.maxY {
            canvas.write(
                state.text(
                    .currentItem(
                        index: timer.current + 1, count: agenda.count, title: agenda[timer.current].title)),
                x: rect.x + 1, y: y, maxWidth: rect.width - 2, role: .header)
            y += 1
        }
        if y < rect.maxY {
            let spent = state.format.duration(minutes: Int(timer.sessionSpent(now: state.now) / 60))
            let planned = state.format.duration(minutes: Int(timer.sessionPlanned / 60))
            let over = timer.sessionSpent(now: state.now) > timer.sessionPlanned
            canvas.write(
                state.text(.sessionTime(spent: spent, planned: planned)), x: rect.x + 1, y: y,
                maxWidth: rect.width - 2,
                role: over ? .warning : .muted)
            y += 1
        }
        if !timer.isRunning && y < rect.maxY && !open.follow {
            canvas.write(state.text(.paused), x: rect.x + 1, y: y, maxWidth: rect.width - 2, role: .muted)
        }
    }

    static func drawPane(
        _ state: AppState, _ open: WorkshopState, _ data: WorkshopData, _ rect: Rect,
        into canvas: inout Canvas
    ) {
        guard rect.height >= 2 else { return }
        let present = data.sheet.rows.filter { $0.status == .present }.count
        let tabs: [(WorkshopPane, String)] = [
            (.contributions, state.text(.contributionsTab(data.workshop.items.count))),
            (
                .checkIn,
                state.text(.checkInTab(present: present, total: data.sheet.rows.filter(\.isInvited).count))
            ),
            (.actions, state.text(.actionsTab(data.pending.count))),
        ]
        var x = rect.x + 1
        for (pane, label) in tabs {
            x += canvas.write(
                " \(label) ", x: x, y: rect.y, maxWidth: rect.maxX - x,
                role: pane == open.pane ? .tabActive : .tab)
            x += 1
        }
        if open.pane == .contributions {
            canvas.write(
                state.text(.workshopOrder(open.order)), x: x + 1, y: rect.y, maxWidth: rect.maxX - x - 2,
                role: .muted)
        }
        let list = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        switch open.pane {
        case .contributions: drawContributions(state, open, list, into: &canvas)
        case .checkIn: drawCheckIn(state, open, data, list, into: &canvas)
        case .actions: drawPending(state, open, data, list, into: &canvas)
        }
    }

    static func mark(_ kind: WorkshopItemKind, _ glyphs: Glyphs) -> String {
        let unicode = glyphs == .unicode
        switch kind {
        case .idea: return unicode ? "•" : "*"
        case .question: return "?"
        case .decision: return unicode ? "✓" : "="
        case .action: return unicode ? "→" : ">"
        }
    }

    static func role(_ kind: WorkshopItemKind) -> Role {
        switch kind {
        case .idea: .normal
        case .question: .accent
        case .decision: .success
        case .action: .key
        }
    }

    static func describe(_ item: WorkshopItem, _ state: AppState, glyphs: Glyphs) -> (String, String) {
        var text = "\(mark(item.kind, glyphs)) \(item.text)"
        if !item.owner.isEmpty { text += " @\(item.owner)" }
        if let due = item.due { text += " · \(state.format.date(due))" }
        var extra = item.tags.map { "#" + $0 }.joined(separator: " ")
        if item.kind == .idea && item.votes > 0 {
            extra = state.text(.votesCount(item.votes)) + (extra.isEmpty ? "" : " " + extra)
        }
        return (text, extra)
    }

    static func drawContributions(
        _ state: AppState, _ open: WorkshopState, _ rect: Rect, into canvas: inout Canvas
    ) {
        let items = open.items
        if items.isEmpty {
            canvas.write(
                state.text(.noContributions), x: rect.x + 2, y: rect.y, maxWidth: rect.width - 3, role: .muted
            )
            return
        }
        var cursor = open.cursors[.contributions] ?? ListCursor()
        cursor.clamp(count: items.count, pageSize: rect.height)
        for line in 0..<rect.height {
            let index = cursor.offset + line
            guard index < items.count else { break }
            let y = rect.y + line
            let item = items[index]
            let selected = index == cursor.index && open.pane == .contributions
            if selected { canvas.write(canvas.glyphs.pointer, x: rect.x, y: y, maxWidth: 1, role: .accent) }
            let (text, extra) = describe(item, state, glyphs: canvas.glyphs)
            let extraWidth = min(TextWidth.of(extra), rect.width / 3)
            canvas.write(
                text, x: rect.x + 2, y: y, maxWidth: rect.width - extraWidth - 4,
                role: selected ? .selection : role(item.kind))
            if !extra.isEmpty {
                canvas.writeRight(extra, right: rect.maxX - 1, y: y, maxWidth: extraWidth, role: .accent)
            }
        }
    }

    static func drawCheckIn(
        _ state: AppState, _ open: WorkshopState, _ data: WorkshopData, _ rect: Rect,
        into canvas: inout Canvas
    ) {
        var cursor = open.cursors[.checkIn] ?? ListCursor()
        cursor.clamp(count: data.sheet.rows.count, pageSize: rect.height)
        let f = state.format
        for line in 0..<rect.height {
            let index = cursor.offset + line
            guard index < data.sheet.rows.count else { break }
            let row = data.sheet.rows[index]
            let y = rect.y + line
            let selected = index == cursor.index
            if selected { canvas.write(canvas.glyphs.pointer, x: rect.x, y: y, maxWidth: 1, role: .accent) }
            let person = row.person.isEmpty ? state.text(.personUnnamed) : row.person
            let nameWidth = min(40, rect.width / 2)
            canvas.write(
                person, x: rect.x + 2, y: y, maxWidth: nameWidth - 1, role: selected ? .selection : .normal)
            let statusRole: Role =
                row.status == .present ? .present : row.status == .absent ? .absent : .muted
            var status = state.text(.attendanceStatus(row.status))
            if let arrived = row.arrivedAt { status += " " + f.time(state.clock.local(arrived)) }
            canvas.write(status, x: rect.x + 2 + nameWidth, y: y, maxWidth: 16, role: statusRole)
            canvas.write(
                row.structureName, x: rect.x + 2 + nameWidth + 17, y: y,
                maxWidth: max(1, rect.maxX - rect.x - nameWidth - 20),
                role: .muted)
        }
    }

    static func drawPending(
        _ state: AppState, _ open: WorkshopState, _ data: WorkshopData, _ rect: Rect,
        into canvas: inout Canvas
    ) {
        if data.pending.isEmpty {
            canvas.write(
                state.text(.noPendingActions), x: rect.x + 2, y: rect.y, maxWidth: rect.width - 3,
                role: .muted)
            return
        }
        var cursor = open.cursors[.actions] ?? ListCursor()
        cursor.clamp(count: data.pending.count, pageSize: rect.height)
        for line in 0..<rect.height {
            let index = cursor.offset + line
            guard index < data.pending.count else { break }
            let pending = data.pending[index]
            let y = rect.y + line
            let selected = index == cursor.index
            if selected { canvas.write(canvas.glyphs.pointer, x: rect.x, y: y, maxWidth: 1, role: .accent) }
            let (text, _) = describe(pending.item, state, glyphs: canvas.glyphs)
            let from = state.text(
                .pendingFrom(state.format.date(state.clock.local(pending.meetingStart).date)))
            let width = TextWidth.of(from)
            canvas.write(
                text, x: rect.x + 2, y: y, maxWidth: rect.width - width - 5,
                role: selected ? .selection : .normal)
            canvas.writeRight(from, right: rect.maxX - 1, y: y, maxWidth: width, role: .muted)
        }
    }

    static func drawCapture(_ state: AppState, _ open: WorkshopState, _ rect: Rect, into canvas: inout Canvas)
    {
        guard let input = open.input else {
            canvas.write(
                state.text(.command(.capture)), x: rect.x + 1, y: rect.y, maxWidth: rect.width - 2,
                role: .muted)
            return
        }
        let prompt: String
        switch input.kind {
        case .item: prompt = state.text(.capturePrompt)
        case .votes: prompt = state.text(.votesPrompt)
        case .person(let group):
            prompt = state.text(.personPrompt(state.groupName(group, in: open.data?.sheet)))
        case .arrival: prompt = state.text(.arrivalPrompt)
        }
        var x = rect.x + 1
        x += canvas.write(prompt, x: x, y: rect.y, maxWidth: rect.width - 2, role: .key)
        FormView.drawEditor(
            input.editor, placeholder: "", focused: true, x: x, y: rect.y, width: rect.maxX - x - 1,
            into: &canvas)
    }

    /// The projector: title, a large clock, the current item, and the
    /// latest contributions in the facilitator's order.
    static func drawFollow(
        _ state: AppState, _ open: WorkshopState, _ data: WorkshopData, into canvas: inout Canvas
    ) {
        let body = ScreenLayout(state.size).body
        canvas.write(title(state, data), x: body.x + 1, y: body.y, maxWidth: body.width - 2, role: .header)
        canvas.write(
            state.text(.following), x: body.x + 1, y: body.y + 1, maxWidth: body.width - 2, role: .muted)
        let clockHeight = min(body.height - 4, BigDigits.height + 4)
        let clock = Rect(x: body.x, y: body.y + 2, width: body.width, height: clockHeight)
        drawClock(state, open, data, clock, large: true, into: &canvas)
        let top = clock.maxY
        guard top < body.maxY else { return }
        canvas.horizontalLine(x: 0, y: top, width: state.size.width, role: .border)
        let items = open.items
        let rows = body.maxY - top - 1
        // The newest at the bottom when in the order of capture, so the
        // room sees what was just said.
        let shown = open.order == .time ? Array(items.suffix(rows)) : Array(items.prefix(rows))
        for (line, item) in shown.enumerated() {
            let (text, extra) = describe(item, state, glyphs: canvas.glyphs)
            let y = top + 1 + line
            let extraWidth = min(TextWidth.of(extra), body.width / 3)
            canvas.write(
                text, x: body.x + 2, y: y, maxWidth: body.width - extraWidth - 4, role: role(item.kind))
            if !extra.isEmpty {
                canvas.writeRight(extra, right: body.maxX - 1, y: y, maxWidth: extraWidth, role: .accent)
            }
        }
    }
}
