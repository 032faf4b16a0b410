import EssorCore
import EssorStore

/// The tables of the list panels: columns, and the cells of one row. The
/// panels and the look-up commands (`essor list`) use the same ones.
enum PanelTables {
    static func table(_ panel: PanelID, _ state: AppState, glyphs: Glyphs) -> TableView {
        let list = state[panel: panel]
        let ids = list.visible
        let rows = state.rows
        var table = TableView(
            title: title(panel, state), columns: columns(panel, state), rowCount: ids.count,
            cursor: list.cursor,
            focused: list.focus == .list && state.input?.kind != .command, emptyText: emptyText(panel, state),
            cell: { _, _ in "" }, rowRole: { _ in .normal })
        let missing = glyphs.ellipsis
        func cells(_ row: Int) -> [String]? {
            let id = ids[row]
            switch panel {
            case .cohorts:
                return rows.cohorts[id].map { cohortCells($0, state, scopeMarker: glyphs.scopeMarker) }
            case .structures: return rows.structures[id].map { structureCells($0, state) }
            case .meetings:
                guard let meeting = rows.meetings[id] else { return nil }
                // The agenda groups meetings by day: the date shows on a day's
                // first, and on the first line of the screen.
                let previous = row > list.cursor.offset ? rows.meetings[ids[row - 1]] : nil
                let sameDay =
                    previous.map {
                        state.clock.local($0.meeting.start).date
                            == state.clock.local(meeting.meeting.start).date
                    } ?? false
                return meetingCells(meeting, state, showDate: !sameDay, conflictMark: glyphs.conflictMark)
            case .partners: return rows.partners[id].map { partnerCells($0, state) }
            case .finances: return rows.finances[id].map { FinanceTable.cells($0, state, glyphs: glyphs) }
            }
        }
        table.cell = { row, column in cells(row)?[column] ?? (column == 0 ? missing : "") }
        switch panel {
        case .cohorts:
            table.rowRole = { row in ids[row] == state.scope ? .accent : .normal }
        case .meetings:
            let today = state.today
            table.rowRole = { row in
                guard let m = rows.meetings[ids[row]]?.meeting else { return .normal }
                if state.clock.local(m.start).date == today { return .today }
                return m.end <= state.now ? .muted : .normal
            }
            table.cellRole = { row, column in
                column == 4 && !(rows.meetings[ids[row]]?.conflicts.isEmpty ?? true) ? .conflict : nil
            }
        case .finances:
            table.cellRole = { row, column in
                guard let r = rows.finances[ids[row]] else { return nil }
                return FinanceTable.role(r, column: column)
            }
        default:
            break
        }
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
        switch panel {
        case .structures:
            spans.append(Span(sep + state.text(.sortLabel(state.sort)), .muted))
        case .meetings:
            spans.append(Span(sep + state.text(.upcomingCount(max(0, total - state.pastMeetings))), .muted))
            if let kind = state.meetingKind {
                spans.append(Span(sep + state.text(.kindFilter(kind)), .accent))
            }
            if state.meetingWhen != .all {
                spans.append(Span(sep + state.text(.when(state.meetingWhen)), .accent))
            }
        default:
            break
        }
        return spans
    }

    static func emptyText(_ panel: PanelID, _ state: AppState) -> String {
        let list = state[panel: panel]
        if !list.filter.isEmpty { return state.text(.noMatch(list.filter)) }
        if !list.loaded { return "" }
        switch panel {
        case .cohorts: return state.text(.emptyStore)
        case .structures: return state.text(state.scope == nil ? .emptyStore : .noMembers)
        case .meetings: return state.text(.noMeetings)
        case .partners: return state.text(.noPartners)
        case .finances: return state.text(state.scope == nil ? .emptyStore : .noMembers)
        }
    }

