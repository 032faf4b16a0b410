import EssorTestSupport
import Foundation
import Testing

/// Themes in a real terminal: chosen on the command line, switched at run
/// time, remembered in the configuration file across restarts.
@Suite(.serialized) struct ThemeEndToEndTests {
    let scratch = TemporaryFolder()
    var demo: [String] { [EssorBinary.path, "demo", "--store", scratch.file("demo.sqlite")] }
    var environment: [String: String] { ["TERM": "xterm-256color", "XDG_CONFIG_HOME": scratch.path] }
    var configPath: String { scratch.file("essor/config.toml") }

    // The screen's background in each theme, as the 256-colour terminal shows it.
    static let contrasteBackground = "48;5;16m"  // #000000
    static let nuitBackground = "48;5;234m"  // #1a1d27
    static let clairBackground = "48;5;231m"  // #fbfaf7

    @discardableResult
    func waitForStyle(_ tmux: TmuxSession, _ code: String, absent: String? = nil) throws -> String {
        let deadline = Date().addingTimeInterval(10)
        var last = ""
        while Date() < deadline {
            last = try tmux.styledScreen()
            if last.contains(code) && !(absent.map(last.contains) ?? false) { return last }
            usleep(50_000)
        }
        throw HarnessError(description: "no \(code) in:\n\(last)")
    }

    @Test func switchesThemeAtRunTimeAndRemembersIt() throws {
        let first = try TmuxSession(
            demo + ["--theme", "contraste"], width: 100, height: 30, environment: environment)
        try first.waitFor("Cohortes · 4")
        try waitForStyle(first, Self.contrasteBackground)
        // --theme is for this session only: nothing written yet.
        #expect(!FileManager.default.fileExists(atPath: configPath))

        try first.type(":theme nuit")
        try first.press("Enter")
        try first.waitFor("Thème « nuit »")
        try waitForStyle(first, Self.nuitBackground, absent: Self.contrasteBackground)
        try first.type("T")  // nuit → clair
        try first.waitFor("Thème « clair »")
        try waitForStyle(first, Self.clairBackground, absent: Self.nuitBackground)
        try first.type("q")
        #expect(try first.exitStatus() == 0)
        let config = String(decoding: TemporaryFolder.contents(configPath) ?? Data(), as: UTF8.self)
        #expect(config == "theme = \"clair\"\n")

        let second = try TmuxSession(demo, width: 100, height: 30, environment: environment)
        try second.waitFor("Cohortes · 4")
        try waitForStyle(second, Self.clairBackground)
        try second.type("q")
        #expect(try second.exitStatus() == 0)
    }

    @Test func noColorShowsAttributesOnly() throws {
        var env = environment
        env["NO_COLOR"] = "1"
        let tmux = try TmuxSession(demo, width: 100, height: 30, environment: env)
        try tmux.waitFor("Cohortes · 4")
        let styled = try tmux.styledScreen()
        let parameters = Self.sgrParameters(styled)
        let colours = parameters.filter {
            (30...49).contains($0) && $0 != 39 && $0 != 49 || (90...107).contains($0)
        }
        #expect(colours.isEmpty, "colour codes \(Set(colours))")
        #expect(parameters.contains(7))  // reverse video marks the title and selection
        try tmux.type("q")
        #expect(try tmux.exitStatus() == 0)
    }

    @Test func aBrokenConfigurationIsToldWithItsLineAndDefaultsApply() throws {
        try FileManager.default.createDirectory(
            atPath: scratch.file("essor"), withIntermediateDirectories: true)
        scratch.write("essor/config.toml", Data("theme = \"nuit\"\ndates = \"hier\"\n".utf8))
        let tmux = try TmuxSession(demo, width: 140, height: 30, environment: environment)
        try tmux.waitFor("Cohortes · 4")
        let screen = try tmux.waitFor("ligne 2 : valeur « hier » non reconnue pour « dates »")
        #expect(screen.contains("Cohortes · 4"))
        try waitForStyle(tmux, Self.nuitBackground)  // the rest of the file applies
        try tmux.type("q")
        #expect(try tmux.exitStatus() == 0)
    }

    @Test func listsThemesWithAPreview() throws {
        let plain = try run(EssorBinary.path, ["themes"], environment: ["XDG_CONFIG_HOME": scratch.path])
        #expect(plain.status == 0)
        for name in ["defaut", "nuit", "clair", "contraste", "mono"] {
            #expect(plain.stdout.contains("\n  \(name) ") || plain.stdout.contains("\n* \(name) "), "\(name)")
        }
        #expect(!plain.stdout.contains("\u{1B}"))  // a pipe gets no escape sequences
        let colour = try run(
            EssorBinary.path, ["themes", "--color", "always"],
            environment: ["XDG_CONFIG_HOME": scratch.path, "COLORTERM": "truecolor"])
        #expect(colour.stdout.contains("\u{1B}[0;1;38;2;26;29;39;48;2;122;162;247m Titre "))  // nuit's title
    }

    @Test func aThemeThatCannotBeReadIsNamedAndDefaultIsUsed() throws {
        try FileManager.default.createDirectory(
            atPath: scratch.file("essor/themes"), withIntermediateDirectories: true)
        scratch.write("essor/themes/abime.toml", Data("[roles]\n\ntitle = { fg = \"#zzz\" }\n".utf8))
        let listed = try run(EssorBinary.path, ["themes"], environment: ["XDG_CONFIG_HOME": scratch.path])
        #expect(listed.stdout.contains("abime"))
        #expect(listed.stdout.contains("abime.toml, ligne 3 : couleur invalide « #zzz »"))
        let tmux = try TmuxSession(
            demo + ["--theme", "abime"], width: 140, height: 30, environment: environment)
        try tmux.waitFor("Cohortes · 4")
        try tmux.waitFor("abime.toml, ligne 3 : couleur invalide")
        try tmux.type("q")
        #expect(try tmux.exitStatus() == 0)
    }

    /// Every parameter of every SGR sequence (`ESC [ … m`) on the screen.
    static func sgrParameters(_ text: String) -> [Int] {
        var result: [Int] = []
        var rest = Substring(text)
        while let start = rest.range(of: "\u{1B}[") {
            rest = rest[start.upperBound...]
            let body = rest.prefix { $0.isNumber || $0 == ";" }
            if rest.dropFirst(body.count).first == "m" {
                result += body.split(separator: ";").compactMap { Int($0) }
            }
        }
        return result
    }
}
