import EssorCore
import EssorStore

/// Reading lists from the store: each panel holds the ids of its records in
/// display order; rows are read for the lines on screen only.
extension AppState {
    /// What the screen needs that is not loaded yet: the current panel's
    /// list, the rows on screen, the filter index, the detail.
    mutating func ensureCurrent() -> [Effect] {
        if showsCalendar { return ensureCalendar() }
        if panel == .partners && partnersMatrix {
            return workload == nil ? [.partners(.loadWorkload)] : ensureDetail()
        }
        if panel == .report && indicatorReport == nil && !reportComing {
            return [.loadReport] + (current.loaded ? [] : [.loadList(panel)])
        }
        if panel == .time && timeTeam == nil {
            return [.time(.loadTeam(timeMonth))] + (current.loaded ? [] : [.loadList(panel)])
        }
        if !current.loaded { return [.loadList(panel)] }
        if !current.filter.isEmpty && searchIndexes[panel] == nil { return [.loadSearchIndex(panel)] }
        return ensureRows(panel) + ensureDetail()
    }

    /// Rows of the lines on screen (and a page either side) not read yet.
    func ensureRows(_ p: PanelID) -> [Effect] {
        let list = self[panel: p]
        let page = panelLayout(p).pageSize
        let from = max(0, list.cursor.offset - page)
        let to = min(list.visible.count, list.cursor.offset + 2 * page)
        guard from < to else { return [] }
        let missing = list.visible[from..<to].filter { !rows.has(p, $0) }
        return missing.isEmpty ? [] : [.loadRows(p, Array(missing))]
    }

    mutating func apply(rows batch: RowBatch) {
        // The cache only serves the lines around the screen: start afresh
        // when it grows past a few thousand rows.
        let limit = 4_000
        switch batch {
        case .cohorts(let list):
            if rows.cohorts.count > limit { rows.cohorts = [:] }
            for row in list { rows.cohorts[row.id] = row }
        case .structures(let list):
            if rows.structures.count > limit { rows.structures = [:] }
            for row in list { rows.structures[row.id] = row }
        case .meetings(let list):
            if rows.meetings.count > limit { rows.meetings = [:] }
            for row in list { rows.meetings[row.id] = row }
        case .partners(let list):
            if rows.partners.count > limit { rows.partners = [:] }
            for row in list { rows.partners[row.id] = row }
        case .finances(let list):
            if rows.finances.count > limit { rows.finances = [:] }
            for row in list { rows.finances[row.id] = row }
        case .report, .time:
            break
        }
    }

    /// A panel's ids, freshly read: filter them, and keep the cursor on the
    /// record it was on.
    mutating func applyList(_ p: PanelID, _ ids: [Int64], pastMeetings: Int) -> [Effect] {
        let selected = self[panel: p].pendingSelection ?? selectedID(p)
        let firstLoad =
            !self[panel: p].loaded && self[panel: p].base.isEmpty && self[panel: p].pendingSelection == nil
        self[panel: p].base = ids
        self[panel: p].loaded = true
        self[panel: p].pendingSelection = nil
        self[panel: p].filterSteps = []
        if p == .meetings { self.pastMeetings = pastMeetings }
        if self[panel: p].filter.isEmpty {
            self[panel: p].visible = ids
        } else if let index = searchIndexes[p] {
            self[panel: p].visible = index.filter(ids, SearchQuery(self[panel: p].filter))
        } else {
            self[panel: p].visible = ids  // filtered once the index is read
        }
        if p == .meetings && firstLoad {
            selectNextMeeting()
        } else {
            restoreSelection(p, id: selected)
        }
        return []
    }

    /// The store changed: every list, row and index is read again when
    /// next shown, each panel keeping its selected record.
    mutating func invalidateAll() {
        for p in PanelID.allCases {
            if self[panel: p].loaded { self[panel: p].pendingSelection = selectedID(p) }
            self[panel: p].loaded = false
        }
        for p in PanelID.allCases where details[p] != nil { self[panel: p].detailItem = detailItem(p) }
        rows = RowCache()
        searchIndexes = [:]
        details = [:]
        cohortNames = nil
    }

    /// Panels other than Cohortes depend on the scope: read them again.
    mutating func invalidateScoped() {
        indicatorReport = nil
        timeTeam = nil
        for p in PanelID.allCases where p != .cohorts {
            self[panel: p].loaded = false
            self[panel: p].base = []
            self[panel: p].visible = []
            self[panel: p].pendingSelection = nil
            self[panel: p].filterSteps = []
            self[panel: p].cursor = ListCursor()
            details[p] = nil
        }
    }

    /// Recomputes the layout-dependent parts of every panel (after a resize).
    mutating func refreshAll(keepSelection: Bool) {
        for p in PanelID.allCases {
            restoreSelection(p, id: keepSelection ? selectedID(p) : nil)
            clampDetailScroll(p)
        }
    }

    func position(of id: Int64, in p: PanelID) -> Int? { self[panel: p].visible.firstIndex(of: id) }

    mutating func restoreSelection(_ p: PanelID, id: Int64?) {
        let state = self[panel: p]
        let page = panelLayout(p).pageSize
        var cursor = state.cursor
        if let id, let position = position(of: id, in: p) { cursor.index = position }
        cursor.clamp(count: state.visible.count, pageSize: page)
        self[panel: p].cursor = cursor
    }

    /// Puts the Séances cursor on the next meeting, with a little of the
    /// past above it.
    mutating func selectNextMeeting() {
        let count = meetings.visible.count
        let page = panelLayout(.meetings).pageSize
        let next = min(pastMeetings, max(0, count - 1))
        meetings.cursor = ListCursor(index: next, offset: max(0, next - 2))
        meetings.cursor.clamp(count: count, pageSize: page)
    }
}
