import EssorCore
import EssorStore
import EssorTestSupport
import Foundation
import Testing

/// The Rapport panel in the real binary, and `essor report programme`
/// read back by independent readers (Python's json and csv, poppler's
/// pdftotext). The demo's example cohort meets in the weeks before
/// today, so the period is set around today rather than to a year.
@Suite struct ReportEndToEndTests {
    let scratch = TemporaryFolder()

    var today: LocalDate { WallClock.paris.today(now: Int64(Date().timeIntervalSince1970)) }
    var from: String { today.adding(days: -200).dayMonthYear }
    var to: String { today.adding(days: 120).dayMonthYear }

    func essor(_ arguments: [String], store: String, directory: String? = nil) throws -> Run {
        try run(
            EssorBinary.path, arguments + ["--store", store],
            environment: ["LANG": "C.UTF-8", "XDG_CONFIG_HOME": IsolatedConfig.path], timeout: 120,
            directory: directory)
    }

    /// The value column of an indicator's row.
    func value(_ code: String, in screen: String) -> String? {
        let rows = screen.components(separatedBy: "\n")
        guard let line = rows.first(where: { $0.hasPrefix("  \(code) ") || $0.hasPrefix("▸ \(code) ") })
        else {
            return nil
        }
        let afterTitle = line.components(separatedBy: "│").first ?? line
        return afterTitle.split(separator: " ").first { $0.allSatisfy(\.isNumber) }.map(String.init)
    }

    @Test func attendanceMarkedInTheInterfaceMovesRCO04() throws {
        let store = scratch.file("demo.sqlite")
        let tmux = try TmuxSession(
            [EssorBinary.path, "demo", "--store", store], width: 120, height: 40, directory: scratch.path)
        try tmux.waitFor("Cohortes · 4")
        let user = TerminalUser(tmux)
        try user.run(.panelReport, in: .cohorts)
        try tmux.waitFor("Rapport · 10")
        // A period the command line cannot take is refused, and said so.
        try tmux.type(":periode 31/12/2026 01/01/2026")
        try tmux.press("Enter")
        try tmux.waitFor("La première date est après la seconde")
        try tmux.type(":periode \(from) \(to)")
        try tmux.press("Enter")
        var screen = try tmux.waitFor("du \(from) au \(to)")
        screen = try tmux.waitFor("RCO04's row") { self.value("RCO04", in: $0) != nil }
        #expect(value("RCO04", in: screen) == "7", "\(screen)")
        #expect(value("RCO01", in: screen) == "7")

        // The Épicerie came to none of the example cohort's meetings: its
        // reason is in RCO04's explanation.
        for _ in 0..<3 { try user.run(.moveDown, in: .report) }
        try tmux.waitFor("RCO04 Entreprises bénéficiant")
        try tmux.press("Enter")
        try tmux.waitFor("Non comptées (14)")
        try tmux.type("G")
        try tmux.waitFor("Épicerie Solidaire du Bessin (")
        try tmux.waitFor("jamais présente")
        try tmux.press("Escape")
        usleep(300_000)  // not read as Alt with the next key

        // Mark one of its people present at the 18 November-like workshop.
        try user.run(.panelMeetings, in: .report)
        try tmux.waitFor("Séances · 31")
        try tmux.type("/scenarios pour")
        try tmux.waitFor("1/31")
        try tmux.press("Enter")
        try tmux.type("p")
        try tmux.waitFor("Émargement — Scénarios pour une légumerie partagée")
        for _ in 0..<40 {
            let lines = try tmux.screen().components(separatedBy: "\n")
            if lines.contains(where: { $0.contains("▸Épicerie Solidaire") }) { break }
            try tmux.type("j")
            usleep(40_000)
        }
        try tmux.type("p")
        try tmux.press("Enter")
        try tmux.waitFor("Émargement enregistré")

        try user.run(.panelReport, in: .meetings)
        screen = try tmux.waitFor("RCO04 at 8") { self.value("RCO04", in: $0) == "8" }
        #expect(value("RCO01", in: screen) == "8", "\(screen)")

        // Its line in the explanation now says how long it came.
        try tmux.press("Enter")
        try tmux.waitFor("Comptées (8)")
        try tmux.waitFor("Épicerie Solidaire du Bessin (")  // the 8th counted, on screen
        try tmux.press("Escape")
        usleep(300_000)
        try tmux.type("x")
        try tmux.waitFor("Écrit dans ")
        try tmux.type("q")
        #expect(try tmux.exitStatus() == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: scratch.path)
        #expect(files.contains { $0.hasPrefix("rapport-") && $0.hasSuffix(".html") }, "\(files)")
        #expect(files.contains { $0.hasPrefix("rapport-") && $0.hasSuffix(".md") })
    }

