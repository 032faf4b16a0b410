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
    /// A person's week of time, full screen.
    case week
    /// A form (a contact's over a structure's), full screen.
    case form
    /// A workshop run or followed, full screen.
    case workshop
    /// The current panel: its list and its detail.
    case panel

    /// Layers that take the whole screen; the others are drawn over them.
    public var isBase: Bool {
        switch self {
        case .grid, .week, .form, .workshop, .panel: true
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
        if week != nil { stack.append(.week) }
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
    public func contexts(of layer: Layer) -> [KeyContext] { lookup(of: layer).contexts }

    /// Which of the key lookups a layer makes now.
    public func lookup(of layer: Layer) -> KeyLookup {
        switch layer {
        case .dialog:
            switch dialog?.action {
            case .seriesScope?: return .seriesDialog
            case .export?: return .exportDialog
            default: return .dialog
            }
        case .overlay: return .help
        case .picker: return .picker
        case .merge: return .merge
        case .input: return input?.kind == .filter ? .filter : .input
        case .attendance: return .attendance
        case .grid: return grid?.editor != nil ? .gridCell : .grid
        case .week: return week?.editor != nil ? .weekCell : .week
        case .form:
            switch (subform ?? form)?.focused.value {
            case .text?: return .formText
            case .area?: return .formTextArea
            case .choice(let choice)?: return choice.editable ? .formEditableChoice : .formChoice
            case nil: return .formList
            default: return .formList
            }
        case .workshop:
            guard let open = workshop else { return .workshopContributions }
            if open.follow { return .follow }
            if open.input != nil { return .capture }
            switch open.pane {
            case .contributions: return .workshopContributions
            case .checkIn: return .workshopCheckIn
            case .actions: return .workshopActions
            }
        case .panel:
            let module = PanelRegistry.module(panel)
            return current.focus == .detail ? module.detailLookup : module.listLookup(self)
        }
    }
}

/// Every list of contexts keys are looked up in, one per situation: the
/// one place they are written. Key remapping takes a key given to an
/// action away from the other actions of the same lookups, so the groups
/// it uses come from here too (a new panel's lookup is remapped with the
/// others, with nothing else to update).
public enum KeyLookup: CaseIterable, Sendable {
    case dialog, seriesDialog, exportDialog, help, picker, merge, filter, input, attendance
    case grid, gridCell, week, weekCell, formText, formTextArea, formChoice, formEditableChoice, formList
    case workshopContributions, workshopCheckIn, workshopActions, capture, follow
    case cohorts, structures, meetings, calendar, partners, finances, report, time
    case recordDetail, meetingDetail, partnerDetail, financeDetail, reportDetail, timeDetail

    public var contexts: [KeyContext] {
        switch self {
        case .dialog: [.dialog]
        case .seriesDialog: [.seriesDialog]
        case .exportDialog: [.exportDialog]
        case .help: [.help]
        case .picker: [.picker, .text]
        case .merge: [.merge]
        case .filter: [.input, .text, .list]
        case .input: [.input, .text]
        case .attendance: [.attendance]
        case .grid: [.grid]
        case .gridCell: [.input, .text]
        case .week: [.week]
        case .weekCell: [.input, .text]
        case .formText: [.text, .form]
        case .formTextArea: [.textArea, .text, .form]
        case .formChoice: [.choice, .form]
        case .formEditableChoice: [.choice, .text, .form]
        case .formList: [.listField, .form]
        case .workshopContributions: [.workshopContributions, .workshop]
        case .workshopCheckIn: [.workshopCheckIn, .workshop]
        case .workshopActions: [.workshopActions, .workshop]
        case .capture: [.capture, .text]
        case .follow: [.follow]
        case .cohorts: [.cohorts, .assignable, .list, .global]
        case .structures: [.structures, .assignable, .list, .global]
        case .meetings: [.meetings, .list, .global]
        case .calendar: [.calendar, .meetings, .global]
        case .partners: [.partners, .list, .global]
        case .finances: [.finances, .list, .global]
        case .report: [.report, .list, .global]
        case .time: [.time, .list, .global]
        case .recordDetail: [.editableDetail, .detail, .assignable, .global]
        case .meetingDetail: [.editableDetail, .detail, .meetingDetail, .global]
        case .partnerDetail: [.editableDetail, .detail, .partners, .global]
        case .financeDetail: [.financeDetail, .detail, .finances, .global]
        case .reportDetail: [.reportDetail, .detail, .report, .global]
        case .timeDetail: [.timeDetail, .detail, .time, .global]
        }
    }
}
