import EssorTestSupport
import Foundation
import Testing

/// Partners in the real binary: a mission assigned from a structure, a
/// meeting with that partner, the days used moving in the matrix; and the
/// report a funder asks for.
@Suite struct PartnerEndToEndTests {
    let scratch = TemporaryFolder()

    @Test func assignAPartnerHoldAMeetingAndSeeTheDays() throws {
        let store = scratch.file("demo.sqlite")
        let tmux = try TmuxSession([EssorBinary.path, "demo", "--store", store], width: 120, height: 40)
        try tmux.waitFor("Cohortes · 4")
        // Scope to the Exemple cohort and assign a partner a mission there.
        try tmux.type(":cohorte exemple")
        try tmux.press("Enter")
        try tmux.waitFor("Cohorte : Exemple — Alimentation durable")
        try tmux.type("p")
        try tmux.waitFor("Nouvelle mission")
        try tmux.waitFor("toute la cohorte")
        // Choose France Active Normandie (partners go by name: it is the last).
        try tmux.press("Left")
        try tmux.waitFor("◂ France Active Normandie ▸")
        for _ in 0..<3 { try tmux.press("Tab") }
        try tmux.type("Étudier les documents financiers")
        try tmux.press("Tab")
        try tmux.type("2")
        try tmux.press("C-s")
        try tmux.waitFor("Mission enregistrée : France Active Normandie")

        // The matrix: France Active in the Exemple cohort.
        // (Waiting for the figures, not the title: a frame caught while it
        // is drawn may show the new title over the old rows.)
        try tmux.type("4v")
        let before = try tmux.waitFor("0,5/12,5")
        #expect(before.contains("Partenaires × cohortes"))
        #expect(before.contains("France Active"))

        // A 3-hour meeting with France Active, held yesterday.
        try tmux.type("3a")
        try tmux.waitFor("Nouvelle séance")
        try tmux.press("Tab", "Tab")
        try tmux.type("Lecture des bilans")
        try tmux.press("Tab", "C-u")
        try tmux.type("25/11/2026")
        try tmux.press("Tab")
        try tmux.type("9h")
        try tmux.press("Tab")
        try tmux.type("3h")
        for _ in 0..<6 { try tmux.press("Tab") }
        try tmux.type("+")
        try tmux.waitFor("Ajouter un partenaire")
        try tmux.type("france")
        try tmux.press("Enter")
        try tmux.press("C-s")
        try tmux.waitFor("Séance créée : « Lecture des bilans »")

        try tmux.type("4")
        let after = try tmux.waitFor("days used to change") { $0.contains("1/12,5") }
        #expect(after.contains("France Active"))
        try tmux.type("q")
        #expect(try tmux.exitStatus() == 0)
    }

    @Test func theReportForFunders() throws {
        let store = scratch.file("demo.sqlite")
        try makeDemoStore(store)
        let table = try run(
            EssorBinary.path, ["report", "partners", "--store", store], environment: ["COLUMNS": "200"])
        #expect(table.status == 0)
        #expect(table.stdout.contains("Partenaire"))
        #expect(table.stdout.contains("France Active Normandie"))
        #expect(
            table.stdout.components(separatedBy: "\n").last(where: { !$0.isEmpty })?.hasPrefix("Total")
                == true)
        let csv = try run(
            EssorBinary.path,
            ["report", "partners", "--store", store, "--format", "csv", "--cohort", "numerique"])
        let lines = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(
            lines.first
                == "\u{FEFF}Partenaire;Cohorte;Missions;Jours prévus;Jours en séances;Jours saisis;Jours utilisés;Jours à venir;Reste;Dépassement"
        )
        #expect(lines.contains("Bartle;Numérique;1;5,00;1,50;0,00;1,50;0,00;3,50;"))
        let json = try run(EssorBinary.path, ["report", "partners", "--store", store, "--format", "json"])
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let total = (decoded?["partnerDays"] as? [String: Any])?["total"] as? [String: Any]
        #expect((total?["planned"] as? Double) == 69.5)
        // A total is every partner's and every cohort's: null, not "".
        #expect(total?["partner"] is NSNull && total?["cohort"] is NSNull)
    }
}
