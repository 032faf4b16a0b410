import Glibc
import Synchronization

/// Remembers SIGINT, SIGTERM and SIGHUP so that the main loop can restore
/// the terminal and leave cleanly instead of dying with curses still on.
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

    /// The signal received since start, or nil.
    static var received: Int32? {
        let value = pending.load(ordering: .relaxed)
        return value == 0 ? nil : value
    }
}
