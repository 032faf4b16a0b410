import EssorCore
import EssorTestSupport
import Foundation
import GRDB
import Testing

@testable import EssorStore

/// One store file, several coordinators and scripts: read-only sessions,
/// damaged or newer files left alone, migration, backups, checks, JSON.
@Suite struct SharedStoreTests {
    let folder = TemporaryFolder()
    let alice = ChangeAuthor(name: "alice", session: "a1")
    let bruno = ChangeAuthor(name: "bruno", session: "b1")

    func structure(_ name: String, town: String = "Caen") -> StructureRecord {
        StructureRecord(
            structure: Structure(id: 0, name: name, legalForm: .association, postcode: "14000", town: town),
            contacts: [Contact(name: "\(name) — contact")], cohortIDs: [], version: 0)
    }

    /// A closed store holding `count` structures (its -wal folded in).
    func closedStore(_ name: String, count: Int = 3) throws -> String {
        let path = folder.file(name)
        let store = try Store.open(path: path)
        for i in 0..<count { try store.save(structure("Structure \(i)"), by: alice, at: Int64(i)) }
        try store.close()
        return path
    }

    @Test func aReadOnlySessionWritesNothing() throws {
        let path = try closedStore("ro.sqlite")
        let before = TemporaryFolder.contents(path)
        let store = try Store.openForInterface(path: path, readOnly: true)
        #expect(store.readOnly == .asked)
        #expect(try store.structureIDs(order: .name, cohort: nil).count == 3)
        #expect(throws: StoreError.readOnly(.asked)) {
            try store.save(structure("Nouvelle"), by: alice, at: 9)
        }
        #expect(throws: StoreError.readOnly(.asked)) { try store.delete(.structure, id: 1, by: alice, at: 9) }
        try store.close()
        #expect(TemporaryFolder.contents(path) == before)
    }

    @Test func aStoreFromANewerEssorOpensReadOnlyAndStaysAsItWas() throws {
        let path = try closedStore("newer.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99-future')") }
        try queue.close()
        let before = TemporaryFolder.contents(path)
        let store = try Store.openForInterface(path: path, readOnly: false)
        #expect(store.readOnly == .newerSchema)
        #expect(try store.structureIDs(order: .name, cohort: nil).count == 3)
        #expect(throws: StoreError.readOnly(.newerSchema)) {
            try store.save(structure("X"), by: alice, at: 9)
        }
        try store.close()
        #expect(TemporaryFolder.contents(path) == before)
    }

    @Test func aStoreFailingQuickCheckIsRefusedUntouched() throws {
        let path = try closedStore("damaged.sqlite", count: 400)
        var bytes = try #require(TemporaryFolder.contents(path))
        let pageSize = Int(bytes[16]) << 8 | Int(bytes[17])
        // Garbage over the cell area of a few pages in the middle (b-tree
        // pages among them, whatever the layout): the header still says
        // SQLite, essor and the schema still read.
        let middle = bytes.count / pageSize / 2
        for page in middle..<(middle + 4) {
            for i in 0..<(pageSize - 200) { bytes[page * pageSize + 100 + i] = UInt8((i * 37) & 0xFF) }
        }
        _ = FileManager.default.createFile(atPath: path, contents: bytes)
        for open in [
            { _ = try Store.open(path: path) },
            { _ = try Store.openForInterface(path: path, readOnly: false) },
        ] {
            do {
                try open()
                Issue.record("a store failing quick_check must not open for writing")
            } catch let error as StoreError {
                guard case .corrupt = error else {
                    Issue.record("expected .corrupt, got \(error)")
                    continue
                }
            }
        }
        #expect(TemporaryFolder.contents(path) == bytes)
        // Reading a WAL store may leave an empty journal beside it, never
        // a page of it.
        #expect((TemporaryFolder.contents(path + "-wal") ?? Data()).isEmpty)
    }

    @Test func anOlderStoreIsBackedUpThenMigratedAllAtOnce() throws {
        let path = folder.file("old.sqlite")
        let queue = try DatabaseQueue(path: path)
        try SchemaMigration.migrate(queue, with: Schema.migrations(upTo: "v5-lookups-and-drafts"))
        try queue.write { db in
            try db.execute(
                sql:
                    "INSERT INTO structure (name, legal_form, town, postcode, sector, siret) VALUES ('Ancienne', 'scop', 'Lisieux', '14100', '', '')"
            )
        }
        try queue.close()
        let store = try Store.open(path: path)
        #expect(try store.schemaIsCurrent())
        #expect(try store.structureIDs(order: .name, cohort: nil).count == 1)
        let copy = folder.file("old.avant-migration-v5.sqlite")
        let applied = try DatabaseQueue(path: copy).read {
            try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations")
        }
        #expect(applied == Array(Schema.migrationIdentifiers.prefix(5)))
    }

    @Test func aFailingMigrationLeavesTheStoreAtItsVersion() throws {
        let path = folder.file("half.sqlite")
        let queue = try DatabaseQueue(path: path)
        try SchemaMigration.migrate(queue, with: Schema.migrations(upTo: "v1-base"))
        struct Boom: Error {}
        let failing = SchemaMigration(identifier: "v99-broken") { _ in throw Boom() }
        #expect(throws: Boom.self) { try SchemaMigration.migrate(queue, with: Schema.migrations + [failing]) }
        let (applied, tables) = try queue.read { db in
            (
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"),
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE name = 'workshop_item'")
            )
        }
        #expect(applied == ["v1-base"])
        #expect(tables.isEmpty)
    }

    @Test func aBackupIsAConsistentCopyAndNeverReplacesAFile() throws {
        let path = try closedStore("live.sqlite", count: 20)
        let store = try Store.open(path: path)
        let other = try Store.open(path: path)
        try other.save(structure("Ajoutée ailleurs"), by: bruno, at: 30)
        let target = folder.file("copie.sqlite")
        try store.backup(to: target)
        let copy = try Store.open(path: target)
        #expect(try copy.check() == [])
        #expect(try copy.structureIDs(order: .name, cohort: nil).count == 21)
        #expect(throws: StoreError.self) { try store.backup(to: target) }
        #expect(try Store.open(path: target).structureIDs(order: .name, cohort: nil).count == 21)
    }

    @Test func checkFindsWhatIsInconsistent() throws {
        let path = try closedStore("check.sqlite")
        #expect(try Store.openForCheck(path: path).check() == [])
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "UPDATE structure SET search_key = 'faux' WHERE id = 2") }
        try queue.close()
        #expect(try Store.openForCheck(path: path).check() == ["structure 2: search_key"])
    }

    @Test func theJSONExportRoundTripsByteForByte() throws {
        let path = folder.file("demo.sqlite")
        let store = try Store.open(path: path)
        try DemoProgramme.install(into: store, today: LocalDate(year: 2026, month: 11, day: 27)!)
        try store.save(structure("Après la démo"), by: alice, at: 5)
        let exported = try store.exportJSON()
        let fresh = try Store.open(path: folder.file("fresh.sqlite"))
        let result = try fresh.importJSON(exported, replace: false)
        #expect(result.rows > 100)
        #expect(try fresh.exportJSON() == exported)
        #expect(try fresh.check() == [])
        // The search index was rebuilt along.
        #expect(
            try fresh.structureSearchIndex().filter(
                fresh.structureIDs(order: .name, cohort: nil), SearchQuery("apres demo")
            ).count == 1)

        #expect(throws: Store.ImportProblem.notEmpty) { try fresh.importJSON(exported, replace: false) }
        #expect(throws: Store.ImportProblem.notAnExport) {
            try fresh.importJSON(Data("{}".utf8), replace: true)
        }
        try fresh.save(structure("En trop"), by: alice, at: 6)
        try fresh.importJSON(exported, replace: true)
        #expect(try fresh.exportJSON() == exported)
    }

    @Test func historySaysWhoChangedWhat() throws {
        let path = folder.file("history.sqlite")
        let store = try Store.open(path: path)
        let (id, _) = try store.save(structure("Ressourcerie"), by: alice, at: 1)
        let other = try Store.open(path: path)
        var record = try #require(try other.structureRecord(id: id))
        record.structure.town = "Bayeux"
        try other.save(record, by: bruno, at: 2)
        let history = try store.history(of: .structure, id: id)
        #expect(history.map(\.author) == ["bruno", "alice"])
        #expect(history.map(\.action) == ["update", "insert"])
        let town = try #require(history[0].differences.first { $0.column == "town" })
        #expect(town.before == "Caen" && town.after == "Bayeux")
        // What the interface shows as someone else's changes.
        #expect(try store.changes(after: 0, notBy: "a1").map(\.author) == ["bruno"])
    }

    @Test func undoWorksAfterARestartUnlessSomeoneChangedTheRecord() throws {
        let path = folder.file("undo.sqlite")
        var store = try Store.open(path: path)
        let (first, _) = try store.save(structure("Première"), by: alice, at: 1)
        let (second, _) = try store.save(structure("Seconde"), by: alice, at: 2)
        try store.close()

        store = try Store.open(path: path)  // a new session of alice
        let change = try #require(try store.lastUndoableChange(author: "alice"))
        _ = try store.undo(change, by: ChangeAuthor(name: "alice", session: "a2"), at: 3)
        #expect(try store.structureRecord(id: second) == nil)

        var record = try #require(try store.structureRecord(id: first))
        record.structure.sector = "Changé par bruno"
        try Store.open(path: path).save(record, by: bruno, at: 4)
        let next = try #require(try store.lastUndoableChange(author: "alice"))
        #expect(throws: StoreError.cannotUndo(.changedSince(summary: "Première"))) {
            try store.undo(next, by: ChangeAuthor(name: "alice", session: "a2"), at: 5)
        }
    }
}
