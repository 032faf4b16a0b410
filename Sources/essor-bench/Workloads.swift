import EssorCore
import EssorStore
import EssorUI
import Foundation

/// The in-process and whole-process measurements of one store.
struct Workloads {
    let path: String
    let binary: String
    let rounds: Int

    var now: Int64 { Int64(Date().timeIntervalSince1970) }
    let wide = Size(width: 120, height: 40)

    func run() throws {
        try firstFrame()
        try listWork()
        try detail()
        try indicators()
        try fecImport()
        try edits()
        report("peak RSS of the benchmark process", String(format: "%.0f MB", peakRSS()))
        terminalBytes()
        memory()
        try concurrentWriters()
        try loadedScripts()
    }

    /// How many of `processes` fail, once all have ended.
    static func failures(_ processes: [Process]) -> Int {
        processes.filter { process in
            process.waitUntilExit()
            return process.terminationStatus != 0
        }.count
    }

    /// Scripts of real `essor add` commands, eight at once, while two
    /// busy loops keep both cores saturated (as `stress-ng --cpu 2` would):
    /// how many adds get through, and how long it takes.
    func loadedScripts() throws {
        let folder = (path as NSString).deletingLastPathComponent
        let shared = folder + "/scripts.sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: shared + suffix) }
        try Store.open(path: shared).close()
        let scripts = rounds > 3 ? 8 : 2
        let adds = rounds > 3 ? 100 : 10
        func shell(_ command: String) throws -> Process {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", command]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        let burners = try (0..<2).map { _ in try shell("while :; do :; done") }
        defer { for burner in burners { burner.terminate() } }
        let start = Date()
        let writers = try (0..<scripts).map { n in
            // A failed add exits 1 at the end, the others still run.
            try shell(
                "failed=0; for i in $(seq 1 \(adds)); do '\(binary)' add structure --name \"Script \(n) n° $i\" "
                    + "--postcode 14000 --store '\(shared)' || failed=1; done; exit $failed")
        }
        let failed = Self.failures(writers)
        let seconds = Date().timeIntervalSince(start)
        let written = try Store.openReadOnly(path: shared).structureIDs(order: .name, cohort: nil).count
        report(
            "\(scripts) scripts × \(adds) essor add, both cores saturated by two busy loops",
            String(
                format: "%.1f s, %d of %d written, %d scripts with a failed add", seconds, written,
                scripts * adds, failed))
    }

    /// Eight processes writing to one fresh store at once, as coordinators
    /// and scripts do on the programme's server.
    func concurrentWriters() throws {
        let folder = (path as NSString).deletingLastPathComponent
        let shared = folder + "/writers.sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: shared + suffix) }
        let store = try Store.open(path: shared)
        let day = LocalDate(year: 2026, month: 1, day: 1)!
        let (cohort, _) = try store.save(
            CohortRecord(
                cohort: Cohort(
                    id: 0, name: "Charge", theme: "Test de charge", startDate: day, endDate: day, summary: "",
                    project: CollectiveProject(title: "", summary: "", stage: .idea)), memberIDs: [],
                version: 0),
            by: ChangeAuthor(name: "bench", session: "bench"), at: 0)
        try store.close()
        let bench = CommandLine.arguments[0]
        let start = Date()
        let writers = try (0..<8).map { n -> Process in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: bench)
            process.arguments = [
                "write-load", "--store", shared, "--count", "2000", "--tag", "w\(n)", "--cohort", "\(cohort)",
            ]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        let failed = Self.failures(writers)
        let seconds = Date().timeIntervalSince(start)
        let written = try Store.openReadOnly(path: shared).structureIDs(order: .name, cohort: nil).count
        report(
            "8 writers × 2,000 saves at once (one transaction each, change log)",
            String(
                format: "%.1f s, %.0f saves/s, %d of 16000 written, %d writers failed", seconds,
                Double(written) / seconds, written, failed))
    }

    /// Process start to first screen, as a whole process, and in-process.
    func firstFrame() throws {
        for panel in ["cohortes", "structures", "seances", "finances"] {
            var samples = Samples()
            for _ in 0..<rounds {
                let (ms, status) = timeProcess([
                    binary, "snapshot", "--store", path, "--panel", panel, "--size", "120x40",
                ])
                guard status == 0 else { throw BenchError("essor snapshot failed (\(status))") }
                samples.add(ms)
            }
            report("first frame, whole process (`essor snapshot --panel \(panel)`)", samples.summary)
        }
        for (label, arguments) in [
            ("`essor find jardin`, whole process", ["find", "jardin"]),
            ("`essor find coop caen`, whole process", ["find", "coop", "caen"]),
            ("`essor agenda` (the next 7 days), whole process", ["agenda"]),
        ] {
            var samples = Samples()
            for _ in 0..<rounds {
                samples.add(
                    timeProcess([binary] + arguments + ["--store", path], environment: ["COLUMNS": "120"]).0)
            }
            report(label, samples.summary)
        }
        var inProcess = Samples()
        for _ in 0..<rounds {
            inProcess.add(
                try measure {
                    let store = try Store.open(path: path)
                    let controller = try AppController(store: store, lang: .fr, size: wide, now: now)
                    controller.press(.char("2"))
                    _ = controller.render()
                })
        }
        report("open + Structures first frame, in process", inProcess.summary)
    }

    /// The indicators of this calendar year, for the whole programme and
    /// for one cohort: reading the facts and computing the report.
    func indicators() throws {
        let store = try Store.open(path: path)
        let today = WallClock.paris.today(now: now)
        let year = ReportPeriod.year(of: today)
        var programme = Samples()
        var cohort = Samples()
        var counted = 0.0
        let cohortID = try store.cohortIDs().first
        var withLists = Samples()
        var cohortLists = Samples()
        func figures(_ scope: CohortID?, lists: Bool) throws -> IndicatorReport {
            lists
                ? IndicatorReport(try store.indicatorFacts(cohort: scope, period: year, now: now))
                : try store.indicatorFigures(cohort: scope, period: year, now: now)
        }
        for round in 0..<rounds {
            programme.add(try measure { counted = try figures(nil, lists: false).indicator(.rco04).value })
            cohort.add(try measure { _ = try figures(cohortID, lists: false) })
            cohortLists.add(try measure { _ = try figures(cohortID, lists: true) })
            if round < 5 { withLists.add(try measure { _ = try figures(nil, lists: true) }) }
        }
        report("indicators of the whole programme, one year (\(Int(counted)) in RCO04)", programme.summary)
        report("the whole programme's indicators with their explanation lists", withLists.summary)
        report("indicators of one cohort, one year", cohort.summary)
        report("… with their explanation lists", cohortLists.summary)
        var frame = Samples()
        for _ in 0..<min(rounds, 5) {
            let (ms, status) = timeProcess([
                binary, "snapshot", "--store", path, "--panel", "rapport", "--size", "120x40",
            ])
            guard status == 0 else { throw BenchError("essor snapshot failed (\(status))") }
            frame.add(ms)
        }
        report("figures on screen, whole process (`essor snapshot --panel rapport`)", frame.summary)
        // In a terminal: from `6` on the first screen to the panel drawn
        // (« Calcul des indicateurs… » on a large programme), then to its
        // figures.
        let env = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "NO_COLOR": ""]
        var drawn = Samples()
        var shown = Samples()
        for _ in 0..<5 {
            guard
                let pty = PseudoTerminal([binary, "--store", path], width: 120, height: 40, environment: env)
            else { throw BenchError("essor did not start in a terminal") }
            pty.drain(quiet: 30, waitFirst: 5_000, until: "Cohorte 1")
            let start = DispatchTime.now().uptimeNanoseconds
            func since() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000 }
            pty.send("6")
            pty.drain(quiet: 1, waitFirst: 5_000, until: "Calcul des indicateurs")
            drawn.add(since())
            pty.drain(quiet: 1, waitFirst: 5_000, until: "RCO01")
            shown.add(since())
            pty.send("q")
            _ = pty.waitExit()
        }
        report("Rapport panel drawn in a terminal, from `6` (1 ms of quiet included)", drawn.summary)
        report("… its figures on screen", shown.summary)
    }

    /// The whole programme's figures, `rounds` times: what a profiler
    /// looks at (`perf record -g essor-bench --figures-loop 20`).
    func figuresLoop(_ rounds: Int) throws {
        let store = try Store.open(path: path)
        let year = ReportPeriod.year(of: WallClock.paris.today(now: now))
        for _ in 0..<rounds {
            _ = try store.indicatorFigures(cohort: nil, period: year, now: now)
        }
    }

    func listWork() throws {
        let store = try Store.open(path: path)
        let controller = try AppController(store: store, lang: .fr, size: wide, now: now)
        controller.press(.char("2"))
        let build = try measure { _ = try store.structureSearchIndex() }
        report(
            "structures search index, built once (in the background after the first frame)",
            String(format: "%.0f ms", build))
        controller.dispatch(.searchIndexLoaded(.structures, try store.structureSearchIndex()))

        var filter = Samples()
        var slowest: [(Double, String)] = []
        for query in ["jardin", "cooper", "energi", "bocage", "atelie"] {
            controller.press(.char("/"))
            var typed = ""
            for c in query {
                typed.append(c)
                let ms = measure {
                    controller.press(.char(c))
                    _ = controller.render()
                }
                filter.add(ms)
                slowest.append((ms, typed))
            }
            for _ in query {
                typed.removeLast()
                let ms = measure {
                    controller.press(.backspace)
                    _ = controller.render()
                }
                filter.add(ms)
                slowest.append((ms, "⌫" + typed))
            }
            controller.press(.escape)
        }
        report("filter keystroke (6 letters typed, then erased; 5 words)", filter.summary)
        let worst = slowest.sorted { $0.0 > $1.0 }.prefix(4).map { String(format: "%@ %.1f ms", $0.1, $0.0) }
        report("slowest filter keystrokes", worst.joined(separator: ", "))

        var moves = Samples()
        for i in 0..<300 {
            if i % 100 == 0 { controller.press(.char("g")) }
            moves.add(
                measure {
                    controller.press(.char("j"))
                    _ = controller.render()
                })
        }
        report("one-row move (list and detail pane)", moves.summary)

        var pages = Samples()
        for _ in 0..<100 {
            pages.add(
                measure {
                    controller.press(.pageDown)
                    _ = controller.render()
                })
        }
        report("page down", pages.summary)
        var jumps = Samples()
        for i in 0..<20 {
            jumps.add(
                measure {
                    controller.press(.char(i % 2 == 0 ? "G" : "g"))
                    _ = controller.render()
                })
        }
        report("jump to last / first line", jumps.summary)
    }

    /// The search index alone: each query from all records, then narrowed.
    func searchIndexAlone() throws {
        let store = try Store.open(path: path)
        let index = try store.structureSearchIndex()
        let all = try store.structureIDs(order: .name, cohort: nil)
        for word in ["jardin", "cooper", "atelie"] {
            var previous = all
            var line: [String] = []
            for length in 1...word.count {
                let query = SearchQuery(String(word.prefix(length)))
                var fromAll: [Int64] = []
                let full = measure { fromAll = index.filter(all, query) }
                let narrow = measure { previous = index.filter(previous, query) }
                line.append(
                    String(
                        format: "%@ %d: %.1f/%.1f ms", String(word.prefix(length)), fromAll.count, full,
                        narrow))
            }
            report("index only: all/narrowed", line.joined(separator: ", "))
        }
    }

    func detail() throws {
        let store = try Store.open(path: path)
        let controller = try AppController(
            store: store, lang: .fr, size: Size(width: 80, height: 24), now: now)
        controller.press(.char("2"))
        var open = Samples()
        for _ in 0..<50 {
            open.add(
                measure {
                    controller.press(.enter)
                    _ = controller.render()
                })
            controller.press(.escape)
            controller.press(.char("j"))
        }
        report("open a detail (Enter at 80×24)", open.summary)
    }

    func edits() throws {
        let store = try Store.open(path: path)
        let author = ChangeAuthor(name: "bench", session: UUID().uuidString)
        let ids = try store.structureIDs(order: .name, cohort: nil)
        var commits = Samples()
        for i in 0..<200 {
            guard var record = try store.structureRecord(id: ids[(i * 7_919) % ids.count]) else { continue }
            record.structure.sector = "Secteur \(i)"
            commits.add(try measure { try store.save(record, by: author, at: now) })
        }
        report("one edit committed (save, WAL, change log)", commits.summary)

        let controller = try AppController(store: store, lang: .fr, size: wide, now: now, author: author)
        controller.press(.char("2"))
        var roundTrips = Samples()
        for i in 0..<20 {
            controller.press(.char("e"))
            for _ in 0..<7 { controller.press(.tab) }  // Secteur
            controller.press(.ctrl("u"))
            controller.press(Key.typing("Réemploi \(i)"))
            roundTrips.add(
                measure {
                    controller.press(.ctrl("s"))
                    _ = controller.render()
                })
        }
        report("edit saved from the form, list read again", roundTrips.summary)
    }

    /// Bytes the real binary writes to a pseudo-terminal.
    func terminalBytes() {
        let env = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "NO_COLOR": ""]
        guard let pty = PseudoTerminal([binary, "--store", path], width: 120, height: 40, environment: env)
        else {
            report("bytes to the terminal", "no pseudo-terminal")
            return
        }
        let first = pty.drain(quiet: 400)
        report("bytes to the terminal, first frame (Cohortes, 120×40)", "\(first)")
        pty.send("2")
        pty.drain(quiet: 300)
        var withPane = Samples()
        for _ in 0..<20 {
            pty.send("j")
            withPane.add(Double(pty.drain(quiet: 100)))
        }
        report("bytes per one-row move, Structures with its detail pane", bytes(withPane))
        pty.send("z")
        pty.drain(quiet: 300)
        var listOnly = Samples()
        for _ in 0..<20 {
            pty.send("j")
            listOnly.add(Double(pty.drain(quiet: 100)))
        }
        report("bytes per one-row move, Structures list alone (`z`)", bytes(listOnly))
        pty.send("q")
        _ = pty.waitExit()

        var firstScreen = Samples()
        for _ in 0..<5 {
            var pty: PseudoTerminal?
            // Until the screen shows its first cohort line.
            firstScreen.add(
                measure {
                    pty = PseudoTerminal([binary, "--store", path], width: 120, height: 40, environment: env)
                    pty?.drain(quiet: 30, waitFirst: 5_000, until: "Cohorte 1")
                })
            pty?.send("q")
            _ = pty?.waitExit()
        }
        report("start to first screen in a terminal (Cohortes, 30 ms of quiet included)", firstScreen.summary)
    }

    func bytes(_ samples: Samples) -> String {
        String(format: "p50 %.0f B · max %.0f B (%d moves)", samples.p50, samples.max, samples.values.count)
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
