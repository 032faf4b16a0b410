import EssorCore
import EssorStore
import Foundation
import Testing

@testable import EssorUI

/// A person at the keyboard of the demo fixture. Each step says what the
/// person wants — a command, a panel, a record — and the driver finds the
/// key as they would, from the bindings of the screen in front of them:
///
///     User(app).scope(to: "Exemple").panel(.finances)
///         .select("Épicerie Solidaire du Bessin").run(.editModel)
///
/// `run` records a test issue, and presses nothing, when no key reaches
/// the command where the user is (unreachable), or when each of its keys
/// is taken by another binding first (shadowed).
final class User {
    let app: DemoFixture
    /// What the last step's key asked the runtime to do.
    private(set) var effects: [Effect] = []

    init(_ app: DemoFixture) { self.app = app }

    var state: AppState { app.state }

    /// The key that runs `command` where the user is now, or why none does.
    func key(for command: Command) -> Result<Key, Unreachable> {
        let contexts = state.keyContexts
        let candidates = contexts.flatMap { context in
            state.keymap.bindings(in: context).filter { $0.command == command && $0.applies(in: state) }
        }
        guard !candidates.isEmpty else {
            let elsewhere = state.keymap.bindings.filter { $0.command == command }.map(\.context)
            return .failure(.noBinding(command, contexts, elsewhere: elsewhere))
        }
        var takers: [KeyBinding] = []
        for binding in candidates {
            for key in binding.keys {
                guard let taker = state.keymap.binding(for: key, in: contexts, state: state) else { continue }
                if taker.command == command { return .success(key) }
                takers.append(taker)
            }
        }
        return .failure(.shadowed(command, by: takers.map(\.command)))
    }

    enum Unreachable: Error, CustomStringConvertible {
        case noBinding(Command, [KeyContext], elsewhere: [KeyContext])
        case shadowed(Command, by: [Command])

        var description: String {
            switch self {
            case .noBinding(let command, let contexts, let elsewhere):
                "no key runs “\(command.rawValue)” in \(contexts) (it is bound in \(elsewhere))"
            case .shadowed(let command, let others):
                "every key of “\(command.rawValue)” is taken first by \(others.map(\.rawValue))"
            }
        }
    }

    /// Presses the key of `command`.
    @discardableResult
    func run(_ command: Command, sourceLocation: SourceLocation = #_sourceLocation) -> Self {
        switch key(for: command) {
        case .success(let key): effects = app.controller.press([key])
        case .failure(let why): Issue.record("\(why)", sourceLocation: sourceLocation)
        }
        return self
    }

    /// Types text (into a field, the filter, the command line).
    @discardableResult
    func type(_ text: String) -> Self {
        effects = app.controller.press(Key.typing(text))
        return self
    }

    /// Opens a panel with its key.
    @discardableResult
    func panel(_ panel: PanelID, sourceLocation: SourceLocation = #_sourceLocation) -> Self {
        let command: Command =
            switch panel {
            case .cohorts: .panelCohorts
            case .structures: .panelStructures
            case .meetings: .panelMeetings
            case .partners: .panelPartners
            case .finances: .panelFinances
            case .report: .panelReport
            case .time: .panelTime
            }
        return run(command, sourceLocation: sourceLocation)
    }

    /// The name of the record under the cursor (the list's first column).
    var selectedName: String? {
        let list = state.current
        guard list.visible.indices.contains(list.cursor.index) else { return nil }
        return PanelRegistry.module(state.panel).cells(
            list.cursor.index, list.visible, state, glyphs: .unicode)?
            .first
    }

    /// Moves the cursor onto the record named `name`, from the top, the way
    /// a person scrolls down the list.
    @discardableResult
    func select(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) -> Self {
        run(.top, sourceLocation: sourceLocation)
        for _ in 0..<state.current.visible.count {
            if selectedName == name { return self }
            run(.moveDown, sourceLocation: sourceLocation)
        }
        if selectedName != name {
            Issue.record("no “\(name)” in \(state.panel)", sourceLocation: sourceLocation)
        }
        return self
    }

    /// Narrows every panel to one cohort, from the Cohorts panel.
    @discardableResult
    func scope(to cohort: String, sourceLocation: SourceLocation = #_sourceLocation) -> Self {
        panel(.cohorts, sourceLocation: sourceLocation)
        select(cohort, sourceLocation: sourceLocation)
        return run(.open, sourceLocation: sourceLocation)
    }
}
