import EssorCore
import EssorStore
import EssorTestSupport
import Foundation
import GRDB
import Testing

/// Several processes on one store file, as on the programme's server:
/// writers at once, writers killed, two coordinators on one record, a
/// script writing under an open interface, a user who may not write.
@Suite struct SharedStoreEndToEndTests {
    let scratch = TemporaryFolder()

    /// A store with one cohort for the writers' structures to join.
    func storeWithACohort(_ name: String) throws -> (path: String, cohort: CohortID) {
        let path = scratch.file(name)
        let store = try Store.open(path: path)
        let day = LocalDate(year: 2026, month: 1, day: 1)!
        let cohort = Cohort(
            id: 0, name: "Charge", theme: "Test de charge", startDate: day, endDate: day, summary: "",
            project: CollectiveProject(title: "", summary: "", stage: .idea))
        let (id, _) = try store.save(
            CohortRecord(cohort: cohort, memberIDs: [], version: 0),
            by: ChangeAuthor(name: "t", session: "t"), at: 0)
        try store.close()
        return (path, id)
    }

    /// Structures missing part of their write: contacts, membership or
    /// change-log entry (each write-load write has 2, 1 and 1).
    func partialWrites(_ db: Database) throws -> Int {
        try Int.fetchOne(
            db,
            sql: """
                SELECT COUNT(*) FROM structure s
                WHERE (SELECT COUNT(*) FROM structure_contact c WHERE c.structure_id = s.id) != 2
                   OR (SELECT COUNT(*) FROM membership m WHERE m.structure_id = s.id) != 1
                   OR (SELECT COUNT(*) FROM change_log l WHERE l.entity = 'structure' AND l.record_id = s.id) != 1
                """) ?? -1
    }

    @Test func eightWritersAndTwoReadersLoseNothing() throws {
        let (path, cohort) = try storeWithACohort("stress.sqlite")
        var writers: [(pid_t, String)] = []
        for n in 0..<8 {
            let out = scratch.file("w\(n).out")
            let pid = try spawn(
                "/usr/bin/nice",
                [
                    "-n", "10", EssorBinary.bench, "write-load", "--store", path, "--count", "2000", "--tag",
                    "w\(n)",
                    "--cohort", "\(cohort)",
                ], stdout: out, stderr: scratch.file("w\(n).err"))
            writers.append((pid, out))
        }
        let readers = try (0..<2).map { n in
            try spawn(
                EssorBinary.bench, ["read-load", "--store", path, "--seconds", "4"],
                stderr: scratch.file("r\(n).err"))
        }
        for (pid, out) in writers {
            let status = try wait(for: pid, "a writer", timeout: 600)
            let said = String(decoding: TemporaryFolder.contents(out) ?? Data(), as: UTF8.self)
            #expect(status == 0, "\(said)")
            #expect(said.contains("2000 written, 0 failed"))
        }
        for pid in readers { #expect(try wait(for: pid, "a reader", timeout: 60) == 0) }
        let (count, names, partial, integrity) = try DatabaseQueue(path: path).read { db in
            (
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM structure"),
                try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT name) FROM structure"),
                try partialWrites(db), try String.fetchAll(db, sql: "PRAGMA integrity_check")
            )
        }
        #expect(count == 16_000 && names == 16_000)
        #expect(partial == 0)
        #expect(integrity == ["ok"])
    }

