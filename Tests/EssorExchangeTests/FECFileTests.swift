import EssorCore
import Foundation
import Testing

@testable import EssorExchange

/// FEC files as accounting packages write them: each line ending, both
/// separators, the three encodings, the 22-column and Montant/Sens
/// variants, and what is wrong with a file.
@Suite struct FECFileTests {
    static let header = FECFile.columns

    /// A balanced two-entry FEC: a sale of 1 234,56 € and a purchase of
    /// 99,90 € paid from the bank.
    static let rows: [[String]] = [
        [
            "VE", "Ventes", "1", "20261015", "411000", "Clients", "C001", "Épicerie", "F12", "20261015",
            "Facture", "1234,56", "0,00", "", "", "20261231", "", "EUR",
        ],
        [
            "VE", "Ventes", "1", "20261015", "706000", "Prestations", "", "", "F12", "20261015",
            "Facture", "0,00", "1234,56", "", "", "20261231", "", "EUR",
        ],
        [
            "AC", "Achats", "1", "20261020", "606000", "Fournitures", "", "", "A7", "20261020",
            "Papeterie", "99,90", "", "", "", "20261231", "", "",
        ],
        [
            "AC", "Achats", "1", "20261020", "512000", "Banque", "", "", "A7", "20261020",
            "Papeterie", "", "99,90", "", "", "20261231", "", "",
        ],
    ]

    static func file(
        header: [String] = header, rows: [[String]] = rows, separator: String = "\t", ending: String = "\n"
    ) -> String {
        ([header] + rows).map { $0.joined(separator: separator) }.joined(separator: ending) + ending
    }

    func lines(_ data: Data) throws -> [LedgerLine] { try FECFile.parse(data).get().lines }

    @Test(arguments: ["\n", "\r\n", "\r\r\n", "\r"], ["\t", "|"])
    func everyLineEndingAndSeparatorReadsTheSameLines(ending: String, separator: String) throws {
        let contents = try FECFile.parse(Data(Self.file(separator: separator, ending: ending).utf8)).get()
        #expect(contents.separator == Character(separator) && contents.columnCount == 18)
        #expect(contents.lines.map(\.line) == [2, 3, 4, 5])
        #expect(contents.lines.map(\.account) == ["411000", "706000", "606000", "512000"])
        #expect(contents.lines.map(\.debit) == [123_456, 0, 9_990, 0])
        #expect(contents.lines.map(\.credit) == [0, 123_456, 0, 9_990])
        #expect(contents.lines[0].date == LocalDate(year: 2026, month: 10, day: 15))
        #expect(contents.lines[2].journal == "AC" && contents.lines[2].entry == "1")
        let ledger = Ledger(contents.lines)
        #expect(ledger.problems.isEmpty)
        #expect(ledger.values[.income] == 1_234.56 && ledger.values[.cash] == -99.9)
    }

    @Test func theTwentyTwoColumnVariantAndABOMAreRead() throws {
        let header = Self.header + ["DateRglt", "ModeRglt", "NatOp", "IdClient"]
        let rows = Self.rows.map { $0 + ["20261101", "VIR", "", "C001"] }
        let data = Data([0xEF, 0xBB, 0xBF]) + Data(Self.file(header: header, rows: rows).utf8)
        let contents = try FECFile.parse(data).get()
        #expect(contents.columnCount == 22 && contents.lines.count == 4 && contents.encoding == .utf8)
    }

