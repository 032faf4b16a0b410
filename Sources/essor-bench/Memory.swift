import Foundation

/// Memory as the kernel counts it for a process (`/proc/PID/status`): the
/// peak resident set (`VmHWM`), and what is resident now, anonymous
/// (heap, stacks) and file-backed (the binary, mapped files).
struct ProcessMemory {
    var peak = 0.0
    var anonymous = 0.0
    var file = 0.0

    /// Megabytes, from the `kB` lines of the status file; nil once the
    /// process is gone.
    init?(pid: pid_t) {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else {
            return nil
        }
        for line in text.split(separator: "\n") {
            let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard parts.count >= 2, let kB = Double(parts[1]) else { continue }
            switch parts[0] {
            case "VmHWM:": peak = kB / 1024
            case "RssAnon:": anonymous = kB / 1024
            case "RssFile:": file = kB / 1024
            default: break
            }
        }
    }

    var summary: String {
        String(format: "peak %.0f MB · anonymous %.0f MB · file %.0f MB", peak, anonymous, file)
    }
}

/// The peak resident set of a whole process run to its end, in
/// megabytes, and its exit status; nil without GNU time. Measured by
/// `/usr/bin/time`, a small process that forks the command: a child
/// spawned by the benchmark itself would report the benchmark's own peak
/// (the kernel keeps the high-water mark of the memory it shared until
/// its exec).
func peakOfProcess(_ argv: [String], stdin: String? = nil) -> (megabytes: Double, status: Int32)? {
    let time = "/usr/bin/time"
    guard access(time, X_OK) == 0 else { return nil }
    let output = NSTemporaryDirectory() + "essor-bench-peak-\(getpid()).txt"
    defer { unlink(output) }
    let (_, status) = timeProcess([time, "-f", "%M", "-o", output] + argv, stdin: stdin)
    guard let text = try? String(contentsOfFile: output, encoding: .utf8),
        let kB = text.split(separator: "\n").last.flatMap({ Double($0.trimmingCharacters(in: .whitespaces)) })
    else { return nil }
    return (kB / 1024, status)
}

extension Workloads {
    /// The interface's memory through a session on this store (each panel
    /// opened, the list scrolled and filtered), read from the process under
    /// the pseudo-terminal; and the look-ups' peaks, whole process.
    func memory() {
        let env = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "NO_COLOR": ""]
        if let pty = PseudoTerminal([binary, "--store", path], width: 120, height: 40, environment: env) {
            func step(_ label: String, quiet: Int32 = 300) {
                pty.drain(quiet: quiet, waitFirst: 5_000)
                if let memory = ProcessMemory(pid: pty.pid) {
                    report("memory of the interface, \(label)", memory.summary)
                }
            }
            step("first frame (Cohortes)", quiet: 600)
            pty.send("2")
            step("Structures")
            for _ in 0..<40 { pty.send("j") }
            for _ in 0..<5 { pty.send("\u{1B}[6~") }
            step("Structures scrolled (40 rows, 5 pages)")
            pty.send("/")
            for key in "coop" { pty.send(String(key)) }
            pty.send("\r")
            step("Structures filtered (« coop »)")
            pty.send("\u{1B}")
            for (key, name) in [
                ("3", "Séances"), ("4", "Partenaires"), ("5", "Finances"), ("6", "Rapport"), ("7", "Temps"),
            ] {
                pty.send(key)
                // The report computes in the background: wait for quiet.
                step(name, quiet: key == "6" ? 3_000 : 500)
            }
            pty.send("1")
            step("back to Cohortes, end of the session")
            pty.send("q")
            _ = pty.waitExit()
        } else {
            report("memory of the interface", "no pseudo-terminal")
        }
        for arguments in [
            ["find", "coop"], ["find", "jardin"], ["agenda"], ["show", "structure", "1"],
            ["snapshot", "--panel", "structures"], ["snapshot", "--panel", "finances"],
            ["list", "structures"], ["list", "meetings"],
        ] {
            report(
                "peak memory, `essor \(arguments.joined(separator: " "))` (whole process)",
                Self.peak(peakOfProcess([binary, "--store", path] + arguments)))
        }
    }

    /// A peak as the report says it.
    static func peak(_ run: (megabytes: Double, status: Int32)?) -> String {
        guard let run else { return "not measured: needs GNU time (apt install time)" }
        return String(format: "%.0f MB", run.megabytes) + (run.status == 0 ? "" : " (status \(run.status))")
    }
}
