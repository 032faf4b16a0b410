import EssorCore
import EssorStore
import EssorTestSupport
import Foundation
import Testing

/// The programme's identity set from the command line, and the audit pack
/// read back by independent tools: `sha256sum -c`, Python's `zipfile`,
/// poppler's `pdfinfo`.
@Suite struct EvidenceEndToEndTests {
    let scratch = TemporaryFolder()

    func demo() throws -> String {
        let path = scratch.file("demo.sqlite")
        try makeDemoStore(path)
        return path
    }

    func essor(_ arguments: [String], store: String, directory: String? = nil) throws -> Run {
        try run(
            EssorBinary.path, arguments + ["--store", store],
            environment: ["LANG": "C.UTF-8", "XDG_CONFIG_HOME": IsolatedConfig.path], timeout: 120,
            directory: directory)
    }

    func bytes(_ store: String) -> [Data?] {
        [store, store + "-wal"].map { FileManager.default.contents(atPath: $0) }
    }

    @Test func theProgrammeIsSetAllOrNothing() throws {
        let store = try demo()
        let logo = scratch.write(
            "region.svg", Data("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8))
        let set = try essor(
            [
                "programme", "set", "reference=NO0021734", "signataire=Claire Martin",
                "financeurs=Région Normandie | \(logo); Union européenne (FEDER)", "conservation_ans=10",
                "dernier_paiement=15/06/2027", "seuil_accompagnement=2h30",
            ], store: store)
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout.contains("reference            = NO0021734"))
        #expect(
            set.stdout.contains("financeurs           = Région Normandie | \(logo); Union européenne (FEDER)")
        )
        #expect(set.stdout.contains("dernier_paiement     = 15/06/2027"))
        #expect(set.stdout.contains("seuil_accompagnement = 2h30"))
        // The change is in the history, as a change of the programme's settings.
        let history = try Store.openReadOnly(path: store).history(limit: 5)
        #expect(history.contains { $0.entity == .settings })

        // Refused values: nothing changes, byte for byte, and each key says why.
        let fifo = scratch.file("logo.fifo")
        mkfifo(fifo, 0o600)
        let text = scratch.write("logo.txt", Data("pas une image".utf8))
        let before = bytes(store)
        for (change, says) in [
            (["courriel=pas-un-courriel"], "courriel : Adresse invalide"),
            (["conservation_ans=7"], "conservation_ans : 5 ans, ou 10"),
            (["financeurs=Région | \(text)"], "n'est pas une image PNG, SVG ou JPEG"),
            (["financeurs=Région | \(fifo)"], "le fichier ne peut pas être lu"),
            (["dernier_paiement=31/02/2027"], "dernier_paiement : Date attendue"),
            (["nom="], "nom : Obligatoire"),
            (["seuil_accompagnement=3"], "seuil_accompagnement : "),
            (["inconnu=1"], "Réglage inconnu « inconnu »"),
            (["reference"], "reference : donnez sa valeur"),
            (["reference=X", "courriel=@"], "Rien n'a été modifié"),
        ] {
            let refused = try essor(["programme", "set"] + change, store: store)
            #expect(refused.status == 2, "\(change)")
            #expect(refused.stderr.contains(says), "\(change): \(refused.stderr)")
        }
        #expect(bytes(store) == before)
        let shown = try essor(["programme"], store: store)
        #expect(shown.stdout.contains("reference            = NO0021734"))
    }

