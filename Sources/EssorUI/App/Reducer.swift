import EssorCore
import EssorStore

extension AppState {
    /// How long a status message stays, in seconds.
    static let messageSeconds: Int64 = 6

    /// Applies one action; returns what the runtime must do next.
    public mutating func reduce(_ action: Action) -> [Effect] {
        switch action {
        case .key(let key):
            // A message belongs to the screen it was given on: a key that
            // opens or closes a layer (a form, a line, the capture line…)
            // and says nothing new clears it.
            let before = (layers, message, workshop?.input != nil)
            let effects = handle(key)
            if message == before.1, layers != before.0 || (workshop?.input != nil) != before.2 {
                message = nil
            }
            return effects
        case .resize(let newSize):
            size = newSize
            refreshAll(keepSelection: true)
            return ensureCurrent()
        case .tick(let instant):
            now = instant
            if let message, message.expires <= instant { self.message = nil }
            return []
        case .storeChanged(let external):
            invalidateAll()
            invalidateCalendar()
            workload = nil
            indicatorReport = nil
            timeTeam = nil
            if let open = workshop { return [.workshop(.loadWorkshop(open.meetingID))] + ensureCurrent() }
            if external { show(.storeUpdated) }
            return weekReload + ensureCurrent()
        case .programmeRefused(let issues):
            if var open = form {
                for (field, issue) in issues { open.storeIssues[.programme(field)] = issue }
                open.showAllIssues = true
                if let first = ProgrammeDraft.Field.allCases.first(where: { issues[$0] != nil }) {
                    open.focus(on: .programme(first))
                }
                form = open
                keepFocusedFieldVisible()
            }
            show(.form(.fixErrors(issues.count)), isError: true)
            return []
        case .progress(let msg):
            show(msg)
            return []
        case .programmeLoaded(let programme):
            self.programme = programme
            return []
        case .listLoaded(let panel, let ids, let past):
            return applyList(panel, ids, pastMeetings: past) + (panel == self.panel ? ensureCurrent() : [])
        case .rowsLoaded(let batch):
            apply(rows: batch)
            return []
        case .searchIndexLoaded(let panel, let index):
            applySearchIndex(panel, index)
            if let open = picker, panel == open.kind.panel { picker = filtered(open) }
            return panel == self.panel ? ensureCurrent() + ensurePickerRows() : ensurePickerRows()
        case .cohortNamesLoaded(let names):
            cohortNames = names
            guard let command = pendingCommand else { return [] }
            pendingCommand = nil
            return execute(command)
        case .detailLoaded(let panel, let detail):
            let same = self[panel: panel].detailFor == detail?.id
            // The same record again (after a change made here or elsewhere):
            // the cursor goes back to the item it was on, wherever that item
            // now lands once the text is wrapped again, so that the next key
            // acts on it and not on what has moved under the cursor.
            let item =
                same ? (details[panel] != nil ? detailItem(panel) : self[panel: panel].detailItem) : nil
            if !same {
                self[panel: panel].detailScroll = 0
                self[panel: panel].detailCursor = 0
            }
            self[panel: panel].detailFor = detail?.id
            self[panel: panel].detailItem = nil
            details[panel] = detail
            placeDetailCursor(panel, on: item)
            clampDetailScroll(panel)
            return []
        case .failed(let detail):
            show(.storeError(detail), isError: true)
            return []
        case .formLoaded(let entity, let record, let choices, let focus):
            return openForm(entity, record, choices, focus: focus)
        case .pickerLoaded(let candidates):
            picker = filtered(MemberPicker(candidates: candidates))
            return searchIndexes[.structures] == nil ? [.loadSearchIndex(.structures)] : ensurePickerRows()
        case .partnerPickerLoaded(let candidates):
            picker = filtered(MemberPicker(candidates: candidates, kind: .partners))
            return searchIndexes[.partners] == nil ? [.loadSearchIndex(.partners)] : ensurePickerRows()
        case .impactLoaded(let entity, let id, let name, let impact):
            confirmDeletion(entity, id, name: name, impact: impact)
            return []
        case .saved(let entity, let id, let name):
            return afterSave(entity, id, name: name)
        case .deleted(let name):
            show(.form(.deleted(name)))
            return ensureDetail()
        case .undone(let change):
            return afterUndo(change)
        case .writeFailed(let error):
            return writeFailed(error)
        case .draftOffered(let draft):
            offer(draft)
            return []
        case .draftReady(let draft, let choices):
            return restore(draft, choices)
        case .themeLoaded(let name, let loaded, let warnings):
            return themeLoaded(name, loaded, warnings: warnings)
        case .themeFailed(let problem):
            show(.config(problem), isError: true)
            return []
        case .configProblem(let problem):
            show(.config(problem), isError: true)
            return []
        case .meetingSaveChecked(let record, let starts, let conflicts, let following):
            return meetingSaveChecked(record, starts: starts, conflicts: conflicts, following: following)
        case .meetingSaved(let id, let title, let start, let count, let created):
            return meetingSaved(id, title: title, start: start, count: count, created: created)
        case .cohortMembersLoaded(let cohort, let members):
            cohortMembersLoaded(cohort, members)
            return []
        case .calendarLoaded(let from, let to, let list):
            return calendarLoaded(from: from, to: to, list)
        case .dayLocated(let day, let id):
            return dayLocated(day, id)
        case .attendanceLoaded(let sheet):
            return attendanceLoaded(sheet)
        case .attendanceSaved(let present, let total):
            show(.attendanceSaved(present: present, total: total))
            return ensureCurrent()
        case .exported(let paths, let pdf, let templates):
            show(.exported(paths, pdf: pdf, templates: templates))
            return []
        case .exportFailed(let reason):
            show(.exportFailed(reason), isError: true)
            return []
        case .externalChanges(let changes):
            externalChanges(changes)
            return []
        case .historyLoaded(let title, let changes):
            historyLoaded(title: title, changes)
            return []
        case .conflictLoaded(let entity, let record, let choices, let author):
            return conflictLoaded(entity, record, choices, author: author)
        case .gridLoaded(let grid):
            self.grid = grid
            return []
        case .gridSaved(let name):
            grid = nil
            show(.financeUI(.saved(name)))
            return []
        case .financingSaved(let what):
            show(.financeUI(.recorded(what)))
            return []
        case .missionStructuresLoaded(let cohort, let structures):
            missionStructuresLoaded(cohort, structures)
            return []
        case .assignmentSaved(let id, let partner, let name):
            return assignmentSaved(id, partner: partner, name: name)
        case .reportComing:
            reportComing = true
            return []
        case .reportLoaded(let report):
            indicatorReport = report
            clampDetailScroll(.report)
            return panel == .report ? ensureCurrent() : []
        case .workloadLoaded(let loads):
            workload = loads
            return panel == .partners ? ensureCurrent() : []
        case .openWorkshop(let id, let follow):
            panel = .meetings
            return openWorkshop(id, follow: follow)
        case .time(let action):
            return timeAction(action)
        case .workshopLoaded(let id, let data):
            return workshopLoaded(id, data)
        }
    }

