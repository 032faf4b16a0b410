import EssorTestSupport
import Foundation
import Testing

/// The real binary in a real terminal (tmux), over temporary stores.
@Suite(.serialized) struct TerminalTests {
    let scratch = TemporaryFolder()
    var demo: [String] { [EssorBinary.path, "demo", "--store", scratch.file("demo.sqlite")] }

    @Test func browsesFiltersAndOpensAStructure() throws {
        let tmux = try TmuxSession(demo, environment: ["XDG_DATA_HOME": scratch.path])
        try tmux.waitFor("Cohortes · 4")
        try tmux.waitFor("Exemple — Alimentat")
        try tmux.type("2")
        try tmux.waitFor("Structures · 21")
        try tmux.type("/econ")
        // The list's rows are drawn after its heading: a capture between
        // the two has the new heading over the old rows.
        let filtered = try tmux.waitFor("the filtered list") {
            $0.contains("filtre « econ »") && $0.contains("Économie Circulaire")
                && !$0.contains("Bâtir Ensemble")
        }
        #expect(filtered.contains("1/21"))
        #expect(filtered.contains("Économie Circulaire"))
        #expect(!filtered.contains("Coop des Deux Rives"))
        try tmux.press("Enter")
        try tmux.waitFor("s trier")  // filter line closed, hints back
        try tmux.press("Enter")
        let detail = try tmux.waitFor("Problématique")
        #expect(detail.contains("Structures ▸ Économie Circulaire Pays d'Auge"))
        #expect(detail.contains("Calvados (14)"))
        try tmux.press("Escape")
        try tmux.waitFor("no detail") { !$0.contains("Problématique") && $0.contains("filtre « econ »") }
        try tmux.type("q")
        #expect(try tmux.exitStatus() == 0)
    }

    @Test func reLaysOutOnResizeAndSurvivesATinyTerminal() throws {
        let tmux = try TmuxSession(demo, width: 120, height: 40)
        try tmux.type("2")
        try tmux.waitFor("Problématique")  // detail pane beside the list
        try tmux.resize(width: 30, height: 8)
        try tmux.waitFor("Terminal trop petit")
        try tmux.resize(width: 1, height: 1)
        try tmux.resize(width: 80, height: 24)
        let screen = try tmux.waitFor("3 Séances")
        #expect(!screen.contains("Problématique"))  // no room for the pane at 80 columns
        try tmux.type("q")
        #expect(try tmux.exitStatus() == 0)
    }

    @Test func speaksEnglishWhenAsked() throws {
        let tmux = try TmuxSession(demo + ["--lang", "en"])
        try tmux.waitFor("1 Cohorts")
        try tmux.waitFor("All cohorts")
        try tmux.press("C-c")
        #expect(try tmux.exitStatus() == 130)
    }

    @Test func fallsBackToAsciiOutsideUTF8() throws {
        let tmux = try TmuxSession(demo, environment: ["LANG": "C", "LC_ALL": "C"])
        let screen = try tmux.waitFor("3 Seances")
        #expect(!screen.contains("│") && !screen.contains("─"))
        #expect(screen.contains("Numerique"))
        try tmux.type("q")
        #expect(try tmux.exitStatus() == 0)
    }

    @Test func copesWithSignalsBlockedByItsLauncher() throws {
        let blocked = """
            import os, signal, sys
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGWINCH, signal.SIGTERM})
            os.execv(sys.argv[1], sys.argv[1:])
            """
        let tmux = try TmuxSession(["/usr/bin/python3", "-c", blocked] + demo)
        try tmux.waitFor("Cohortes · 4")
        try tmux.resize(width: 30, height: 8)
        try tmux.waitFor("Terminal trop petit")
        try tmux.press("C-c")
        #expect(try tmux.exitStatus() == 130)
    }

    @Test func ctrlCInAFormAsksBeforeLosingWhatWasTyped() throws {
        let tmux = try TmuxSession(demo)
        try tmux.waitFor("Cohortes · 4")
        try tmux.type("2a")
        try tmux.waitFor("Nouvelle structure")
        try tmux.type("Brouillon précieux")
        try tmux.press("C-c")
        try tmux.waitFor("Abandonner les modifications ?")
        try tmux.type("n")
        try tmux.waitFor("the form, still there") {
            !$0.contains("Abandonner") && $0.contains("Brouillon précieux")
        }
        try tmux.press("Escape")
        try tmux.waitFor("Abandonner les modifications ?")
        try tmux.type("o")
        try tmux.waitFor("Structures · 21")
        try tmux.press("C-c")
        #expect(try tmux.exitStatus() == 130)
    }

    @Test func refusesADumbTerminalWithAClearMessage() throws {
        let tmux = try TmuxSession(demo, environment: ["TERM": "dumb"])
        let screen = try tmux.waitFor("__EXIT=")
        #expect(screen.contains("ne permet pas l'interface plein écran"))
        #expect(try tmux.exitStatus() == 2)
    }
}
