import EssorTestSupport
import Foundation
import GRDB
import Testing

/// `essor add|edit|delete structure`, `check`, `backup`, `export|import
/// json`: what scripts run against a shared store.
@Suite struct ScriptCommandTests {
    let scratch = TemporaryFolder()

    func essor(_ arguments: String..., store: String) throws -> Run {
        try run(EssorBinary.path, arguments + ["--store", store], environment: ["LANG": "C.UTF-8"])
    }

    func count(_ store: String) throws -> Int {
        try DatabaseQueue(path: store).read {
            try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM structure") ?? -1
        }
    }

    @Test func addEditAndDeleteFollowTheFormsRules() throws {
        let store = scratch.file("s.sqlite")
        let added = try essor(
            "add", "structure", "--name", "Ressourcerie du Bocage", "--postcode", "50000", "secteur=Réemploi",
            store: store)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout == "1\n")
        #expect(added.stderr.contains("Structure n° 1 « Ressourcerie du Bocage » créée."))

        let invalid = try essor(
            "add", "structure", "--name", " ", "--siret", "123", "code-postal=5000", store: store)
        #expect(invalid.status == 2)
        #expect(invalid.stderr.contains("nom : Obligatoire"))
        #expect(invalid.stderr.contains("siret : Un SIRET a 14 chiffres"))
        #expect(invalid.stderr.contains("code-postal : Un code postal a 5 chiffres"))
        #expect(
            try essor("add", "structure", "--name", "X", "couleur=bleu", store: store).stderr.contains(
                "Champ inconnu « couleur »"))
        #expect(try count(store) == 1)

        let edited = try essor(
            "edit", "structure", "Ressourcerie du Bocage", "commune=Caen", "code-postal=14000", store: store)
        #expect(edited.status == 0, "\(edited.stderr)")
        #expect(edited.stderr.contains("modifiée (code-postal, commune, departement)"))
        let shown = try essor("show", "structure", "1", "--json", store: store)
        #expect(shown.stdout.contains("\"departement\" : \"14\"") && shown.stdout.contains("\"version\" : 2"))

        let stale = try essor("edit", "structure", "1", "--if-version", "1", "secteur=Autre", store: store)
        #expect(stale.status == 3)
        #expect(stale.stderr.contains("version 2 dans la base, 1 attendue"))
        #expect(try essor("delete", "structure", "1", "--if-version", "1", store: store).status == 3)

        let deleted = try essor("delete", "structure", "1", store: store)
        #expect(deleted.status == 0)
        #expect(try essor("show", "structure", "1", store: store).status == 1)
        #expect(try essor("delete", "structure", "Personne", store: store).status == 1)

        let refused = try essor("--read-only", "add", "structure", "--name", "Y", store: store)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("lecture seule"))
        #expect(try count(store) == 0)
    }

    @Test func checkBackupAndAJSONRoundTrip() throws {
        let store = scratch.file("t.sqlite")
        for name in ["Alpha", "Bêta", "Gamma"] {
            #expect(
                try essor("add", "structure", "--name", name, "--postcode", "14000", store: store).status == 0
            )
        }
        let check = try essor("check", store: store)
        #expect(check.status == 0 && check.stdout.contains("base intègre"))

        let copy = scratch.file("copie.sqlite")
        #expect(try essor("backup", copy, store: store).status == 0)
        let again = try essor("backup", copy, store: store)
        #expect(again.status == 2 && again.stderr.contains("existe déjà"))
        #expect(try count(copy) == 3)

        let dump = scratch.file("tout.json")
        #expect(try essor("export", "json", "-o", dump, store: store).status == 0)
        let other = scratch.file("autre.sqlite")
        let imported = try essor("import", "json", dump, store: other)
        #expect(imported.status == 0, "\(imported.stderr)")
        let redump = try essor("export", "json", store: other)
        #expect(Data(redump.stdout.utf8) == TemporaryFolder.contents(dump))
        let refused = try essor("import", "json", dump, store: other)
        #expect(refused.status == 2 && refused.stderr.contains("contient déjà des données"))
        #expect(try essor("import", "json", dump, "--replace", store: other).status == 0)

        try DatabaseQueue(path: store).write { try $0.execute(sql: "UPDATE structure SET search_key = 'x'") }
        let damaged = try essor("check", store: store)
        #expect(damaged.status == 1)
        #expect(damaged.stderr.contains("3 problème(s)"))
    }

    @Test func aFileThatIsNotAStoreIsLeftAlone() throws {
        let bytes = Data("nom;ville\nCoop;Caen\n".utf8)
        let path = scratch.write("structures.csv", bytes)
        for arguments in [
            ["add", "structure", "--name", "X"], ["check"], ["import", "json", path],
            ["backup", scratch.file("b")],
        ] {
            let result = try run(EssorBinary.path, arguments + ["--store", path])
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains("n'est pas une base essor"), "\(arguments): \(result.stderr)")
        }
        #expect(TemporaryFolder.contents(path) == bytes)
    }
}
