import EssorTestSupport
import Foundation
import Testing

/// The reports and the finances as spreadsheets receive them, read by
/// independent readers: Python's `csv` module as a spreadsheet's import
/// does (UTF-8 with BOM, `;`), and `openpyxl` for the workbooks (cell
/// types, sheets, totals apart).
@Suite struct SpreadsheetEndToEndTests {
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

    func python(_ script: String, _ arguments: [String]) throws -> Run {
        try run("/usr/bin/env", ["python3", "-c", script] + arguments, timeout: 60)
    }

    func folder(_ name: String) throws -> String {
        let path = scratch.file(name)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func thePartnersReportSumsInASpreadsheetWithoutCountingTotals() throws {
        let store = try demo()
        let work = try folder("partenaires")
        #expect(
            try essor(["report", "partners", "-o", "jours.csv"], store: store, directory: work).status == 0)
        #expect(
            try essor(["report", "partners", "-o", "jours.xlsx"], store: store, directory: work).status == 0)
        let check = try python(
            """
            import csv, sys, openpyxl
            # As a spreadsheet's import reads it: UTF-8 with its mark, `;`.
            raw = open(sys.argv[1], 'rb').read()
            assert raw.startswith(b'\\xef\\xbb\\xbf'), raw[:10]
            text = raw.decode('utf-8-sig')
            sections = text.split('\\r\\n\\r\\n')
            assert len(sections) == 2, len(sections)
            lines = list(csv.reader(sections[0].splitlines(), delimiter=';'))
            totals = list(csv.reader(sections[1].splitlines(), delimiter=';'))
            assert lines[0][0] == 'Partenaire' and totals[0] == lines[0], (lines[0], totals[0])
            assert not [l for l in lines[1:] if 'Total' in l[:2]], lines
            used = lambda row: float(row[6].replace(',', '.'))
            grand = [t for t in totals if t[0] == 'Total'][0]
            assert abs(sum(used(l) for l in lines[1:]) - used(grand)) < 1e-9, (lines, grand)
            # Every number of a column to two decimals.
            for l in lines[1:]:
                for cell in l[3:9]:
                    assert cell.split(',')[1].__len__() == 2, l
            book = openpyxl.load_workbook(sys.argv[2])
            assert book.sheetnames == ['Partenaires', 'Totaux'], book.sheetnames
            data = list(book['Partenaires'].iter_rows(values_only=True))
            sums = list(book['Totaux'].iter_rows(values_only=True))
            assert all(isinstance(r[6], (int, float)) for r in data[1:]), data
            assert isinstance(data[1][2], (int, float)), data[1]
            total = [r for r in sums if r[0] == 'Total'][0]
            assert abs(sum(r[6] for r in data[1:]) - total[6]) < 1e-9, (data, total)
            print('ok')
            """, [work + "/jours.csv", work + "/jours.xlsx"])
        #expect(check.stdout == "ok\n", "\(check.stderr)")
        // A workbook is a file; an existing file is kept without --force.
        let refused = try essor(["report", "partners", "--format", "xlsx"], store: store)
        #expect(
            refused.status == 2 && refused.stderr.contains("-o jours-partenaires.xlsx"), "\(refused.stderr)")
        let before = FileManager.default.contents(atPath: work + "/jours.xlsx")
        let again = try essor(["report", "partners", "-o", "jours.xlsx"], store: store, directory: work)
        #expect(again.status == 2, "\(again.stderr)")
        #expect(FileManager.default.contents(atPath: work + "/jours.xlsx") == before)
    }

    @Test func theFinancesKeepTheSiretAsTextAndTheNumbersAsNumbers() throws {
        let store = try demo()
        let work = try folder("finances")
        let made = try essor(
            ["export", "finances", "--format", "xlsx", "-o", "finances.xlsx"], store: store, directory: work)
        #expect(made.status == 0, "\(made.stderr)")
        let csv = try essor(
            ["export", "finances", "--format", "csv", "-o", "finances.csv"], store: store, directory: work)
        #expect(csv.status == 0, "\(csv.stderr)")
        let check = try python(
            """
            import csv, re, sys, openpyxl
            rows = list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline=''), delimiter=';'))
            header = rows[0]
            assert header[:3] == ['siret', 'nom', 'annee'], header
            assert 'autonomie_financiere (%)' in header and 'dependance_subventions (%)' in header, header
            produits = header.index('produits')
            share = header.index('autonomie_financiere (%)')
            for row in rows[1:]:
                # `="…"`: a spreadsheet keeps the SIRET as text, leading zeros and all.
                assert re.fullmatch(r'="\\d{14}"', row[0]), row[0]
                assert row[produits] == '' or re.fullmatch(r'-?\\d+,\\d\\d', row[produits]), row[produits]
                assert row[share] == '' or re.fullmatch(r'-?\\d+,\\d', row[share]), row[share]
            book = openpyxl.load_workbook(sys.argv[2])
            ws = book.active
            data = list(ws.iter_rows(values_only=True))
            assert data[0][:3] == ('siret', 'nom', 'annee'), data[0]
            assert all(isinstance(r[0], str) and len(r[0]) == 14 for r in data[1:]), [r[0] for r in data]
            assert all(isinstance(r[2], int) for r in data[1:] if r[2] is not None)
            assert all(isinstance(r[3], (int, float)) for r in data[1:] if r[3] is not None)
            assert any(r[3] is not None for r in data[1:])
            column = data[0].index('autonomie_financiere')
            cell = ws.cell(row=2, column=column + 1)
            assert cell.number_format.endswith('%') and (cell.value is None or cell.value <= 1.5), (cell.value, cell.number_format)
            print('ok')
            """, [work + "/finances.csv", work + "/finances.xlsx"])
        #expect(check.stdout == "ok\n", "\(check.stderr)")
        // What the export wrote is what the import reads: nothing to change.
        let back = try essor(["import", "finances", work + "/finances.csv", "--dry-run"], store: store)
        #expect(back.status == 0, "\(back.stderr)")
        // Also with a structure that has no accounts yet: its line (no year,
        // no figure) has nothing to import, and the rest is read.
        #expect(
            try essor(["add", "structure", "--name", "Sans comptes", "--postcode", "14000"], store: store)
                .status == 0)
        let blank = try essor(
            ["export", "finances", "--format", "csv", "-o", "blank.csv"], store: store, directory: work)
        #expect(blank.status == 0, "\(blank.stderr)")
        #expect(try String(contentsOfFile: work + "/blank.csv", encoding: .utf8).contains("Sans comptes"))
        let again = try essor(["import", "finances", work + "/blank.csv", "--dry-run"], store: store)
        #expect(again.status == 0, "\(again.stderr)")
        let refused = try essor(["export", "finances", "--format", "xlsx"], store: store)
        #expect(refused.status == 2 && refused.stderr.contains("-o finances.xlsx"), "\(refused.stderr)")
    }

    @Test func theProgrammeReportHasOneSheetPerTable() throws {
        let store = try demo()
        let work = try folder("rapport")
        let made = try essor(["report", "programme", "--format", "xlsx"], store: store, directory: work)
        #expect(made.status == 0, "\(made.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: work).filter { $0.hasSuffix(".xlsx") }
        #expect(files.count == 1 && files.first?.hasPrefix("rapport-") == true, "\(files)")
        let check = try python(
            """
            import sys, datetime, openpyxl
            book = openpyxl.load_workbook(sys.argv[1])
            names = book.sheetnames
            assert names[0] == 'Indicateurs' and 'Mois' in names and 'Entreprises' in names, names
            indicators = list(book['Indicateurs'].iter_rows(values_only=True))
            assert [r[0] for r in indicators[1:]] == ['RCO01', 'RCO02', 'RCO03', 'RCO04', 'RCO05', 'RCR01'], indicators
            assert all(isinstance(r[2], (int, float)) for r in indicators[1:]), indicators
            counts = [r for r in book[names[1]].iter_rows(values_only=True)][1:]
            rco01 = [r for r in counts if r[0] == 'RCO01' and r[1] == 'oui']
            assert len(rco01) == indicators[1][2], (len(rco01), indicators[1])
            assert all(r[3] is None or (isinstance(r[3], str) and len(r[3]) == 9) for r in counts), counts
            months = list(book['Mois'].iter_rows(values_only=True))[1:]
            assert months and all(isinstance(r[0], datetime.datetime) and r[0].day == 1 for r in months), months
            print('ok')
            """, [work + "/" + (files.first ?? "")])
        #expect(check.stdout == "ok\n", "\(check.stderr)")
        let refused = try essor(["report", "programme", "--format", "xlsx", "-o", "-"], store: store)
        #expect(refused.status == 2, "\(refused.stderr)")
    }

    /// LibreOffice, headless, opens every workbook essor writes and shows
    /// each cell as typed: SIRET whole, shares as percentages, months as
    /// months, euros with their sign (its CSV "as shown" of every sheet).
    @Test func libreOfficeOpensEveryWorkbookAsTyped() throws {
        let store = try demo()
        let work = try folder("libreoffice")
        for arguments in [
            ["report", "programme", "-o", "rapport.xlsx"],
            ["export", "finances", "--format", "xlsx", "-o", "finances.xlsx"],
            ["report", "partners", "-o", "jours.xlsx"],
            ["report", "temps", "--from", "01/01/2020", "--to", "31/12/2030", "-o", "etat.xlsx"],
        ] {
            let made = try essor(arguments, store: store, directory: work)
            #expect(made.status == 0, "\(arguments): \(made.stderr)")
        }
        let profile = try folder("profil-libreoffice")
        let converted = try run(
            "/usr/bin/env",
            [
                "soffice", "-env:UserInstallation=file://" + profile, "--headless", "--norestore",
                "--convert-to",
                "csv:Text - txt - csv (StarCalc):59,34,76,1,,1036,false,true,true,false,false,-1",
                "--outdir", work + "/csv", work + "/rapport.xlsx", work + "/finances.xlsx",
                work + "/jours.xlsx",
                work + "/etat.xlsx",
            ], environment: ["HOME": profile], timeout: 180)
        #expect(converted.status == 0, "\(converted.stderr)")
        let check = try python(
            """
            import csv, glob, os, re, sys
            folder = sys.argv[1]
            sheets = {os.path.basename(p)[:-4]: list(csv.reader(open(p, encoding='utf-8'), delimiter=';'))
                      for p in glob.glob(folder + '/*.csv')}
            report = [n for n in sheets if n.startswith('rapport-')]
            assert len(report) >= 8 and 'rapport-Mois' in sheets, sorted(sheets)
            assert {'finances-Finances', 'jours-Partenaires', 'jours-Totaux', 'etat-Totaux'} <= set(sheets), sorted(sheets)
            # Days to two decimals, as typed.
            assert all(re.fullmatch(r'[0-9]+[.,][0-9]{2}', r[3]) for r in sheets['jours-Partenaires'][1:]), sheets['jours-Partenaires']
            months = sheets['rapport-Mois']
            assert len(months) == 13 and all(re.fullmatch(r'[0-9]{2}/[0-9]{4}', r[0]) for r in months[1:]), months
            finances = sheets['finances-Finances']
            header = finances[0]
            rows = finances[1:]
            siret = [r[header.index('siret')] for r in rows]
            assert rows and all(re.fullmatch(r'[0-9]{14}', s) for s in siret), siret
            share = [r[header.index('autonomie_financiere')] for r in rows if r[header.index('autonomie_financiere')]]
            assert share and all(re.fullmatch(r'-?[0-9]+[.,][0-9]%', s) for s in share), share
            euros = [r[header.index('produits')] for r in rows]
            assert all(e.endswith('€') for e in euros), euros
            cost = sheets['etat-Totaux'][1]
            assert cost[0] == 'Frais de personnel directs' and cost[-1].endswith('€'), sheets['etat-Totaux']
            print('ok')
            """, [work + "/csv"])
        #expect(check.stdout == "ok\n", "\(check.stderr)")
    }
}
