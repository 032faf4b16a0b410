import EssorCore
import EssorStore
import EssorTestSupport
import Foundation
import Testing

/// A coordinator plans a meeting in the real binary: agenda, conflict,
/// month view, attendance, exports; and the same from the command line.
@Suite struct MeetingEndToEndTests {
    let scratch = TemporaryFolder()

    @Test func planAMeetingMarkAttendanceAndExport() throws {
        let store = scratch.file("demo.sqlite")
        // The demo's next workshop is two working days from today, 14h30–17h30.
        let today = WallClock.paris.today(now: Int64(Date().timeIntervalSince1970))
        let day = DemoMeetings.workday(today, 2)
        let months = [
            "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre",
        ]
        let tmux = try TmuxSession(
            [EssorBinary.path, "demo", "--store", store], width: 120, height: 40, directory: scratch.path)
        try tmux.waitFor("Cohortes · 4")
        try tmux.type("3")
        try tmux.waitFor("Séances · 31")

        // A new meeting at the time and place of the next one.
        try tmux.type("a")
        try tmux.waitFor("Nouvelle séance")
        try tmux.press("Tab", "Tab")
        try tmux.type("Visite de la légumerie")
        try tmux.press("Tab", "C-u")
        try tmux.type(day.dayMonthYear)
        try tmux.press("Tab")
        try tmux.type("15h")
        try tmux.press("Tab")
        try tmux.type("1h")
        try tmux.press("Tab")
        try tmux.type("Argentan — cuisine centrale, salle de réunion")
        try tmux.press("Tab", "Tab", "Tab", "+")
        try tmux.waitFor("Nouveau point de l'ordre du jour")
        try tmux.type("Tour des ateliers")
        try tmux.press("Tab")
        try tmux.type("45 min")
        try tmux.press("Enter")
        try tmux.waitFor("1. Tour des ateliers (45 min)")
        try tmux.press("C-s")
        try tmux.waitFor("Cette séance est en conflit avec une autre")
        try tmux.waitFor("même lieu")
        try tmux.press("Enter")
        try tmux.waitFor("Séance créée : « Visite de la légumerie »")
        try tmux.waitFor("Conflits (1)")

        // The month view shows the day, with its two meetings.
        try tmux.type("vv")
        // The title comes with the first frame; the day's detail may be drawn
        // a moment later, so wait for it rather than read the first frame.
        try tmux.waitFor("Séances · \(months[day.month - 1]) \(day.year)")
        try tmux.waitFor("\(day.dayMonthYear) · 2 séances")

        // Attendance: the first person came.
        try tmux.type("p")
        try tmux.waitFor("Émargement — ")
        try tmux.type("p")
        try tmux.press("Enter")
        try tmux.waitFor("Émargement enregistré : 1 présent sur 1")

        // Exports, written next to where essor runs.
        try tmux.type("x")
        try tmux.waitFor("Exporter")
        try tmux.type("e")
        try tmux.waitFor("Écrit dans ")
        try tmux.type("x")
        try tmux.waitFor("Exporter")
        try tmux.type("i")
        try tmux.waitFor("seances-programme.ics")
        try tmux.type("q")
        #expect(try tmux.exitStatus() == 0)

        let files = try FileManager.default.contentsOfDirectory(atPath: scratch.path)
        #expect(files.contains { $0.hasPrefix("emargement-\(day.iso)-") && $0.hasSuffix(".md") })
        #expect(files.contains { $0.hasPrefix("emargement-\(day.iso)-") && $0.hasSuffix(".html") })
        let ics = String(
            decoding: TemporaryFolder.contents(scratch.file("seances-programme.ics")) ?? Data(), as: UTF8.self
        )
        #expect(ics.contains("SUMMARY:Visite de la légumerie\r\n"))
        #expect(
            ics.contains(
                "DTSTART;TZID=Europe/Paris:\(day.iso.replacingOccurrences(of: "-", with: ""))T150000\r\n"))
    }

    @Test func exportAndImportFromTheCommandLine() throws {
        let store = scratch.file("demo.sqlite")
        try makeDemoStore(store)
        let ics = scratch.file("exemple.ics")
        let exported = try run(
            EssorBinary.path, ["export", "ics", "--store", store, "--cohort", "exemple", "-o", ics])
        #expect(exported.status == 0)
        #expect(exported.stderr.contains("Écrit : \(ics)"))
        // Never over an existing file without --force.
        let again = try run(EssorBinary.path, ["export", "ics", "--store", store, "-o", ics])
        #expect(again.status == 2 && again.stderr.contains("existe déjà"))
        let toStdout = try run(EssorBinary.path, ["export", "ics", "--store", store, "--from", "01/01/2027"])
        #expect(toStdout.stdout.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(!toStdout.stdout.contains("DTSTART;TZID=Europe/Paris:2026"))

        let sheet = try run(
            EssorBinary.path, ["export", "emargement", "--store", store, "co-construction", "-o", "-"])
        #expect(sheet.status == 0)
        #expect(sheet.stdout.hasPrefix("# Feuille d'émargement"))
        #expect(sheet.stdout.contains("| Coop des Deux Rives | Camille Roussel |"))
        let html = try run(
            EssorBinary.path,
            ["export", "emargement", "--store", store, "co-construction", "-o", scratch.file("feuille.html")])
        #expect(html.status == 0)
        #expect(
            String(decoding: TemporaryFolder.contents(scratch.file("feuille.html")) ?? Data(), as: UTF8.self)
                .hasPrefix("<!DOCTYPE html>"))

        // Import into another cohort of a fresh store, twice: no duplicates.
        let copy = scratch.file("copy.sqlite")
        try makeDemoStore(copy)
        let first = try run(
            EssorBinary.path, ["import", "ics", ics, "--store", copy, "--cohort", "numerique"])
        #expect(first.status == 0)
        #expect(first.stdout.contains("Import dans « Numérique » : 10 séances créées, 0 mise à jour."))
        let same = try run(
            EssorBinary.path, ["import", "ics", ics, "--store", copy, "--cohort", "numerique"])
        #expect(same.stdout.contains("0 séance créée, 0 mise à jour"))  // the same UIDs: already there
        scratch.write(
            "neuf.ics",
            Data(
                "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:neuf-1\r\nDTSTART:20270301T130000Z\r\nDURATION:PT2H\r\nSUMMARY:Atelier importé\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                    .utf8))
        let created = try run(
            EssorBinary.path,
            ["import", "ics", scratch.file("neuf.ics"), "--store", copy, "--cohort", "numerique"])
        #expect(created.stdout.contains("1 séance créée"))
        let twice = try run(
            EssorBinary.path,
            ["import", "ics", scratch.file("neuf.ics"), "--store", copy, "--cohort", "numerique"])
        #expect(twice.stdout.contains("0 séance créée, 0 mise à jour"))
        let listed = try run(EssorBinary.path, ["find", "atelier importé", "--store", copy])
        #expect(listed.stdout.components(separatedBy: "Atelier importé").count == 2)

        // A broken file: every problem with its line, and nothing written.
        scratch.write(
            "casse.ics",
            Data(
                "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:z\nDTSTART:2027-03-01\nSUMMARY:Z\nEND:VEVENT\nEND:VCALENDAR\n"
                    .utf8))
        let before = TemporaryFolder.contents(copy)
        let broken = try run(
            EssorBinary.path,
            ["import", "ics", scratch.file("casse.ics"), "--store", copy, "--cohort", "numerique"])
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("casse.ics, ligne 4 : date-heure illisible « 2027-03-01 »"))
        #expect(TemporaryFolder.contents(copy) == before)
    }
}