    @Test func amountAndSenseMayReplaceDebitAndCredit() throws {
        var header = Self.header
        header[11] = "Montant"
        header[12] = "Sens"
        let rows = Self.rows.map { row -> [String] in
            var row = row
            let debit = row[11].isEmpty || row[11] == "0,00" ? nil : row[11]
            row[11] = debit ?? row[12]
            row[12] = debit == nil ? "C" : "D"
            return row
        }
        let read = try lines(Data(Self.file(header: header, rows: rows).utf8))
        #expect(read.map(\.debit) == [123_456, 0, 9_990, 0])
        #expect(read.map(\.credit) == [0, 123_456, 0, 9_990])
        var wrong = rows
        wrong[1][12] = "X"
        #expect(
            FECFile.parse(Data(Self.file(header: header, rows: wrong).utf8))
                == .failure(FECFile.Problems(problems: [.badSense(line: 3, text: "X")])))
    }

    @Test func latin9AndWindows1252AreToldApartByTheirEuro() throws {
        // The label « Dépôt € » in ISO-8859-15 (€ = 0xA4) and in Windows-1252
        // (€ = 0x80, with a typographic apostrophe 0x92).
        func file(label: [UInt8]) -> Data {
            var rows = Self.rows
            rows[0][7] = "Epicerie"  // the rest of the file in ASCII
            rows[0][10] = "LABEL"
            let parts = Self.file(rows: rows).components(separatedBy: "LABEL")
            return Data(parts[0].utf8) + Data(label) + Data(parts[1].utf8)
        }
        let latin9 = try FECFile.parse(file(label: [0x44, 0xE9, 0x70, 0xF4, 0x74, 0x20, 0xA4])).get()
        #expect(latin9.encoding == .latin9)
        let windows = try FECFile.parse(file(label: [0x44, 0xE9, 0x70, 0xF4, 0x74, 0x92, 0x20, 0x80])).get()
        #expect(windows.encoding == .windows1252)
        #expect(LegacyText.decode(Data([0x44, 0xE9, 0x70, 0xF4, 0x74, 0x20, 0xA4])).text == "Dépôt €")
        // Without a euro or one of Latin-9's own letters, both read the same.
        #expect(LegacyText.decode(Data([0x44, 0xE9, 0x70, 0xF4, 0x74])) == ("Dépôt", .eitherLatin))
        #expect(LegacyText.decode(Data([0x6C, 0x92, 0x80])).text == "l\u{2019}€")
    }

    @Test func aHeaderThatIsNotAFECsIsRefusedWithTheColumn() {
        var header = Self.header
        header[4] = "Compte"
        #expect(
            FECFile.parse(Data(Self.file(header: header).utf8))
                == .failure(
                    FECFile.Problems(problems: [
                        .unexpectedColumn(position: 5, found: "Compte", expected: "CompteNum")
                    ])))
        // A CSV with « ; » is not read as one column per field.
        #expect(
            FECFile.parse(Data(Self.file(separator: ";").utf8))
                == .failure(FECFile.Problems(problems: [.tooFewColumns(found: 1)])))
        #expect(FECFile.parse(Data()) == .failure(FECFile.Problems(problems: [.empty])))
        #expect(
            FECFile.parse(Data(Self.file(rows: []).utf8)) == .failure(FECFile.Problems(problems: [.noLines])))
        // Case, accents and spaces in the header's names do not matter.
        #expect(
            (try? FECFile.parse(Data(Self.file(header: Self.header.map { $0.uppercased() }).utf8)).get())
                != nil)
    }

    @Test func everyFaultyLineIsReportedWithItsLineAndColumn() {
        var rows = Self.rows
        rows[0][3] = "2026-13-45"
        rows[1][12] = "12 %"
        rows[2][4] = ""
        rows[3][11] = "5e15"
        rows.append(["VE", "Ventes", "2"])
        var undated = Self.rows[0]
        undated[3] = ""
        undated[11] = "10,005"
        rows.append(undated)
        let problems = FECFile.parse(Data(Self.file(rows: rows).utf8))
        #expect(
            problems
                == .failure(
                    FECFile.Problems(problems: [
                        .badDate(line: 2, column: "EcritureDate", text: "2026-13-45"),
                        .badAmount(line: 3, column: "Credit", text: "12 %"),
                        .missingAccount(line: 4),
                        .amountOutOfRange(line: 5, column: "Debit", text: "5e15", range: -1e12...1e12),
                        .tooFewCells(line: 6, found: 3),
                        .missingDate(line: 7),
                        .badAmount(line: 7, column: "Debit", text: "10,005"),
                    ])))
    }

    @Test func theNameGivesTheSirenAndTheClosingDay() {
        let name = FECFile.Name(path: "/home/x/813612041FEC20261231.txt")
        #expect(name?.siren == "813612041" && name?.closing == LocalDate(year: 2026, month: 12, day: 31))
        #expect(FECFile.Name(path: "813612041fec20250630.TXT")?.closing?.year == 2025)
        #expect(FECFile.Name(path: "813612041FEC20261231")?.closing != nil)
        #expect(FECFile.Name(path: "export.txt") == nil)
        // A SIREN without a closing day is still a SIREN, to be checked.
        let noDay = FECFile.Name(path: "813612041FEC20261331.txt")  // no 13th month
        #expect(noDay?.siren == "813612041" && noDay?.closing == nil)
        #expect(FECFile.Name(path: "813612041FEC20261231-v2.txt")?.closing == nil)
        #expect(FECFile.Name(path: "813612041FEC.txt")?.siren == "813612041")
        #expect(FECFile.Name(path: "813612041FEC202612310.txt")?.closing == nil)
        // Eight digits: a name that means a SIREN but has not one.
        #expect(FECFile.Name(path: "81361204FEC20261231.txt")?.siren == "81361204")
    }
}