    var layout: ScreenLayout { ScreenLayout(size) }

    func panelLayout(_ panel: PanelID) -> PanelLayout {
        layout.panel(
            panel, focus: self[panel: panel].focus, rowCount: self[panel: panel].visible.count,
            detailHidden: detailPaneHidden)
    }

    mutating func show(_ msg: MeetingMsg, isError: Bool = false) { show(.meeting(msg), isError: isError) }

    mutating func show(_ msg: Msg, isError: Bool = false) {
        message = StatusMessage(text: text(msg), isError: isError, expires: now + Self.messageSeconds)
    }

    /// The contexts keys are looked up in now (those of the top layer),
    /// most specific first.
    public var keyContexts: [KeyContext] { contexts(of: topLayer) }

    /// Panels whose records are edited here.
    func isEditable(_ panel: PanelID) -> Bool { panel != .partners }

    private mutating func handle(_ key: Key) -> [Effect] {
        if key == .resize { return [] }
        if case .paste = key, !acceptsPaste {
            show(.pasteRefused, isError: true)
            return []
        }
        if layout.isTooSmall {
            let command = keymap.command(for: key, in: [.global])
            return command == .quit && form == nil ? [.quit] : command == .redraw ? [.redraw] : []
        }
        switch topLayer {
        case .picker: return pickerKey(key)
        case .grid: return gridKey(key)
        case .week: return weekKey(key)
        case .form: return formKey(key)
        case .workshop: return workshopKey(key)
        case .input: return inputKey(key)
        case .dialog, .overlay, .merge, .attendance, .panel: return press(key)
        }
    }

