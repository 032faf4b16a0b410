import EssorUI
import Testing

/// Themes in memory, remembering what the interface asks to remember.
final class FakeThemes: ThemeProvider {
    let themes: [Theme]
    var remembered: [String] = []
    var refuseToRemember = false

    init(_ themes: [Theme]) { self.themes = themes }

    var names: [String] { themes.map(\.name) }

    func load(_ name: String) -> Result<(Theme, [ConfigProblem]), ConfigProblem> {
        guard let theme = themes.first(where: { $0.name == name }) else {
            return .failure(ConfigProblem(file: name, .themeNotFound(name)))
        }
        return .success((theme, []))
    }

    func remember(_ name: String) -> ConfigProblem? {
        if refuseToRemember {
            return ConfigProblem(file: "/x/config.toml", line: 3, .notRemembered(reason: "TOML invalide"))
        }
        remembered.append(name)
        return nil
    }
}

@Suite struct ThemeSwitchTests {
    static let nuit = Theme(
        name: "nuit", styles: [.normal: TextStyle(foreground: .ansi(7), background: .ansi(0))])

    @Test func tGoesRoundTheThemesAndRemembersEach() throws {
        let themes = FakeThemes([.builtIn, Self.nuit, .mono])
        let app = try DemoFixture(themes: themes)
        #expect(app.state.theme.name == "defaut")
        #expect(app.press(.char("T")) == [.applyTheme(Self.nuit)])
        #expect(app.state.theme == Self.nuit)
        #expect(app.screen.contains("Thème « nuit »"))
        app.press(.char("T"))
        #expect(app.state.theme.name == "mono")
        app.press(.char("T"))
        #expect(app.state.theme.name == "defaut")
        #expect(themes.remembered == ["nuit", "mono", "defaut"])
    }

    @Test func themeCommandPicksByNameIgnoringAccentsAndCase() throws {
        let themes = FakeThemes([.builtIn, Self.nuit, .mono])
        let app = try DemoFixture(width: 100, themes: themes)
        app.press(.char(":"))
        app.type("thème NUIT")
        #expect(app.press(.enter) == [.applyTheme(Self.nuit)])
        #expect(themes.remembered == ["nuit"])

        app.press(.char(":"))
        app.type("theme")
        app.press(.enter)
        #expect(app.screen.contains("Thème « nuit ». Thèmes : defaut, nuit, mono"))

        app.press(.char(":"))
        app.type("theme pastel")
        #expect(app.press(.enter).isEmpty)
        #expect(app.state.message?.isError == true)
        #expect(app.screen.contains("Thème « pastel » introuvable"))
        #expect(app.state.theme == Self.nuit)
    }

    @Test func aChoiceThatCannotBeRememberedIsSaidButStillShown() throws {
        let themes = FakeThemes([.builtIn, Self.nuit])
        themes.refuseToRemember = true
        let app = try DemoFixture(width: 120, themes: themes)
        app.press(.char("T"))
        #expect(app.state.theme == Self.nuit)
        #expect(app.state.message?.isError == true)
        #expect(app.screen.contains("config.toml, ligne 3 : choix non enregistré"))
    }

    @Test func problemsFoundAtStartAreShownInTheStatusLine() throws {
        let problem = ConfigProblem(
            file: "config.toml", line: 2, .badValue(key: "dates", value: "hier", expected: "x"))
        let app = try DemoFixture(width: 140, preferences: Preferences(problems: [problem]))
        #expect(app.state.message?.isError == true)
        #expect(app.screen.contains("config.toml, ligne 2 : valeur « hier » non reconnue pour « dates »"))
    }

    @Test func withoutThemesTDoesNothing() throws {
        let app = try DemoFixture()
        #expect(app.press(.char("T")).isEmpty)
        #expect(app.state.theme == .builtIn)
    }

    @Test func datesFollowTheChosenStyle() throws {
        let iso = try DemoFixture(width: 120, preferences: Preferences(dates: .iso))
        iso.press(.char("3"))
        #expect(iso.screen.contains("2026-"))
        #expect(!iso.screen.contains("/2026"))
        let french = try DemoFixture(width: 120)
        french.press(.char("3"))
        #expect(french.screen.contains("/2026") || french.screen.contains("/2027"))
    }
}
