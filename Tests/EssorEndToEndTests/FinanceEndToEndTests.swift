import EssorCore
import EssorStore
import EssorTestSupport
import EssorUI
import Foundation
import Testing

/// The finances in the real binary: a spreadsheet imported, exports, the
/// panel and its budget grid in a terminal.
@Suite struct FinanceEndToEndTests {
    let scratch = TemporaryFolder()

    func demo() throws -> String {
        let path = scratch.file("demo.sqlite")
        let store = try Store.open(path: path)
        try DemoProgramme.install(into: store, today: LocalDate(year: 2026, month: 11, day: 26)!)
        try store.close()
        return path
    }

    func essor(_ arguments: [String], store: String) throws -> Run {
        try run(EssorBinary.path, arguments + ["--store", store], environment: ["LANG": "C.UTF-8"])
    }

    @Test func aFrenchSpreadsheetIsImportedAllOrNothing() throws {
        let store = try demo()
        let siret = try #require(
            try Store.openReadOnly(path: store).financeDetails(cohort: nil).first {
                $0.structure.name == "Vélos en Seine"
            }?.structure.siret)
        // A file with a BOM and SIRETs; another in Windows-1252 with names.
        let bySiret = scratch.write(
            "siret.csv",
            Data([0xEF, 0xBB, 0xBF])
                + Data("siret;annee;produits;tresorerie\n\(siret);2026;210 500,50;(1 200)\n".utf8))
        let byName = scratch.write(
            "noms.csv",
            "nom;annee;produits\r\nÉpicerie Solidaire du Bessin;2026;140 000\r\n".data(using: .windowsCP1252)!
        )
        let before = try essor(["export", "json"], store: store).stdout

