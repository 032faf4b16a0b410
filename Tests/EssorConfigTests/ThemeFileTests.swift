import EssorConfig
import EssorUI
import Testing

@Suite struct ThemeFileTests {
    static func parse(_ text: String) throws(ConfigProblem) -> (Theme, [ConfigProblem]) {
        try ThemeFile.parse(text, name: "essai", file: "essai.toml")
    }

    @Test func rolesLeftOutFallBackOnTheThemesOwnColours() throws {
        let (theme, warnings) = try Self.parse(
            """
            [palette]
            fond = "#101010"
            texte = "#f0f0f0"
            [roles]
            normal = { fg = "texte", bg = "fond" }
            title = { fg = "fond", bg = "#ffcc00", bold = true }
            """)
        #expect(warnings.isEmpty)
        #expect(
            theme.style(.title)
                == TextStyle(foreground: .rgb(16, 16, 16), background: .rgb(255, 204, 0), bold: true))
        // Not in the file: the built-in look (bold reverse), on the theme's colours.
        let selection = theme.style(.selection)
        #expect(selection.bold && selection.reverse)
        #expect(selection.foreground == .rgb(240, 240, 240))
        #expect(selection.background == .rgb(16, 16, 16))
        // The built-in's accent colour is kept, on the theme's background.
        #expect(theme.style(.warning).foreground == .ansi(3))
        #expect(theme.style(.warning).background == .rgb(16, 16, 16))
    }

    @Test func aRoleWithoutBackgroundTakesTheNormalOne() throws {
        let (theme, _) = try Self.parse(
            """
            [roles]
            normal = { fg = "white", bg = "color17" }
            muted = "bright-black"
            error = { fg = "rouge", italic = true }
            """)
        #expect(theme.style(.muted) == TextStyle(foreground: .ansi(8), background: .indexed(17)))
        #expect(
            theme.style(.error) == TextStyle(foreground: .ansi(1), background: .indexed(17), italic: true))
    }

    @Test func colourNamesAndForms() throws {
        let (theme, _) = try Self.parse(
            """
            [roles]
            normal = { fg = "default", bg = "#abc" }
            accent = "BrightCyan"
            key = "colour200"
            today = "gris"
            """)
        #expect(theme.style(.normal).background == .rgb(0xAA, 0xBB, 0xCC))
        #expect(theme.style(.normal).foreground == .terminalDefault)
        #expect(theme.style(.accent).foreground == .ansi(14))
        #expect(theme.style(.key).foreground == .indexed(200))
        #expect(theme.style(.today).foreground == .ansi(8))
    }

    @Test func unknownKeysAreWarningsWithTheirLine() throws {
        let (theme, warnings) = try Self.parse(
            """
            description = "Essai"
            auteur = "moi"
            [roles]
            title = { fg = "red", blink = true }
            sidebar = "blue"
            header = { bold = "oui" }
            """)
        #expect(theme.summary == "Essai")
        #expect(warnings.map(\.line) == [2, 4, 5, 6])
        #expect(
            warnings.map(\.kind) == [
                .unknownKey("auteur"), .unknownKey("roles.title.blink"), .unknownKey("roles.sidebar"),
                .wrongType(key: "roles.header.bold"),
            ])
        #expect(theme.style(.title).foreground == .ansi(1))
        #expect(warnings.allSatisfy { !$0.isError })
    }

    @Test func aBadColourIsAnErrorNamingFileAndLine() {
        #expect(
            throws: ConfigProblem(
                file: "essai.toml", line: 5, .badColor(key: "roles.title.fg", value: "#12345"))
        ) {
            try Self.parse(
                """
                # comment
                [palette]
                fond = "#000000"
                [roles]
                title = { fg = "#12345", bg = "fond" }
                """)
        }
        #expect(
            throws: ConfigProblem(
                file: "essai.toml", line: 3, .badColor(key: "palette.ciel", value: "bleu ciel"))
        ) {
            try Self.parse("[palette]\nfond = \"#000000\"\nciel = \"bleu ciel\"\n")
        }
        #expect(
            throws: ConfigProblem(
                file: "essai.toml", line: 2, .unknownPaletteColor(key: "roles.muted", name: "ardoise"))
        ) {
            try Self.parse("[roles]\nmuted = \"ardoise\"\n")
        }
    }

    @Test func dottedAndTableFormsAreLocatedToo() {
        #expect(
            throws: ConfigProblem(
                file: "essai.toml", line: 4, .badColor(key: "roles.title.bg", value: "#GGGGGG"))
        ) {
            try Self.parse("[roles]\nnormal = {}\n[roles.title]\nbg = \"#GGGGGG\"\n")
        }
    }

    @Test func brokenTOMLGivesTheParsersLine() {
        do {
            _ = try Self.parse("description = \"ok\"\n[roles\nnormal = {}\n")
            Issue.record("parsed")
        } catch {
            #expect(error.line == 2)
            guard case .syntax = error.kind else { return #expect(Bool(false), "\(error.kind)") }
            #expect(error.isError)
        }
    }

    @Test func messagesNameTheFileAndLineInBothLanguages() {
        let problem = ConfigProblem(
            file: "nuit.toml", line: 7, .badColor(key: "roles.title.fg", value: "#12"))
        #expect(
            Strings.text(.config(problem), .fr).hasPrefix("nuit.toml, ligne 7 : couleur invalide « #12 »"))
        #expect(Strings.text(.config(problem), .en).hasPrefix("nuit.toml, line 7: invalid colour “#12”"))
    }
}
