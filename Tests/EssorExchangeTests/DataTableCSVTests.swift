import EssorCore
import Foundation
import Testing

@testable import EssorExchange

/// The one CSV writer: what a French spreadsheet needs to open a table as
/// it is, and to sum it without counting a total twice.
@Suite struct DataTableCSVTests {
    let table = DataTables(
        data: DataTable(
            name: "Lignes",
            columns: [
                .init("SIRET", .identifier), .init("Nom", .text), .init("Jours", .decimal(2)),
                .init("Montant", .euros), .init("Part", .percent(1)), .init("Le", .date),
                .init("Séances", .integer),
            ],
            rows: [
                [
                    .text("01234567800012"), .text("Numérique"), .number(1.5), .number(1234.5),
                    .number(0.4523),
                    .date(LocalDate(year: 2026, month: 3, day: 9)!), .number(3),
                ],
                [
                    .text("14000"), .text("=HYPERLINK(\"http://x\")"), .number(-0.001), .number(12),
                    .number(1), .empty, .empty,
                ],
            ]),
        totals: DataTable(
            name: "Totaux", columns: [.init("Poste", .text), .init("Montant", .euros)],
            rows: [[.text("Total"), .number(1246.5)]]))

    @Test func frenchCSVOpensAsItIs() throws {
        let csv = try DataTableCSV.csv(table, lang: .fr)
        // Without the byte-order mark, Excel and LibreOffice read « NumÃ©rique ».
        #expect(csv.hasPrefix("\u{FEFF}SIRET;Nom;Jours;Montant;Part (%);Le;Séances\r\n"))
        let lines = csv.dropFirst().components(separatedBy: "\r\n")
        // Fixed decimals, no thousands separator; a share as a percentage;
        // the identifier stays text with its leading zero.
        #expect(lines[1] == "\"=\"\"01234567800012\"\"\";Numérique;1,50;1234,50;45,2;09/03/2026;3")
        // A formula is neutralised; `-0,00` is zero; a postcode stays text.
        #expect(lines[2] == "\"=\"\"14000\"\"\";\"'=HYPERLINK(\"\"http://x\"\")\";0,00;12,00;100,0;;")
        // The totals after an empty line, with their own header.
        #expect(Array(lines[3...]) == ["", "Poste;Montant", "Total;1246,50", ""])
    }

    @Test func englishCSVUsesCommasAndPoints() throws {
        let csv = try DataTableCSV.csv(table, lang: .en)
        let lines = csv.dropFirst().components(separatedBy: "\r\n")
        #expect(lines[0] == "SIRET,Nom,Jours,Montant,Part (%),Le,Séances")
        #expect(lines[1] == "\"=\"\"01234567800012\"\"\",Numérique,1.50,1234.50,45.2,2026-03-09,3")
    }

    @Test func aCellIsReadBackAsItWasWritten() {
        #expect(DataTableCSV.unwrapped("=\"01234567800012\"") == "01234567800012")
        #expect(DataTableCSV.unwrapped("'=SUM(A1)") == "=SUM(A1)")
        #expect(DataTableCSV.unwrapped("'Atelier") == "'Atelier")
        #expect(DataTableCSV.unwrapped("=\"") == "=\"")
        // An identifier that is not digits only is text like any other.
        #expect(DataTableCSV.cell(.text("=1+1"), .identifier, .fr) == "'=1+1")
        #expect(DataTableCSV.cell(.text("2A004"), .identifier, .fr) == "2A004")
    }

    @Test func fixedDecimalsNeverTrapAndNeverShowMinusZero() {
        #expect(DecimalFormat.fixed(-0.004, digits: 2, lang: .fr) == "0,00")
        #expect(DecimalFormat.fixed(2.675, digits: 1, lang: .en) == "2.7")
        #expect(DecimalFormat.fixed(1e15, digits: 2, lang: .fr) == "1000000000000000,00")
        #expect(DecimalFormat.fixed(.nan, digits: 2, lang: .fr) == "")
        #expect(DecimalFormat.fixed(.infinity, digits: 2, lang: .fr) == "")
        #expect(DecimalFormat.fixed(-1234.5, digits: 2, lang: .fr) == "-1234,50")
    }

    @Test func sheetNamesAreValidAndDistinct() {
        let names = SpreadsheetFile.sheetNames([
            "Totaux", "totaux", "", "a/b:c?[d]*", String(repeating: "x", count: 40),
            String(repeating: "x", count: 40),
        ])
        #expect(names[0] == "Totaux" && names[1] == "totaux (2)")
        #expect(names[2] == "Sheet3" && names[3] == "abcd")
        #expect(names[4].count == 31 && names[5].count == 31 && names[4] != names[5])
    }

    @Test func aWorkbookHasOneSheetPerTable() throws {
        let bytes = try SpreadsheetFile.xlsx(table)
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        // The same tables give the same bytes.
        #expect(try SpreadsheetFile.xlsx(table) == bytes)
        let sheet = SpreadsheetFile.worksheet(table.data)
        // The identifier is a string, the share a percent, the day a date serial.
        #expect(
            sheet.contains("<c r=\"A2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">01234567800012</t>"))
        #expect(sheet.contains("<c r=\"E2\" s=\"3\"><v>0.4523</v></c>"))
        #expect(sheet.contains("<c r=\"F2\" s=\"5\"><v>46090</v></c>"))
        #expect(sheet.contains("&quot;http://x&quot;"))
        #expect(
            SpreadsheetFile.workbook(["Lignes", "Totaux"]).contains(
                "<sheet name=\"Totaux\" sheetId=\"2\" r:id=\"rId3\"/>"))
    }
}
