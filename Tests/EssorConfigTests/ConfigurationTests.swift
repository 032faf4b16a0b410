import EssorConfig
import EssorCore
import EssorTestSupport
import EssorUI
import Foundation
import Testing

@Suite struct ConfigurationTests {
    @Test func readsEverySetting() {
        let config = Configuration.parse(
            """
            # my settings
            theme = "nuit"
            language = "en"
            store = "~/essor/programme.sqlite"
            dates = "aaaa-mm-jj"

            [keys]
            quit = ["Ctrl-Q", "F10"]
            filter = "F"
            """, file: "config.toml")
        #expect(config.problems.isEmpty)
        #expect(config.theme == "nuit")
        #expect(config.language == .en)
        #expect(config.store == "~/essor/programme.sqlite")
        #expect(config.dates == .iso)
        #expect(
            config.keys == [
                KeyRemap(.quit, [.ctrl("q"), .function(10)], line: 8),
                KeyRemap(.filter, [.char("F")], line: 9),
            ])
        let (keymap, problems) = config.keymap()
        #expect(problems.isEmpty)
        #expect(keymap.command(for: .function(10), in: [.global]) == .quit)
        #expect(keymap.command(for: .char("F"), in: [.list, .global]) == .filter)
    }

    @Test func valuesNotUnderstoodKeepTheirDefaultAndSayWhere() {
        let config = Configuration.parse(
            """
            theme = "nuit"
            language = "de"
            dates = "hier"
            couleur = true
            [keys]
            teleport = "t"
            quit = "Hyper-Q"
            help = ["F1", 3]
            """, file: "config.toml")
        #expect(config.theme == "nuit")
        #expect(config.language == nil)
        #expect(config.dates == nil)
        #expect(config.keys.isEmpty)
        #expect(config.problems.map(\.line) == [2, 3, 4, 6, 7, 8])
        #expect(config.problems[0].kind == .badValue(key: "language", value: "de", expected: "fr, en"))
        #expect(config.problems[3].kind == .unknownAction("teleport"))
        #expect(config.problems[4].kind == .badKey(action: "quit", key: "Hyper-Q"))
        #expect(config.problems.allSatisfy { !$0.isError })
    }

    @Test func anInvalidFileGivesTheDefaultsAndItsLine() {
        let config = Configuration.parse(
            "theme = \"nuit\"\nlanguage = \n", file: "/home/x/.config/essor/config.toml")
        #expect(config.theme == nil)
        #expect(config.problems.count == 1)
        #expect(config.problems.first?.line == 2)
        #expect(config.problems.first?.isError == true)
        let message = Strings.text(.config(config.problems[0]), .fr)
        #expect(message.hasPrefix("/home/x/.config/essor/config.toml, ligne 2 : TOML invalide"))
    }

    @Test func aFileThatIsNotUTF8IsSaidSo() throws {
        let folder = TemporaryFolder()
        let path = folder.write("config.toml", Data([0x74, 0x3D, 0x22, 0xFF, 0xFE, 0x22, 0x0A]))
        let config = Configuration.load(path: path)
        #expect(config.problems == [ConfigProblem(file: path, .notUTF8)])
    }

    @Test func noFileMeansDefaultsSilently() {
        let config = Configuration.load(path: "/nonexistent/essor/config.toml")
        #expect(config.problems.isEmpty)
        #expect(config.theme == nil)
        #expect(config.path == nil)
    }

    @Test func anActionLeftWithoutKeysIsAWarningOnTheLineThatTookThem() {
        let config = Configuration.parse("[keys]\nquit = \"Ctrl-L\"\n", file: "config.toml")
        let (_, problems) = config.keymap()
        #expect(problems == [ConfigProblem(file: "config.toml", line: 2, .actionWithoutKey("redraw"))])
    }
}
