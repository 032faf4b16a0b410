import EssorCore
import EssorStore
import EssorTestSupport
import Foundation
import GRDB
import Testing

/// Hostile files, pastes and signals against the real binary: nothing
/// blocks, nothing is lost, every refusal leaves the store's bytes alone.
@Suite(.serialized) struct HostileInputEndToEndTests {
    let scratch = TemporaryFolder()

    /// A demo store at `path`, as `essor demo` makes it.
    func demoStore(_ path: String) throws {
        let store = try Store.open(path: path)
        try DemoProgramme.install(
            into: store, today: WallClock.paris.today(now: Int64(Date().timeIntervalSince1970)))
        try store.close()
    }

    @Test func aResetHappensInPlaceWhileTheDemoIsOpenElsewhere() throws {
        let real = scratch.file("vraie.sqlite")
        let link = scratch.file("lien.sqlite")
        try demoStore(real)
        #expect(symlink(real, link) == 0)
        let first = try TmuxSession([EssorBinary.path, "demo", "--store", link], width: 120, height: 40)
        try first.waitFor("Cohortes · 4")
        #expect(try essor(["add", "structure", "--name", "Ajoutée avant", "--store", link]).status == 0)
        try first.type("2")
        try first.waitFor("Structures · 22")
        let second = try TmuxSession(
            [EssorBinary.path, "demo", "--reset", "--store", link], width: 120, height: 40)
        try second.waitFor("Cohortes · 4")
        // The session already open sees the demo again, in the same file.
        try first.waitFor("Structures · 21")
        var info = stat()
        #expect(lstat(link, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
        #expect(try essor(["add", "structure", "--name", "Ajoutée après", "--store", link]).status == 0)
        try first.waitFor("Structures · 22")
        try first.type("q")
        try second.type("q")
        #expect(try first.exitStatus() == 0 && second.exitStatus() == 0)
        #expect(try essor(["show", "structure", "Ajoutée après", "--store", real]).status == 0)
        #expect(try essor(["show", "structure", "1", "--store", real]).status == 0)
        #expect(try Store.openForCheck(path: real).check() == [])
    }

    func essor(_ arguments: [String], timeout: TimeInterval = 20) throws -> Run {
        try run(EssorBinary.path, arguments, environment: ["LANG": "C.UTF-8"], timeout: timeout)
    }

    @Test func aFIFOOrADeviceAsTheStoreIsRefusedAtOnce() throws {
        let fifo = scratch.file("tube")
        #expect(mkfifo(fifo, 0o600) == 0)
        for command in [["list", "structures"], ["add", "structure", "--name", "X"], ["check"]] {
            let result = try essor(command + ["--store", fifo], timeout: 5)
            #expect(result.status == 2 && result.stderr.contains("tube nommé (FIFO)"), "\(command)")
        }
        let device = try essor(["add", "structure", "--name", "X", "--store", "/dev/null"], timeout: 5)
        #expect(device.status == 2 && device.stderr.contains("périphérique"))
        #expect(!FileManager.default.fileExists(atPath: "/dev/null-journal"))
        let link = scratch.file("lien.sqlite")
        #expect(symlink(scratch.file("ailleurs/x.sqlite"), link) == 0)
        let dangling = try essor(["add", "structure", "--name", "X", "--store", link])
        #expect(dangling.status == 2 && dangling.stderr.contains("qui n'existe pas"))
        #expect(!FileManager.default.fileExists(atPath: scratch.file("ailleurs")))
    }

