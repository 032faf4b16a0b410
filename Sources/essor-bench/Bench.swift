import ArgumentParser
import EssorCore
import EssorStore
import EssorUI
import Foundation

/// `essor-bench`: the figures of BENCHMARKS.md, on synthetic stores.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "essor-bench", abstract: "Measures essor on synthetic stores (release build).",
        subcommands: [WriteLoad.self, ReadLoad.self])

    @Option(name: .long, parsing: .upToNextOption, help: "Numbers of structures.")
    var structures: [Int] = [10_000, 200_000]

    @Option(name: .long, help: "Number of meetings.") var meetings = 100_000
    @Option(name: .long, help: "Folder for the generated stores (kept between runs).")
    var work = "/tmp/essor-bench"
    @Option(name: .long, help: "The essor binary (default: next to this one).") var essor: String?
    @Flag(name: .long, help: "A quick run (10,000 structures), to check that the benchmark works.")
    var smoke = false
    @Flag(name: .long, help: "Also time fzf, VisiData and calcurse on the same data.") var peers = false
    @Flag(name: .long, help: "Only count the bytes written to the terminal.") var bytesOnly = false
    @Flag(name: .long, help: "Only time the search index, without the interface.") var indexOnly = false
    @Flag(name: .long, help: "Only time the indicators (and the Rapport panel's first frame).")
    var indicatorsOnly = false
    @Flag(name: .long, help: "Only time reading and importing a 50,000-line FEC.") var fecOnly = false
    @Flag(
        name: .long,
        help: "Only measure memory: an interface session and the look-ups (and fzf's, with --peers).")
    var memoryOnly = false
    @Flag(
        name: .long,
        help:
            "Only run the writers: 8 processes × 2,000 saves, and 8 scripts × 100 essor add on saturated cores."
    )
    var writersOnly = false
    @Option(
        name: .long,
        help: "Only compute the whole programme's figures this many times, timing nothing (under a profiler)."
    )
    var figuresLoop: Int?

    func run() throws {
        let binary =
            essor
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("essor").path
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let sizes = smoke ? [10_000] : structures
        let meetingCount = smoke ? 5_000 : meetings
        let rounds = smoke ? 3 : 20
        for size in sizes {
            // v2: with attendance, accounts and financing (the indicators).
            let path = "\(work)/store-v2-\(size)-\(meetingCount).sqlite"
            try prepare(path: path, structures: size, meetings: meetingCount)
            print("\n### \(size) structures, \(meetingCount) meetings\n")
            print("| workload | figure |")
            print("| --- | --- |")
            let workloads = Workloads(path: path, binary: binary, rounds: rounds)
            if let figuresLoop {
                try workloads.figuresLoop(figuresLoop)
                continue
            }
            if indexOnly {
                try workloads.searchIndexAlone()
            } else if indicatorsOnly {
                try workloads.indicators()
            } else if fecOnly {
                try workloads.fecImport()
            } else if memoryOnly {
                workloads.memory()
            } else if bytesOnly {
                workloads.terminalBytes()
            } else if writersOnly {
                try workloads.concurrentWriters()
                try workloads.loadedScripts()
            } else {
                try workloads.run()
            }
            if peers && !smoke { try Peers(path: path, work: work, binary: binary).run() }
        }
    }

    /// Generates the store, or brings one from an earlier run to the
    /// current schema (the commands measured open stores read-only).
    func prepare(path: String, structures: Int, meetings: Int) throws {
        let store = try Store.open(path: path)
        guard try store.isEmpty() else { return try store.close() }
        try SyntheticStore.generate(
            into: store, sizes: .init(structures: structures, meetings: meetings, partners: 200), seed: 2026,
            today: WallClock.paris.today(now: Int64(Date().timeIntervalSince1970)))
        try store.close()
    }
}
