import EssorCore

/// What has the keyboard and the screen. The state keeps each modal's
/// own typed value (`form`, `grid`, `dialog`…); `layers` is the one place
/// their order is written, and key routing, key contexts, pastes and
/// drawing all follow it.
public enum Layer: Equatable, Sendable {
    /// A confirmation (cancel a form, delete a record, a series, an export).
    case dialog
    /// Help or a change history, over everything.
    case overlay
    /// Picking structures or partners for a form's list.
    case picker
    /// A form compared field by field with the version saved elsewhere.
    case merge
    /// The filter, the command line, or a value asked for (a date, a time…).
    case input
    /// Marking who came to a meeting.
    case attendance
    /// The accounts or budget grid, full screen.
    case grid
    /// A form (a contact's over a structure's), full screen.
    case form
    /// A workshop run or followed, full screen.
    case workshop
    /// The current panel: its list and its detail.
    case panel

    /// Layers that take the whole screen; the others are drawn over them.
    public var isBase: Bool {
        switch self {
        case .grid, .form, .workshop, .panel: true
        default: false
        }
    }
}

extension AppState {
    /// The layers open, top first; the panel is always at the bottom.
    public var layers: [Layer] {
        var stack: [Layer] = []
        if dialog != nil { stack.append(.dialog) }
        if overlay != nil { stack.append(.overlay) }
        if picker != nil { stack.append(.picker) }
        if merge != nil { stack.append(.merge) }
        if input != nil { stack.append(.input) }
        if attendance != nil { stack.append(.attendance) }
        if grid != nil { stack.append(.grid) }
        if form != nil { stack.append(.form) }
        if workshop != nil { stack.append(.workshop) }
        stack.append(.panel)
        return stack
    }

    /// The layer keys go to.
    public var topLayer: Layer { layers.first ?? .panel }

    /// The full-screen layer drawn first (the others are drawn over it).
    public var baseLayer: Layer { layers.first(where: \.isBase) ?? .panel }

    /// The contexts a layer looks its keys up in, most specific first.
    public func contexts(of layer: Layer) -> [KeyContext] {
        switch layer {
        case .dialog: return dialog?.contexts ?? [.dialog]
        case .overlay: return [.help]
        case .picker: return [.picker, .text]
        case .merge: return [.merge]
        case .input: return input?.kind == .filter ? [.input, .text, .list] : [.input, .text]
        case .attendance: return [.attendance]
        case .grid: return grid?.editor != nil ? [.input, .text] : [.grid]
        case .form: return (subform ?? form).map { Self.contexts(for: $0.focused.value) } ?? [.form]
        case .workshop: return workshopContexts
        case .panel: return panelContexts
        }
    }

    /// The panel's contexts: its list (or calendar, or matrix), or its detail.
    var panelContexts: [KeyContext] {
        if current.focus == .detail {
            switch panel {
            case .meetings: return [.editableDetail, .detail, .meetingDetail, .global]
            case .partners: return [.editableDetail, .detail, .partners, .global]
            case .finances: return [.financeDetail, .detail, .finances, .global]
            case .cohorts, .structures: return [.editableDetail, .detail, .assignable, .global]
            }
        }
        switch panel {
        case .cohorts: return [.cohorts, .assignable, .list, .global]
        case .structures: return [.structures, .assignable, .list, .global]
        case .meetings: return showsCalendar ? [.calendar, .meetings, .global] : [.meetings, .list, .global]
        case .partners: return [.partners, .list, .global]
        case .finances: return [.finances, .list, .global]
        }
    }
}