    @Test func exportsNeverWriteThroughALinkAndSayWhyInFrench() throws {
        let store = scratch.file("s.sqlite")
        #expect(try essor(["add", "structure", "--name", "Coop", "--store", store]).status == 0)
        let link = scratch.file("sortie.json")
        #expect(symlink(scratch.file("cible.json"), link) == 0)
        for command in [
            ["export", "json", "-o", link], ["export", "finances", "-o", link], ["backup", link],
        ] {
            let result = try essor(command + ["--store", store])
            #expect(
                result.status == 2 && result.stderr.contains("lien symbolique"),
                "\(command): \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.file("cible.json")))
        let english = try essor(["export", "json", "-o", link, "--store", store, "--lang", "en"])
        #expect(english.stderr.contains("symbolic link"))
    }

    @Test func aKilledBackupLeavesNothingThatBlocksTheNextOne() throws {
        let store = scratch.file("gros.sqlite")
        let generated = try run(
            EssorBinary.path, ["generate", "--structures", "20000", "--meetings", "2000", "--store", store],
            timeout: 120)
        #expect(generated.status == 0, "\(generated.stderr)")
        let target = scratch.file("copie.sqlite")
        for delay in [2_000, 10_000, 40_000] {
            let pid = try spawn(EssorBinary.path, ["backup", target, "--store", store])
            usleep(useconds_t(delay))
            kill(pid, SIGKILL)
            _ = try wait(for: pid, "backup", timeout: 10)
            if FileManager.default.fileExists(atPath: target) {
                // It finished before the kill: then the copy is whole.
                #expect(
                    try DatabaseQueue(path: target).read {
                        try String.fetchOne($0, sql: "PRAGMA quick_check")
                    } == "ok")
                try FileManager.default.removeItem(atPath: target)
            }
        }
        let again = try essor(["backup", target, "--store", store])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(
            try DatabaseQueue(path: target).read { try String.fetchOne($0, sql: "PRAGMA quick_check") }
                == "ok")
    }

    @Test func aFullDiskSaysSoAndLeavesNoPartialFile() throws {
        let store = scratch.file("s.sqlite")
        try demoStore(store)
        #expect(try essor(["add", "structure", "--name", "Coop", "--store", store]).status == 0)
        // A tiny file system of its own, in a private mount namespace.
        let small = scratch.file("petit")
        try FileManager.default.createDirectory(atPath: small, withIntermediateDirectories: true)
        let script = """
            mount -t tmpfs -o size=64k tmpfs "$1" || exit 97
            "$2" backup "$1/copie.sqlite" --store "$3"; echo "backup=$?"
            "$2" export json -o "$1/tout.json" --store "$3"; echo "json=$?"
            ls -A "$1"
            """
        let result = try run(
            "/usr/bin/unshare", ["-rm", "/bin/sh", "-c", script, "sh", small, EssorBinary.path, store])
        try #require(result.status != 97, "cannot mount a tmpfs here (unshare -rm): \(result.stderr)")
        #expect(result.stdout.contains("backup=2") && result.stdout.contains("json=2"), "\(result.stdout)")
        #expect(result.stderr.contains("disque plein"), "\(result.stderr)")
        #expect(!result.stderr.contains("not an error"))
        // No half-written file under either name, no temporary left.
        let listed = result.stdout.split(separator: "\n").filter { !$0.contains("=") }
        #expect(listed.isEmpty, "\(listed)")
    }

    @Test func aLockHeldTooLongExitsWithItsOwnStatus() throws {
        let store = scratch.file("s.sqlite")
        #expect(try essor(["add", "structure", "--name", "Coop", "--store", store]).status == 0)
        let holder = try DatabaseQueue(path: store)
        try holder.inDatabase { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            // Whatever happens below, the lock is let go (a transaction left
            // open would stop the whole test process).
            defer { try? db.execute(sql: "ROLLBACK") }
            // A command waits 30 s by default; told 5, it waits 5.
            let result = try essor([
                "add", "structure", "--name", "Autre", "--store", store, "--attendre", "5",
            ])
            #expect(result.status == 4, "\(result.stderr)")
            // It waits its 5 s at least; a loaded machine makes it longer,
            // and the message says how long it really was.
            let waited = result.stderr.firstMatch(of: /attendu (\d+)(?:,\d+)? s sans obtenir la main/)
            let seconds = waited.flatMap { Int($0.1) } ?? 0
            #expect(seconds >= 5, "\(result.stderr)")
        }
    }

