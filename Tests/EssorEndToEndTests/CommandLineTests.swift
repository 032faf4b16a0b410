import EssorTestSupport
import Foundation
import Testing

/// The command line without a terminal: errors, exit status, snapshot.
@Suite struct CommandLineTests {
    let scratch = TemporaryFolder()

    @Test func refusesAFileThatIsNotAStoreAndLeavesItAlone() throws {
        let path = scratch.file("notes.txt")
        let bytes = Data("Structures à relancer\n".utf8)
        _ = FileManager.default.createFile(atPath: path, contents: bytes)
        let result = try run(EssorBinary.path, ["--store", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("n'est pas une base essor"))
        #expect(FileManager.default.contents(atPath: path) == bytes)
        let english = try run(EssorBinary.path, ["--store", path, "--lang", "en"])
        #expect(english.stderr.contains("is not an essor store"))
    }

    @Test func theConfigurationFileSetsStoreLanguageAndDates() throws {
        let store = scratch.file("programme.sqlite")
        try makeDemoStore(store)
        let config = scratch.file("config")
        try FileManager.default.createDirectory(atPath: config + "/essor", withIntermediateDirectories: true)
        scratch.write(
            "config/essor/config.toml",
            Data("store = \"\(store)\"\nlanguage = \"en\"\ndates = \"aaaa-mm-jj\"\n".utf8))
        let environment = ["XDG_CONFIG_HOME": config, "ESSOR_STORE": "", "COLUMNS": "150"]
        let listed = try run(EssorBinary.path, ["list", "meetings"], environment: environment)
        #expect(listed.status == 0)
        #expect(listed.stdout.hasPrefix("Date"))
        #expect(listed.stdout.contains("Thu 2022-09-15"))
        #expect(listed.stdout.contains("Length"))  // English headers
        // The command line still wins.
        let french = try run(EssorBinary.path, ["list", "seances", "--lang", "fr"], environment: environment)
        #expect(french.stdout.contains("jeu. 2022-09-15"))
        // A problem in the file is told on stderr; the command still runs.
        scratch.write("config/essor/config.toml", Data("store = \"\(store)\"\nlangue = 3\n".utf8))
        let warned = try run(EssorBinary.path, ["list", "seances"], environment: environment)
        #expect(warned.status == 0)
        #expect(warned.stderr.contains("config.toml, ligne 2 : valeur « 3 » non reconnue pour « langue »"))
        #expect(warned.stdout.contains("jeu. 15/09/2022"))
    }

    /// `--help` and ArgumentParser's own words go through the catalogue:
    /// French by default, English with --lang en or an English locale,
    /// and completion scripts exactly as ArgumentParser writes them.
    @Test func helpAndUsageErrorsSpeakTheUsersLanguage() throws {
        let environment = ["LANG": "C.UTF-8", "LC_ALL": "", "XDG_CONFIG_HOME": scratch.file("none")]
        let french = try run(EssorBinary.path, ["import", "ics", "--help"], environment: environment)
        #expect(french.status == 0)
        #expect(french.stdout.contains("PRÉSENTATION : Les événements (VEVENT) d'un fichier .ics"))
        #expect(french.stdout.contains("OPTIONS :"))
        #expect(french.stdout.contains("Affiche cette aide."))
        #expect(!french.stdout.contains("Show help information."))
        let english = try run(
            EssorBinary.path, ["import", "ics", "--help", "--lang", "en"], environment: environment)
        #expect(english.stdout.contains("OVERVIEW: The events (VEVENT) of an .ics file become meetings"))
        #expect(english.stdout.contains("Show help information."))
        let locale = try run(
            EssorBinary.path, ["--help"], environment: environment.merging(["LANG": "en_GB.UTF-8"]) { $1 })
        #expect(locale.stdout.contains("SUBCOMMANDS:"))
        #expect(locale.stdout.contains("Opens the demonstration programme"))

        let missing = try run(EssorBinary.path, ["import", "ics"], environment: environment)
        #expect(missing.status == 2)  // a usage error, as the README says
        #expect(missing.stderr.contains("Erreur : Argument attendu manquant : « <file> »"))
        #expect(missing.stderr.contains("Voir « essor import ics --help » pour en savoir plus."))
        let invalid = try run(EssorBinary.path, ["agenda", "--days", "abc"], environment: environment)
        #expect(invalid.status == 2)
        // --attendre is read when the command line is, for any command,
        // a negative number included.
        for wait in ["abc", "-1", "99999"] {
            let refused = try run(
                EssorBinary.path,
                ["list", "cohortes", "--attendre", wait, "--store", scratch.file("w.sqlite")],
                environment: environment)
            #expect(refused.status == 2, "\(wait)")
            #expect(
                refused.stderr.contains("--attendre « \(wait) » : un nombre de secondes de 0 à 3600 attendu"),
                "\(refused.stderr)")
        }
        for words in [["bogus"], ["find", "x", "--bogus"]] {
            #expect(try run(EssorBinary.path, words, environment: environment).status == 2, "\(words)")
        }
        // The overview names every command, those under import and export too.
        let overview = try run(EssorBinary.path, ["--help"], environment: environment).stdout
        for name in [
            "demo", "find", "show", "agenda", "list", "snapshot", "generate", "themes", "export", "import",
            "atelier", "report", "add", "edit", "delete", "check", "backup", "seuils",
            "ics", "finances", "json", "emargement", "compte-rendu",
        ] {
            #expect(overview.contains(name), "\(name) is not in essor --help")
        }
        #expect(invalid.stderr.contains("La valeur « abc » n'est pas valable pour « --days <days> »"))

        let completion = try run(
            EssorBinary.path, ["--generate-completion-script", "zsh"], environment: environment)
        #expect(completion.status == 0)
        #expect(completion.stdout.contains("Show help information."))
    }

