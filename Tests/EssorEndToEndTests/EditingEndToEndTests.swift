import EssorTestSupport
import Foundation
import Testing

/// The editing round trip of a coordinator, in the real binary.
@Suite struct EditingEndToEndTests {
    let scratch = TemporaryFolder()

    @Test func addFixFindEditJoinDeleteAndUndoAStructure() throws {
        let store = scratch.file("demo.sqlite")
        let tmux = try TmuxSession([EssorBinary.path, "demo", "--store", store])
        try tmux.waitFor("Cohortes · 4")
        try tmux.type("2")
        try tmux.waitFor("Structures · 21")

        // Add, with a wrong SIRET first.
        try tmux.type("a")
        try tmux.waitFor("Nouvelle structure")
        try tmux.type("Atelier Vélo Solidaire")
        try tmux.press("Tab", "Tab")
        try tmux.type("123 456 789 00012")
        try tmux.press("Enter")
        try tmux.waitFor("SIRET invalide : la clé de contrôle ne correspond pas")
        try tmux.press("C-u")
        try tmux.type("732 829 320 00074")
        try tmux.press("C-s")  // Ctrl-S must reach essor, not pause the terminal
        try tmux.waitFor("Enregistré : « Atelier Vélo Solidaire »")
        try tmux.waitFor("Structures · 22")

        // Find it, edit its town.
        try tmux.type("/velo sol")
        try tmux.waitFor("1/22")
        try tmux.press("Enter")
        try tmux.type("e")
        try tmux.waitFor("Modifier « Atelier Vélo Solidaire »")
        for _ in 0..<5 { try tmux.press("Tab") }
        try tmux.type("Caen")
        try tmux.press("Enter")
        try tmux.waitFor("Enregistré")

        // Join the first cohort from its form.
        try tmux.type("e")
        try tmux.waitFor("Modifier « Atelier Vélo Solidaire »")
        for _ in 0..<14 { try tmux.press("Tab") }
        try tmux.waitFor("[ ] Numérique")
        try tmux.type(" ")
        try tmux.waitFor("[x] Numérique")
        try tmux.press("C-s")
        try tmux.waitFor("the cohort in the table") {
            $0.contains("Enregistré") && $0.contains("Caen") && $0.contains("Numérique")
        }

        // Delete it after the confirmation, then undo.
        try tmux.type("d")
        try tmux.waitFor("Supprimer la structure « Atelier Vélo Solidaire » ?")
        try tmux.waitFor("Elle sera retirée de : Numérique.")
        try tmux.type("o")
        try tmux.waitFor("Supprimé : « Atelier Vélo Solidaire »")
        try tmux.type("u")
        try tmux.waitFor("Annulé : suppression de « Atelier Vélo Solidaire »")
        try tmux.type("q")
        #expect(try tmux.exitStatus() == 0)

        // The store holds the structure as edited, in its cohort.
        let shown = try run(
            EssorBinary.path,
            [
                "snapshot", "--store", store, "--panel", "structures", "--filter", "atelier velo", "--size",
                "120x10",
            ])
        #expect(shown.status == 0)
        let row = shown.stdout.split(separator: "\n").first { $0.contains("▸ Atelier Vélo Solidaire") } ?? ""
        #expect(row.contains("Caen") && row.contains("Numérique"), "\(shown.stdout)")
        #expect(shown.stdout.contains("732 829 320 00074"))
    }
}
