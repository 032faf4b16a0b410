import EssorCore
import EssorStore
import EssorTestSupport
import Foundation
import Testing

/// Hostile text in every text field of every entity never leaves essor
/// raw: every command that prints or writes is run, and no byte that a
/// terminal would act on (ESC, BEL, C1 controls) nor any bidirectional
/// override reaches standard output, standard error or a file.
@Suite struct HostileOutputTests {
    let scratch = TemporaryFolder()

    /// Sets the window title (OSC 0), writes the clipboard (OSC 52), moves
    /// the cursor with a C1 CSI, rings the bell, reverses the text.
    static let hostile =
        "\u{1B}]0;PWNED\u{07}\u{1B}]52;c;cm0gLXJmIH4=\u{07}\u{9B}2J\u{1B}[31m\u{202E}evil\u{2066}\u{7F}\rCR"

    /// The demo, with the hostile text added to every text column that
    /// takes free text, plus a workshop's items and a financing.
    func hostileStore() throws -> String {
        let demo = scratch.file("demo.sqlite")
        let store = try Store.open(path: demo)
        try DemoProgramme.install(
            into: store, today: WallClock.paris.today(now: Int64(Date().timeIntervalSince1970)))
        var dump = try StoreDumpJSON(try store.exportJSON())
        try store.close()
        var tables = dump.tables
        // Codes, identifiers, days and instants keep their shape; every other text is hostile.
        let untouched: Set<String> = [
            "siret", "postcode", "departement", "legalForm", "kind", "status", "projectStage", "entity",
            "action", "key", "value", "startDate", "endDate", "date", "dueDate", "amounts", "months",
            "timer", "itemOrder", "before", "after", "payload", "instrument", "rule", "series",
            "creationDate", "code", "task", "mode", "month", "signedOn", "letterFrom", "letterTo",
            "contractFrom", "contractTo", "startsAt", "at", "savedAt", "arrivedAt", "createdAt", "updatedAt",
            "grantedOn", "requestedOn", "committeeOn", "paidOn", "refusedOn", "lastPayment",
        ]
        for (table, rows) in tables {
            tables[table] = rows.map { row in
                var row = row
                for (column, value) in row where !untouched.contains(column) {
                    if let text = value.string {
                        row[column] = .string(String(text.prefix(200)) + Self.hostile)
                    }
                }
                return row
            }
        }
        let meeting = tables["meeting"]![0]["id"]!
        tables["workshopItem"] = [
            [
                "id": 1, "meetingId": meeting, "kind": "idea", "text": .string("Idée" + Self.hostile),
                "tags": .string("tag" + Self.hostile),
                "votes": 3, "owner": "", "status": "open", "createdAt": "2027-01-15T08:00:00Z",
                "author": .string("x" + Self.hostile),
            ],
            [
                "id": 2, "meetingId": meeting, "kind": "action", "text": .string("Relancer" + Self.hostile),
                "tags": "", "votes": 0, "owner": .string("Coop" + Self.hostile), "dueDate": "2027-01-15",
                "status": "open", "createdAt": "2027-01-15T08:01:40Z", "author": "x",
            ],
        ]
        tables["financing"] = [
            [
                "id": 1, "structureId": tables["structure"]![0]["id"]!, "instrument": "grant",
                "amount": 1000,
                "status": "considered", "note": .string("note" + Self.hostile),
            ]
        ]
        dump.tables = tables
        let path = scratch.file("hostile.sqlite")
        try Store.open(path: path).importJSON(try dump.data(), replace: false)
        return path
    }

    /// A scalar no output may carry raw.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || v == 0x7F || (0x80...0x9F).contains(v)
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    func expectClean(_ text: String, _ what: String) {
        let bad = text.unicodeScalars.filter(Self.isForbidden)
        #expect(bad.isEmpty, "\(what) let through \(bad.map { String($0.value, radix: 16) })")
        // A carriage return only ends a line (CRLF in CSV and iCalendar).
        let scalars = Array(text.unicodeScalars)
        let loneCR = scalars.indices.filter {
            scalars[$0] == "\r" && ($0 + 1 == scalars.count || scalars[$0 + 1] != "\n")
        }
        #expect(loneCR.isEmpty, "\(what) let a carriage return through")
    }

