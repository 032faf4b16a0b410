import EssorCore
import EssorStore

/// The list of the current panel as a table: its module gives the columns,
/// the cells and the styles; the title and the empty text are the shell's.
enum PanelTables {
    static func table(_ panel: PanelID, _ state: AppState, glyphs: Glyphs) -> TableView {
        let module = PanelRegistry.module(panel)
        let list = state[panel: panel]
        let ids = list.visible
        var table = TableView(
            title: title(panel, state), columns: module.columns(state), rowCount: ids.count,
            cursor: list.cursor,
            focused: list.focus == .list && state.input?.kind != .command, emptyText: emptyText(panel, state),
            cell: { _, _ in "" }, rowRole: { _ in .normal })
        let missing = glyphs.ellipsis
        table.cell = { row, column in
            module.cells(row, ids, state, glyphs: glyphs)?[column] ?? (column == 0 ? missing : "")
        }
        module.style(&table, ids, state)
        return table
    }

    static func title(_ panel: PanelID, _ state: AppState) -> [Span] {
        let list = state[panel: panel]
        let total = state.scopedCount(panel)
        let sep = " · "
        var spans = [Span(state.text(.panel(panel)), .header)]
        if list.filter.isEmpty {
            spans.append(Span(sep + "\(total)", .muted))
        } else {
            spans.append(Span(sep + state.text(.filtered(shown: list.visible.count, total: total)), .accent))
            spans.append(Span(sep + state.text(.filterLabel(list.filter)), .accent))
        }
        return spans + PanelRegistry.module(panel).titleExtras(state)
    }

    static func emptyText(_ panel: PanelID, _ state: AppState) -> String {
        let list = state[panel: panel]
        if !list.filter.isEmpty { return state.text(.noMatch(list.filter)) }
        if !list.loaded { return "" }
        return PanelRegistry.module(panel).emptyText(state)
    }
}
