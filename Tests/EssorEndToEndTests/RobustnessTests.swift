import EssorTestSupport
import Foundation
import Testing

/// What SSH clients and dropped links do to a terminal program.
@Suite(.serialized) struct RobustnessTests {
    let scratch = TemporaryFolder()
    var demo: [String] { [EssorBinary.path, "demo", "--store", scratch.file("demo.sqlite")] }

    @Test(arguments: ["xterm-256color", "xterm", "screen", "tmux-256color", "vt100", "linux"])
    func worksWithTheTerminalsSSHClientsBring(_ term: String) throws {
        let tmux = try TmuxSession(demo, environment: ["TERM": term])
        try tmux.waitFor("Cohortes · 4")
        try tmux.type("2")
        try tmux.waitFor("Structures · 21")
        try tmux.type("/oeuvre")
        try tmux.waitFor("Réseau Œuvre Commune")
        try tmux.press("Escape")
        // Esc and a key within 25 ms would make Alt and that key.
        try tmux.waitFor("the filter closed") { $0.contains("Structures · 21") && !$0.contains("1/21") }
        try tmux.type("q")
        #expect(try tmux.exitStatus() == 0, "TERM=\(term)")
    }

    @Test func refusesAnUnknownTerminalAndPointsToTheLookUps() throws {
        let tmux = try TmuxSession(demo, environment: ["TERM": "essor-unknown-terminal"])
        let screen = try tmux.waitFor("__EXIT=")
        #expect(screen.contains("ne permet pas l'interface plein écran"))
        #expect(screen.contains("essor find"))
        #expect(try tmux.exitStatus() == 2)
    }

    @Test func survivesAResizeStorm() throws {
        let tmux = try TmuxSession(demo, width: 100, height: 30)
        try tmux.waitFor("Cohortes · 4")
        try tmux.type("2")
        try tmux.waitFor("Structures · 21")
        var random = SystemRandomNumberGenerator()
        for i in 0..<300 {
            let tiny = i % 10 == 0
            try tmux.resize(
                width: tiny ? 1 : Int.random(in: 1...160, using: &random),
                height: tiny ? 1 : Int.random(in: 1...50, using: &random))
        }
        try tmux.resize(width: 80, height: 24)
        // Redrawn at the final size (a SIGWINCH lost in the storm is caught up).
        let screen = try tmux.waitFor("the 80×24 layout") {
            $0.contains("Structures · 21") && $0.split(separator: "\n").first?.contains("ESSor") == true
        }
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.contains("ESSor · SocialCOBizz") == true)  // no garbage left from the storm
        // The first structure's row (its name may be shortened at 80 columns).
        #expect(screen.contains("▸ Bâtir Ensemble"))
        try tmux.type("q")
        #expect(try tmux.exitStatus() == 0)
    }

    @Test(arguments: ["HUP", "TERM"])
    func keepsAnOpenFormWhenTheLinkDrops(_ signal: String) throws {
        let first = try TmuxSession(demo)
        try first.waitFor("Cohortes · 4")
        try first.type("2a")
        try first.waitFor("Nouvelle structure")
        try first.type("Coop Gardée Précieusement")
        try first.waitFor("Coop Gardée Précieusement")
        _ = try run("/usr/bin/pkill", ["-\(signal)", "-f", "essor demo --store \(scratch.path)"])
        #expect(try first.exitStatus() == (signal == "HUP" ? 129 : 143))

        let second = try TmuxSession(demo)
        try second.waitFor("Reprendre un brouillon ?")
        try second.waitFor("« Nouvelle structure »")
        try second.type("o")
        let form = try second.waitFor("the form again") {
            $0.contains("Nouvelle structure") && !$0.contains("Reprendre")
        }
        #expect(form.contains("Coop Gardée Précieusement"))
        try second.press("Escape")
        try second.waitFor("Abandonner les modifications ?")  // a restored draft is not saved yet
        try second.type("o")
        try second.waitFor("Cohortes · 4")
        try second.type("q")
        #expect(try second.exitStatus() == 0)

        let third = try TmuxSession(demo)
        try third.waitFor("Cohortes · 4")
        #expect(!(try third.screen()).contains("Reprendre"))  // offered once, then gone
        try third.type("q")
        #expect(try third.exitStatus() == 0)
    }

    @Test func suspendsAndResumesWithACleanScreen() throws {
        let shell = try TmuxSession(["/bin/bash", "--norc", "--noprofile", "-i"])
        try shell.waitFor("a prompt") { $0.contains("$") || $0.contains("#") }
        try shell.type(demo.map(TmuxSession.quote).joined(separator: " "))
        try shell.press("Enter")
        try shell.waitFor("Cohortes · 4")
        try shell.press("C-z")
        try shell.waitFor("Stopped")
        try shell.type("fg")
        try shell.press("Enter")
        let back = try shell.waitFor("the redrawn interface") {
            $0.contains("Cohortes · 4") && !$0.contains("Stopped")
        }
        #expect(back.contains("1 Cohortes"))
        try shell.press("C-c")
        try shell.waitFor("the prompt again") { !$0.contains("Cohortes · 4") }
        try shell.type("echo MODES=$(stty -a | tr ' ' '\\n' | grep -xE -- '-?(icanon|echo)' | tr '\\n' ,)")
        try shell.press("Enter")
        let modes = try shell.waitFor("the terminal modes") {
            $0.contains("MODES=icanon") || $0.contains("MODES=-")
        }
        #expect(modes.contains("MODES=icanon,echo,"))  // Ctrl-C left no raw mode
    }
}