    static func columns(_ panel: PanelID, _ state: AppState) -> [TableColumn] {
        switch panel {
        case .cohorts:
            [
                TableColumn(state.text(.colCohort), .flex(min: 16, weight: 3), priority: 1),
                TableColumn(state.text(.colTheme), .flex(min: 10, weight: 2), priority: 5),
                TableColumn(state.text(.colPeriod), .fixed(17), priority: 2),
                TableColumn(state.text(.colStatus), .fixed(8), priority: 3),
                TableColumn(state.text(.colStructuresShort), .fixed(7), priority: 4, alignRight: true),
                TableColumn(state.text(.colMeetingsShort), .fixed(7), priority: 4, alignRight: true),
            ]
        case .structures:
            [
                TableColumn(state.text(.colName), .flex(min: 18, weight: 3), priority: 1),
                TableColumn(state.text(.colLegalForm), .fixed(11), priority: 3),
                TableColumn(state.text(.colTown), .flex(min: 10, weight: 1), priority: 2),
                TableColumn(state.text(.colDepartement), .fixed(4), priority: 4),
                TableColumn(state.text(.colCohorts), .flex(min: 10, weight: 2), priority: 5),
            ]
        case .meetings:
            [
                TableColumn(state.text(.colDate), .fixed(15), priority: 1),
                TableColumn(state.text(.colTime), .fixed(5), priority: 2),
                TableColumn(state.text(.colDuration), .fixed(6), priority: 6),
                TableColumn(state.text(.colKind), .fixed(10), priority: 4),
                TableColumn(state.text(.colTitle), .flex(min: 16, weight: 3), priority: 1),
                TableColumn(state.text(.colCohort), .flex(min: 10, weight: 2), priority: 3),
                TableColumn(state.text(.colPlace), .flex(min: 12, weight: 2), priority: 7),
            ]
        case .partners:
            [
                TableColumn(state.text(.colName), .flex(min: 16, weight: 2), priority: 1),
                TableColumn(state.text(.colExpertise), .flex(min: 12, weight: 2), priority: 2),
                TableColumn(state.text(.colMissions), .fixed(8), priority: 3, alignRight: true),
                TableColumn(state.text(.colDaysPlanned), .fixed(6), priority: 3, alignRight: true),
                TableColumn(state.text(.colCohorts), .flex(min: 12, weight: 3), priority: 4),
            ]
        case .finances: FinanceTable.columns(state)
        }
    }

    static func cohortCells(_ r: CohortRow, _ state: AppState, scopeMarker: String) -> [String] {
        let f = state.format
        return [
            r.id == state.scope ? "\(r.cohort.name) \(scopeMarker)" : r.cohort.name, r.cohort.theme,
            f.period(r.cohort.startDate, r.cohort.endDate),
            f.text(.cohortStatus(r.cohort.status(on: state.today))),
            String(r.structureCount), String(r.meetingCount),
        ]
    }

    static func structureCells(_ r: StructureRow, _ state: AppState) -> [String] {
        [
            r.name, shortLegalForm(r.legalForm, state), r.town, r.departement,
            r.cohortNames.joined(separator: ", "),
        ]
    }

    static func meetingCells(
        _ r: MeetingRow, _ state: AppState, showDate: Bool = true, conflictMark: String = "!"
    )
        -> [String]
    {
        let f = state.format
        let m = r.meeting
        let start = state.clock.local(m.start)
        return [
            showDate ? f.dayWithWeekday(start.date) : "", f.time(start),
            f.duration(minutes: m.durationMinutes),
            f.text(.meetingKindShort(m.kind)), r.conflicts.isEmpty ? m.title : "\(conflictMark) \(m.title)",
            r.cohortName, m.place,
        ]
    }

    static func partnerCells(_ p: PartnerRow, _ state: AppState) -> [String] {
        [
            p.partner.name, p.partner.expertise, String(p.assignmentCount),
            state.format.number(p.daysPlanned),
            p.cohortNames.joined(separator: ", "),
        ]
    }

    static func shortLegalForm(_ form: LegalForm, _ state: AppState) -> String {
        form == .esus ? "ESUS" : state.text(.legalForm(form))
    }
}
