import EssorCore

extension AppState {
    /// Applies a filter to the current panel. Typing more letters narrows
    /// the list already shown; Backspace goes back to a result kept for
    /// the shorter text; anything else filters the panel's records afresh.
    mutating func setFilter(_ text: String) {
        let old = current.filter
        current.filter = text
        current.cursor = ListCursor()
        defer {
            current.cursor.clamp(count: current.visible.count, pageSize: panelLayout(panel).pageSize)
        }
        let query = SearchQuery(text)
        if query.isEmpty {
            current.visible = current.base
            current.filterSteps = []
            return
        }
        guard let index = searchIndexes[panel] else { return }  // filtered once the index is read
        if let step = current.filterSteps.last(where: { $0.text == text }) {
            current.filterSteps.removeAll { $0.text.count >= text.count }
            current.visible = step.visible
            return
        }
        let previous = SearchQuery(old)
        if !previous.isEmpty && query.narrows(previous) {
            current.filterSteps.append(FilterStep(text: old, visible: current.visible))
            current.visible = index.filter(current.visible, query)
        } else {
            current.filterSteps = []
            current.visible = index.filter(current.base, query)
        }
    }

    /// The filter index arrived: apply the filter typed meanwhile, in
    /// every panel that filters the same records (Structures and Finances
    /// share one index of the structures: 25 MB each at 200,000).
    mutating func applySearchIndex(_ p: PanelID, _ index: SearchIndex) {
        for q in p.sharingSearchIndex where searchIndexes[q] == nil || q == p {
            searchIndexes[q] = index
            guard !self[panel: q].filter.isEmpty else { continue }
            let selected = selectedID(q)
            self[panel: q].visible = index.filter(self[panel: q].base, SearchQuery(self[panel: q].filter))
            self[panel: q].filterSteps = []
            restoreSelection(q, id: selected)
        }
    }
}

extension PanelID {
    /// The panels whose filter reads the same index as this one (the
    /// structures' keys, whatever the panel's order: the index keeps the
    /// candidates' order).
    var sharingSearchIndex: [PanelID] {
        switch self {
        case .structures, .finances: [.structures, .finances]
        default: [self]
        }
    }
}