    @Test func theAuditPackIsCompleteAndItsManifestChecks() throws {
        let store = try demo()
        #expect(
            try essor(
                ["programme", "set", "reference=NO0021734", "dernier_paiement=15/06/2027"], store: store
            ).status == 0)
        let work = scratch.file("work")
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let folder = try essor(
            ["export", "dossier", "--cohort", "Numérique", "--to", "31/12/2022", "-o", "pack"], store: store,
            directory: work)
        #expect(folder.status == 0, "\(folder.stderr)")
        #expect(folder.stderr.contains("Dossier de contrôle : 6 séances"))
        let pack = work + "/pack"
        let check = try run("/usr/bin/sha256sum", ["-c", "--strict", "MANIFEST.sha256"], directory: pack)
        #expect(
            check.status == 0 && check.stdout.components(separatedBy: ": OK").count - 1 >= 14,
            "\(check.stdout)")
        let index = String(
            decoding: FileManager.default.contents(atPath: pack + "/index.html") ?? Data(), as: UTF8.self)
        #expect(index.contains("À conserver jusqu&#39;au") || index.contains("À conserver jusqu'au"))
        #expect(
            index.contains("31/12/2032 : 5 ans à compter du 31 décembre de l&#39;année du dernier paiement"))
        #expect(
            index.contains(
                "href=\"emargements/emargement-2022-10-06-diagnostic-partage-des-usages-numeriques.pdf\""))
        #expect(!index.contains("2023"), "--to 31/12/2022 leaves 2023 out")
        let pdf = pack + "/emargements/emargement-2022-10-06-diagnostic-partage-des-usages-numeriques.pdf"
        let info = try run("/usr/bin/pdfinfo", [pdf])
        #expect(info.stdout.contains("(A4)"))
        // A file changed afterwards is caught by the manifest.
        let csv = pack + "/jours-partenaires.csv"
        try Data("altéré".utf8).write(to: URL(fileURLWithPath: csv))
        #expect(
            try run("/usr/bin/sha256sum", ["-c", "--quiet", "MANIFEST.sha256"], directory: pack).status != 0)

        // The same as a zip, read by Python's zipfile; never over an existing file.
        let zip = try essor(
            ["export", "dossier", "--cohort", "Numérique", "--no-pdf", "-o", "pack.zip"], store: store,
            directory: work)
        #expect(zip.status == 0, "\(zip.stderr)")
        let python = ProcessInfo.processInfo.environment["PATH"].map { _ in "python3" } ?? "python3"
        let listing = try run(
            "/usr/bin/env",
            [
                python, "-c",
                "import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print('\\n'.join(z.namelist()))",
                work + "/pack.zip",
            ])
        #expect(listing.status == 0, "\(listing.stderr)")
        #expect(listing.stdout.contains("MANIFEST.sha256") && listing.stdout.contains("index.html"))
        #expect(
            listing.stdout.contains(
                "comptes-rendus/compte-rendu-2022-10-06-diagnostic-partage-des-usages-numeriques.html"))
        #expect(!listing.stdout.contains(".pdf"))
        let again = try essor(["export", "dossier", "-o", "pack.zip"], store: store, directory: work)
        #expect(again.status == 2 && again.stderr.contains("n'est jamais écrit par-dessus"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: work).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test func aSheetAsPDFSaysWhatWentWrongAndStillWritesTheHTML() throws {
        let store = try demo()
        let work = scratch.file("pdf")
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        // A name and a format that disagree: refused, nothing written.
        let both = try essor(
            ["export", "emargement", "2", "-o", "x.pdf", "--format", "md"], store: store, directory: work)
        #expect(both.status == 2 && both.stderr.contains("--format md et le nom x.pdf disent deux formats"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: work).isEmpty)
        // WeasyPrint failing (here: a program that fails silently): the HTML is there.
        let failing = try run(
            EssorBinary.path, ["export", "emargement", "2", "-o", "y.pdf", "--store", store],
            environment: [
                "LANG": "C.UTF-8", "XDG_CONFIG_HOME": IsolatedConfig.path, "ESSOR_WEASYPRINT": "/bin/false",
            ],
            directory: work)
        #expect(failing.status == 3)
        #expect(failing.stderr.contains("WeasyPrint a échoué (code 1) : sans message. Le HTML est écrit."))
        #expect(FileManager.default.fileExists(atPath: work + "/y.html"))
        #expect(!FileManager.default.fileExists(atPath: work + "/y.pdf"))
        // Not installed at all.
        let missing = try run(
            EssorBinary.path, ["export", "emargement", "2", "-o", "z.pdf", "--store", store],
            environment: ["LANG": "C.UTF-8", "XDG_CONFIG_HOME": IsolatedConfig.path, "ESSOR_WEASYPRINT": ""],
            directory: work)
        #expect(missing.status == 3 && missing.stderr.contains("sudo apt install weasyprint"))
        #expect(FileManager.default.fileExists(atPath: work + "/z.html"))
    }
}