    @Test func writersKilledAtRandomLeaveWholeWritesOnly() throws {
        let (path, cohort) = try storeWithACohort("crash.sqlite")
        var generator = SystemRandomNumberGenerator()
        for n in 0..<200 {
            let pid = try spawn(
                EssorBinary.bench,
                [
                    "write-load", "--store", path, "--count", "1000000", "--tag", "k\(n)", "--cohort",
                    "\(cohort)",
                ])
            usleep(UInt32.random(in: 20_000...90_000, using: &generator))
            kill(pid, SIGKILL)
            _ = try wait(for: pid, "a killed writer", timeout: 10)
        }
        let store = try Store.openForCheck(path: path)
        #expect(try store.check() == [])
        try store.close()
        let (written, partial, orphans) = try DatabaseQueue(path: path).read { db in
            (
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM structure") ?? 0, try partialWrites(db),
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT COUNT(*) FROM change_log l WHERE l.entity = 'structure'
                        AND NOT EXISTS (SELECT 1 FROM structure s WHERE s.id = l.record_id)
                        """)
            )
        }
        #expect(written > 200, "the writers must have been killed while writing")
        #expect(partial == 0)
        #expect(orphans == 0)
    }

    @Test func aScriptsWriteAppearsInAnIdleInterfaceWithinTwoSeconds() throws {
        let store = scratch.file("live.sqlite")
        let tmux = try TmuxSession([EssorBinary.path, "demo", "--store", store], width: 120, height: 32)
        try tmux.waitFor("Cohortes · 4")
        try tmux.type("2")
        try tmux.waitFor("Structures · 21")
        let added = try run(
            EssorBinary.path,
            ["add", "structure", "--store", store, "--name", "Ajoutée par un script", "--postcode", "14000"])
        #expect(added.status == 0, "\(added.stderr)")
        try tmux.waitFor("Structures · 22", timeout: 2)
        try tmux.waitFor("création de « Ajoutée par un script »", timeout: 2)

        let edited = try run(
            EssorBinary.path,
            ["edit", "structure", "--store", store, "Ajoutée par un script", "commune=Caen"])
        #expect(edited.status == 0, "\(edited.stderr)")
        try tmux.waitFor("modification de « Ajoutée par un script »", timeout: 2)
    }

    @Test func twoCoordinatorsOnOneRecordGetTheMergeNotALostUpdate() throws {
        let store = scratch.file("both.sqlite")
        let first = try TmuxSession([EssorBinary.path, "demo", "--store", store], width: 110, height: 34)
        try first.waitFor("Cohortes · 4")
        let second = try TmuxSession([EssorBinary.path, "--store", store], width: 110, height: 34)
        try second.waitFor("Cohortes · 4")
        for tmux in [first, second] {
            try tmux.type("2")
            try tmux.waitFor("Structures · 21")
            try tmux.type("e")
            try tmux.waitFor("Modifier « ")
            for _ in 0..<7 { try tmux.press("Tab") }  // Secteur
            try tmux.press("C-u")
        }
        try first.type("Secteur de Camille")
        try first.press("Enter")
        try first.waitFor("Enregistré")
        try second.type("Secteur de Dominique")
        try second.press("Enter")
        try second.waitFor("Modifiée par ailleurs pendant votre saisie")
        try second.waitFor("Secteur de Camille")
        try second.waitFor("Secteur de Dominique")
        // Keep the other's value, save: nothing was overwritten unseen.
        try second.press("Right")
        try second.press("Enter")
        try second.waitFor("Fusion faite")
        try second.press("Enter")
        try second.waitFor("Enregistré")
        let sectors = try DatabaseQueue(path: store).read { db in
            try String.fetchAll(db, sql: "SELECT sector FROM structure WHERE sector LIKE 'Secteur de %'")
        }
        #expect(sectors == ["Secteur de Camille"])
        let history = try Store.openReadOnly(path: store).history(limit: 5)
        #expect(history.filter { $0.action == "update" }.count == 2)
    }

    @Test func someoneWhoMayNotWriteGetsAReadOnlySession() throws {
        let folder = scratch.file("shared")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/essor.sqlite"
        try Store.open(path: path).close()
        #expect(
            try run(EssorBinary.path, ["add", "structure", "--store", path, "--name", "Avant"]).status == 0)
        let before = TemporaryFolder.contents(path)
        var command = [EssorBinary.path, "--store", path]
        if getuid() == 0 {
            // root may write anywhere: run as nobody instead.
            chmod(scratch.path, 0o755)
            command = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + command
        } else {
            chmod(folder, 0o555)
            chmod(path, 0o444)
        }
        defer { chmod(folder, 0o755) }
        let tmux = try TmuxSession(command, width: 100, height: 30, environment: ["HOME": folder])
        try tmux.waitFor("LECTURE SEULE")
        try tmux.type("2")
        try tmux.waitFor("Avant")
        try tmux.type("a")
        try tmux.waitFor("Lecture seule (")
        try tmux.type("q")
        #expect(try tmux.exitStatus() == 0)
        #expect(TemporaryFolder.contents(path) == before)
    }
}
