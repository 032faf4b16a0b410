import EssorCore

/// The whole screen as a pure function of the state: header, tabs, the
/// current panel, the status line, and the help overlay when open.
public enum AppView {
    public static func render(_ state: AppState, glyphs: Glyphs = .unicode) -> Canvas {
        var canvas = Canvas(width: state.size.width, height: state.size.height, glyphs: glyphs)
        let layout = ScreenLayout(state.size)
        if layout.isTooSmall {
            drawTooSmall(state, into: &canvas)
            return canvas
        }
        Chrome.header(state, layout.header, into: &canvas)
        Chrome.tabs(state, layout.tabs, into: &canvas)
        if let form = state.subform ?? state.form {
            FormView.draw(state, form, into: &canvas)
        } else if let grid = state.grid {
            GridView.draw(state, grid, into: &canvas)
        } else if let open = state.workshop {
            WorkshopView.draw(state, open, into: &canvas)
        } else {
            drawPanel(state, into: &canvas)
        }
        Chrome.status(state, layout.status, into: &canvas)
        if let editor = state.attendance { AttendanceView.draw(state, editor, into: &canvas) }
        if let picker = state.picker { MemberPickerView.draw(state, picker, into: &canvas) }
        if let dialog = state.dialog { DialogView.draw(state, dialog, into: &canvas) }
        if let merge = state.merge { MergeView.draw(state, merge, into: &canvas) }
        switch state.overlay {
        case .help(let scroll)?:
            HelpOverlayView.draw(state, scroll: scroll, layout.overlay, into: &canvas)
        case .history(let title, let lines, let scroll)?:
            OverlayView.draw(state, title: title, lines: lines, scroll: scroll, layout.overlay, into: &canvas)
        case nil:
            break
        }
        return canvas
    }

    static func drawPanel(_ state: AppState, into canvas: inout Canvas) {
        let panel = state.panel
        let list = state[panel: panel]
        let layout = state.panelLayout(panel)
        if let rect = layout.list {
            if state.showsCalendar {
                CalendarView.draw(state, rect, into: &canvas)
            } else if panel == .partners && state.partnersMatrix {
                MatrixView.draw(state, rect, into: &canvas)
            } else {
                PanelTables.table(panel, state, glyphs: canvas.glyphs).draw(into: &canvas, rect)
            }
        }
        let focusRole: Role = list.focus == .detail ? .borderFocused : .border
        switch layout.separator {
        case .vertical(let x):
            canvas.verticalLine(
                x: x, y: state.layout.body.y, height: state.layout.body.height, role: focusRole)
        case .horizontal(let y):
            canvas.horizontalLine(x: 0, y: y, width: state.size.width, role: focusRole)
        case nil:
            break
        }
        if let rect = layout.detail {
            DetailView.draw(state, panel: panel, fullScreen: layout.list == nil, rect, into: &canvas)
        }
    }

    static func drawTooSmall(_ state: AppState, into canvas: inout Canvas) {
        let lines = [
            state.text(.tooSmall),
            state.text(
                .tooSmallDetail(
                    width: state.size.width, height: state.size.height, minWidth: ScreenLayout.minWidth,
                    minHeight: ScreenLayout.minHeight)),
        ]
        let top = max(0, (canvas.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < canvas.height {
            let width = min(TextWidth.of(line), canvas.width)
            canvas.write(
                line, x: max(0, (canvas.width - width) / 2), y: top + i, maxWidth: canvas.width,
                role: i == 0 ? .warning : .normal)
        }
    }
}
