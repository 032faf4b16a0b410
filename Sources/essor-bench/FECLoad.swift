import EssorCore
import EssorExchange
import Foundation

extension Workloads {
    /// A FEC of `lines` lines (balanced two-line entries over a few dozen
    /// accounts, as a small structure's year), written once.
    static func writeFEC(lines: Int, to path: String) throws {
        let header = FECFile.columns.joined(separator: "\t")
        let accounts = [
            ("606100", "411000"), ("613200", "401000"), ("641000", "421000"), ("645100", "431000"),
            ("512000", "706000"), ("512000", "741000"), ("625100", "512000"), ("681100", "281830"),
        ]
        var text = header + "\r\n"
        text.reserveCapacity(lines * 120)
        for n in 0..<(lines / 2) {
            let (debit, credit) = accounts[n % accounts.count]
            let day = 1 + n % 28
            let month = 1 + (n / 28) % 12
            let date = String(format: "2026%02d%02d", month, day)
            let cents = 1_000 + (n * 7_919) % 500_000
            let amount = "\(cents / 100),\(String(format: "%02d", cents % 100))"
            let journal = n % 3 == 0 ? "VE" : "OD"
            for (account, d, c) in [(debit, amount, ""), (credit, "", amount)] {
                text +=
                    [
                        journal, "Journal", "\(n)", date, account, "Compte \(account)", "", "", "P\(n)", date,
                        "Écriture \(n)", d, c, "", "", date, "", "",
                    ].joined(separator: "\t") + "\r\n"
            }
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// A 50,000-line FEC read in process (parse, balances, figures) and
    /// imported by the real binary; awk summing the same file by account
    /// as the floor.
    func fecImport() throws {
        let folder = (path as NSString).deletingLastPathComponent
        let file = folder + "/bench-fec-50000.txt"
        if !FileManager.default.fileExists(atPath: file) { try Self.writeFEC(lines: 50_000, to: file) }
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        var inProcess = Samples()
        for _ in 0..<rounds {
            inProcess.add(
                try measure {
                    guard case .success(let contents) = FECFile.parse(data) else {
                        throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: file])
                    }
                    let ledger = Ledger(contents.lines)
                    precondition(
                        ledger.problems.isEmpty && ledger.readings.count == AccountMapping.rules.count)
                })
        }
        report("FEC of 50,000 lines read (parse, balances, figures), in process", inProcess.summary)
        let copy = folder + "/fec-import.sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: copy + suffix) }
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        var dry = Samples()
        var real = Samples()
        let argv = [binary, "import", "fec", file, "--structure", "1", "--annee", "2026", "--store", copy]
        for _ in 0..<min(rounds, 10) {
            let (ms, status) = timeProcess(argv + ["--dry-run"])
            precondition(status == 0, "essor import fec --dry-run failed")
            dry.add(ms)
        }
        for _ in 0..<min(rounds, 10) {
            let (ms, status) = timeProcess(argv)
            precondition(status == 0, "essor import fec failed")
            real.add(ms)
        }
        report("`essor import fec` 50,000 lines, whole process, `--dry-run`", dry.summary)
        report("`essor import fec` 50,000 lines, whole process, written (the first run writes)", real.summary)
        var awk = Samples()
        let script = "{ d[$5] += $12; c[$5] += $13 } END { for (a in d) print a, d[a] - c[a] }"
        for _ in 0..<min(rounds, 10) {
            awk.add(timeProcess(["/usr/bin/awk", "-F", "\t", script, file]).0)
        }
        report("peer: awk summing the same FEC by account (`awk -F'\\t' …`)", awk.summary)
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: copy + suffix) }
    }
}
