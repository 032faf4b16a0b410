import EssorCore

/// What a key asks for. The raw value is the stable name the configuration
/// file's `[keys]` remapping and the help use; the description is what the
/// help says, the hint the status line's word. Commands are declared beside
/// the bindings that use them: the shell's and the shared widgets' here,
/// each panel's in its `…Bindings.swift`.
public struct Command: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    private let describe: @Sendable (Bool) -> String
    private let hintText: (@Sendable (Bool) -> String)?

    public init(
        _ rawValue: String, _ describe: @escaping @Sendable (Bool) -> String,
        hint: (@Sendable (Bool) -> String)? = nil
    ) {
        self.rawValue = rawValue
        self.describe = describe
        hintText = hint
    }

    /// The command named `rawValue` among those the keymap binds.
    public init?(rawValue: String) {
        guard let found = Self.allCases.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = found
    }

    /// Every command, in the order of the standard keymap.
    public static var allCases: [Command] {
        var seen = Set<Command>()
        return Keymap.standard.bindings.map(\.command).filter { seen.insert($0).inserted }
    }

    /// What the help says it does.
    public func description(_ fr: Bool) -> String { describe(fr) }
    /// The status line's word for it.
    public func hint(_ fr: Bool) -> String { hintText?(fr) ?? describe(fr).lowercased() }

    public var description: String { rawValue }

    public static func == (a: Command, b: Command) -> Bool { a.rawValue == b.rawValue }
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }
}

