import EssorConfig
import EssorTestSupport
import EssorUI
import Foundation
import Testing

/// Where the theme comes from at start, and the catalogue's search order.
@Suite struct SettingsTests {
    let folder = TemporaryFolder()
    /// The checkout's `themes/`, found from a fake executable in `.build/debug`.
    static let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
    static let executable = checkout + "/.build/debug/essor"

    var environment: [String: String] { ["XDG_CONFIG_HOME": folder.path, "HOME": folder.path] }

    func writeConfig(_ text: String) {
        try? FileManager.default.createDirectory(
            atPath: folder.file("essor/themes"), withIntermediateDirectories: true)
        folder.write("essor/config.toml", Data(text.utf8))
    }

    @Test func findsTheBundledThemesFromTheExecutable() {
        let catalog = ThemeCatalog.standard(environment: environment, executable: Self.executable)
        #expect(catalog.names == ["defaut", "nuit", "clair", "contraste", "mono"])
        #expect(catalog.entry("nuit")?.origin == .bundled)
    }

    @Test func worksWithNoThemeFilesAtAll() {
        let catalog = ThemeCatalog.standard(environment: environment, executable: "/nonexistent/bin/essor")
        #expect(catalog.names == ["defaut", "mono"])
        guard case .success(let (theme, _)) = catalog.load("mono") else { return #expect(Bool(false)) }
        #expect(theme == .mono)
        let settings = Settings(
            themeOption: "nuit", environment: environment, executable: "/nonexistent/bin/essor")
        #expect(settings.preferences.theme == .builtIn)
        #expect(settings.preferences.problems.map(\.kind) == [.themeNotFound("nuit")])
    }

    @Test func userThemesComeBeforeBundledOnes() {
        writeConfig("")
        folder.write("essor/themes/nuit.toml", Data("description = \"La mienne\"\n".utf8))
        folder.write(
            "essor/themes/atelier.toml", Data("[roles]\nnormal = { fg = \"white\", bg = \"blue\" }\n".utf8))
        let catalog = ThemeCatalog.standard(environment: environment, executable: Self.executable)
        #expect(catalog.names == ["defaut", "nuit", "clair", "contraste", "mono", "atelier"])
        #expect(catalog.entry("nuit")?.origin == .user)
        guard case .success(let (theme, _)) = catalog.load("nuit") else { return #expect(Bool(false)) }
        #expect(theme.summary == "La mienne")
    }

    @Test func theConfigurationChoosesTheTheme() {
        writeConfig("theme = \"contraste\"\n")
        let settings = Settings(themeOption: nil, environment: environment, executable: Self.executable)
        #expect(settings.preferences.theme.name == "contraste")
        #expect(settings.preferences.problems.isEmpty)
    }

    @Test func noColorForcesMonoUnlessAThemeIsAskedFor() {
        writeConfig("theme = \"contraste\"\n")
        var env = environment
        env["NO_COLOR"] = "1"
        let plain = Settings(themeOption: nil, environment: env, executable: Self.executable)
        #expect(plain.preferences.theme.name == "mono")
        #expect(plain.preferences.theme.isMonochrome)
        // An empty NO_COLOR does not count.
        env["NO_COLOR"] = ""
        #expect(
            Settings(themeOption: nil, environment: env, executable: Self.executable).preferences.theme.name
                == "contraste")
        // The command line wins over the environment.
        env["NO_COLOR"] = "1"
        #expect(
            Settings(themeOption: "nuit", environment: env, executable: Self.executable).preferences.theme
                .name == "nuit")
    }

    @Test func aBrokenThemeFallsBackToTheDefaultWithItsLine() {
        writeConfig("theme = \"cassé\"\n")
        folder.write("essor/themes/cassé.toml", Data("[roles]\nnormal = {}\ntitle = { fg = \"#12\" }\n".utf8))
        let settings = Settings(themeOption: nil, environment: environment, executable: Self.executable)
        #expect(settings.preferences.theme == .builtIn)
        let problem = settings.preferences.problems.first
        #expect(problem?.line == 3)
        #expect(problem?.file.hasSuffix("essor/themes/cassé.toml") == true)
    }

    @Test func aThemeFileCanBeGivenByPath() {
        let path = folder.write(
            "projecteur.toml", Data("[roles]\nnormal = { fg = \"black\", bg = \"white\" }\n".utf8))
        let settings = Settings(themeOption: path, environment: environment, executable: Self.executable)
        #expect(settings.preferences.theme.name == "projecteur")
        #expect(settings.preferences.theme.style(.normal).background == .ansi(7))
    }

    @Test func theRunningInterfaceSwitchesAndRemembers() throws {
        writeConfig("# mine\ntheme = \"nuit\"\n")
        let settings = Settings(themeOption: nil, environment: environment, executable: Self.executable)
        let themes = settings.themes
        guard case .success(let (clair, _)) = themes.load("clair") else { return #expect(Bool(false)) }
        #expect(clair.style(.normal).background == .rgb(0xfb, 0xfa, 0xf7))
        #expect(themes.remember("clair") == nil)
        let text = String(
            decoding: TemporaryFolder.contents(folder.file("essor/config.toml")) ?? Data(), as: UTF8.self)
        #expect(text == "# mine\ntheme = \"clair\"\n")
    }

    @Test func keyRemappingsAndTheirProblemsReachThePreferences() {
        writeConfig("[keys]\nquit = \"Ctrl-Q\"\nhelp = \"Hyper-H\"\n")
        let settings = Settings(themeOption: nil, environment: environment, executable: Self.executable)
        #expect(settings.preferences.keymap.command(for: .ctrl("q"), in: [.global]) == .quit)
        #expect(settings.preferences.problems.map(\.line) == [3])
    }
}
