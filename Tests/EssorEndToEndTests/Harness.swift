import EssorCore
import EssorStore
import Foundation

/// Finds the `essor` binary built next to this test bundle.
enum EssorBinary {
    static var path: String {
        if let explicit = ProcessInfo.processInfo.environment["ESSOR_BINARY"] { return explicit }
        return besideTheTests("essor")
    }

    /// `essor-bench`, whose write-load and read-load drive the stress tests.
    static var bench: String { (path as NSString).deletingLastPathComponent + "/essor-bench" }

    static func besideTheTests(_ name: String) -> String {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        // On some platforms the runner sits inside a bundle folder.
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path)
            && folder.path != "/"
        {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent(name).path
    }
}

/// An empty configuration folder for every process the tests start, so
/// that the developer's own `~/.config/essor` never changes a result (a
/// test that needs a configuration passes its own `XDG_CONFIG_HOME`).
enum IsolatedConfig {
    static let path: String = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "essor-e2e-config-\(getpid())"
        ).path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }()
}

struct HarnessError: Error, CustomStringConvertible {
    let description: String
}

/// The Debian package of each tool the tests drive: a test that needs a
/// missing tool fails saying which package to install (`./scripts/test`
/// installs them all), instead of passing or failing obscurely.
enum TestTools {
    static let packages: [String: String] = [
        "/usr/bin/tmux": "tmux", "/usr/sbin/sshd": "openssh-server", "/usr/bin/ssh": "openssh-client",
        "/usr/bin/ssh-keygen": "openssh-client", "/usr/bin/pkill": "procps", "/usr/bin/script": "bsdutils",
        "/usr/bin/setpriv": "util-linux", "/usr/bin/unshare": "util-linux", "/usr/bin/python3": "python3",
        "/usr/bin/nice": "coreutils", "/bin/sh": "dash", "/usr/bin/sha256sum": "coreutils",
        "/usr/bin/weasyprint": "weasyprint", "/usr/bin/pdftotext": "poppler-utils",
        "/usr/bin/pdfinfo": "poppler-utils",
    ]

    static func require(_ executable: String) throws {
        guard executable.hasPrefix("/"), access(executable, X_OK) != 0 else { return }
        let package = packages[executable].map { "the Debian package \($0)" } ?? "the program"
        throw HarnessError(
            description:
                "\(executable) is missing: install \(package) (./scripts/test installs what the tests need)")
    }
}

/// The demo store at `path`, as `essor demo` makes it (without a terminal,
/// essor demo refuses before making anything).
func makeDemoStore(_ path: String) throws {
    let store = try Store.open(path: path)
    try DemoProgramme.install(
        into: store, today: WallClock.paris.today(now: Int64(Date().timeIntervalSince1970)))
    try store.close()
}

/// The result of running a command to completion.
struct Run {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// Starts a program without waiting for it: standard input from
/// /dev/null, output to the given files (/dev/null by default). Uses
/// posix_spawn rather than Foundation's Process, which keeps reporting a
/// process as running while a daemon it started (the tmux server) holds
/// one of its descriptors.
func spawn(
    _ executable: String, _ arguments: [String], environment: [String: String] = [:],
    stdout: String = "/dev/null", stderr: String = "/dev/null", directory: String? = nil
) throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

    var env = ProcessInfo.processInfo.environment
    env["XDG_CONFIG_HOME"] = IsolatedConfig.path
    env["NO_COLOR"] = nil
    env.merge(environment) { $1 }
    // In another folder: through the shell, which changes to it first.
    let command =
        directory.map { ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", $0, executable] + arguments }
        ?? [executable] + arguments
    let argv = command.map { strdup($0) } + [nil]
    let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
        for pointer in argv + envp { free(pointer) }
    }
    // Test runner threads block signals; a child must start as it would
    // from a shell, with none blocked and default handlers.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    var all = sigset_t()
    sigfillset(&all)
    sigdelset(&all, SIGKILL)
    sigdelset(&all, SIGSTOP)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    try TestTools.require(executable)
    let spawned = posix_spawn(&pid, command[0], &actions, &attributes, argv, envp)
    guard spawned == 0 else {
        throw HarnessError(description: "cannot start \(executable): \(String(cString: strerror(spawned)))")
    }
    return pid
}

/// Waits for a spawned process and returns its exit status (128 + the
/// signal for one killed); kills it after `timeout` seconds.
func wait(for pid: pid_t, _ what: String, timeout: TimeInterval) throws -> Int32 {
    let deadline = Date().addingTimeInterval(timeout)
    var status: Int32 = 0
    while waitpid(pid, &status, WNOHANG) == 0 {
        if Date() > deadline {
            kill(pid, SIGKILL)
            _ = waitpid(pid, &status, 0)
            throw HarnessError(description: "\(what) did not finish within \(timeout) s")
        }
        usleep(5_000)
    }
    return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
}