    @Test func noCommandLetsControlCharactersOrBidiOverridesOut() throws {
        let store = try hostileStore()
        let work = scratch.file("sorties")
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let ics = scratch.write(
            "hostile.ics",
            Data(
                ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:hostile@x\r\nSUMMARY:Atelier\r\n"
                    + "DTSTART:20270114T133000Z\r\nDTEND:20270114T163000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
                    .utf8))
        let commands: [[String]] = [
            ["find", "a"], ["show", "structure", "1"], ["show", "cohorte", "1"], ["show", "partenaire", "1"],
            ["show", "seance", "1"], ["agenda", "--days", "3650"], ["list", "structures"],
            ["list", "cohortes"],
            ["list", "partenaires"], ["list", "seances"], ["list", "structures", "--json"],
            ["show", "structure", "1", "--json"],
            ["snapshot", "--panel", "cohortes", "--size", "120x40"],
            ["snapshot", "--panel", "structures", "--size", "120x40"],
            ["snapshot", "--panel", "seances", "--size", "120x40"],
            ["snapshot", "--panel", "partenaires", "--size", "120x40"],
            ["snapshot", "--panel", "finances", "--size", "120x40"],
            ["export", "emargement", "1", "-o", "-", "--format", "md"],
            ["export", "emargement", "1", "-o", "-", "--format", "html"], ["export", "emargement", "1"],
            ["export", "ics", "-o", "-"], ["export", "compte-rendu", "1", "--format", "md"],
            ["export", "compte-rendu", "1", "--format", "html"], ["export", "json", "-o", "-"],
            ["export", "finances", "--format", "md"], ["export", "finances", "--format", "csv"],
            ["export", "finances", "--format", "json"], ["export", "finances", "-o", work + "/f.md"],
            ["report", "partners"], ["report", "partners", "--format", "csv"],
            ["report", "partners", "--format", "json"], ["report", "programme"],
            ["report", "programme", "--format", "md"], ["report", "programme", "--format", "csv"],
            ["report", "programme", "--format", "json"], ["report", "programme", "-o", work + "/r.html"],
            ["report", "programme", "-o", work + "/r.pdf"],
            ["snapshot", "--panel", "rapport", "--size", "120x40"],
            ["import", "ics", ics, "--cohort", "1"],
            ["check"], ["seuils"], ["find", "\u{1B}]0;x\u{07}"],
            ["add", "structure", "--name", "Nouvelle" + Self.hostile, "--postcode", "14000"],
            ["show", "structure", "Nouvelle"],
        ]
        for arguments in commands {
            let result = try run(
                EssorBinary.path, arguments + ["--store", store],
                environment: ["LANG": "C.UTF-8", "COLUMNS": "200", "PWD": work], directory: work)
            let what = arguments.joined(separator: " ")
            #expect(result.status == 0 || result.status == 1, "\(what): \(result.stderr)")
            #expect(!result.stdout.isEmpty || !result.stderr.isEmpty, "\(what) said nothing")
            expectClean(result.stdout, what + " (stdout)")
            expectClean(result.stderr, what + " (stderr)")
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: work) {
            var text = String(decoding: TemporaryFolder.contents(work + "/" + name) ?? Data(), as: UTF8.self)
            if name.hasSuffix(".pdf") {
                // A PDF is binary: its text, as an independent reader gets it.
                guard FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") else { continue }
                // (pdftotext ends each page with a form feed of its own.)
                text = try run("/usr/bin/pdftotext", [work + "/" + name, "-"]).stdout.replacingOccurrences(
                    of: "\u{0C}", with: "")
            }
            #expect(!text.isEmpty)
            expectClean(text, name)
        }
        // JSON keeps every character, escaped: nothing is lost.
        let json = try run(EssorBinary.path, ["export", "json", "-o", "-", "--store", store])
        #expect(json.stdout.contains("\\u001b]0;PWNED\\u0007") && json.stdout.contains("\\u202e"))
    }
}
