import EssorCore
import EssorStore
import Foundation
import Glibc
import Testing

@testable import EssorUI

/// A terminal that plays a script of keys, signals and resizes, and keeps
/// what the main loop drew: the loop is tested without tmux.
final class ScriptedTerminal: TerminalBackend {
    enum Event {
        case key(Key)
        case signal(Int32)
        case resize(Size)
        /// Nothing typed for a while (the loop ticks).
        case pause
    }

    private(set) var size: Size
    let glyphs = Glyphs.unicode
    private(set) var pendingSignal: Int32?
    private var script: [Event]
    private(set) var frames: [(full: Bool, text: String)] = []
    private(set) var suspended = 0
    private(set) var themes: [String] = []

    init(size: Size = Size(width: 120, height: 40), _ script: [Event]) {
        self.size = size
        self.script = script
    }

    func clearSignal() { pendingSignal = nil }

    func readKey(timeoutMilliseconds: Int32) -> Key? {
        guard !script.isEmpty else {
            // The script is over: the link drops.
            pendingSignal = SIGHUP
            return nil
        }
        switch script.removeFirst() {
        case .key(let key): return key
        case .signal(let number):
            pendingSignal = number
            return nil
        case .resize(let new):
            size = new
            return .resize
        case .pause:
            return nil
        }
    }

    func draw(_ canvas: Canvas, full: Bool) { frames.append((full, HeadlessRenderer.text(canvas))) }
    func apply(_ theme: Theme) { themes.append(theme.name) }
    func catchUpWithSize() -> Bool { false }
    func suspend() { suspended += 1 }

    var lastScreen: String { frames.last?.text ?? "" }
}

@Suite struct MainLoopTests {
    func keys(_ text: String) -> [ScriptedTerminal.Event] { text.map { .key(.char($0)) } }

    @Test func everyKeyTypedIsHandledBeforeOneDraw() throws {
        let app = try DemoFixture(width: 120, height: 40)
        let terminal = ScriptedTerminal(keys("2/econ") + [.key(.enter), .pause, .key(.char("q"))])
        #expect(TerminalSession.run(app.controller, terminal: terminal) == .quit)
        // The first frame, one for the seven keys typed at once, and none for q.
        #expect(terminal.frames.count == 2)
        #expect(terminal.frames[0].full)
        #expect(terminal.lastScreen.contains("filtre « econ »"))
    }

    @Test func aDroppedLinkKeepsTheOpenFormAsADraft() throws {
        let app = try DemoFixture(width: 120, height: 40)
        let terminal = ScriptedTerminal(keys("2a") + keys("Coop du Brouillon") + [.pause, .signal(SIGHUP)])
        #expect(TerminalSession.run(app.controller, terminal: terminal) == .signal(SIGHUP))
        let drafts = try app.store.drafts(author: ChangeAuthor.login())
        #expect(drafts.count == 1)
        #expect(drafts.first?.payload.contains("Coop du Brouillon") == true)
    }

    @Test func ctrlCCancelsAFormAndQuitsElsewhere() throws {
        let app = try DemoFixture(width: 120, height: 40)
        let form = ScriptedTerminal(
            keys("2a") + keys("Coop") + [.signal(SIGINT), .pause, .key(.ctrl("c")), .pause, .key(.char("q"))])
        #expect(TerminalSession.run(app.controller, terminal: form) == .signal(SIGHUP))
        // Both Ctrl-Cs (the signal, then the key in raw mode) asked first.
        #expect(form.frames.contains { $0.text.contains("Abandonner les modifications ?") })
        #expect(app.state.form != nil || app.state.dialog != nil)

        let list = try DemoFixture(width: 120, height: 40)
        let quits = ScriptedTerminal(keys("2") + [.key(.ctrl("c"))])
        #expect(TerminalSession.run(list.controller, terminal: quits) == .signal(SIGINT))
    }

    @Test func aResizeRepaintsEveryCell() throws {
        let app = try DemoFixture(width: 120, height: 40)
        let terminal = ScriptedTerminal([
            .pause, .resize(Size(width: 80, height: 24)), .pause, .key(.char("q")),
        ])
        #expect(TerminalSession.run(app.controller, terminal: terminal) == .quit)
        // After the resize, a frame is drawn whole (a clock tick crossing a
        // minute on a loaded machine may add a frame: the count is not the point).
        #expect(terminal.frames.count >= 2 && terminal.frames.dropFirst().contains { $0.full })
        #expect(terminal.lastScreen.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(terminal.lastScreen.contains("ESSor"))
    }

    @Test func aPasteGoesToTheFilterAndCtrlZSuspends() throws {
        let app = try DemoFixture(width: 120, height: 40)
        let terminal = ScriptedTerminal(
            keys("2/") + [
                .key(.paste("deux\nrives")), .key(.enter), .pause, .key(.ctrl("z")), .pause, .key(.char("q")),
            ])
        #expect(TerminalSession.run(app.controller, terminal: terminal) == .quit)
        #expect(terminal.suspended == 1)
        #expect(terminal.frames[1].text.contains("filtre « deux rives »"))
        #expect(terminal.frames.count == 3 && terminal.frames[2].full)  // after fg, drawn again whole
    }

    @Test func aThemeKeyReachesTheTerminal() throws {
        let app = try DemoFixture(width: 120, height: 40, themes: StubThemes())
        let terminal = ScriptedTerminal(keys("T") + [.pause, .key(.char("q"))])
        #expect(TerminalSession.run(app.controller, terminal: terminal) == .quit)
        #expect(terminal.themes == ["nuit"])
    }
}

/// Two themes, the second one named like a shipped one.
final class StubThemes: ThemeProvider {
    var names: [String] { ["defaut", "nuit"] }
    func load(_ name: String) -> Result<(Theme, [ConfigProblem]), ConfigProblem> {
        var theme = Theme.builtIn
        theme.name = name
        return .success((theme, []))
    }
    func remember(_ name: String) -> ConfigProblem? { nil }
}
