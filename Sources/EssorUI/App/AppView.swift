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
        // The full-screen layer, then the others over it, bottom to top.
        let layers = state.layers
        let base = state.baseLayer
        draw(base, state, layout, into: &canvas)
        Chrome.status(state, layout.status, into: &canvas)
        for layer in layers.reversed() where !layer.isBase { draw(layer, state, layout, into: &canvas) }
        return canvas
    }

    static func draw(_ layer: Layer, _ state: AppState, _ layout: ScreenLayout, into canvas: inout Canvas) {
        switch layer {
        case .form: if let form = state.subform ?? state.form { FormView.draw(state, form, into: &canvas) }
        case .grid: if let grid = state.grid { GridView.draw(state, grid, into: &canvas) }
        case .week: if let week = state.week { WeekGridView.draw(state, week, into: &canvas) }
        case .workshop: if let open = state.workshop { WorkshopView.draw(state, open, into: &canvas) }
        case .panel: drawPanel(state, into: &canvas)
        case .attendance:
            if let editor = state.attendance { AttendanceView.draw(state, editor, into: &canvas) }
        case .picker: if let picker = state.picker { MemberPickerView.draw(state, picker, into: &canvas) }
        case .dialog: if let dialog = state.dialog { DialogView.draw(state, dialog, into: &canvas) }
        case .merge: if let merge = state.merge { MergeView.draw(state, merge, into: &canvas) }
        case .overlay:
            switch state.overlay {
            case .help(let scroll)?:
                HelpOverlayView.draw(state, scroll: scroll, layout.overlay, into: &canvas)
            case .history(let title, let lines, let scroll)?:
                OverlayView.draw(
                    state, title: title, lines: lines, scroll: scroll, layout.overlay, into: &canvas)
            case nil:
                break
            }
        case .input:
            break  // the status line shows it
        }
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
