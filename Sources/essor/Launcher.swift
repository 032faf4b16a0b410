import EssorConfig
import EssorCore
import EssorStore
import EssorTerminal
import EssorUI
import Foundation
import Synchronization

/// The exit statuses every command documents (README, « Exit status »).
enum ExitStatus {
    static let done: Int32 = 0
    static let notFound: Int32 = 1
    static let invalid: Int32 = 2
    static let conflict: Int32 = 3
    /// The store stayed locked by others beyond the wait: try again.
    static let busy: Int32 = 4

    static func of(_ error: StoreError) -> Int32 {
        if case .locked = error { return busy }
        return invalid
    }
}

/// Opening stores and running the full-screen interface, shared by the
/// commands; every failure becomes a clear message and an exit status.
enum Launcher {
    /// Runs `body`, turning failures into a message on stderr and an exit.
    static func guarded(_ options: GlobalOptions, _ body: (Lang) throws -> Void) throws {
        let lang = (try? options.language()) ?? .fr
        do {
            let language = try options.language()
            for problem in options.configuration.problems {
                warn(Strings.text(.config(problem), language))
            }
            try body(language)
        } catch let failure as Failure {
            exit(with: failure)
        } catch let error as StoreError {
            var failure = Failure(.storeProblem(error), lang: lang, status: ExitStatus.of(error))
            // No store yet, but the demonstration is there: say how to reach it.
            let demo = StoreLocation.demoStore(environment: ProcessInfo.processInfo.environment)
            if case .missingStore(let path) = error, path != demo,
                FileManager.default.fileExists(atPath: demo)
            {
                failure = Failure(
                    message: failure.message + "\n" + Strings.text(.cli(.demoStoreHint(demo)), lang),
                    status: failure.status)
            }
            exit(with: failure)
        } catch let error as TerminalError {
            switch error {
            case .notATerminal: exit(with: Failure(.notATerminal, lang: lang))
            case .unsupportedTerminal(let term): exit(with: Failure(.unsupportedTerminal(term), lang: lang))
            }
        }
    }

    /// Writes the message to stderr, every line escaped (a message may
    /// quote a name from the store or what the user typed), and exits.
    static func exit(with failure: Failure) -> Never {
        Console.message(failure.message)
        forgetCreatedStore()
        Foundation.exit(failure.status)
    }

    /// A store this command created, and the folders it made for it, until
    /// it succeeds: a refused command leaves no empty store behind where
    /// there was none.
    private static let created = Mutex<(store: String, folders: [String])?>(nil)

    private static func forgetCreatedStore() {
        guard let (path, folders) = created.withLock({ $0 }) else { return }
        // Only if it is still empty (nobody else wrote into it meanwhile).
        if let store = try? Store.openReadOnly(path: path) {
            guard (try? store.isEmpty()) == true else { return }
            try? store.close()
        }
        for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
        for folder in folders { rmdir(folder) }  // deepest first; only if empty
    }

    /// The folders above `path` that do not exist yet, deepest first.
    private static func missingFolders(above path: String) -> [String] {
        var missing: [String] = []
        var folder = (path as NSString).deletingLastPathComponent
        while !folder.isEmpty, folder != "/", PathKind.of(folder) == .absent {
            missing.append(folder)
            folder = (folder as NSString).deletingLastPathComponent
        }
        return missing
    }

    /// Problems of a file, one per line: the first 30, then how many more
    /// (a 200,000-line file with one mistake repeated says so in a screen).
    static func problems(_ lines: [String], lang: Lang) -> String {
        let shown = 30
        guard lines.count > shown else { return lines.joined(separator: "\n") }
        let more = lines.count - shown
        let tail =
            tr("… and %s more problems (nothing was written)", lang == .fr, more)
        return (lines.prefix(shown) + [tail]).joined(separator: "\n")
    }

    /// A line on stderr, escaped (it may quote what a file holds).
    static func warn(_ message: String) { Console.message("essor : " + message) }

    /// Opens the store for a command that writes: refused with `--read-only`.
    static func openStore(_ path: String, lang: Lang, options: GlobalOptions) throws -> Store {
        if options.readOnly { throw StoreError.readOnly(.asked) }
        let existed = PathKind.of(path) != .absent
        let folders = missingFolders(above: path)
        if !existed { created.withLock { $0 = (path, folders) } }
        return try Store.open(path: path, wait: try options.waitSeconds(lang) ?? Store.commandWait)
    }

    /// Opens the store for the interface: read-only when asked, or when the
    /// file cannot be written or comes from a newer essor (said on stderr,
    /// and shown in the header).
    static func openInterfaceStore(_ path: String, lang: Lang, options: GlobalOptions) throws -> Store {
        let store = try Store.openForInterface(
            path: path, readOnly: options.readOnly, wait: try options.waitSeconds(lang) ?? Store.busyTimeout)
        if let reason = store.readOnly, reason != .asked {
            warn(Strings.text(.cli(.script(.openedReadOnly(reason))), lang))
        }
        return store
    }

    static var now: Int64 { Int64(Date().timeIntervalSince1970) }

    /// Fails as the interface would, before a command changes anything for
    /// it: no terminal, or one that cannot run it.
    static func requireTerminal(lang: Lang) throws {
        guard isatty(0) == 1, isatty(1) == 1 else { throw Failure(.notATerminal, lang: lang) }
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" { throw Failure(.unsupportedTerminal(term), lang: lang) }
    }

    /// Starts curses, runs the interface until the user quits or a signal
    /// arrives, and always gives the terminal back.
    static func runInterface(
        store: Store, lang: Lang, options: GlobalOptions, workshop: (MeetingID, follow: Bool)? = nil
    ) throws {
        let environment = options.environment
        let settings = Settings(
            themeOption: options.theme, environment: environment, executable: Bundle.main.executablePath)
        // Problems with the theme (the configuration's were told already).
        let configProblems = options.configuration.problems
        for problem in settings.preferences.problems where !configProblems.contains(problem) {
            warn(Strings.text(.config(problem), lang))
        }
        let terminal = try CursesTerminal(theme: settings.preferences.theme)
        let outcome: TerminalSession.Outcome
        do {
            let controller = try AppController(
                store: store, lang: lang, size: terminal.size, now: now, home: environment["HOME"],
                preferences: settings.preferences, themes: settings.themes)
            if let (meeting, follow) = workshop { controller.openWorkshop(meeting, follow: follow) }
            outcome = TerminalSession.run(controller, terminal: terminal)
        } catch {
            terminal.stop()
            throw error
        }
        terminal.stop()
        if case .signal(let number) = outcome { Foundation.exit(128 + number) }
    }
}
