import CPty
import Foundation

/// Runs a program to completion with its output discarded; returns its
/// wall-clock time in milliseconds and its exit status.
func timeProcess(_ argv: [String], environment: [String: String] = [:], stdin: String? = nil) -> (
    Double, Int32
) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, stdin ?? "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var env = ProcessInfo.processInfo.environment
    env.merge(environment) { $1 }
    let cArgs = argv.map { strdup($0) } + [nil]
    let cEnv = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for p in cArgs + cEnv { free(p) } }
    var pid: pid_t = 0
    var status: Int32 = 0
    let ms = measure {
        // A program that cannot be started is a failure (127, as a shell
        // says), not a quick success.
        guard posix_spawn(&pid, argv[0], &actions, nil, cArgs, cEnv) == 0 else {
            status = 127 << 8
            return
        }
        waitpid(pid, &status, 0)
    }
    return (ms, (status >> 8) & 0xFF)
}

/// A program in a pseudo-terminal of a given size: counts the bytes it
/// writes, sends it keys, waits for it to be quiet or to exit.
final class PseudoTerminal {
    let master: Int32
    let pid: pid_t
    private(set) var received = 0

    init?(_ argv: [String], width: Int, height: Int, environment: [String: String]) {
        master = posix_openpt(O_RDWR | O_NOCTTY)
        guard master >= 0, grantpt(master) == 0, unlockpt(master) == 0, let name = ptsname(master) else {
            return nil
        }
        let slavePath = String(cString: name)
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        let slave = open(slavePath, O_RDWR | O_NOCTTY)
        _ = ioctl(slave, UInt(TIOCSWINSZ), &size)
        close(slave)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, essor_posix_spawn_setsid())
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened after setsid, the terminal becomes the child's controlling one.
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        posix_spawn_file_actions_addclose(&actions, master)
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in cArgs + cEnv { free(p) } }
        var child: pid_t = 0
        guard posix_spawn(&child, argv[0], &actions, &attributes, cArgs, cEnv) == 0 else { return nil }
        pid = child
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        close(master)
    }

    /// Reads until nothing arrives for `quiet` ms (or `limit` ms pass),
    /// waiting up to `waitFirst` ms for the first byte, and, when `until` is
    /// given, until the output holds it; returns the bytes read.
    @discardableResult
    func drain(quiet: Int32 = 150, waitFirst: Int32 = 0, until marker: String? = nil, limit: Double = 20_000)
        -> Int
    {
        var total = 0
        var seen = [UInt8]()
        let wanted = marker.map { Array($0.utf8) }
        var found = wanted == nil
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let start = Date()
        while Date().timeIntervalSince(start) * 1000 < limit {
            var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&fds, 1, total == 0 || !found ? max(quiet, waitFirst) : quiet)
            if ready <= 0 { break }
            let n = read(master, &buffer, buffer.count)
            if n <= 0 { break }
            total += n
            if let wanted, !found {
                seen += buffer[0..<n]
                found = Self.holds(seen, wanted)
            }
        }
        received += total
        return total
    }

    private static func holds(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count)
        where haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return true
        }
        return false
    }

    func send(_ text: String) {
        _ = text.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count - 1) }
    }

    /// Waits for the program to end; its wall-clock wait in ms.
    func waitExit(limit: Double = 10_000) -> Bool {
        let start = Date()
        var status: Int32 = 0
        while Date().timeIntervalSince(start) * 1000 < limit {
            drain(quiet: 20, limit: 50)
            if waitpid(pid, &status, WNOHANG) == pid { return true }
        }
        return false
    }
}
