import EssorCore
import EssorTestSupport
import Foundation
import GRDB
import Testing

@testable import EssorStore

/// essor opens, creates and writes regular files only, and a command that
/// is refused leaves the store's bytes as they were.
@Suite struct StoreFileKindTests {
    let folder = TemporaryFolder()

    @Test func aFIFOIsRefusedAtOnceInsteadOfBlocking() throws {
        let path = folder.file("tube")
        #expect(mkfifo(path, 0o600) == 0)
        #expect(throws: StoreError.file(.special(path: path, kind: .fifo))) { try Store.open(path: path) }
        #expect(throws: StoreError.file(.special(path: path, kind: .fifo))) {
            try Store.openReadOnly(path: path)
        }
    }

    @Test func aDeviceIsRefusedAndNothingIsWrittenBesideIt() throws {
        #expect(throws: StoreError.file(.special(path: "/dev/null", kind: .characterDevice))) {
            try Store.open(path: "/dev/null")
        }
        #expect(!FileManager.default.fileExists(atPath: "/dev/null-journal"))
        #expect(!FileManager.default.fileExists(atPath: "/dev/null-wal"))
    }

    @Test func aDanglingLinkIsRefusedAndItsTargetNotCreated() throws {
        let target = folder.file("ailleurs/stock.sqlite")
        let link = folder.file("lien.sqlite")
        #expect(symlink(target, link) == 0)
        #expect(throws: StoreError.file(.danglingLink(path: link, target: target, loop: false))) {
            try Store.open(path: link)
        }
        #expect(PathKind.of(target) == .absent)
        #expect(PathKind.of(folder.file("ailleurs")) == .absent)
    }

    @Test func aLinkToAStoreOpensIt() throws {
        let real = folder.file("vrai.sqlite")
        try Store.open(path: real).close()
        let link = folder.file("lien.sqlite")
        #expect(symlink(real, link) == 0)
        #expect(try Store.open(path: link).isEmpty())
    }

    @Test func backupsNeverGoThroughALinkNorOverAFile() throws {
        let store = try Store.open(path: folder.file("s.sqlite"))
        let dangling = folder.file("copie-lien.sqlite")
        #expect(symlink(folder.file("nulle-part.sqlite"), dangling) == 0)
        #expect(
            throws: StoreError.file(
                .danglingLink(path: dangling, target: folder.file("nulle-part.sqlite"), loop: false))
        ) {
            try store.backup(to: dangling)
        }
        #expect(PathKind.of(folder.file("nulle-part.sqlite")) == .absent)
        let existing = folder.write("existe.sqlite", Data("garder".utf8))
        #expect(throws: StoreError.file(.exists(path: existing))) { try store.backup(to: existing) }
        #expect(TemporaryFolder.contents(existing) == Data("garder".utf8))
        try store.backup(to: folder.file("copie.sqlite"))
        #expect(try Store.open(path: folder.file("copie.sqlite")).isEmpty())
        // Nothing temporary is left in the folder.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!names.contains { $0.hasPrefix(".essor-") })
    }

    @Test func exportsAreWrittenWholeAndNeverThroughALinkOrIntoADevice() throws {
        let target = folder.file("sortie.csv")
        try FilePublishing.write(Array("a;b\n".utf8), to: target, replacing: false)
        #expect(throws: FileError.exists(path: target)) {
            try FilePublishing.write(Array("c".utf8), to: target, replacing: false)
        }
        try FilePublishing.write(Array("c\n".utf8), to: target, replacing: true)
        #expect(TemporaryFolder.contents(target) == Data("c\n".utf8))
        let link = folder.file("lien.csv")
        #expect(symlink(target, link) == 0)
        #expect(throws: FileError.link(path: link)) {
            try FilePublishing.write(Array("x".utf8), to: link, replacing: true)
        }
        #expect(throws: FileError.special(path: "/dev/null", kind: .characterDevice)) {
            try FilePublishing.write(Array("x".utf8), to: "/dev/null", replacing: true)
        }
        #expect(TemporaryFolder.contents(target) == Data("c\n".utf8))
    }

    @Test func openingAndClosingLeavesTheStoreFileAsItWas() throws {
        let path = folder.file("s.sqlite")
        try Store.open(path: path).transaction { try $0.setMeta(key: "k", value: "v") }
        let before = try #require(TemporaryFolder.contents(path))
        let wal = TemporaryFolder.contents(path + "-wal")
        for _ in 0..<3 {
            let store = try Store.open(path: path)
            _ = try store.isEmpty()
            try store.close()
        }
        #expect(TemporaryFolder.contents(path) == before)
        #expect(TemporaryFolder.contents(path + "-wal") == wal)
        let names = try DatabaseQueue(path: path).read {
            try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE name LIKE 'grdb_issue%'")
        }
        #expect(names.isEmpty)
    }

    @Test func aWriterWaitsAsLongAsItsStoreIsTold() throws {
        let path = folder.file("w.sqlite")
        try Store.open(path: path).close()
        let patient = try Store.open(path: path, wait: 60)
        let hasty = try Store.open(path: path, wait: 0.2)
        let other = try DatabaseQueue(path: path)
        try other.inDatabase { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            defer { try? db.execute(sql: "ROLLBACK") }
            do {
                try hasty.transaction { try $0.setMeta(key: "k", value: "hâtif") }
                Issue.record("a write told to wait 0.2 s should have given up")
            } catch StoreError.locked(_, let waited) {
                #expect(waited < Store.busyTimeout, "\(waited)")
            }
        }
        // A holder that lets go after a second: the patient writer gets in.
        let held = DispatchSemaphore(value: 0)
        let holder = Thread {
            try? other.inDatabase { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                held.signal()
                Thread.sleep(forTimeInterval: 1)
                try db.execute(sql: "ROLLBACK")
            }
        }
        holder.start()
        held.wait()
        try patient.transaction { try $0.setMeta(key: "k", value: "patient") }
        #expect(try patient.meta("k") == "patient")
    }

    @Test func aLockHeldTooLongSaysHowLongItWaited() throws {
        let path = folder.file("s.sqlite")
        let store = try Store.open(path: path)
        let other = try DatabaseQueue(path: path)
        try other.inDatabase { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            defer { try? db.execute(sql: "ROLLBACK") }
            do {
                try store.transaction { try $0.setMeta(key: "k", value: "v") }
                Issue.record("the write should have waited and failed")
            } catch StoreError.locked(_, let waited) {
                #expect(waited >= Store.busyTimeout - 0.5 && waited < Store.busyTimeout + 2)
            }
        }
    }
}