    /// Carries out the binding `key` has in the current contexts, if any.
    mutating func press(_ key: Key) -> [Effect] {
        guard let binding = keymap.binding(for: key, in: keyContexts, state: self) else { return [] }
        return perform(binding)
    }

    /// Runs a binding's handler, unless it writes and the session is
    /// read-only (then says why).
    mutating func perform(_ binding: KeyBinding) -> [Effect] {
        if binding.writes, let readOnly {
            show(.store(.readOnlyRefused(readOnly)), isError: true)
            return []
        }
        return binding.handler(&self)
    }

    /// Whether a paste has somewhere to go: the line being typed (filter,
    /// command, capture, a grid's cell, a picker's filter) or a form's text
    /// field. Elsewhere a paste is refused, never read as keys.
    var acceptsPaste: Bool {
        if layout.isTooSmall { return false }
        switch topLayer {
        case .picker, .input: return true
        case .grid: return grid?.editor != nil
        case .week: return week?.editor != nil
        case .form: return activeForm?.focused.value.takesText == true
        case .workshop: return workshop?.input != nil
        case .dialog, .overlay, .merge, .attendance, .panel: return false
        }
    }

    // MARK: What the panel's keys do

    mutating func showHelp() -> [Effect] {
        overlay = .help(scroll: 0)
        return []
    }

    mutating func openCommandLine() -> [Effect] {
        input = InputLine(kind: .command)
        return []
    }

    mutating func openFilter() -> [Effect] {
        input = InputLine(kind: .filter, text: current.filter)
        return []
    }

    mutating func toggleFocus() -> [Effect] {
        current.focus = current.focus == .list ? .detail : .list
        return ensureDetail()
    }

    mutating func toggleDetailPane() -> [Effect] {
        detailPaneHidden.toggle()
        refreshAll(keepSelection: true)
        return ensureCurrent()
    }

    /// `s` in Structures: the next sort order.
    mutating func cycleStructureSort() -> [Effect] {
        sort = sort.next
        structures.pendingSelection = selectedID(.structures)
        structures.loaded = false
        show(.sortLabel(sort))
        return ensureCurrent()
    }

    /// A move key in a panel: in its list, its matrix or its calendar.
    mutating func panelMove(_ command: Command) -> [Effect] {
        if panel == .partners && partnersMatrix {
            _ = matrixCommand(command)
            return ensureDetail()
        }
        return showsCalendar ? calendarCommand(command) : moveCursor(command)
    }

    /// `m` in Partenaires: a mission for the selected partner.
    /// `m`: a mission for the selected partner, or, on an empty list, for
    /// a partner chosen in the form.
    mutating func addMissionForSelected() -> [Effect] {
        [.partners(.newAssignment(partner: selectedID(.partners), cohort: scope, structure: nil))]
    }