        let dry = try essor(["import", "finances", bySiret, "--dry-run"], store: store)
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("rien n'a été écrit"))
        #expect(try essor(["export", "json"], store: store).stdout == before)

        let broken = scratch.write(
            "casse.csv",
            Data("siret;annee;produits;tresorerie\n\(siret);2026;12 %;1\n99999999999999;2026;1;1\n".utf8))
        let refused = try essor(["import", "finances", broken], store: store)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("ligne 2 : « 12 % » n'est pas un montant"))
        let unknown = scratch.write("inconnu.csv", Data("siret;annee;produits\n99999999999999;2026;1\n".utf8))
        let notFound = try essor(["import", "finances", unknown], store: store)
        #expect(notFound.status == 2 && notFound.stderr.contains("ligne 2 : aucune structure ne correspond"))
        #expect(try essor(["export", "json"], store: store).stdout == before)

        #expect(try essor(["import", "finances", bySiret], store: store).status == 0)
        let imported = try essor(["import", "finances", byName], store: store)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("Importé : 1 exercice pour 1 structure"))
        let years = try Store.openReadOnly(path: store).financeDetails(cohort: nil)
        let velos = try #require(years.first { $0.structure.siret == siret }?.years.last)
        #expect(velos.year == 2026 && velos[.income] == 210_500.5 && velos[.cash] == -1_200)
        let epicerie = try #require(
            years.first { $0.structure.name == "Épicerie Solidaire du Bessin" }?.years.last)
        #expect(epicerie.year == 2026 && epicerie[.income] == 140_000)
    }

    @Test func aPartialImportMergesByColumnAndItsDryRunListsTheChanges() throws {
        let store = try demo()
        let name = "Épicerie Solidaire du Bessin"
        func year2025() throws -> FinancialYear {
            try #require(
                try Store.openReadOnly(path: store).financeDetails(cohort: nil).first {
                    $0.structure.name == name
                }?.years.first { $0.year == 2025 })
        }
        let stored = try year2025()
        #expect(stored[.cash] != nil && stored[.equity] != nil && stored[.grants] != nil)
        // Only four columns, and the grants' cell empty.
        let partial = scratch.write(
            "partiel.csv", Data("nom;annee;produits;subventions\n\(name);2025;150 000,50;\n".utf8))
        let before = try essor(["export", "json"], store: store).stdout

        let dry = try essor(["import", "finances", partial, "--dry-run"], store: store)
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(
            dry.stdout.contains(
                "ligne 2, \(name) 2025 : produits 142\u{202F}000\u{00A0}€ → 150\u{202F}000,50\u{00A0}€\n"),
            "\(dry.stdout)")
        #expect(dry.stdout.contains("1 chiffre changerait ; rien n'a été écrit"))
        #expect(try essor(["export", "json"], store: store).stdout == before)

        let imported = try essor(["import", "finances", partial], store: store)
        #expect(imported.status == 0 && imported.stdout.contains("1 chiffre modifié"), "\(imported.stdout)")
        var now = try year2025()
        #expect(now[.income] == 150_000.5)
        for figure in FinancialYear.Figure.allCases where figure != .income {
            #expect(now[figure] == stored[figure], "\(figure) changed")
        }
        // The same file again changes nothing, and writes nothing.
        let written = try essor(["export", "json"], store: store).stdout
        let again = try essor(["import", "finances", partial], store: store)
        #expect(again.stdout.contains("Rien à changer"), "\(again.stdout)")
        #expect(try essor(["export", "json"], store: store).stdout == written)

        // With --vider-vides, the empty cell makes the grants unknown.
        let cleared = try essor(["import", "finances", partial, "--vider-vides", "--dry-run"], store: store)
        #expect(cleared.stdout.contains("subventions 99\u{202F}500\u{00A0}€ → inconnu"), "\(cleared.stdout)")
        #expect(try essor(["import", "finances", partial, "--vider-vides"], store: store).status == 0)
        now = try year2025()
        #expect(now[.grants] == nil && now[.cash] == stored[.cash])
    }

    @Test func anExportedCSVIsReadBackInBothLanguages() throws {
        let store = try demo()
        for lang in ["fr", "en"] {
            let exported = try essor(["export", "finances", "--format", "csv", "--lang", lang], store: store)
            #expect(exported.status == 0)
            let file = scratch.write("finances-\(lang).csv", Data(exported.stdout.utf8))
            let again = try essor(["import", "finances", file, "--dry-run"], store: store)
            #expect(again.status == 0, "\(lang): \(again.stderr)")
            #expect(again.stdout.contains("21 exercices pour 21 structures"), "\(again.stdout)")
        }
    }

    @Test func theBalanceSheetDiagnosticSaysWhatItLacksAndWhenItDoesNotAddUp() throws {
        let store = try demo()
        // Two of the four figures made unknown: the FR is still computed,
        // the BFR and net cash are not and the detail says what they lack;
        // the state does not change.
        let before = try essor(["show", "structure", "Coop des Deux"], store: store).stdout
        #expect(before.contains("État : orange"), "\(before)")
        let half = scratch.write(
            "moitie.csv",
            Data("nom;annee;actif_circulant;dettes_exploitation\nCoop des Deux Rives;2025;;\n".utf8))
        #expect(try essor(["import", "finances", half, "--vider-vides"], store: store).status == 0)
        let lacking = try essor(["show", "structure", "Coop des Deux"], store: store).stdout
        #expect(
            lacking.contains("Fonds de roulement (FR)         30\u{202F}178\u{00A0}€ (vert)"), "\(lacking)")
        #expect(!lacking.contains("Besoin en fonds de roulement (BFR) "))
        #expect(
            lacking.contains(
                "Besoin en fonds de roulement (BFR), Trésorerie nette (FR − BFR) : non calculés sans Stocks et créances, Dettes d'exploitation"
            ))
        #expect(lacking.contains("État : orange"))
        // Figures typed from another statement: FR −10 000, BFR 20 000, a
        // net cash of −30 000 that is not the 98 014 € of cash entered.
        let other = scratch.write(
            "bilan.csv",
            Data(
                "nom;annee;ressources_stables;actif_immobilise;actif_circulant;dettes_exploitation\nCoop des Deux Rives;2025;50 000;60 000;30 000;10 000\n"
                    .utf8))
        #expect(try essor(["import", "finances", other], store: store).status == 0)
        let wrong = try essor(["show", "structure", "Coop des Deux"], store: store).stdout
        #expect(
            wrong.contains("Trésorerie nette (FR − BFR)         -30\u{202F}000\u{00A0}€ (rouge)"), "\(wrong)")
        #expect(
            wrong.contains(
                "La trésorerie nette (FR − BFR), -30\u{202F}000\u{00A0}€, et la trésorerie saisie, 98\u{202F}014\u{00A0}€, diffèrent de 128\u{202F}014\u{00A0}€"
            ))
        #expect(
            wrong.contains("État : rouge, fixé par : Fonds de roulement (FR), Trésorerie nette (FR − BFR)"))
    }

    @Test func aProgrammeSetsItsInstrumentsTermsAndTheSuggestionsFollow() throws {
        let store = try demo()
        let shipped = try essor(["instruments"], store: store)
        #expect(shipped.status == 0)
        #expect(
            shipped.stdout.contains("pret_honneur.plafond               30\u{202F}000\u{00A0}€"),
            "\(shipped.stdout)")
        #expect(shipped.stdout.contains("https://www.fonds-publics.fr/aides/garantie-france-active"))
        // Refused, each with its reason, and the store left as it was.
        let before = try Data(contentsOf: URL(fileURLWithPath: store))
        for (arguments, reason) in [
            (["pret_honneur.minimum=40000"], "son minimum (40 000 €) dépasserait son plafond (30 000 €)"),
            (["garantie.quotite=150"], "150 est hors limites (de 1 à 100)"),
            (["pret_honneur.quotite=10"], "« pret_honneur.quotite » : pas une condition"),
            (["pret_honneur.plafond=beaucoup"], "« beaucoup » n'est pas un nombre"),
            (["pret_honneur.plafond=25000", "pret_honneur.minimum"], "une valeur est attendue après ="),
        ] {
            let refused = try essor(["instruments"] + arguments, store: store)
            #expect(refused.status == 2, "\(arguments)")
            #expect(
                refused.stderr.replacingOccurrences(of: "\u{202F}", with: " ")
                    .replacingOccurrences(of: "\u{00A0}", with: " ").contains(reason), "\(refused.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before)
        // A local fund's prêt d'honneur and a guarantee at half the loan.
        let set = try essor(
            ["instruments", "pret_honneur.plafond=25 000", "garantie.quotite=50 %"], store: store)
        #expect(set.status == 0, "\(set.stderr)")
        #expect(
            set.stdout.contains("garantie.quotite                   50\u{00A0}%  (défaut 65\u{00A0}%)"),
            "\(set.stdout)")
        let md = try essor(["export", "finances", "--cohort", "Exemple"], store: store).stdout
        #expect(
            md.contains(
                "Suggestion (règle tresorerie-annee-1) : garantie d'emprunt bancaire 6 663 € + prêt d'honneur 25 000 €, pour un besoin de 38 325 €"
            ), "\(md)")
        // `defaut` gives the shipped terms back.
        #expect(
            try essor(
                ["instruments", "pret_honneur.plafond=defaut", "garantie.quotite=defaut"], store: store
            ).status == 0)
        let again = try essor(["export", "finances", "--cohort", "Exemple"], store: store).stdout
        #expect(again.contains("garantie d'emprunt bancaire 5 411 € + prêt d'honneur 30 000 €"))
    }

    @Test func exportsAndShowTellTheRatiosAndTheRisk() throws {
        let store = try demo()
        let md = try essor(["export", "finances", "--cohort", "Exemple"], store: store)
        #expect(md.status == 0, "\(md.stderr)")
        #expect(
            md.stdout.contains(
                "| Épicerie Solidaire du Bessin | 2025 | 70,1 % | 23,6 | 14,6 % | -5 000 € | 675 € | 9 500 € | rouge | 2027 |"
            ), "\(md.stdout)")
        // Instruments in words, not their codes (the JSON keeps the codes).
        #expect(
            md.stdout.contains(
                "Suggestion (règle tresorerie-annee-1) : garantie d'emprunt bancaire 5 411 € + prêt d'honneur 30 000 €, pour un besoin de 38 325 €"
            ),
            "\(md.stdout)")
        #expect(!md.stdout.contains("pret_honneur") && !md.stdout.contains("contrat_apport"))
        // The monthly plan's lowest point, computed by hand in CashPlanTests.
        #expect(
            md.stdout.contains(
                "- Point bas de trésorerie 2027 (Exemple — Alimentation durable, plan mensuel) : -1 330 € fin octobre, sous zéro"
            ), "\(md.stdout)")
        let csv = try essor(["export", "finances", "--cohort", "Exemple", "--format", "csv"], store: store)
        #expect(csv.stdout.hasPrefix("\u{FEFF}siret;nom;annee;produits;"))
        #expect(csv.stdout.contains(";Épicerie Solidaire du Bessin;2025;142000,00;99500,00;"))
        let json = try essor(["export", "finances", "--format", "json"], store: store)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(((parsed?["finances"] as? [String: Any])?["lines"] as? [Any])?.count == 21)
        let shown = try essor(["show", "structure", "Épicerie"], store: store)
        #expect(shown.stdout.contains("Trésorerie en jours de charges      23,6 jours (rouge)"))
        #expect(shown.stdout.contains("À risque dès 2027"))
        // The diagnostic from the demo's balance sheet: 6 000 of equity and
        // 12 000 of loans, 17 325 of fixed assets; 14 175 of stocks and
        // receivables, 23 000 of short-term debts; net cash is the cash.
        #expect(
            shown.stdout.contains("Fonds de roulement (FR)             675\u{00A0}€ (vert)"),
            "\(shown.stdout)")
        #expect(shown.stdout.contains("Besoin en fonds de roulement (BFR)  -8\u{202F}825\u{00A0}€ (vert)"))
        #expect(shown.stdout.contains("Trésorerie nette (FR − BFR)         9\u{202F}500\u{00A0}€ (vert)"))

        // Thresholds are the store's: a red line at 20 days makes it orange.
        let set = try essor(["seuils", "tresorerie_jours_rouge=20"], store: store)
        #expect(
            set.status == 0
                && set.stdout.contains("tresorerie_jours_rouge   20\u{00A0}j  (défaut 30\u{00A0}j)"))
        let again = try essor(["show", "structure", "Épicerie"], store: store)
        #expect(again.stdout.contains("Trésorerie en jours de charges      23,6 jours (orange)"))
        #expect(try essor(["seuils", "inconnu=1"], store: store).status == 2)
        #expect(shown.stdout.contains("État : rouge, fixé par : Trésorerie en jours de charges"))

        // Percentages are typed as they are shown: 75 is 75 %; a value in
        // the old fraction form makes red laxer than orange and is refused,
        // leaving the store as it was.
        let percent = try essor(["seuils", "subventions_rouge=75"], store: store)
        #expect(
            percent.status == 0
                && percent.stdout.contains("subventions_rouge        75\u{00A0}%  (défaut 80\u{00A0}%)"),
            "\(percent.stdout)")
        #expect(percent.stdout.contains("état : rouge si un ratio est rouge ; sinon incomplet"))
        #expect(percent.stdout.contains("fonds de roulement (FR) = ressources stables − actif immobilisé"))
        let kept = try essor(["export", "json"], store: store).stdout
        let fraction = try essor(["seuils", "subventions_rouge=0.8"], store: store)
        #expect(
            fraction.status == 2
                && fraction.stderr.contains("subventions_rouge doit être plus strict que subventions_orange"))
        let absurd = try essor(["seuils", "subventions_rouge=8000"], store: store)
        #expect(absurd.status == 2 && absurd.stderr.contains("entre 0 et 100"))
        #expect(try essor(["export", "json"], store: store).stdout == kept)
        #expect(try Store.openReadOnly(path: store).financeThresholds()[.subsidyRed] == 0.75)
    }

    @Test func theBudgetIsEditedInTheRealTerminal() throws {
        let store = try demo()
        let tmux = try TmuxSession([EssorBinary.path, "--store", store], width: 120, height: 36)
        let user = TerminalUser(tmux)
        // The driver refuses a command the screen has no key for.
        #expect(user.key(for: .editModel, in: .cohorts) == nil)
        #expect(user.key(for: .editModel, in: .finances) == .char("m"))
        try tmux.waitFor("Cohortes · 4")
        for _ in 0..<3 { try user.run(.moveDown, in: .cohorts) }
        try user.run(.open, in: .cohorts).run(.panelFinances, in: .cohorts)
        try tmux.waitFor("rouge ⚠2027")
        try user.run(.editModel, in: .finances)
        try tmux.waitFor("Budget du projet — Exemple — Alimentation durable")
        for _ in 0..<4 { try user.run(.moveDown, in: .grid) }
        try user.run(.nextOption, in: .grid).run(.nextOption, in: .grid)
        try user.type("30000").run(.inputConfirm, in: .gridCell)
        // Thousands are grouped with a narrow no-break space.
        try tmux.waitFor("the new balance") { $0.contains("-34\u{202F}000") }
        // Ctrl-C with unsaved changes asks instead of quitting.
        try tmux.press("C-c")
        try tmux.waitFor("Modifications non enregistrées")
        try user.run(.save, in: .grid)
        try tmux.waitFor("Enregistré : « Exemple — Alimentation durable »")
        try user.run(.quit, in: .finances)
        #expect(try tmux.exitStatus() == 0)
        let cohort = try #require(try Store.openReadOnly(path: store).cohortIDs().last)
        #expect(
            try Store.openReadOnly(path: store).projectModel(cohort: cohort)?.lines[4].amounts.first == 30_000
        )
    }
}