/// Runs a program with a time limit, capturing its output.
func run(
    _ executable: String, _ arguments: [String], environment: [String: String] = [:],
    timeout: TimeInterval = 20, directory: String? = nil
)
    throws -> Run
{
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("essor-run-\(UUID().uuidString)")
        .path
    let outPath = base + ".out"
    let errPath = base + ".err"
    defer {
        try? FileManager.default.removeItem(atPath: outPath)
        try? FileManager.default.removeItem(atPath: errPath)
    }
    let pid = try spawn(
        executable, arguments, environment: environment, stdout: outPath, stderr: errPath,
        directory: directory)
    let status = try wait(for: pid, "\(executable) \(arguments)", timeout: timeout)
    return Run(
        status: status,
        stdout: String(decoding: FileManager.default.contents(atPath: outPath) ?? Data(), as: UTF8.self),
        stderr: String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self))
}

/// A real terminal for the real binary: a private tmux server, driven with
/// send-keys and read with capture-pane.
final class TmuxSession {
    let socket = "essor-e2e-\(UUID().uuidString.prefix(8))"
    private static let tmux = "/usr/bin/tmux"

    /// Starts `command` in a new `width`×`height` terminal. When it ends, the
    /// pane prints `__EXIT=<status>` and stays open to be read.
    init(
        _ command: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:],
        directory: String? = nil
    ) throws {
        let env = environment.merging([
            "LANG": "C.UTF-8", "XDG_CONFIG_HOME": IsolatedConfig.path, "NO_COLOR": "",
        ]) {
            old, _ in old
        }
        let assignments = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote($0.value))" }
        let cd = directory.map { "cd \(Self.quote($0)) && " } ?? ""
        let line =
            cd
            + "env \(assignments.joined(separator: " ")) \(command.map(Self.quote).joined(separator: " ")); "
            + "echo __EXIT=$?; sleep 120"
        try tmux([
            "-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", "main", line,
        ])
    }

    deinit { _ = try? tmux(["kill-server"]) }

    /// Sends literal text, as typed.
    func type(_ text: String) throws { try tmux(["send-keys", "-t", "main", "-l", text]) }

    /// Sends named keys (`Enter`, `Escape`, `Down`, `C-c`…).
    func press(_ keys: String...) throws { try tmux(["send-keys", "-t", "main"] + keys) }

    /// Pastes `text` as a terminal does, between bracketed-paste markers
    /// when the program asked for them.
    func paste(_ text: String) throws {
        try tmux(["set-buffer", "--", text])
        try tmux(["paste-buffer", "-p", "-t", "main"])
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
    }

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "main"]).stdout }

    /// The screen with its colours and attributes, as escape sequences.
    func styledScreen() throws -> String { try tmux(["capture-pane", "-p", "-e", "-t", "main"]).stdout }

    /// Waits until the screen satisfies `condition`; fails with the last
    /// screen after `timeout` seconds.
    @discardableResult
    func waitFor(
        _ what: String, timeout: TimeInterval = 10, _ condition: (String) -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        // A screen is returned once it is drawn: the same twice in a row. A
        // capture taken while a frame is written may hold its new heading
        // over the old rows, and satisfy a condition that the whole frame
        // does not.
        var candidate: String?
        while Date() < deadline {
            last = try screen()
            if condition(last) {
                if last == candidate { return last }
                candidate = last
                usleep(30_000)
                continue
            }
            candidate = nil
            usleep(50_000)
        }
        // A screen that never settles (a progress line): the last that matched.
        if let candidate { return candidate }
        throw HarnessError(description: "timed out waiting for \(what); screen was:\n\(last)")
    }

    /// Waits until the screen shows `text`.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10) throws -> String {
        try waitFor("« \(text) »", timeout: timeout) { $0.contains(text) }
    }

    /// Waits for the program to end and returns its exit status.
    func exitStatus(timeout: TimeInterval = 10) throws -> Int32 {
        let screen = try waitFor("the program to exit", timeout: timeout) { $0.contains("__EXIT=") }
        let tail = screen.components(separatedBy: "__EXIT=").last ?? ""
        return Int32(tail.prefix { $0.isNumber }) ?? -1
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> Run {
        let result = try run(Self.tmux, ["-L", socket] + arguments, timeout: 10)
        if result.status != 0 && arguments.first != "kill-server" {
            throw HarnessError(description: "tmux \(arguments.joined(separator: " ")): \(result.stderr)")
        }
        return result
    }

    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// A program running beside the test (a server), stopped at the end.
final class Background {
    let pid: pid_t
    let log: String

    init(_ argv: [String], log: String) throws {
        self.log = log
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in cArgs + cEnv { free(pointer) } }
        var child: pid_t = 0
        try TestTools.require(argv[0])
        let status = posix_spawn(&child, argv[0], &actions, &attributes, cArgs, cEnv)
        guard status == 0 else {
            throw HarnessError(description: "cannot start \(argv[0]): \(String(cString: strerror(status)))")
        }
        pid = child
    }

    deinit {
        kill(pid, SIGTERM)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }

    var output: String { (try? String(contentsOfFile: log, encoding: .utf8)) ?? "" }
}