    @Test func theReportReadsBackInEveryFormat() throws {
        let store = scratch.file("demo.sqlite")
        try makeDemoStore(store)
        let work = scratch.file("out")
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let period = ["--from", from, "--to", to]

        let table = try essor(["report", "programme"] + period, store: store)
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("RCO04  Entreprises bénéficiant d'un soutien non financier"))
        #expect(table.stdout.contains("RCO01 : micro 4 · petite 3"))

        // JSON: the same numbers and every list, read by Python.
        let json = try essor(
            ["report", "programme", "--format", "json", "-o", "r.json"] + period, store: store,
            directory: work)
        #expect(json.status == 0, "\(json.stderr)")
        let check = try run(
            "/usr/bin/env",
            [
                "python3", "-c",
                """
                import json, sys
                document = json.load(open(sys.argv[1]))
                assert document['schemaVersion'] == 2
                d = document['programmeReport']
                codes = {i['code']: i for i in d['indicators']}
                assert codes['RCO04']['value'] == 7, codes['RCO04']['value']
                assert codes['RCO02']['amount'] == 15000
                assert codes['RCO01']['bySize']['micro'] == 4
                assert len(codes['RCO04']['counted']) == 7
                bessin = [l for l in codes['RCO04']['notCounted'] if 'Bessin' in l['enterprise']]
                assert bessin and 'jamais présente' in bessin[0]['text'], bessin
                assert d['thresholdMinutes'] == 180
                assert sum(m['supportMinutes'] for m in d['months']) == sum(e['supportMinutes'] for e in d['enterprises'])
                print('ok')
                """, work + "/r.json",
            ])
        #expect(check.stdout == "ok\n", "\(check.stderr)")

        // CSV: the indicator table, as a French spreadsheet reads it.
        let csv = try essor(["report", "programme", "-o", "r.csv"] + period, store: store, directory: work)
        #expect(csv.status == 0, "\(csv.stderr)")
        let rows = try run(
            "/usr/bin/env",
            [
                "python3", "-c",
                "import csv,sys; r=list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8-sig'), delimiter=';')); print(len(r)); print(r[4][0], r[4][2])",
                work + "/r.csv",
            ])
        #expect(rows.stdout == "7\nRCO04 7,00\n", "\(rows.stdout) \(rows.stderr)")

        // A period upside down, a format the name contradicts, a file there.
        let reversed = try essor(
            ["report", "programme", "--from", "31/12/2026", "--to", "01/01/2026"], store: store)
        #expect(reversed.status != 0 && reversed.stderr.contains("31/12/2026"))
        let contradicts = try essor(
            ["report", "programme", "--format", "pdf", "-o", "x.html"], store: store, directory: work)
        #expect(contradicts.status == 2 && contradicts.stderr.contains("disent deux formats"))
        let again = try essor(
            ["report", "programme", "-o", "r.json"] + period, store: store, directory: work)
        #expect(again.status != 0)

        // PDF: A4, with the indicators and their explanation, as pdftotext
        // reads it.
        let pdf = try essor(["report", "programme", "-o", "r.pdf"] + period, store: store, directory: work)
        #expect(pdf.status == 0, "\(pdf.stderr)")
        let info = try run("/usr/bin/pdfinfo", [work + "/r.pdf"])
        #expect(info.stdout.contains("(A4)"))
        let text = try run("/usr/bin/pdftotext", ["-layout", work + "/r.pdf", "-"]).stdout
        #expect(text.contains("Rapport du programme"))
        #expect(text.contains("RCO04"))
        #expect(text.contains("Annexes : ce que compte chaque indicateur"))
        #expect(text.contains("jamais présente"))
    }
}