/// A structure's year read from its FEC by the real binary.
@Suite struct FECEndToEndTests {
    let scratch = TemporaryFolder()

    func essor(_ arguments: [String], store: String) throws -> Run {
        try run(EssorBinary.path, arguments + ["--store", store], environment: ["LANG": "C.UTF-8"])
    }

    /// A year of « Vélos en Seine »: opening bank 8 000 and capital 8 000;
    /// repairs sold 50 000; a grant 20 000; wages 45 000,40; rent 12 000.
    /// By hand: produits 70 000, charges 57 000,40, résultat 12 999,60,
    /// trésorerie 8 000 + 50 000 + 20 000 − 45 000,40 − 12 000 = 20 999,60.
    static let lines = [
        ["AN", "A nouveaux", "1", "20250101", "512000", "Banque", "8000,00", ""],
        ["AN", "A nouveaux", "1", "20250101", "102000", "Fonds associatifs", "", "8000,00"],
        ["VE", "Ventes", "2", "20250301", "512000", "Banque", "50000,00", ""],
        ["VE", "Ventes", "2", "20250301", "706000", "Réparations", "", "50000,00"],
        ["BQ", "Banque", "3", "20250410", "512000", "Banque", "20000,00", ""],
        ["BQ", "Banque", "3", "20250410", "741000", "Subvention Métropole", "", "20000,00"],
        ["OD", "Opérations diverses", "4", "20251231", "641000", "Salaires", "45000,40", ""],
        ["OD", "Opérations diverses", "4", "20251231", "512000", "Banque", "", "45000,40"],
        ["AC", "Achats", "5", "20251231", "613200", "Loyer", "12000,00", ""],
        ["AC", "Achats", "5", "20251231", "512000", "Banque", "", "12000,00"],
    ]

