import EssorCore
import EssorTestSupport
import Foundation
import GRDB
import Testing

@testable import EssorStore

@Suite struct StoreOpeningTests {
    let folder = TemporaryFolder()

    @Test func createsAFreshStoreAndItsFolders() throws {
        let path = folder.file("a/b/c/essor.sqlite")
        let store = try Store.open(path: path)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try store.isEmpty())
        let (appID, journal, applied) = try DatabaseQueue(path: path).read { db in
            (
                try Int32.fetchOne(db, sql: "PRAGMA application_id"),
                try String.fetchOne(db, sql: "PRAGMA journal_mode"),
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
            )
        }
        #expect(appID == StoreFile.applicationID)
        #expect(journal == "wal")
        #expect(applied == Schema.migrationIdentifiers)
    }

    @Test func reopensItsOwnStore() throws {
        let path = folder.file("essor.sqlite")
        try Store.open(path: path).transaction { try $0.setMeta(key: "k", value: "v") }
        #expect(try Store.open(path: path).meta("k") == "v")
    }

    @Test func migratesAVersionOneStore() throws {
        let path = folder.file("old.sqlite")
        let queue = try DatabaseQueue(path: path)
        try SchemaMigration.migrate(queue, with: Schema.migrations(upTo: "v1-base"))
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO structure (name, legal_form, town, postcode, sector, siret)
                    VALUES ('Réseau Œuvre Commune', 'association', 'Alençon', '61000', 'Insertion', '')
                    """)
        }
        try queue.close()
        let store = try Store.open(path: path)
        let rows = try store.everything().structures
        #expect(rows.count == 1)
        let key = try #require(try store.searchKey(of: rows[0].id))
        #expect(key.hasPrefix("reseau oeuvre commune\u{1F}alencon"))
        #expect(SearchQuery("oeuvre").matches(folded: key))
        let index = try store.structureSearchIndex()
        #expect(index.filter([rows[0].id], SearchQuery("oeuvre")) == [rows[0].id])
    }

    @Test func refusesAFileThatIsNotSQLiteAndLeavesItAlone() throws {
        let bytes = Data("Liste des structures\nCoop;Rouen\n".utf8)
        let path = folder.write("notes.txt", bytes)
        #expect(throws: StoreError.notSQLite(path: path)) { try Store.open(path: path) }
        #expect(TemporaryFolder.contents(path) == bytes)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func refusesAnotherApplicationsDatabaseAndLeavesItAlone() throws {
        let path = folder.file("other.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)") }
        try queue.close()
        let before = TemporaryFolder.contents(path)
        #expect(throws: StoreError.foreignDatabase(path: path)) { try Store.open(path: path) }
        #expect(TemporaryFolder.contents(path) == before)
    }

    @Test func refusesAStoreFromANewerEssor() throws {
        let path = folder.file("newer.sqlite")
        try Store.open(path: path).close()
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99-future')") }
        try queue.close()
        let before = TemporaryFolder.contents(path)
        #expect(throws: StoreError.newerSchema(path: path, migrations: ["v99-future"])) {
            try Store.open(path: path)
        }
        #expect(TemporaryFolder.contents(path) == before)
    }

    @Test func reportsADamagedFileWithoutTouchingIt() throws {
        var bytes = Data("SQLite format 3\0".utf8)
        bytes.append(Data(repeating: 0xAB, count: 4096))
        let path = folder.write("damaged.sqlite", bytes)
        do {
            _ = try Store.open(path: path)
            Issue.record("a damaged file must not open")
        } catch let error as StoreError {
            guard case .corrupt = error else {
                Issue.record("expected .corrupt, got \(error)")
                return
            }
        }
        #expect(TemporaryFolder.contents(path) == bytes)
    }

    @Test func treatsAnEmptyFileAsANewStore() throws {
        let path = folder.write("empty.sqlite", Data())
        let store = try Store.open(path: path)
        #expect(try store.isEmpty())
    }

    @Test func explainsUnusableLocations() throws {
        let blocker = folder.write("plain-file", Data("x".utf8))
        #expect(throws: StoreError.cannotCreateFolder(path: blocker, reason: .notAFolder)) {
            try Store.open(path: blocker + "/sub/essor.sqlite")
        }
        #expect(throws: StoreError.isDirectory(path: folder.path)) { try Store.open(path: folder.path) }
    }

    @Test func readOnlyOpeningNeverCreatesAStore() throws {
        let path = folder.file("absent.sqlite")
        #expect(throws: StoreError.self) { try Store.openReadOnly(path: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
