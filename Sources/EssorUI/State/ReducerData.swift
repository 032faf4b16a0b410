import EssorCore
import EssorStore

extension AppState {
    /// Takes a fresh snapshot, keeping each panel on the record it had
    /// selected (when it still exists).
    mutating func apply(snapshot: StoreSnapshot) {
        let firstLoad = !loaded
        loaded = true
        let selected = Dictionary(uniqueKeysWithValues: PanelID.allCases.map { ($0, selectedID($0)) })
        data = snapshot
        searchKeys = SearchKeys(snapshot)
        if let scope, !snapshot.cohorts.contains(where: { $0.id == scope }) { self.scope = nil }
        details = [:]
        for p in PanelID.allCases {
            recompute(p)
            restoreSelection(p, id: selected[p] ?? nil)
        }
        if firstLoad { selectNextMeeting() }
    }

    /// Recomputes every panel's rows (scope or size changed).
    mutating func refreshAll(keepSelection: Bool) {
        for p in PanelID.allCases { refresh(p, keepSelection: keepSelection) }
    }

    mutating func refresh(_ p: PanelID, keepSelection: Bool) {
        let id = keepSelection ? selectedID(p) : nil
        recompute(p)
        restoreSelection(p, id: id)
        clampDetailScroll(p)
    }

    /// Sorts the scope's records into `base`, then filters them.
    private mutating func recompute(_ p: PanelID) {
        let base = Filtering.scoped(p, in: self)
        self[panel: p].base = base
        self[panel: p].visible = Filtering.filter(
            base, p, in: self, query: SearchQuery(self[panel: p].filter))
    }

    private mutating func restoreSelection(_ p: PanelID, id: Int64?) {
        let state = self[panel: p]
        let page = layout.panel(p, focus: state.focus, rowCount: state.visible.count).pageSize
        var cursor = state.cursor
        if let id, let position = state.visible.indices.first(where: { recordID(p, at: $0) == id }) {
            cursor.index = position
        }
        cursor.clamp(count: state.visible.count, pageSize: page)
        self[panel: p].cursor = cursor
    }

    /// Puts the Séances cursor on the next meeting, with a little of the
    /// past above it.
    mutating func selectNextMeeting() {
        let rows = meetings.visible
        guard let position = rows.firstIndex(where: { data.meetings[$0].meeting.end > now }) else {
            let page = panelLayout(.meetings).pageSize
            meetings.cursor.move(to: rows.count - 1, count: rows.count, pageSize: page)
            return
        }
        let page = panelLayout(.meetings).pageSize
        meetings.cursor = ListCursor(index: position, offset: max(0, position - 2))
        meetings.cursor.clamp(count: rows.count, pageSize: page)
    }
}