    @Test func saysWhenThereIsNoTerminal() throws {
        let result = try run(EssorBinary.path, ["demo", "--store", scratch.file("demo.sqlite")])
        #expect(result.status == 2)
        #expect(result.stderr.contains("essor a besoin d'un terminal"))
        // Refused: nothing was made.
        #expect(!FileManager.default.fileExists(atPath: scratch.file("demo.sqlite")))
    }

    @Test func printsAPanelAsText() throws {
        let store = scratch.file("demo.sqlite")
        try makeDemoStore(store)
        let result = try run(
            EssorBinary.path,
            ["snapshot", "--panel", "structures", "--filter", "oeuvre", "--size", "100x20", "--store", store])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Réseau Œuvre Commune"))
        #expect(result.stdout.split(separator: "\n").count == 20)
        let bad = try run(EssorBinary.path, ["--store", store, "snapshot", "--size", "huge"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("Taille invalide"))
    }

    @Test func globalOptionsWorkBeforeOrAfterTheSubcommand() throws {
        let store = scratch.file("demo.sqlite")
        try makeDemoStore(store)
        let before = try run(EssorBinary.path, ["--lang", "en", "--store", store, "snapshot"])
        let after = try run(EssorBinary.path, ["snapshot", "--store", store, "--lang", "en"])
        #expect(before.status == 0 && after.status == 0)
        #expect(before.stdout == after.stdout)
        #expect(before.stdout.contains("1 Cohorts"))
    }

    @Test func resetsOnlyDemoStores() throws {
        let store = scratch.file("demo.sqlite")
        try makeDemoStore(store)
        _ = try run(EssorBinary.path, ["add", "structure", "--name", "Gardée", "--store", store])
        let before = TemporaryFolder.contents(store)
        // Without a terminal to show it, a reset would only lose work: refused first.
        let reset = try run(EssorBinary.path, ["demo", "--reset", "--store", store])
        #expect(reset.status == 2 && reset.stderr.contains("essor a besoin d'un terminal"))
        #expect(TemporaryFolder.contents(store) == before)
        let notes = scratch.file("notes.sqlite")
        _ = FileManager.default.createFile(atPath: notes, contents: Data("pas une base".utf8))
        let refused = try run(EssorBinary.path, ["demo", "--reset", "--store", notes])
        #expect(refused.status == 2)
        #expect(FileManager.default.contents(atPath: notes) == Data("pas une base".utf8))
    }

    @Test func usesTheXDGDataFolderByDefault() throws {
        let demo = try TmuxSession([EssorBinary.path, "demo"], environment: ["XDG_DATA_HOME": scratch.path])
        try demo.waitFor("Cohortes · 4")
        try demo.type("q")
        #expect(try demo.exitStatus() == 0)
        #expect(FileManager.default.fileExists(atPath: scratch.file("essor/demo.sqlite")))
        let empty = try TmuxSession(
            [EssorBinary.path], environment: ["XDG_DATA_HOME": scratch.path, "ESSOR_STORE": ""])
        try empty.waitFor("Cohortes")
        try empty.type("q")
        #expect(try empty.exitStatus() == 0)
        #expect(FileManager.default.fileExists(atPath: scratch.file("essor/essor.sqlite")))
        // Without a terminal, nothing is made.
        let refused = try run(EssorBinary.path, ["--store", scratch.file("jamais.sqlite")])
        #expect(refused.status == 2 && !FileManager.default.fileExists(atPath: scratch.file("jamais.sqlite")))
    }
}