    /// The file in Windows-1252 with CRLF, as a Windows package writes it.
    func fec(_ name: String, lines: [[String]] = lines) -> String {
        let header =
            "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise"
        let rows = lines.map { l in
            [
                l[0], l[1], l[2], l[3], l[4], l[5], "", "", "P" + l[2], l[3], l[5], l[6], l[7], "", "", l[3],
                "", "",
            ]
            .joined(separator: "\t")
        }
        return scratch.write(name, ([header] + rows).joined(separator: "\r\n").data(using: .windowsCP1252)!)
    }

    @Test func aFECIsCheckedReadAndMergedWithTheStoredYear() throws {
        let store = scratch.file("demo.sqlite")
        let opened = try Store.open(path: store)
        try DemoProgramme.install(into: opened, today: LocalDate(year: 2026, month: 11, day: 26)!)
        try opened.close()
        func velos() throws -> FinanceDetail {
            try #require(
                try Store.openReadOnly(path: store).financeDetails(cohort: nil).first {
                    $0.structure.name == "Vélos en Seine"
                })
        }
        let siren = String(try velos().structure.siret.prefix(9))
        let stored = try #require(try velos().years.first { $0.year == 2025 })
        let fte = try #require(stored[.fte])
        let bytes = try Data(contentsOf: URL(fileURLWithPath: store))

