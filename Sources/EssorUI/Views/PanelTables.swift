import EssorCore
import EssorStore

/// The table each panel shows: its columns and cell texts.
enum PanelTables {
    static func table(_ panel: PanelID, _ state: AppState, glyphs: Glyphs) -> TableView {
        let list = state[panel: panel]
        var table = TableView(
            title: title(panel, state), columns: [], rowCount: list.visible.count, cursor: list.cursor,
            focused: list.focus == .list && state.input?.kind != .command, emptyText: emptyText(panel, state),
            cell: { _, _ in "" }, rowRole: { _ in .normal })
        switch panel {
        case .cohorts: cohorts(&table, state, glyphs)
        case .structures: structures(&table, state)
        case .meetings: meetings(&table, state)
        case .partners: partners(&table, state)
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
        }
    }

    static func cohorts(_ table: inout TableView, _ state: AppState, _ glyphs: Glyphs) {
        let ids = state.cohorts.visible
        let rows = state.rows.cohorts
        let f = state.format
        let marker = state.scope
        table.columns = [
            TableColumn(state.text(.colCohort), .flex(min: 16, weight: 3), priority: 1),
            TableColumn(state.text(.colTheme), .flex(min: 10, weight: 2), priority: 5),
            TableColumn(state.text(.colPeriod), .fixed(17), priority: 2),
            TableColumn(state.text(.colStatus), .fixed(8), priority: 3),
            TableColumn(state.text(.colStructuresShort), .fixed(7), priority: 4, alignRight: true),
            TableColumn(state.text(.colMeetingsShort), .fixed(7), priority: 4, alignRight: true),
        ]
        table.cell = { row, column in
            guard let r = rows[ids[row]] else { return column == 0 ? glyphs.ellipsis : "" }
            switch column {
            case 0: return r.id == marker ? "\(r.cohort.name) \(glyphs.scopeMarker)" : r.cohort.name
            case 1: return r.cohort.theme
            case 2: return f.period(r.cohort.startDate, r.cohort.endDate)
            case 3: return f.text(.cohortStatus(r.cohort.status(on: state.today)))
            case 4: return String(r.structureCount)
            default: return String(r.meetingCount)
            }
        }
        table.rowRole = { row in ids[row] == marker ? .accent : .normal }
    }

    static func structures(_ table: inout TableView, _ state: AppState) {
        let ids = state.structures.visible
        let rows = state.rows.structures
        table.columns = [
            TableColumn(state.text(.colName), .flex(min: 18, weight: 3), priority: 1),
            TableColumn(state.text(.colLegalForm), .fixed(11), priority: 3),
            TableColumn(state.text(.colTown), .flex(min: 10, weight: 1), priority: 2),
            TableColumn(state.text(.colDepartement), .fixed(4), priority: 4),
            TableColumn(state.text(.colCohorts), .flex(min: 10, weight: 2), priority: 5),
        ]
        table.cell = { row, column in
            guard let r = rows[ids[row]] else { return column == 0 ? "…" : "" }
            switch column {
            case 0: return r.name
            case 1: return shortLegalForm(r.legalForm, state)
            case 2: return r.town
            case 3: return r.departement
            default: return r.cohortNames.joined(separator: ", ")
            }
        }
    }

    static func meetings(_ table: inout TableView, _ state: AppState) {
        let ids = state.meetings.visible
        let rows = state.rows.meetings
        let f = state.format
        let today = state.today
        table.columns = [
            TableColumn(state.text(.colDate), .fixed(15), priority: 1),
            TableColumn(state.text(.colTime), .fixed(5), priority: 2),
            TableColumn(state.text(.colDuration), .fixed(6), priority: 6),
            TableColumn(state.text(.colKind), .fixed(10), priority: 4),
            TableColumn(state.text(.colTitle), .flex(min: 16, weight: 3), priority: 1),
            TableColumn(state.text(.colCohort), .flex(min: 10, weight: 2), priority: 3),
            TableColumn(state.text(.colPlace), .flex(min: 12, weight: 2), priority: 7),
        ]
        table.cell = { row, column in
            guard let r = rows[ids[row]] else { return column == 0 ? "…" : "" }
            let m = r.meeting
            let start = state.clock.local(m.start)
            switch column {
            case 0: return f.dayWithWeekday(start.date)
            case 1: return f.time(start)
            case 2: return f.duration(minutes: m.durationMinutes)
            case 3: return f.text(.meetingKindShort(m.kind))
            case 4: return m.title
            case 5: return r.cohortName
            default: return m.place
            }
        }
        table.rowRole = { row in
            guard let m = rows[ids[row]]?.meeting else { return .normal }
            if state.clock.local(m.start).date == today { return .today }
            return m.end <= state.now ? .muted : .normal
        }
    }

    static func partners(_ table: inout TableView, _ state: AppState) {
        let ids = state.partners.visible
        let rows = state.rows.partners
        let f = state.format
        table.columns = [
            TableColumn(state.text(.colName), .flex(min: 16, weight: 2), priority: 1),
            TableColumn(state.text(.colExpertise), .flex(min: 12, weight: 2), priority: 2),
            TableColumn(state.text(.colMissions), .fixed(8), priority: 3, alignRight: true),
            TableColumn(state.text(.colDaysPlanned), .fixed(6), priority: 3, alignRight: true),
            TableColumn(state.text(.colCohorts), .flex(min: 12, weight: 3), priority: 4),
        ]
        table.cell = { row, column in
            guard let p = rows[ids[row]] else { return column == 0 ? "…" : "" }
            switch column {
            case 0: return p.partner.name
            case 1: return p.partner.expertise
            case 2: return String(p.assignmentCount)
            case 3: return f.number(p.daysPlanned)
            default: return p.cohortNames.joined(separator: ", ")
            }
        }
    }

    static func shortLegalForm(_ form: LegalForm, _ state: AppState) -> String {
        form == .esus ? "ESUS" : state.text(.legalForm(form))
    }
}
