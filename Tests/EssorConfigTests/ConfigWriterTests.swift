import EssorConfig
import EssorTestSupport
import EssorUI
import Foundation
import Testing

@Suite struct ConfigWriterTests {
    let folder = TemporaryFolder()

    func contents(_ path: String) -> String {
        String(decoding: TemporaryFolder.contents(path) ?? Data(), as: UTF8.self)
    }

    @Test func createsTheFileAndItsFolder() throws {
        let path = folder.file("essor/config.toml")
        try ConfigWriter.remember(theme: "nuit", in: path)
        #expect(contents(path) == "theme = \"nuit\"\n")
        #expect(Configuration.load(path: path).theme == "nuit")
    }

    @Test func replacesTheThemeKeepingEverythingElse() throws {
        let original = """
            # Réglages d'essor
            language = "fr"   # interface
            theme = "clair"

            [keys]
            quit = "Ctrl-Q"

            """
        let path = folder.write("config.toml", Data(original.utf8))
        try ConfigWriter.remember(theme: "contraste", in: path)
        #expect(
            contents(path)
                == original.replacingOccurrences(of: "theme = \"clair\"", with: "theme = \"contraste\""))
    }

    @Test func addsTheThemeBeforeTheFirstTable() throws {
        let path = folder.write("config.toml", Data("dates = \"iso\"\n[keys]\nquit = \"Ctrl-Q\"\n".utf8))
        try ConfigWriter.remember(theme: "nuit", in: path)
        #expect(contents(path) == "dates = \"iso\"\ntheme = \"nuit\"\n\n[keys]\nquit = \"Ctrl-Q\"\n")
        let config = Configuration.load(path: path)
        #expect(config.theme == "nuit")
        #expect(config.keys.count == 1)
        #expect(config.problems.isEmpty)
    }

    @Test func aThemeKeyInsideATableIsNotTheSetting() throws {
        let path = folder.write("config.toml", Data("[keys]\ntheme = \"x\"\n".utf8))
        try ConfigWriter.remember(theme: "nuit", in: path)
        #expect(contents(path).hasPrefix("theme = \"nuit\"\n\n[keys]\ntheme = \"x\""))
    }

    @Test func neverRewritesAFileItCannotRead() {
        let broken = "theme = \"nuit\"\nlanguage = \n# précieux\n"
        let path = folder.write("config.toml", Data(broken.utf8))
        #expect(throws: ConfigProblem.self) { try ConfigWriter.remember(theme: "clair", in: path) }
        #expect(contents(path) == broken)
    }

    @Test func quotesNamesSafely() throws {
        let path = folder.file("config.toml")
        try ConfigWriter.remember(theme: "a\"b\\c\u{1B}", in: path)
        #expect(Configuration.load(path: path).theme == "a\"b\\c\u{1B}")
    }

    @Test func aFolderThatCannotBeMadeIsAProblemNotACrash() {
        // A file where the folder should be: even root cannot write there.
        let blocker = folder.write("essor", Data("not a folder".utf8))
        #expect(throws: ConfigProblem.self) {
            try ConfigWriter.remember(theme: "nuit", in: blocker + "/config.toml")
        }
        #expect(contents(blocker) == "not a folder")
    }
}
