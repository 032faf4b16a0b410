import EssorCore
import EssorStore
import Foundation
import GRDB

/// The tools a coordinator would otherwise use, on the same data.
struct Peers {
    let path: String
    let work: String
    let binary: String

    func run() throws {
        // A peer that is not installed would be timed as a process that
        // fails at once: say so instead of printing its "figures".
        for peer in ["/usr/bin/fzf", "/usr/bin/vd", "/usr/bin/calcurse"] where access(peer, X_OK) != 0 {
            report(
                "peer: \((peer as NSString).lastPathComponent)",
                "not installed (apt install fzf visidata calcurse)")
            return
        }
        let names = "\(work)/names.txt"
        let csv = "\(work)/structures.csv"
        let calendar = "\(work)/calcurse"
        try export(names: names, csv: csv, calendar: calendar)
        var fzf = Samples()
        for _ in 0..<10 { fzf.add(timeProcess(["/usr/bin/fzf", "--filter", "jardin"], stdin: names).0) }
        report("peer: `fzf --filter jardin` over the names (whole process)", fzf.summary)
        report(
            "peer: peak memory, `fzf --filter jardin` over the names (whole process)",
            Workloads.peak(peakOfProcess(["/usr/bin/fzf", "--filter", "jardin"], stdin: names)))
        var vd = Samples()
        for _ in 0..<3 { vd.add(timeProcess(["/usr/bin/vd", "-b", csv, "-o", "\(work)/vd-out.tsv"]).0) }
        report("peer: VisiData loading the CSV (`vd -b … -o …`)", vd.summary)
        var query = Samples()
        for _ in 0..<5 {
            query.add(timeProcess(["/usr/bin/calcurse", "-D", calendar, "-Q", "--days", "7"]).0)
        }
        report("peer: calcurse, 50,000 appointments, a week (`calcurse -Q --days 7`)", query.summary)
        var firstScreen = Samples()
        var movesBytes = Samples()
        for _ in 0..<3 {
            var pty: PseudoTerminal?
            // Until the loaded screen shows an appointment.
            firstScreen.add(
                measure {
                    pty = PseudoTerminal(
                        ["/usr/bin/calcurse", "-D", calendar], width: 120, height: 40,
                        environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
                    pty?.drain(quiet: 30, waitFirst: 15_000, until: "Atelier")
                })
            guard let pty else { continue }
            for _ in 0..<5 {
                pty.send("j")
                movesBytes.add(Double(pty.drain(quiet: 100)))
            }
            pty.send("q")
            pty.drain(quiet: 100)
            pty.send("y")  // calcurse asks before quitting
            _ = pty.waitExit()
        }
        report(
            "peer: calcurse, start to first screen in a terminal (30 ms of quiet included)",
            firstScreen.summary)
        report(
            "peer: calcurse bytes per one-row move",
            String(format: "p50 %.0f B · max %.0f B", movesBytes.p50, movesBytes.max))
    }

    func export(names: String, csv: String, calendar: String) throws {
        if FileManager.default.fileExists(atPath: "\(calendar)/apts") { return }
        let queue = try DatabaseQueue(path: path)
        var nameList = ""
        var rows = "name,legal_form,town,postcode,departement,sector\n"
        try queue.read { db in
            let cursor = try Row.fetchCursor(
                db, sql: "SELECT name, legal_form, town, postcode, departement, sector FROM structure")
            while let row = try cursor.next() {
                let fields = (0..<6).map { (row[$0] as String).replacingOccurrences(of: "\"", with: "\"\"") }
                nameList += fields[0] + "\n"
                rows += fields.map { "\"\($0)\"" }.joined(separator: ",") + "\n"
            }
        }
        try nameList.write(toFile: names, atomically: true, encoding: .utf8)
        try rows.write(toFile: csv, atomically: true, encoding: .utf8)
        // 50,000 appointments over three years, in calcurse's own format and
        // in date order, as calcurse saves them (unsorted, it loads in
        // quadratic time: 12 s instead of 2).
        try FileManager.default.createDirectory(atPath: calendar, withIntermediateDirectories: true)
        var random = SyntheticRandom(seed: 7)
        let today = WallClock.paris.today(now: Int64(Date().timeIntervalSince1970))
        let appointments = (0..<50_000).map { _ in
            (today.adding(days: -730 + random.below(1095)), 9 + random.below(8))
        }
        .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        var apts = ""
        for (i, (day, hour)) in appointments.enumerated() {
            let date = "\(LocalDate.pad(day.month, 2))/\(LocalDate.pad(day.day, 2))/\(day.year)"
            apts +=
                "\(date) @ \(LocalDate.pad(hour, 2)):00 -> \(date) @ \(LocalDate.pad(hour + 1, 2)):30 |Atelier \(i)\n"
        }
        try apts.write(toFile: "\(calendar)/apts", atomically: true, encoding: .utf8)
        try "".write(toFile: "\(calendar)/todo", atomically: true, encoding: .utf8)
    }
}
