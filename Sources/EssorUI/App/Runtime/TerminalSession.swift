import Foundation
import Glibc

/// The main loop: keys from the terminal to the controller, frames from
/// the controller to the terminal, and a tick every second so that changes
/// from other processes and the passing of time show without a key press.
public enum TerminalSession {
    /// How the session ended.
    public enum Outcome: Equatable, Sendable {
        case quit
        case signal(Int32)
    }

    public static func run(_ controller: AppController, terminal: some TerminalBackend) -> Outcome {
        controller.resize(terminal.size)
        controller.offerDrafts()
        // A long task (the audit pack) shows its progress as it goes.
        controller.repaintNow = { terminal.draw(controller.render(glyphs: terminal.glyphs), full: false) }
        terminal.draw(controller.render(glyphs: terminal.glyphs), full: true)
        controller.prefetchSearchIndexes()
        var lastTick = Date()
        while true {
            if let signal = terminal.pendingSignal {
                // The link dropped or essor is told to stop: keep the open
                // form in the store, to offer back at the next start.
                if signal == SIGHUP || signal == SIGTERM {
                    controller.keepDraft(now: Int64(Date().timeIntervalSince1970))
                    return .signal(signal)
                }
                // Ctrl-C in a form or a grid means "cancel this", which
                // asks before anything typed is lost; elsewhere it quits.
                guard signal == SIGINT, controller.state.holdsTyping else { return .signal(signal) }
                terminal.clearSignal()
                controller.press(.escape)
                terminal.draw(controller.render(glyphs: terminal.glyphs), full: false)
            }
            var dirty = false
            var full = false
            // Handle every key already typed before drawing once, so that
            // key repeat and pastes over a slow link do not queue frames.
            // A report being made in the background is shown soon after.
            let wait = controller.reportPending ? 20 : min(250, controller.tickInterval * 1000)
            var key = terminal.readKey(timeoutMilliseconds: Int32(wait))
            while let current = key {
                if current == .ctrl("c") {
                    // Ctrl-C typed (raw mode): as the signal would be.
                    guard controller.state.holdsTyping else { return .signal(SIGINT) }
                    controller.press(.escape)
                } else if current == .ctrl("z") {
                    terminal.suspend()
                    full = true
                } else if current == .resize {
                    controller.resize(terminal.size)
                    full = true
                } else {
                    let effects = controller.press(current)
                    if effects.contains(.quit) { return .quit }
                    if effects.contains(.redraw) { full = true }
                    for case .applyTheme(let theme) in effects {
                        terminal.apply(theme)
                        full = true
                    }
                }
                dirty = true
                if terminal.pendingSignal != nil { break }
                key = terminal.readKey(timeoutMilliseconds: 0)
            }
            let now = Date()
            if terminal.catchUpWithSize() {
                controller.resize(terminal.size)
                dirty = true
                full = true
            }
            if now.timeIntervalSince(lastTick) >= controller.tickInterval || dirty {
                if controller.tick(now: Int64(now.timeIntervalSince1970)) { dirty = true }
                lastTick = now
            }
            // After a change (here or elsewhere) the indexes are read again.
            controller.prefetchSearchIndexes()
            if controller.collectPrefetched() { dirty = true }
            if dirty { terminal.draw(controller.render(glyphs: terminal.glyphs), full: full) }
        }
    }
}
