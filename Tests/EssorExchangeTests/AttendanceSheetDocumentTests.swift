import EssorCore
import EssorExchange
import EssorStore
import EssorTestSupport
import Foundation
import Testing

/// The attendance sheet as an auditor receives it: its HTML (a golden
/// file), its PDF read back by poppler (`pdfinfo`, `pdftotext`,
/// `pdftoppm`), and the user's templates.
@Suite struct AttendanceSheetDocumentTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Golden")
    let folder = TemporaryFolder()
    static let clock = WallClock.paris
    static let day = LocalDate(year: 2027, month: 3, day: 11)!

    /// A full day (two half-days) with 15 people in five organisations:
    /// one excused, one absent, one who walked in, one stamped after the
    /// meeting had ended, and others not marked.
    static func sheet() -> AttendanceSheet {
        let start = clock.instant(day, hour: 9, minute: 30)
        let meeting = Meeting(
            id: 7, cohortID: 1, kind: .workshop, title: "Modèle économique & gouvernance", start: start,
            durationMinutes: 7 * 60, place: "Caen — salle <A>", facilitators: "Claire Martin, Paul Henry")
        let structures = [
            (1, "Mutuelle Solidaire"), (2, "Épicerie du Bessin"), (3, "Coop des Deux Rives"),
            (4, "Atelier Vélo"), (5, "Les Jardins"),
        ]
        var rows: [AttendanceSheet.Row] = []
        var n = 0
        for (id, name) in structures.sorted(by: { FrenchOrder.less($0.1, $1.1) }) {
            for k in 0..<3 {
                n += 1
                var status: AttendanceStatus? = n % 4 == 0 ? nil : .present
                if n == 5 { status = .excused }
                if n == 9 { status = .absent }
                let arrived: Int64? = status == .present ? start + Int64(n * 60) : nil
                rows.append(
                    AttendanceSheet.Row(
                        structureID: StructureID(id), structureName: name,
                        person: n == 14 ? "Nadia Benali" : "Personne \(n)", role: k == 0 ? "Direction" : "",
                        status: status, arrivedAt: n == 15 ? start + 8 * 3600 : arrived))
            }
        }
        rows.append(
            AttendanceSheet.Row(
                group: .partner(1), structureName: "France Active Normandie", person: "Léa Roux",
                role: "Chargée",
                status: .present, arrivedAt: start + 300))
        // A walk-in from another organisation, attached to it, not to a structure.
        rows.append(
            AttendanceSheet.Row(
                group: .other("Recyclerie de la Risle"), structureName: "Recyclerie de la Risle",
                person: "Marc Petit", status: .present, arrivedAt: start + 1200))
        return AttendanceSheet(meeting: meeting, cohortName: "Alimentation durable", version: 1, rows: rows)
    }

    static let programme = Programme(
        name: "ESSor", operatorName: "SocialCOBizz",
        funders: ["Région Normandie", "Union européenne (FEDER)"],
        contactEmail: "", contactAddress: "", summary: "", operationReference: "NO0021734",
        privacyNotice: "SocialCOBizz traite ces données pour justifier l'opération.",
        signatoryName: "Claire Martin", signatoryRole: "Coordinatrice")

    @Test func theFilledSheetMatchesItsGoldenHTML() throws {
        let html = AttendanceSheetExport.html(
            Self.sheet(), programme: Self.programme, lang: .fr, mode: .filled)
        let file = Self.golden.appendingPathComponent("emargement-deux-demi-journees.html")
        if ProcessInfo.processInfo.environment["ESSOR_RECORD_GOLDEN"] == "1" {
            try html.write(to: file, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(html == expected, "differs from Golden/emargement-deux-demi-journees.html")
        // What the golden file must show, said once more in words.
        #expect(html.contains("<th>Signature — Matin</th><th>Signature — Après-midi</th>"))
        #expect(html.contains("<td class=\"signature\">excusé(e)</td><td class=\"signature\">excusé(e)</td>"))
        #expect(html.contains("<td class=\"signature\">absent(e)</td>"))
        #expect(html.contains("Animation — SocialCOBizz") && html.contains("<td>Paul Henry</td>"))
        #expect(html.contains("Partenaires — France Active Normandie") && html.contains("<td>Léa Roux</td>"))
        #expect(html.contains("<th colspan=\"5\">Autres organisations</th>"))
        #expect(html.contains("<td>Marc Petit — Recyclerie de la Risle</td><td></td><td>9h50</td>"))
        #expect(html.contains("<span class=\"late\"> *</span>") && html.contains("heure saisie après la fin"))
        #expect(html.contains("Certifié exact") && html.contains("Claire Martin, Coordinatrice"))
        #expect(html.contains("Opération n° NO0021734") && html.contains("Données personnelles"))
        #expect(html.contains("<svg") && html.contains("Cofinancé par l&#39;Union européenne"))
        #expect(
            html.contains("Caen — salle &lt;A&gt;") && html.contains("Modèle économique &amp; gouvernance"))
        let present = Self.sheet().rows.filter { $0.status == .present }.count
        // Present: everyone who came (the partner and the walk-in too); invited: the structures' people.
        #expect(html.contains("\(present) présents / 15 inscrits"))
        // French order: « Épicerie » with the E's.
        let coop = try #require(html.range(of: "Coop des Deux Rives"))
        let epicerie = try #require(html.range(of: "Épicerie du Bessin"))
        let jardins = try #require(html.range(of: "Les Jardins"))
        #expect(coop.lowerBound < epicerie.lowerBound && epicerie.lowerBound < jardins.lowerBound)
    }

    @Test func aBlankSheetHasNoTimesAndNoStatuses() {
        let html = AttendanceSheetExport.html(
            Self.sheet(), programme: Self.programme, lang: .fr, mode: .blank)
        #expect(!html.contains("Arrivée") && !html.contains("excusé(e)") && !html.contains("absent(e)"))
        #expect(!html.contains("9h31") && html.contains("____ présents / 15 inscrits"))
    }

    @Test func theColumnsFollowTheHalfDaysOrTheDays() {
        let day = Self.day
        func at(_ d: LocalDate, _ h: Int, _ m: Int = 0) -> LocalDateTime {
            LocalDateTime(date: d, hour: h, minute: m)
        }
        #expect(SignatureColumn.columns(from: at(day, 9, 30), to: at(day, 12, 30)).map(\.half) == [.morning])
        #expect(SignatureColumn.columns(from: at(day, 14), to: at(day, 17)).map(\.half) == [.afternoon])
        #expect(SignatureColumn.columns(from: at(day, 11), to: at(day, 13)).map(\.half) == [.morning])
        #expect(
            SignatureColumn.columns(from: at(day, 9, 30), to: at(day, 16, 30)).map(\.half) == [
                .morning, .afternoon,
            ])
        // Over three days: one column per day, a meeting ending at midnight not signing the next.
        let three = SignatureColumn.columns(from: at(day, 9), to: at(day.adding(days: 2), 17))
        #expect(
            three.map(\.date) == [day, day.adding(days: 1), day.adding(days: 2)]
                && three.allSatisfy { $0.half == nil })
        #expect(SignatureColumn.columns(from: at(day, 20), to: at(day.adding(days: 1), 0)).count == 1)
    }

    @Test func theEmblemFollowsItsOfficialGeometry() {
        let svg = EUEmblem.svg(height: 12)
        #expect(svg.contains("width=\"18mm\" height=\"12mm\"") && svg.contains("viewBox=\"0 0 810 540\""))
        #expect(svg.components(separatedBy: "<polygon").count - 1 == 12)
        #expect(svg.contains("fill=\"#003399\"") && svg.contains("fill=\"#FFCC00\""))
        // The star at twelve o'clock: its top point on the ring's top (270 − 180 − 30 = 60).
        #expect(svg.contains("<polygon points=\"405,60 "))
    }

    /// Runs a poppler tool, the PDF's independent reader.
    func poppler(_ tool: String, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/" + tool)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }

    @Test func thePDFIsA4WithTheTitleAndDateOnEveryPageAndTheEmblem() throws {
        try #require(
            PDFRenderer.program() != nil, "WeasyPrint is needed (./scripts/setup --tests installs it)")
        let html = AttendanceSheetExport.html(
            Self.sheet(), programme: Self.programme, lang: .fr, mode: .filled)
        let pdf = folder.write("sheet.pdf", Data(try PDFRenderer.render(html)))
        let info = String(decoding: try poppler("pdfinfo", [pdf]), as: UTF8.self)
        #expect(info.contains("(A4)"))
        let pages = Int(
            info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "")
        #expect((pages ?? 0) >= 2, "15 people over two half-days take two pages")
        for page in 1...(pages ?? 1) {
            let text = String(
                decoding: try poppler("pdftotext", ["-f", "\(page)", "-l", "\(page)", "-layout", pdf, "-"]),
                as: UTF8.self)
            #expect(
                text.contains("Feuille d'émargement — Modèle économique & gouvernance — 11/03/2027"),
                "page \(page)")
            #expect(text.contains("page \(page) / \(pages ?? 0)"), "page \(page)")
            #expect(text.contains("Opération n° NO0021734"), "page \(page)")
        }
        let first = String(
            decoding: try poppler("pdftotext", ["-f", "1", "-l", "1", pdf, "-"]), as: UTF8.self)
        #expect(first.contains("Cofinancé") && first.contains("Union"))
        // The emblem is drawn: reflex blue pixels in the page's top right corner.
        let ppm = try poppler("pdftoppm", ["-f", "1", "-l", "1", "-r", "30", pdf])
        #expect(Self.bluePixels(ppm) > 50)
    }

    /// Pixels of the emblem's blue (#003399, give or take) in a binary PPM's top quarter.
    static func bluePixels(_ ppm: Data) -> Int {
        let bytes = [UInt8](ppm)
        // Header: P6, width, height, max, each followed by white space.
        var fields: [Int] = []
        var index = 2
        while fields.count < 3 && index < bytes.count {
            while index < bytes.count && (bytes[index] == 0x20 || bytes[index] == 0x0A) { index += 1 }
            var value = 0
            while index < bytes.count && bytes[index] >= 0x30 && bytes[index] <= 0x39 {
                value = value * 10 + Int(bytes[index] - 0x30)
                index += 1
            }
            fields.append(value)
        }
        index += 1
        guard bytes.starts(with: [0x50, 0x36]), fields.count == 3 else { return 0 }
        let (width, height) = (fields[0], fields[1])
        var count = 0
        for y in 0..<(height / 4) {
            for x in 0..<width {
                let p = index + (y * width + x) * 3
                guard p + 2 < bytes.count else { break }
                if bytes[p] < 40 && (30...90).contains(bytes[p + 1]) && (120...190).contains(bytes[p + 2]) {
                    count += 1
                }
            }
        }
        return count
    }

    @Test func aUsersTemplateReplacesTheBuiltInOneAndABrokenOneDoesNot() throws {
        let templates = folder.file("templates")
        try FileManager.default.createDirectory(atPath: templates, withIntermediateDirectories: true)
        folder.write(
            "templates/emargement.html.mustache",
            Data("<p>Feuille {{meetingTitle}} — {{identity.operationReference}}</p>{{> page.css}}".utf8))
        folder.write(
            "templates/compte-rendu.md.mustache", Data("# {{heading}}\n\n{{#statuses}}\n- {{title}}\n".utf8))
        let chosen = DocumentTemplates(folder: templates)
        #expect(chosen.overridden == ["emargement.html"])
        #expect(chosen.problems.count == 1)
        let problem = try #require(chosen.problems.first)
        #expect(problem.path.hasSuffix("templates/compte-rendu.md.mustache") && problem.line >= 3)
        let html = AttendanceSheetExport.html(
            Self.sheet(), programme: Self.programme, lang: .fr, templates: chosen)
        #expect(html.hasPrefix("<p>Feuille Modèle économique &amp; gouvernance — NO0021734</p>"))
        #expect(html.contains("@page"))
        // A folder, a FIFO or an unreadable file in place of a template is said, not used.
        try FileManager.default.createDirectory(
            atPath: templates + "/emargement.md.mustache", withIntermediateDirectories: true)
        let again = DocumentTemplates(folder: templates)
        #expect(again.problems.contains { $0.path.hasSuffix("emargement.md.mustache") && $0.line == 0 })
        let markdown = AttendanceSheetExport.markdown(
            Self.sheet(), programme: nil, lang: .fr, templates: again)
        #expect(markdown.hasPrefix("# Feuille d'émargement — Modèle économique & gouvernance"))
    }

    @Test func everyBuiltInTemplateParses() throws {
        for (name, text) in DocumentTemplates.builtIn {
            #expect(DocumentTemplates.problem(in: text, path: name) == nil)
        }
        #expect(DocumentTemplates.problem(in: "a\n{{#open}}\nb", path: "x")?.line == 3)
    }
}