    /// `p` on a cohort or a structure: a partner's mission for it.
    mutating func assignPartnerToSelected() -> [Effect] {
        guard let id = selectedID(panel) else { return [] }
        return panel == .cohorts
            ? [.partners(.newAssignment(partner: nil, cohort: id, structure: nil))]
            : panel == .structures
                ? [.partners(.newAssignment(partner: nil, cohort: scope, structure: id))] : []
    }

    /// `w` on a meeting: its workshop (only followed, read-only).
    mutating func openSelectedWorkshop() -> [Effect] {
        guard let id = selectedID(.meetings) else { return [] }
        return openWorkshop(id, follow: readOnly != nil)
    }

    /// `←`/`→` in the matrix: the cohort columns shown.
    mutating func scrollMatrix(by delta: Int) -> [Effect] {
        let count = matrix.cohorts.count
        matrixColumn = max(0, min(max(0, count - 1), matrixColumn + delta))
        return []
    }

    mutating func switchTo(_ target: PanelID) -> [Effect] {
        panel = target
        returnPanel = nil
        return ensureCurrent()
    }

    mutating func back() -> [Effect] {
        if current.focus == .detail {
            current.focus = .list
            if let origin = returnPanel {
                returnPanel = nil
                panel = origin
            }
            return ensureCurrent()
        }
        if !current.filter.isEmpty {
            setFilter("")
            return ensureCurrent()
        }
        if scope != nil { return clearScope() }
        return []
    }

    mutating func clearScope() -> [Effect] {
        guard scope != nil else { return [] }
        scope = nil
        scopeName = nil
        invalidateScoped()
        show(.scopeCleared)
        return ensureCurrent()
    }

    /// Restricts the other panels to a cohort (Enter on it, `:cohorte`).
    mutating func setScope(_ cohort: CohortID, name: String) {
        scope = cohort
        scopeName = name
        invalidateScoped()
        for p in PanelID.allCases where p != .cohorts {
            self[panel: p].filter = ""
            self[panel: p].focus = .list
        }
        if let position = position(of: cohort, in: .cohorts) {
            cohorts.cursor.move(
                to: position, count: cohorts.visible.count, pageSize: panelLayout(.cohorts).pageSize)
        }
        show(.scopeSet(name))
    }

    mutating func open() -> [Effect] {
        guard let id = selectedID(panel) else { return [] }
        if panel == .cohorts {
            setScope(id, name: rows.cohorts[id]?.cohort.name ?? "#\(id)")
            return switchTo(.structures)
        }
        current.focus = .detail
        current.detailScroll = 0
        return ensureCurrent()
    }

    mutating func moveCursor(_ command: Command) -> [Effect] {
        let count = current.visible.count
        let page = panelLayout(panel).pageSize
        switch command {
        case .moveUp: current.cursor.move(by: -1, count: count, pageSize: page)
        case .moveDown: current.cursor.move(by: 1, count: count, pageSize: page)
        case .pageUp:
            current.cursor.offset -= page
            current.cursor.move(by: -page, count: count, pageSize: page)
        case .pageDown:
            current.cursor.offset += page
            current.cursor.move(by: page, count: count, pageSize: page)
        case .top: current.cursor.move(to: 0, count: count, pageSize: page)
        case .bottom: current.cursor.move(to: count - 1, count: count, pageSize: page)
        default: break
        }
        return ensureCurrent()
    }

    mutating func moveDetailCursor(_ command: Command) -> [Effect] {
        let page = panelLayout(panel).detailPageSize
        let last = max(0, detailLineCount(panel) - 1)
        var cursor = current.detailCursor
        switch command {
        case .moveUp: cursor -= 1
        case .moveDown: cursor += 1
        case .pageUp: cursor -= page
        case .pageDown: cursor += page
        case .top: cursor = 0
        case .bottom: cursor = last
        default: break
        }
        current.detailCursor = min(max(0, cursor), last)
        if current.detailCursor < current.detailScroll { current.detailScroll = current.detailCursor }
        if current.detailCursor >= current.detailScroll + page {
            current.detailScroll = current.detailCursor - page + 1
        }
        clampDetailScroll(panel)
        return []
    }