    /// Closing any descriptor of a file drops all the process's POSIX locks
    /// on it: the interface's background reader looked at the header that
    /// way, and another SQLite client closing the store then took itself
    /// for the last one and deleted the -wal the interface was writing.
    @Test func anotherSQLiteClientNeverDeletesTheWALUnderAnOpenStore() throws {
        let path = scratch.file("partage.sqlite")
        let store = try Store.open(path: path)
        let alice = ChangeAuthor(name: "alice", session: "s")
        func add(_ name: String, at now: Int64) throws {
            _ = try store.save(
                StructureRecord(
                    structure: Structure(
                        id: 0, name: name, legalForm: .association, postcode: "14000", town: "Caen"),
                    contacts: [], cohortIDs: [], version: 0),
                by: alice, at: now)
        }
        try add("Avant", at: 1)
        // What the interface's prefetcher does on its own thread.
        try Store.openReadOnly(path: path).close()
        let other = try run(
            "/usr/bin/python3",
            [
                "-c",
                "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('select count(*) from structure').fetchall(); c.close()",
                path,
            ])
        #expect(other.status == 0, "\(other.stderr)")
        #expect(
            FileManager.default.fileExists(atPath: path + "-wal"), "the -wal was deleted under the open store"
        )
        try add("Après", at: 2)
        try store.close()
        let names = try DatabaseQueue(path: path).read {
            try String.fetchAll($0, sql: "SELECT name FROM structure ORDER BY id")
        }
        #expect(names == ["Avant", "Après"])
        #expect(try Store.openForCheck(path: path).check() == [])
    }

    @Test func sixScriptsAddingAtOnceAllSucceed() throws {
        let store = scratch.file("s.sqlite")
        #expect(try essor(["add", "structure", "--name", "Départ", "--store", store]).status == 0)
        // Each script adds its structures one command after the other; the
        // inspection and migration connections wait for the lock as the
        // writer does, so none fails « verrouillé » under a second.
        let script =
            "for i in 1 2 3 4 5 6 7 8 9 10 11 12; do \"$0\" add structure --name \"$1-$i\" --store \"$2\" >/dev/null 2>&1 || echo \"echec $1-$i: $?\"; done"
        let pids = try (1...6).map { writer in
            try spawn(
                "/bin/sh", ["-c", script, EssorBinary.path, "script\(writer)", store],
                stdout: scratch.file("script\(writer).out"))
        }
        for pid in pids { #expect(try wait(for: pid, "a script", timeout: 120) == 0) }
        for writer in 1...6 {
            #expect(
                String(
                    decoding: TemporaryFolder.contents(scratch.file("script\(writer).out")) ?? Data(),
                    as: UTF8.self) == "")
        }
        #expect(
            try DatabaseQueue(path: store).read {
                try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM structure")
            } == 73)
    }

    @Test func aPasteInAListDeletesNothing() throws {
        let store = scratch.file("demo.sqlite")
        let tmux = try TmuxSession([EssorBinary.path, "demo", "--store", store], width: 120, height: 40)
        try tmux.waitFor("Cohortes · 4")
        try tmux.type("2")
        try tmux.waitFor("Structures · 21")
        try tmux.paste("dossier")
        try tmux.waitFor("Collage ignoré")
        // A Ctrl-C or Ctrl-Z byte inside a paste neither quits nor suspends.
        try tmux.paste("a\u{3}b\u{1A}c")
        usleep(300_000)
        #expect(try tmux.screen().contains("Structures · 21"))
        #expect(!(try tmux.screen()).contains("Supprimer"))
        try tmux.type("/")
        try tmux.paste("deux\nrives")
        try tmux.waitFor("Structures · 1/21")
        try tmux.press("Escape")
        try tmux.waitFor("the filter closed") { !$0.contains("1/21") }
        try tmux.type("q")
        #expect(try tmux.exitStatus() == 0)
        #expect(
            try DatabaseQueue(path: store).read {
                try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM structure")
            } == 21)
    }

    @Test func aStopSignalIsHonouredWithinASecondOnAHugeDetail() throws {
        // A store written by an older essor, with a note no form would take.
        let store = scratch.file("ancien.sqlite")
        try demoStore(store)
        let queue = try DatabaseQueue(path: store)
        try queue.write { db in
            try db.execute(
                sql: "UPDATE meeting SET notes = ? WHERE id = 1",
                arguments: [String(repeating: "x", count: 5_000_000)])
        }
        try queue.close()
        let tmux = try TmuxSession([EssorBinary.path, "--store", store], width: 120, height: 40)
        try tmux.waitFor("Cohortes · 4")
        try tmux.type("3")
        try tmux.waitFor("Séances · 31")
        try tmux.type(":date 15/09/2022")
        try tmux.press("Enter")
        try tmux.waitFor("Lancement de la cohorte")
        try tmux.press("Tab")
        try tmux.type("G")
        try tmux.waitFor("(+4 900 000)", timeout: 20)
        let started = Date()
        _ = try run("/usr/bin/pkill", ["-TERM", "-f", "essor --store \(store)"])
        #expect(try tmux.exitStatus(timeout: 5) == 143)
        #expect(Date().timeIntervalSince(started) < 2)
    }
}
