import EssorCore
import EssorExchange
import EssorStore
import EssorTestSupport
import Foundation
import Testing

/// The month's timesheets as an auditor receives them: the demo's
/// November read back from the PDF by poppler, the costs with their rule,
/// the statement as CSV, names escaped.
@Suite struct TimesheetDocumentTests {
    let folder = TemporaryFolder()
    static let today = LocalDate(year: 2026, month: 12, day: 4)!
    static let november = YearMonth(year: 2026, month: 11)!

    func demo() throws -> Store {
        let store = try Store.open(path: folder.file("demo.sqlite"))
        try DemoProgramme.install(into: store, today: Self.today)
        return store
    }

    func poppler(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/" + tool)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func onePagePerPersonWithTheRateTheCostAndTheSignatures() throws {
        try #require(
            PDFRenderer.program() != nil, "WeasyPrint is needed (./scripts/setup --tests installs it)")
        let store = try demo()
        let sheets = try TimesheetExport.sheets(store, month: Self.november)
        #expect(sheets.map(\.month.member.name) == ["Claire Martin", "Julien Lefèvre", "Sophie Bernard"])
        let pdf = folder.write(
            "fiches.pdf", Data(try PDFRenderer.render(try TimesheetExport.html(sheets, store, lang: .fr))))
        let info = try poppler("pdfinfo", [pdf])
        #expect(info.contains("Pages:           3"))
        #expect(info.contains("(A4)"))
        let claire = try poppler("pdftotext", ["-f", "1", "-l", "1", "-layout", pdf, "-"])
        #expect(claire.contains("Feuille de temps — novembre 2026"))
        #expect(claire.contains("Claire Martin") && claire.contains("Chargée de mission ESS"))
        // Her demo week: 3h30 + 3h30 + 4h + 3h + 2h = 16h; November 2026
        // has 20 working days (the 11th is a holiday): 63h30.
        #expect(claire.contains("63h30"))
        #expect(claire.contains("48 000 € / 1 720 h = 27,91 €/h"))
        #expect(claire.contains("1 772,29 €"))
        #expect(claire.contains("Le salarié") && claire.contains("Le responsable"))
        #expect(claire.contains("le 02/12/2026 par Julien Lefèvre"))
        let sophie = try poppler("pdftotext", ["-f", "3", "-l", "3", "-layout", pdf, "-"])
        #expect(sophie.contains("40 %"))
        #expect(sophie.contains("36 000 € × 40 % / 12 = 1 200 €"))
        #expect(sophie.contains("LM-2025-02"))
    }

    @Test func namesFromTheStoreAreEscaped() throws {
        let store = try demo()
        let hostile = StaffMember(name: "<script>x</script>\u{1B}[31m", role: "a|b", costs: [])
        let id = try store.save(
            StaffRecord(member: hostile), by: ChangeAuthor(name: "t", session: "t"), at: 1)
        let sheets = try TimesheetExport.sheets(store, month: Self.november, staff: id)
        let html = try TimesheetExport.html(sheets, store, lang: .fr)
        #expect(!html.contains("<script>") && html.contains("&lt;script&gt;"))
        #expect(!html.contains("\u{1B}"))
        let markdown = try TimesheetExport.markdown(sheets, store, lang: .fr)
        #expect(markdown.contains("a\\|b") && !markdown.contains("\u{1B}"))
        #expect(markdown.contains("Aucun temps saisi ce mois-ci."))
    }

    @Test func theStatementAsASpreadsheetReadsIt() throws {
        let store = try demo()
        let staff = try store.staff().map(\.member)
        let entries = try store.staffTime(from: Self.november.first, to: Self.november.last).map(\.entry)
        let statement = StaffCostStatement(
            members: staff, entries: entries, from: Self.november.first, to: Self.november.last,
            indirectRate: 15)
        let names = Dictionary(
            try store.cohortNames().map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let report = StaffTimeReport(
            statement, from: Self.november.first, to: Self.november.last, grouping: .person, staff: staff,
            cohorts: names, tasks: try store.timeTasks(), fr: true)
        #expect(report.lines.map(\.cost) == [1_772.29, 1_330.12, 1_200])
        #expect(report.totals.directCost == 4_302.41)
        // 15 % of 4 302,41 = 645,3615 → 645,36 €.
        #expect(report.totals.indirectCost == 645.36)
        let csv = try report.csv(.fr)
        #expect(
            csv.hasPrefix(
                "\u{FEFF}Personne;Mois;Cohorte;Tâche;Heures;Taux horaire;Part du temps de travail (%);"
                    + "Coût annuel;Heures saisies (forfait, pour information);Coût\r\n"))
        #expect(csv.contains("\r\nClaire Martin;;;;63,50;;;;;1772,29\r\n"))
        // The totals after an empty line, under their own header.
        #expect(csv.contains("\r\n\r\nPoste;Heures;Taux forfaitaire (%);Montant\r\n"))
        #expect(csv.contains("\r\nFrais de personnel directs;"))
        #expect(csv.contains(";15,00;645,36\r\n"))
        #expect(csv.contains("\r\nTotal;;;4947,77\r\n"))
    }
}
