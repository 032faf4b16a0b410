import EssorUI
import Foundation
import Testing

/// A person at the keyboard of the real binary in tmux. The screen's state
/// is not visible from here, so each step names where the user is (the
/// key lookup of that screen, `KeyLookup`) and what they want; the key
/// comes from the bindings, as the help shows it:
///
///     try TerminalUser(tmux).run(.panelFinances, in: .cohorts).run(.editModel, in: .finances)
///
/// `run` fails the test, and sends nothing, when no key of that screen
/// reaches the command or when every key of it is taken first by another.
final class TerminalUser {
    let session: TmuxSession
    let keymap: Keymap

    init(_ session: TmuxSession, keymap: Keymap = .standard) {
        self.session = session
        self.keymap = keymap
    }

    /// The key of `command` on the screen `lookup`.
    func key(for command: Command, in lookup: KeyLookup) -> Key? {
        let contexts = lookup.contexts
        let keys = contexts.flatMap { keymap.bindings(in: $0) }.filter { $0.command == command }.flatMap(
            \.keys)
        return keys.first { keymap.command(for: $0, in: contexts) == command }
    }

    @discardableResult
    func run(_ command: Command, in lookup: KeyLookup, sourceLocation: SourceLocation = #_sourceLocation)
        throws
        -> Self
    {
        guard let key = key(for: command, in: lookup) else {
            Issue.record("no key reaches “\(command.rawValue)” in \(lookup)", sourceLocation: sourceLocation)
            return self
        }
        try send(key)
        return self
    }

    /// Types text as it is.
    @discardableResult
    func type(_ text: String) throws -> Self {
        try session.type(text)
        return self
    }

    func send(_ key: Key) throws {
        switch key {
        case .char(let c): try session.type(String(c))
        default: try session.press(Self.tmuxName(key))
        }
    }

    /// tmux's name for a key (`send-keys` without `-l`).
    static func tmuxName(_ key: Key) -> String {
        switch key {
        case .char(let c): String(c)
        case .ctrl(let c): "C-\(c)"
        case .alt(let c): "M-\(c)"
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .pageUp: "PPage"
        case .pageDown: "NPage"
        case .home: "Home"
        case .end: "End"
        case .insert: "IC"
        case .delete: "DC"
        case .backspace: "BSpace"
        case .enter: "Enter"
        case .escape: "Escape"
        case .tab: "Tab"
        case .backTab: "BTab"
        case .function(let n): "F\(n)"
        case .resize, .paste: ""
        }
    }
}
