/// Where a key is pressed; bindings of more specific contexts win.
public enum KeyContext: String, CaseIterable, Sendable {
    case global
    case list
    case cohorts
    case structures
    case meetings
    case partners
    /// Cohorts and structures, to which a partner can be assigned.
    case assignable
    /// The week and month views of Séances.
    case calendar
    case detail
    /// A meeting's detail.
    case meetingDetail
    case editableDetail
    case input
    case text
    case form
    case textArea
    case choice
    case listField
    case dialog
    /// Which occurrences of a series an edit changes.
    case seriesDialog
    case exportDialog
    case picker
    /// Marking who came to a meeting.
    case attendance
    /// The workshop screen, and its three panes.
    case workshop
    case workshopContributions
    case workshopCheckIn
    case workshopActions
    /// Typing on the workshop's capture line.
    case capture
    /// The projector's read-only view of a workshop.
    case follow
    /// Comparing a form with the version saved elsewhere.
    case merge
    case finances
    /// A structure's finance detail: suggestions and financing kept.
    case financeDetail
    /// The grids of accounts and of a project's budget.
    case grid
    /// The report: its indicators, and one's explanation.
    case report
    case reportDetail
    /// Temps: the team's month, a person's month, and the week grid.
    case time
    case timeDetail
    case week
    case help
}

/// Everything about a key: the stable name of what it does (used by
/// `[keys]` remapping and the help), its keys and context, what the help
/// says, whether it writes (a read-only session refuses it from that
/// flag), when it applies, and its handler. The help overlay, the status
/// line's hints and the README's key tables are made from these.
public struct KeyBinding: Sendable {
    public typealias Handler = @Sendable (inout AppState) -> [Effect]
    public typealias Condition = @Sendable (AppState) -> Bool

    public var keys: [Key]
    public var command: Command
    public var context: KeyContext
    /// Shown in the status line's key hints.
    public var hint: Bool
    /// What the help says the key does here (by default, its command's text).
    public var help: Msg
    /// Writes to the store: refused in a read-only session, saying why.
    public var writes: Bool
    /// When the binding applies (nil: always). A binding that does not
    /// apply lets its key fall through to the next context.
    public var condition: Condition?
    /// What the help says about when it applies.
    public var conditionHelp: Msg?
    public var handler: Handler

    public init(
        _ keys: [Key], _ command: Command, _ context: KeyContext, hint: Bool = false, help: Msg? = nil,
        writes: Bool = false, when condition: Condition? = nil, whenHelp: Msg? = nil,
        _ handler: @escaping Handler
    ) {
        self.keys = keys
        self.command = command
        self.context = context
        self.hint = hint
        self.help = help ?? .command(command)
        self.writes = writes
        self.condition = condition
        conditionHelp = whenHelp
        self.handler = handler
    }

    /// Whether the binding applies in `state`.
    public func applies(in state: AppState) -> Bool { condition?(state) ?? true }

    /// The status line's word for it.
    public var hintText: Msg {
        if case .keyHelp(let help) = help { return .keyHint(help) }
        return .commandHint(command)
    }
}

extension KeyBinding: Equatable {
    /// Bindings are the same when they bind the same keys to the same
    /// command in the same context, shown the same way.
    public static func == (a: KeyBinding, b: KeyBinding) -> Bool {
        a.keys == b.keys && a.command == b.command && a.context == b.context && a.hint == b.hint
            && a.help == b.help && a.writes == b.writes
    }
}

/// Keys → bindings, per context. The help overlay and the status-bar hints
/// are generated from this table, so they cannot drift from what keys do.
public struct Keymap: Equatable, Sendable {
    public var bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) { self.bindings = bindings }

    /// The binding `key` triggers in `state`, looking through `contexts` in
    /// order; one that does not apply now lets the key fall through.
    public func binding(for key: Key, in contexts: [KeyContext], state: AppState) -> KeyBinding? {
        for context in contexts {
            for binding in bindings
            where binding.context == context && binding.keys.contains(key) && binding.applies(in: state) {
                return binding
            }
        }
        return nil
    }

    /// The command `key` triggers, looking through `contexts` in order
    /// (whatever the state: for remapping and its tests).
    public func command(for key: Key, in contexts: [KeyContext]) -> Command? {
        for context in contexts {
            for binding in bindings where binding.context == context && binding.keys.contains(key) {
                return binding.command
            }
        }
        return nil
    }

    /// Bindings of one context, in table order.
    public func bindings(in context: KeyContext) -> [KeyBinding] {
        bindings.filter { $0.context == context }
    }

    /// Hint bindings for the given contexts that apply in `state`, most
    /// specific first, one per command.
    /// The hints of the status line, each with the key shown for it: the
    /// first of its keys that reaches it here. A binding whose every key is
    /// taken first by another one (Enter in a text area adds a line, it
    /// does not save) is not hinted: a hint never names a key that does
    /// something else.
    public func hints(for contexts: [KeyContext], in state: AppState) -> [(binding: KeyBinding, key: Key)] {
        var seen = Set<Command>()
        var result: [(binding: KeyBinding, key: Key)] = []
        for context in contexts {
            for binding in bindings
            where binding.context == context && binding.hint && binding.applies(in: state) {
                let reaching = binding.keys.first { key in
                    let taker = self.binding(for: key, in: contexts, state: state)
                    return taker?.command == binding.command && taker?.context == binding.context
                }
                guard let key = reaching, seen.insert(binding.command).inserted else { continue }
                result.append((binding, key))
            }
        }
        return result
    }

    /// Every binding of the application: the shell's, the shared
    /// widgets', and each panel's (see their `…Bindings` files). Within a
    /// context, the first binding of a key wins.
    public static let standard = Keymap(
        bindings: ShellBindings.all + ListBindings.all + FormBindings.all + PanelRegistry.bindings)
}