        let file = fec("\(siren)FEC20251231.txt")
        let dry = try essor(
            ["import", "fec", file, "--structure", "Vélos en Seine", "--dry-run"], store: store)
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(
            dry.stdout.contains(
                "10 lignes, 6 comptes (ISO-8859-15 ou Windows-1252, séparateur tabulation, 18 colonnes) ; chiffres de 2025"
            ))
        #expect(
            dry.stdout.contains(
                "Résultat net (resultat) : 12\u{202F}999,60\u{00A0}€ = 7 : 70\u{202F}000\u{00A0}€ (2 comptes) + 6 : -57\u{202F}000,40\u{00A0}€ (2 comptes)"
            ))
        #expect(dry.stdout.contains("rien n'a été écrit (--dry-run)"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == bytes)

        // Another SIREN's books, an unbalanced entry: refused, nothing written.
        let other = fec("999999999FEC20251231.txt")
        let foreign = try essor(["import", "fec", other, "--structure", "Vélos en Seine"], store: store)
        #expect(
            foreign.status == 2
                && foreign.stderr.contains("le fichier est la comptabilité du SIREN 999999999"))
        var broken = Self.lines
        broken[3][7] = "5000,00"
        let unbalanced = try essor(
            [
                "import", "fec", fec("casse.txt", lines: broken), "--structure", "Vélos en Seine", "--annee",
                "2025",
            ],
            store: store)
        #expect(unbalanced.status == 2)
        #expect(unbalanced.stderr.contains("l'écriture 2 du journal VE (ligne 4) n'est pas équilibrée"))
        #expect(unbalanced.stderr.contains("total débit"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == bytes)

        let imported = try essor(["import", "fec", file, "--structure", "Vélos en Seine"], store: store)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("Importé : 1 exercice pour 1 structure"))
        let year = try #require(try velos().years.first { $0.year == 2025 })
        #expect(year[.income] == 70_000 && year[.grants] == 20_000 && year[.expenses] == 57_000.4)
        #expect(year[.payroll] == 45_000.4 && year[.result] == 12_999.6 && year[.cash] == 20_999.6)
        #expect(year[.equity] == 20_999.6 && year[.balanceSheetTotal] == 20_999.6)
        #expect(year[.financialDebt] == 0 && year[.depreciation] == 0)
        #expect(year[.fte] == fte)  // not in a FEC: kept
        let again = try essor(["import", "fec", file, "--structure", "Vélos en Seine"], store: store)
        #expect(
            again.status == 0
                && again.stdout.contains("Rien à changer : la base a déjà ces chiffres pour 2025"))
        // By its SIRET or SIREN, as the help says.
        let bySiren = try essor(["import", "fec", file, "--structure", siren, "--dry-run"], store: store)
        #expect(bySiren.status == 0, "\(bySiren.stderr)")
    }

    @Test func aSirenInTheNameIsAlwaysChecked() throws {
        let store = scratch.file("demo.sqlite")
        let opened = try Store.open(path: store)
        try DemoProgramme.install(into: opened, today: LocalDate(year: 2026, month: 11, day: 26)!)
        try opened.close()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: store))
        // Another SIREN, whatever follows it in the name, with --annee.
        for name in ["999999999FEC20251231-v2.txt", "999999999FEC.txt", "999999999FEC20251331.txt"] {
            let refused = try essor(
                ["import", "fec", fec(name), "--structure", "Vélos en Seine", "--annee", "2025"], store: store
            )
            #expect(
                refused.status == 2 && refused.stderr.contains("SIREN 999999999"),
                "\(name): \(refused.stderr)")
        }
        let short = try essor(
            ["import", "fec", fec("99999999FEC20251231.txt"), "--structure", "Vélos en Seine"], store: store)
        #expect(short.status == 2 && short.stderr.contains("« 99999999 » avant FEC n'est pas un SIREN"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == bytes)
        // A name without a SIREN: imported with --annee, and said unchecked.
        let unnamed = try essor(
            [
                "import", "fec", fec("export.txt"), "--structure", "Vélos en Seine", "--annee", "2025",
                "--dry-run",
            ],
            store: store)
        #expect(unnamed.status == 0 && unnamed.stdout.contains("ne donne pas de SIREN"), "\(unnamed.stderr)")
    }

    @Test func theMappingIsPrinted() throws {
        let listed = try essor(["fec", "comptes"], store: scratch.file("none.sqlite"))
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(
            listed.stdout.contains(
                "produits (Produits d'exploitation) = 70, 71, 72, 73, 74, 75, 781, 791 [crédit − débit]"))
        #expect(listed.stdout.contains("4 sauf 49 (comptes à solde débiteur) [débit − crédit]"))
    }
}