extension Command {
    public static let quit = Command("quit", { fr in tr("Quit", fr) }, hint: { fr in tr("quit", fr) })
    public static let help = Command(
        "help", { fr in tr("Show this help", fr) }, hint: { fr in tr("help", fr) })
    public static let commandLine = Command("command-line", { fr in tr("Command line", fr) })
    public static let redraw = Command("redraw", { fr in tr("Redraw the screen", fr) })
    public static let nextTheme = Command("next-theme", { fr in tr("Next theme (remembered)", fr) })
    public static let panelCohorts = Command("panel-cohorts", { fr in tr("Cohorts panel", fr) })
    public static let panelStructures = Command("panel-structures", { fr in tr("Organisations panel", fr) })
    public static let panelMeetings = Command("panel-meetings", { fr in tr("Meetings panel", fr) })
    public static let panelPartners = Command("panel-partners", { fr in tr("Partners panel", fr) })
    public static let panelFinances = Command("panel-finances", { fr in tr("Finances panel", fr) })
    public static let panelReport = Command("panel-report", { fr in tr("Report panel (indicators)", fr) })
    public static let panelTime = Command("panel-time", { fr in tr("Time panel (staff time)", fr) })
    public static let toggleFocus = Command(
        "toggle-focus", { fr in tr("Switch between list and detail", fr) })
    public static let toggleDetailPane = Command(
        "toggle-detail-pane", { fr in tr("Hide or show the detail beside the list", fr) })
    public static let clearScope = Command("clear-scope", { fr in tr("Show all cohorts", fr) })
    public static let back = Command(
        "back", { fr in tr("Go back", fr) }, hint: { fr in trc("key hint", "back", fr) })
    public static let moveUp = Command("up", { fr in tr("Previous line", fr) })
    public static let moveDown = Command("down", { fr in tr("Next line", fr) })
    public static let pageUp = Command("page-up", { fr in tr("Previous page", fr) })
    public static let pageDown = Command("page-down", { fr in tr("Next page", fr) })
    public static let top = Command("top", { fr in tr("First line", fr) })
    public static let bottom = Command("bottom", { fr in tr("Last line", fr) })
    public static let open = Command(
        "open", { fr in tr("Open the detail", fr) }, hint: { fr in tr("open", fr) })
    public static let filter = Command(
        "filter", { fr in tr("Filter as you type (ignores accents and case)", fr) },
        hint: { fr in tr("filter", fr) })
    public static let cycleSort = Command(
        "sort", { fr in tr("Change the sort order", fr) }, hint: { fr in tr("sort", fr) })
    public static let inputConfirm = Command(
        "input-confirm", { fr in tr("Confirm", fr) }, hint: { fr in tr("confirm", fr) })
    public static let inputCancel = Command(
        "input-cancel", { fr in tr("Cancel", fr) }, hint: { fr in tr("cancel", fr) })
    // Records
    public static let add = Command("add", { fr in tr("Add", fr) }, hint: { fr in tr("add", fr) })
    public static let edit = Command(
        "edit", { fr in tr("Edit (on a detail line: that field)", fr) }, hint: { fr in tr("edit", fr) })
    public static let delete = Command("delete", { fr in tr("Delete (after confirming)", fr) })
    public static let undo = Command("undo", { fr in tr("Undo this session's last change", fr) })
    // Text editing (filter line, command line, form fields)
    public static let cursorLeft = Command("cursor-left", { fr in tr("Previous character", fr) })
    public static let cursorRight = Command("cursor-right", { fr in tr("Next character", fr) })
    public static let cursorStart = Command("cursor-start", { fr in tr("Start of the line", fr) })
    public static let cursorEnd = Command("cursor-end", { fr in tr("End of the line", fr) })
    public static let wordLeft = Command("word-left", { fr in tr("Previous word", fr) })
    public static let wordRight = Command("word-right", { fr in tr("Next word", fr) })
    public static let deleteBackward = Command(
        "delete-backward", { fr in tr("Delete the previous character", fr) })
    public static let deleteForward = Command(
        "delete-forward", { fr in tr("Delete the character under the cursor", fr) })
    public static let deleteToStart = Command("delete-to-start", { fr in tr("Delete to the start", fr) })
    public static let deleteToEnd = Command("delete-to-end", { fr in tr("Delete to the end", fr) })
    public static let deleteWord = Command("delete-word", { fr in tr("Delete the previous word", fr) })
    public static let newline = Command("newline", { fr in tr("New line", fr) })
    // Forms
    public static let nextField = Command(
        "next-field", { fr in tr("Next field", fr) }, hint: { fr in tr("next field", fr) })
    public static let previousField = Command("previous-field", { fr in tr("Previous field", fr) })
    public static let save = Command("save", { fr in tr("Save", fr) }, hint: { fr in tr("save", fr) })
    public static let cancel = Command(
        "cancel", { fr in tr("Cancel (asks before losing changes)", fr) }, hint: { fr in tr("cancel", fr) })
    public static let previousOption = Command(
        "previous-option", { fr in tr("Previous choice", fr) }, hint: { fr in tr("previous choice", fr) })
    public static let nextOption = Command(
        "next-option", { fr in tr("Next choice", fr) }, hint: { fr in tr("next choice", fr) })
    public static let addItem = Command(
        "add-item", { fr in tr("Add an item", fr) }, hint: { fr in tr("add", fr) })
    public static let removeItem = Command(
        "remove-item", { fr in tr("Remove the item", fr) }, hint: { fr in tr("remove", fr) })
    public static let editItem = Command("edit-item", { fr in tr("Open the item", fr) })
    public static let toggleItem = Command(
        "toggle-item", { fr in tr("Tick or untick", fr) }, hint: { fr in tr("tick", fr) })
    // Confirmations
    public static let yes = Command("yes", { fr in tr("Yes", fr) }, hint: { fr in tr("yes", fr) })
    public static let no = Command("no", { fr in tr("No", fr) }, hint: { fr in tr("no", fr) })
    // Séances
    public static let cycleView = Command(
        "view", { fr in tr("Agenda, week or month view", fr) }, hint: { fr in tr("view", fr) })
    public static let export = Command(
        "export", { fr in tr("Export (attendance sheet, iCalendar, audit pack)", fr) })
    public static let previousPeriod = Command(
        "previous-period", { fr in tr("Previous month (or week)", fr) })
    public static let nextPeriod = Command("next-period", { fr in tr("Next month (or week)", fr) })
    public static let markPresent = Command(
        "present", { fr in tr("Mark present (again: back to not marked)", fr) },
        hint: { fr in tr("present", fr) })
    public static let markAbsent = Command(
        "absent", { fr in tr("Mark absent (again: back to not marked)", fr) },
        hint: { fr in tr("absent", fr) })
    public static let markExcused = Command(
        "excused", { fr in tr("Mark excused (again: back to not marked)", fr) },
        hint: { fr in tr("excused", fr) })
    // Shared store
    public static let history = Command(
        "history", { fr in tr("The record's history (who changed what)", fr) })
    public static let keepAllMine = Command(
        "keep-all-mine", { fr in tr("Keep all your values", fr) }, hint: { fr in tr("all yours", fr) })
    public static let takeAllTheirs = Command(
        "take-all-theirs", { fr in tr("Take all the other values", fr) }, hint: { fr in tr("all theirs", fr) }
    )
}
