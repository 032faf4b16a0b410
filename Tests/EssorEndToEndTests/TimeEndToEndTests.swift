import EssorCore
import EssorStore
import EssorTestSupport
import Foundation
import Testing

/// Staff time from the command line, the real binary on a demo store:
/// entries with the rules, a refused one leaving the store's bytes as they
/// were, a signed month, the statement and the timesheets.
@Suite struct TimeEndToEndTests {
    let scratch = TemporaryFolder()

    func demo() throws -> String {
        let path = scratch.file("demo.sqlite")
        try makeDemoStore(path)
        return path
    }

    func essor(_ arguments: [String], store: String, directory: String? = nil) throws -> Run {
        try run(
            EssorBinary.path, arguments + ["--store", store],
            environment: ["LANG": "C.UTF-8", "XDG_CONFIG_HOME": IsolatedConfig.path, "COLUMNS": "160"],
            timeout: 120, directory: directory)
    }

    func bytes(_ store: String) -> [Data?] {
        [store, store + "-wal"].map { FileManager.default.contents(atPath: $0) }
    }

    /// A Monday well in the future, far from the demo's own time.
    static let monday = "01/03/2027"

    @Test func entriesFollowTheRulesAndARefusalWritesNothing() throws {
        let store = try demo()
        let person = try essor(
            ["temps", "personnes", "ajouter", "nom=Inès Colin", "contrat-du=01/01/2027", "cout-2027=41280"],
            store: store)
        #expect(person.status == 0, "\(person.stderr)")
        let id = person.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let added = try essor(
            [
                "temps", "add", "--person", "inès", "--date", Self.monday, "--hours", "7h45", "--cohort",
                "gestion",
                "--task", "administration",
            ], store: store)
        #expect(added.status == 0, "\(added.stderr)")
        let warned = try essor(
            [
                "temps", "add", "--person", id, "--date", Self.monday, "--hours", "3", "--cohort", "1",
                "--task",
                "animation", "--note", "Atelier",
            ], store: store)
        #expect(warned.status == 0)
        #expect(warned.stderr.contains("10h45 ce jour-là : plus de 10 heures"))
        let before = bytes(store)
        for (arguments, message) in [
            (["--hours", "14", "--date", Self.monday], "24h45 dans la journée : plus de 24 heures"),
            (["--hours", "0,33", "--date", Self.monday], "À la minute près au plus"),
            (["--hours", "2", "--date", "31/12/2026"], "avant le début du contrat (01/01/2027)"),
            (["--hours", "2", "--date", "31/02/2027"], "une date est attendue"),
        ] {
            let refused = try essor(
                ["temps", "add", "--person", id, "--cohort", "1", "--task", "animation"] + arguments,
                store: store)
            #expect(refused.status == 2, "\(arguments)")
            #expect(refused.stderr.contains(message), "\(refused.stderr)")
        }
        // Every problem of one command is said at once.
        let several = try essor(
            [
                "temps", "add", "--person", id, "--cohort", "1", "--task", "sieste", "--hours", "0,33",
                "--date",
                "31/02/2027",
            ], store: store)
        #expect(several.status == 2)
        for message in [
            "À la minute près au plus", "une date est attendue", "--task « sieste » : pas une tâche",
        ] {
            #expect(several.stderr.contains(message), "\(several.stderr)")
        }
        #expect(bytes(store) == before)
        let list = try essor(["temps", "list", "--month", "2027-03", "--person", id], store: store)
        #expect(list.stdout.contains("2 saisies, 10h45 en tout"))
        #expect(list.stdout.contains("Gestion de l'opération"))
        // 41 280 € is 24 € an hour: 10,75 h cost 258 €.
        let report = try essor(
            ["report", "temps", "--month", "2027-03", "--person", id, "--format", "csv"], store: store)
        #expect(report.status == 0)
        #expect(report.stdout.contains("Frais de personnel directs;10,75;;258,00\r\n"))
    }

