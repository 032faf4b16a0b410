import EssorCore
import Foundation
import Testing

@testable import EssorExchange

/// Accounts as French spreadsheets export them.
@Suite struct FinanceCSVTests {
    @Test func readsAFrenchSpreadsheetExportWithBOM() throws {
        let text = """
            SIRET;Année;Produits;Subventions;Charges;Résultat;Trésorerie;ETP
            813 612 041 00018;2024;1 234,56;800;1\u{00A0}100,5;134,06;(2 500);3,5
            81361204100018;2025;200 000;;190 000;10 000;−1 000,25;4
            """
        let data = Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
        let rows = try FinanceCSV.parse(data).get()
        #expect(rows.count == 2)
        #expect(rows[0].line == 2 && rows[0].key == .siret("81361204100018") && rows[0].year == 2024)
        #expect(rows[0].values[.income] == 1_234.56)
        #expect(rows[0].values[.expenses] == 1_100.5)
        #expect(rows[0].values[.cash] == -2_500)
        #expect(rows[0].values[.fte] == 3.5)
        #expect(rows[1].values[.grants] == nil)  // left empty
        #expect(rows[1].values[.cash] == -1_000.25)
    }

    @Test func readsWindows1252AndNames() throws {
        let text = "nom;annee;fonds_propres\r\nÉpicerie Solidaire du Bessin;2025;6 000\r\n"
        let data = try #require(text.data(using: .windowsCP1252))
        #expect(String(data: data, encoding: .utf8) == nil)
        let rows = try FinanceCSV.parse(data).get()
        #expect(rows.first?.key == .name("Épicerie Solidaire du Bessin"))
        #expect(rows.first?.values == [.equity: 6_000])
    }

    @Test func readsTheBalanceSheetFiguresOfTheDiagnostic() throws {
        // Headers as a spreadsheet would type them, accents and case aside.
        let text = """
            nom;annee;Ressources stables;ACTIF_IMMOBILISÉ;actif_circulant;dettes_exploitation
            Coop;2025;80 000;95 000,50;40 000;25 000
            """
        let rows = try FinanceCSV.parse(Data(text.utf8)).get()
        #expect(
            rows.first?.values == [
                .stableResources: 80_000, .fixedAssets: 95_000.5, .currentAssets: 40_000,
                .operatingDebts: 25_000,
            ])
    }

    @Test func anAmountFinerThanTheCentIsRefusedNotRounded() {
        let text = "nom;annee;produits;charges;etp\nCoop;2025;1.234;1 234,567;1,255\n"
        guard case .failure(let list) = FinanceCSV.parse(Data(text.utf8)) else {
            Issue.record("amounts finer than the cent must be refused")
            return
        }
        // FTE are not euros: 1,255 is fine.
        #expect(
            list.problems == [
                .finerThanCent(line: 2, column: "produits", text: "1.234"),
                .finerThanCent(line: 2, column: "charges", text: "1 234,567"),
            ])
    }

    @Test func aBrokenFileSaysEveryProblemWithItsLine() {
        let text = """
            siret;annee;produits;tresorerie
            81361204100018;2025;12 %;100
            81361204100018;vingt;1;1
            ;2025;1;1
            81361204100018;2024;1
            81361204100018;2025;5;5
            """
        guard case .failure(let list) = FinanceCSV.parse(Data(text.utf8)) else {
            Issue.record("a broken file must not parse")
            return
        }
        #expect(
            list.problems == [
                .badNumber(line: 2, column: "produits", text: "12 %"), .badYear(line: 3, text: "vingt"),
                .missingKey(line: 4), .wrongCellCount(line: 5, expected: 4, found: 3),
                .duplicate(line: 6, firstLine: 2),
            ])
    }

    @Test func aWrongHeaderIsRefusedAtOnce() {
        let text = "structure;annee;chiffre_affaires\nA;2025;1\n"
        guard case .failure(let list) = FinanceCSV.parse(Data(text.utf8)) else {
            Issue.record("a wrong header must be refused")
            return
        }
        #expect(
            list.problems == [
                .unknownColumn("structure"), .unknownColumn("chiffre_affaires"), .missingColumn("siret"),
            ])
        #expect(FinanceCSV.parse(Data()) == .failure(ProblemList([.empty])))
    }
}

/// Line numbers are the file's lines, whatever quoted cells hold; a file
/// with a header only is not a success; numbers have their range.
@Suite struct FinanceCSVHardeningTests {
    func problems(_ text: String) -> [FinanceCSV.Problem] {
        switch FinanceCSV.parse(Data(text.utf8)) {
        case .success: return []
        case .failure(let list): return list.problems
        }
    }

    @Test func linesAreCountedAfterAQuotedNewline() {
        let text = "nom;annee;produits\n\"Coop\ndes\r\nDeux Rives\";2023;1\n\"Autre\";2023;abc\n"
        #expect(problems(text) == [.badNumber(line: 5, column: "produits", text: "abc")])
    }

    @Test func aHeaderAloneIsNotAnImport() {
        #expect(problems("siret;annee;produits\n") == [.noRows])
        #expect(problems("siret;annee;produits\n;;\n") == [.noRows])
    }

    @Test func hugeAndSpecialNumbersAreRefusedWithTheirLine() {
        let text = "siret;annee;produits;charges;etp\n1;2023;12345678901234567890;nan;1e300\n1;99999;1;1;1\n"
        #expect(
            problems(text) == [
                .numberOutOfRange(
                    line: 2, column: "produits", text: "12345678901234567890", range: -1e12...1e12),
                .badNumber(line: 2, column: "charges", text: "nan"),
                .numberOutOfRange(line: 2, column: "etp", text: "1e300", range: 0...100_000),
                .badYear(line: 3, text: "99999"),
            ])
    }
}