    /// Lines of the detail of `panel` once laid out at its current width.
    func detailLineCount(_ panel: PanelID) -> Int {
        detailRows(panel, width: panelLayout(panel).detailTextWidth).count
    }

    /// The detail of `panel` laid out for `width`.
    func detailRows(_ panel: PanelID, width: Int) -> [DetailRow] {
        guard let detail = details[panel] else { return [] }
        return DetailDocument.layout(DetailContent.lines(detail, self), width: width, glyphs: .unicode)
    }

    /// The keyed item under the detail cursor of `panel`.
    func detailItem(_ panel: PanelID) -> DetailItem? {
        let rows = detailRows(panel, width: panelLayout(panel).detailTextWidth)
        let cursor = self[panel: panel].detailCursor
        guard rows.indices.contains(cursor), let key = rows[cursor].key else { return nil }
        return DetailItem(key: key, row: rows.firstIndex { $0.key == key } ?? cursor)
    }

    /// The detail cursor on the first line of `item`, the view moved by as
    /// much as the item moved; within the detail when there is no item or
    /// it is gone.
    mutating func placeDetailCursor(_ panel: PanelID, on item: DetailItem?) {
        let rows = detailRows(panel, width: panelLayout(panel).detailTextWidth)
        var list = self[panel: panel]
        if let item, let index = rows.firstIndex(where: { $0.key == item.key }) {
            let page = panelLayout(panel).detailPageSize
            list.detailCursor = index
            list.detailScroll = min(max(list.detailScroll + index - item.row, index - page + 1), index)
        }
        list.detailCursor = min(list.detailCursor, max(0, rows.count - 1))
        self[panel: panel] = list
    }

    mutating func clampDetailScroll(_ panel: PanelID) {
        let page = panelLayout(panel).detailPageSize
        let maxScroll = max(0, detailLineCount(panel) - page)
        self[panel: panel].detailScroll = min(max(0, self[panel: panel].detailScroll), maxScroll)
    }

    /// Keys in the help or history overlay: scroll, or close.
    mutating func helpCommand(_ command: Command) -> [Effect] {
        if command == .back {
            overlay = nil
            return []
        }
        switch overlay {
        case .history(let title, let lines, let scroll)?:
            let total = OverlayView.layout(lines, state: self, glyphs: .unicode).count
            overlay = .history(title: title, lines: lines, scroll: scrolled(scroll, command, total: total))
        case .help(let scroll)?:
            overlay = .help(
                scroll: scrolled(scroll, command, total: HelpContent.layout(self, glyphs: .unicode).count))
        case nil:
            break
        }
        return []
    }

    /// An overlay's first line after a move key, kept within its `total` lines.
    func scrolled(_ scroll: Int, _ command: Command, total: Int) -> Int {
        let page = layout.overlayPageSize
        var next = scroll
        switch command {
        case .moveUp: next -= 1
        case .moveDown: next += 1
        case .pageUp: next -= page
        case .pageDown: next += page
        case .top: next = 0
        case .bottom: next = total
        default: break
        }
        return min(max(0, next), max(0, total - page))
    }

    /// Whether the selected record's detail is on screen for `panel`.
    func showsDetail(_ panel: PanelID) -> Bool {
        if self[panel: panel].focus == .detail { return true }
        return !detailPaneHidden && (panel == .cohorts || layout.isWide)
    }

    /// Asks for the selected record's detail when it is shown and not loaded.
    mutating func ensureDetail() -> [Effect] {
        guard showsDetail(panel) else { return [] }
        guard let id = selectedID(panel) else {
            details[panel] = nil
            if current.focus == .detail { current.focus = .list }
            return []
        }
        if details[panel]?.id == id { return [] }
        return [.loadDetail(panel, id)]
    }
}