    @Test func aSignedMonthIsLockedUntilReopened() throws {
        let store = try demo()
        let today = WallClock.paris.today(now: Int64(Date().timeIntervalSince1970))
        let last = YearMonth(today).adding(months: -1)
        let sign = try essor(
            ["temps", "sign", "--person", "julien", "--month", last.iso, "--by", "Claire Martin"],
            store: store)
        #expect(sign.status == 0, "\(sign.stderr)")
        let entry = [
            "temps", "add", "--person", "julien", "--date", last.first.adding(days: 9).dayMonthYear,
            "--hours", "1",
            "--cohort", "gestion", "--task", "administration",
        ]
        let refused = try essor(entry, store: store)
        #expect(refused.status == 2)
        #expect(
            refused.stderr.contains("la feuille de temps " + TimeStringsProbe.ofMonth(last) + " est signée"))
        let twice = try essor(["temps", "sign", "--person", "julien", "--month", last.iso], store: store)
        #expect(twice.status == 2 && twice.stderr.contains("est déjà signé"))
        // The month in progress, or a day to come, cannot be signed.
        let early = try essor(
            ["temps", "sign", "--person", "julien", "--month", YearMonth(today).iso], store: store)
        #expect(early.status == 2 && early.stderr.contains("n'est pas fini"), "\(early.stderr)")
        #expect(
            try essor(["temps", "reopen", "--person", "julien", "--month", last.iso], store: store).status
                == 0)
        #expect(try essor(entry, store: store).status == 0)
        let staff = try essor(["temps", "personnes"], store: store)
        #expect(staff.stdout.contains("30,23\u{00A0}€/h"))
    }

    @Test func theMonthsTimesheetsAreWrittenInEveryFormat() throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/weasyprint"))
        let store = try demo()
        let today = WallClock.paris.today(now: Int64(Date().timeIntervalSince1970))
        let month = YearMonth(today).adding(months: -1)
        let folder = scratch.file("out")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let made = try essor(
            ["export", "fiches-temps", "--month", month.iso], store: store, directory: folder)
        #expect(made.status == 0, "\(made.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names == ["md", "html", "pdf"].map { "fiches-temps-\(month.iso).\($0)" }.sorted())
        // Never over an existing file: the next free name.
        let again = try essor(
            ["export", "fiches-temps", "--month", month.iso], store: store, directory: folder)
        #expect(again.status == 0)
        #expect(again.stdout.contains("fiches-temps-\(month.iso)-2.pdf"))
        let one = try essor(
            ["export", "fiches-temps", "--month", month.iso, "--person", "sophie", "-o", "-"], store: store)
        #expect(one.stdout.contains("## Sophie Bernard"))
        #expect(one.stdout.contains("Part du temps de travail affectée à l'opération : 40 %"))
        let missing = try essor(["report", "temps", "--month", "2030-01"], store: store)
        #expect(missing.status == 0)
    }

    @Test func theStatementAsAWorkbookIsReadByOpenpyxl() throws {
        let store = try demo()
        let today = WallClock.paris.today(now: Int64(Date().timeIntervalSince1970))
        let month = YearMonth(today).adding(months: -1)
        let work = scratch.file("xlsx")
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: false)
        let made = try essor(
            ["report", "temps", "--month", month.iso, "--taux-indirects", "15", "-o", "etat.xlsx"],
            store: store,
            directory: work)
        #expect(made.status == 0, "\(made.stderr)")
        let check = try run(
            "/usr/bin/env",
            [
                "python3", "-c",
                """
                import sys, openpyxl
                book = openpyxl.load_workbook(sys.argv[1])
                assert book.sheetnames == ['Temps passé', 'Totaux'], book.sheetnames
                ws, sums = book.worksheets
                rows = list(ws.iter_rows(values_only=True))
                assert rows[0][:6] == ('Personne', 'Mois', 'Cohorte', 'Tâche', 'Heures', 'Taux horaire'), rows[0]
                assert rows[0][-1] == 'Coût', rows[0]
                lines = rows[1:]
                # No total among the lines: a pivot table sums them as they are.
                assert not [r for r in lines if r[0] is None or 'Total' in str(r[0])], lines
                totals = list(sums.iter_rows(values_only=True))
                direct = [r for r in totals if r[0] == 'Frais de personnel directs'][0]
                assert abs(sum(r[9] or 0 for r in lines) - direct[3]) < 0.005, (lines, direct)
                # The hours column sums to the statement's hours (a fixed share's are apart).
                assert abs(sum(r[4] or 0 for r in lines) - direct[1]) < 0.005, (lines, direct)
                indirect = [r for r in totals if str(r[0]).startswith('Coûts indirects')][0]
                assert abs(indirect[2] - 0.15) < 1e-9 and sums['C3'].number_format.endswith('%'), indirect
                assert abs(indirect[3] - round(direct[3] * 0.15, 2)) < 0.006, indirect
                assert ws['J2'].number_format.endswith('"€"'), ws['J2'].number_format
                print('ok')
                """, work + "/etat.xlsx",
            ])
        #expect(check.stdout == "ok\n", "\(check.stderr)")
        // A workbook is a file, not a terminal's text.
        let refused = try essor(["report", "temps", "--format", "xlsx"], store: store)
        #expect(refused.status == 2 && refused.stderr.contains("-o"))
    }
}

/// The French way to say « of a month », as the messages do.
enum TimeStringsProbe {
    static func ofMonth(_ m: YearMonth) -> String {
        let names = [
            "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre",
        ]
        let name = names[m.month - 1] + " \(m.year)"
        return ("ao".contains(name.first!) ? "d'" : "de ") + name
    }
}
