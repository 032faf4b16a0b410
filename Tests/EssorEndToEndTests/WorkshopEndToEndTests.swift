import EssorTestSupport
import Foundation
import Testing

/// A workshop in the real binary, with a projector following it: what is
/// captured shows there within two seconds, and killing the facilitator's
/// process loses nothing that was completed.
@Suite struct WorkshopEndToEndTests {
    let scratch = TemporaryFolder()

    @Test func theProjectorFollowsAndACrashLosesNothing() throws {
        let store = scratch.file("demo.sqlite")
        try makeDemoStore(store)
        let environment = ["TERM": "xterm-256color"]
        let facilitator = try TmuxSession(
            [EssorBinary.path, "atelier", "co-construction", "--store", store], width: 120, height: 40,
            environment: environment)
        let projector = try TmuxSession(
            [EssorBinary.path, "atelier", "co-construction", "--follow", "--store", store], width: 120,
            height: 40,
            environment: environment)
        try facilitator.waitFor("Atelier — Co-construction du modèle économique")
        try projector.waitFor("suivi en direct (lecture seule)")

        try facilitator.press("Space", "Enter")
        try facilitator.type("Mutualiser la cuisine #legumerie")
        try facilitator.press("Enter")
        try facilitator.type("action: relancer la mairie @Coop des Deux Rives 15/01")
        try facilitator.press("Enter")
        try facilitator.press("Escape", "Up", "Up", "+", "+", "n")
        try facilitator.waitFor("+2 #legumerie")

        // The projector shows the ideas, the votes and the current item within two seconds.
        let shown = try projector.waitFor("the facilitator's work", timeout: 2) {
            $0.contains("• Mutualiser la cuisine") && $0.contains("+2 #legumerie")
                && $0.contains("→ relancer la mairie @Coop des Deux Rives")
                && $0.contains("2/4 · Retour sur la séance précédente")
        }
        #expect(shown.contains("Séance : "))

        // A decision, then the facilitator's process dies mid-line.
        try facilitator.press("Enter")
        try facilitator.type("décision: créer une SCIC")
        try facilitator.press("Enter")
        try facilitator.type("une idée pas encore validée")
        try facilitator.waitFor("une idée pas encore validée")
        _ = try run(
            "/usr/bin/pkill", ["-KILL", "-f", "^\(EssorBinary.path) atelier co-construction --store"])
        try projector.waitFor("the decision", timeout: 2) { $0.contains("✓ créer une SCIC") }

        // Every completed item is in the store; the unfinished line is not.
        let minutes = try run(
            EssorBinary.path, ["export", "compte-rendu", "co-construction", "--store", store])
        #expect(minutes.status == 0)
        #expect(minutes.stdout.contains("- Mutualiser la cuisine — 2 voix"))
        #expect(
            minutes.stdout.contains(
                "| relancer la mairie | Coop des Deux Rives | vendredi 15 janvier 2027 | à faire |"))
        #expect(minutes.stdout.contains("## Décisions\n\n- créer une SCIC"))
        #expect(!minutes.stdout.contains("pas encore validée"))
        try projector.type("q")
        #expect(try projector.exitStatus() == 0)
    }
}
