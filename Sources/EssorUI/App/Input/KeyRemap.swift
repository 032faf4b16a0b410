/// One line of the configuration's `[keys]` table: an action and the keys
/// that trigger it from now on.
public struct KeyRemap: Equatable, Sendable {
    public var command: Command
    public var keys: [Key]
    /// Where it was written, for messages.
    public var line: Int?

    public init(_ command: Command, _ keys: [Key], line: Int? = nil) {
        self.command = command
        self.keys = keys
        self.line = line
    }
}

extension KeyContext {
    /// Contexts where printable characters are typed as text: a remapped
    /// letter never takes effect there, so typing keeps working.
    var takesTyping: Bool {
        switch self {
        case .input, .text, .textArea, .form, .picker, .choice, .capture: true
        default: false
        }
    }

    /// Contexts whose bindings are looked up together (`KeyLookup`): a
    /// key can only mean one thing among them.
    static let lookedUpTogether: [Set<KeyContext>] = KeyLookup.allCases.map { Set($0.contexts) }

    func isLookedUp(with other: KeyContext) -> Bool {
        Self.lookedUpTogether.contains { $0.contains(self) && $0.contains(other) }
    }
}

extension Keymap {
    /// The keymap with each remapped action triggered by its new keys
    /// instead of its old ones, in every context it has a binding in (a
    /// printable key is left out where text is typed). A key given to an
    /// action is taken from the other actions looked up alongside, so it
    /// does what the file says. Also returns the actions left with no key
    /// at all, each with the line of the remapping that took its keys.
    public func remapped(_ remaps: [KeyRemap]) -> (keymap: Keymap, orphans: [KeyRemap]) {
        var result = bindings
        for remap in remaps {
            for index in result.indices where result[index].command == remap.command {
                let context = result[index].context
                result[index].keys = remap.keys.filter { key in
                    if case .char = key, context.takesTyping { return false }
                    return true
                }
                let taken = result[index].keys
                for other in result.indices
                where result[other].command != remap.command
                    && result[other].context.isLookedUp(with: context)
                {
                    result[other].keys.removeAll { taken.contains($0) }
                }
            }
        }
        var orphans: [KeyRemap] = []
        for command in Command.allCases {
            let original = bindings.filter { $0.command == command }
            guard !original.isEmpty, result.allSatisfy({ $0.command != command || $0.keys.isEmpty }) else {
                continue
            }
            let keys = Set(original.flatMap(\.keys))
            let culprit =
                remaps.last { $0.command == command }
                ?? remaps.first { $0.keys.contains(where: keys.contains) }
            orphans.append(KeyRemap(command, [], line: culprit?.line))
        }
        return (Keymap(bindings: result), orphans)
    }
}
