import CNCurses
import Foundation
import Glibc
import Synchronization

/// Remembers SIGINT, SIGTERM and SIGHUP so that the main loop can restore
/// the terminal and leave cleanly instead of dying with curses still on.
typealias SignalAction = sigaction

enum SignalTrap {
    static let pending = Atomic<Int32>(0)

    static func install() {
        // A launcher may hand us a blocked signal mask (threads of many
        // runtimes block signals, and children inherit the mask): without
        // these, resizing, Ctrl-C and a dropped SSH link would go unnoticed.
        var wanted = sigset_t()
        sigemptyset(&wanted)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGTSTP, SIGCONT] { sigaddset(&wanted, signal) }
        pthread_sigmask(SIG_UNBLOCK, &wanted, nil)
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                SignalTrap.pending.store(number, ordering: .relaxed)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
        }
    }

    static let fatalSignals = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]

    /// The handlers in place before the crash guard (the Swift runtime's
    /// backtracer), indexed by signal number. Written once before curses
    /// starts, read only from the guard.
    nonisolated(unsafe) static var previous = [SignalAction](repeating: SignalAction(), count: 32)

    /// On a crash (a Swift trap is SIGILL or SIGTRAP), gives the terminal
    /// back, then lets the handler that was there before report the crash:
    /// the user's shell must not be left without echo.
    static func installCrashGuard() {
        for signal in fatalSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                endwin()
                sigaction(number, &SignalTrap.previous[Int(number)], nil)
                raise(number)  // delivered to the previous handler once this one returns
            }
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, &previous[Int(signal)])
        }
    }

    /// Puts the previous crash handling back once curses is off.
    static func removeCrashGuard() {
        for signal in fatalSignals { sigaction(signal, &previous[Int(signal)], nil) }
    }

    /// Forgets a signal that was handled without leaving.
    static func clear() { pending.store(0, ordering: .relaxed) }

    /// How long the main loop has to act on a signal before essor leaves
    /// without it (seconds).
    static let grace = 1.0

    /// Starts the watchdog: a signal the main loop has not acted on within
    /// `grace` (it is busy with a long computation, or stuck) still ends
    /// essor, with the terminal given back. Once started, runs until exit.
    static func startWatchdog() {
        let thread = Thread {
            var seen: Int32 = 0
            var since = Date()
            while true {
                Thread.sleep(forTimeInterval: 0.1)
                let current = pending.load(ordering: .relaxed)
                if current == 0 {
                    seen = 0
                    continue
                }
                if current != seen {
                    seen = current
                    since = Date()
                } else if Date().timeIntervalSince(since) >= grace {
                    endwin()
                    _exit(128 + current)
                }
            }
        }
        thread.stackSize = 1 << 16
        thread.start()
    }

    /// The signal received since start, or nil.
    static var received: Int32? {
        let value = pending.load(ordering: .relaxed)
        return value == 0 ? nil : value
    }
}
