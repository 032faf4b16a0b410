import EssorCore
import EssorTestSupport
import Foundation
import GRDB
import Testing

@testable import EssorStore

/// `import json` takes only the schema's tables and columns, checks every
/// value, and refuses before writing; undo writes back only valid rows.
@Suite struct HostileImportTests {
    let folder = TemporaryFolder()
    let alice = ChangeAuthor(name: "alice", session: "s1")

    /// The demo exported, as JSON objects to tamper with.
    func demoExport() throws -> (store: Store, dump: StoreDumpJSON) {
        let store = try Store.open(path: folder.file("demo.sqlite"))
        try DemoProgramme.install(into: store, today: LocalDate(year: 2026, month: 11, day: 27)!)
        return (store, try StoreDumpJSON(try store.exportJSON()))
    }

    func tampered(_ dump: StoreDumpJSON, _ change: (inout [String: [[String: JSONValue]]]) -> Void) throws
        -> Data
    {
        var copy = dump
        var tables = copy.tables
        change(&tables)
        copy.tables = tables
        return try copy.data()
    }

    /// Imports into a new store with data, expecting a refusal that leaves
    /// its file's bytes unchanged.
    func refused(_ data: Data) throws -> Store.ImportProblem? {
        let path = folder.file("cible-\(UUID().uuidString.prefix(6)).sqlite")
        let target = try Store.open(path: path)
        try target.transaction { try $0.setMeta(key: "garde", value: "oui") }
        try target.close()
        let before = TemporaryFolder.contents(path)
        let store = try Store.open(path: path)
        defer { try? store.close() }
        do {
            try store.importJSON(data, replace: true)
            return nil
        } catch let problem as Store.ImportProblem {
            try store.close()
            #expect(TemporaryFolder.contents(path) == before, "the refused import changed the file")
            #expect(try Store.open(path: path).meta("garde") == "oui")
            return problem
        }
    }

    @Test func columnNamesFromTheFileNeverReachSQL() throws {
        let (_, dump) = try demoExport()
        let injection =
            "key, value) VALUES ('a','b'); UPDATE programme SET name='PWNED'; DROP TRIGGER structure_fts_insert; /*"
        let data = try tampered(dump) { $0["essorMeta"]![0][injection] = "x" }
        let problem = try refused(data)
        guard case .invalid(let violations, _)? = problem else {
            Issue.record("expected a refusal, got \(String(describing: problem))")
            return
        }
        #expect(violations.first?.column == injection)
        #expect(violations.first?.problem == .unknownColumn)

        let pragma = try tampered(dump) {
            $0["essorMeta"]![0]["key) VALUES ('x'); PRAGMA writable_schema=1; --"] = "x"
        }
        #expect(try refused(pragma) != nil)
        let table = try tampered(dump) { $0["sqlite_master"] = [["name": "x"]] }
        #expect(try refused(table) == .unknownTable("sqlite_master"))
    }

    @Test func valuesAreCheckedAgainstTheirColumn() throws {
        let (_, dump) = try demoExport()
        let cases: [(String, String, JSONValue)] = [
            ("meeting", "startsAt", "tomorrow"), ("meeting", "startsAt", 1_663_243_200),
            ("meeting", "startsAt", "2022-09-15 14:00"), ("meeting", "startsAt", "2022-09-15T14:00:00"),
            ("structure", "headcount", "beaucoup"),
            ("meeting", "durationMinutes", .integer(1 << 62)), ("financialYear", "income", 1e19),
            ("financialYear", "produits", 1),
            ("structure", "legalForm", "société secrète"), ("structure", "legalForm", "autre"),
            ("meeting", "kind", "atelier"), ("cohort", "startDate", "2026-02-30"),
            ("structure", "name", .string(String(repeating: "x", count: TextLimit.name + 1))),
            ("projectLine", "amounts", .array([1e300])), ("projectLine", "amounts", "[1e300]"),
            ("projectLine", "months", .array([1, 2])), ("meeting", "version", 0),
            ("structure", "name", "Coop\u{0}Rives"), ("structure", "name", "  "), ("partner", "name", ""),
            ("structure", "name", .bool(true)), ("cohort", "endDate", "2020-01-01"),
        ]
        for (table, column, value) in cases {
            let data = try tampered(dump) { $0[table]![0][column] = value }
            guard case .invalid(let violations, _)? = try refused(data) else {
                Issue.record("\(table).\(column) = \(value) was not refused")
                continue
            }
            #expect(violations.map(\.column) == [column], "\(table).\(column)")
        }
    }

    @Test func duplicateKeysAndDanglingReferencesAreFoundBeforeWriting() throws {
        let (_, dump) = try demoExport()
        let duplicate = try tampered(dump) { $0["structure"]!.append($0["structure"]![0]) }
        guard case .duplicateKey(let table, _, 1, let columns)? = try refused(duplicate) else {
            Issue.record("a key used twice was not refused")
            return
        }
        #expect(table == "structure" && columns == ["id"])
        let dangling = try tampered(dump) { $0["meeting"]![0]["cohortId"] = 999 }
        guard case .danglingReferences(let references)? = try refused(dangling) else {
            Issue.record("a reference to nothing was not refused")
            return
        }
        #expect(references.first?.contains("meeting[1].cohortId = 999 → cohort") == true)
    }

    @Test func aChangeLogSnapshotMayNameOnlyTheSchemasTables() throws {
        let (_, dump) = try demoExport()
        let snapshot = #"{"groups":[{"table":"programme; DROP TABLE structure","rows":[]}]}"#
        let data = try tampered(dump) {
            $0["changeLog"] = [
                [
                    "id": 1, "at": "2026-11-27T10:00:00+01:00", "author": "x", "session": "s",
                    "entity": "structure",
                    "recordId": 1,
                    "action": "update", "summary": "x", "before": .string(snapshot),
                ]
            ]
        }
        guard case .invalid(let violations, _)? = try refused(data) else {
            Issue.record("a hostile snapshot was accepted")
            return
        }
        #expect(violations.map(\.column) == ["before"])

        // A deleted record's snapshot without the columns a row needs, and
        // an action undo does not know.
        let partial = #"{"groups":[{"table":"structure","rows":[{"id":999,"name":"x"}]}]}"#
        let other = try tampered(dump) {
            $0["changeLog"] = [
                [
                    "id": 1, "at": "2026-11-27T10:00:00+01:00", "author": "x", "session": "s",
                    "entity": "structure",
                    "recordId": 999,
                    "action": "delete", "summary": "x", "before": .string(partial),
                ],
                [
                    "id": 2, "at": "2026-11-27T10:00:00+01:00", "author": "x", "session": "s",
                    "entity": "structure",
                    "recordId": 1,
                    "action": "explode", "summary": "x",
                ],
            ]
        }
        guard case .invalid(let found, _)? = try refused(other) else {
            Issue.record("a partial snapshot was accepted")
            return
        }
        #expect(found.map(\.column) == ["before", "action"])
    }

    @Test func undoRefusesARowThatBreaksTheRules() throws {
        let store = try Store.open(path: folder.file("s.sqlite"))
        let record = StructureRecord(
            structure: Structure(
                id: 0, name: "Ressourcerie", legalForm: .association, postcode: "14000", town: "Caen"),
            contacts: [], cohortIDs: [], version: 0)
        let (id, _) = try store.save(record, by: alice, at: 1)
        try store.close()
        // Someone edits the change log by hand.
        let queue = try DatabaseQueue(path: folder.file("s.sqlite"))
        try queue.write { db in
            let before =
                #"{"groups":[{"table":"structure","rows":[{"id":\#(id),"name":"x","headcount":"beaucoup"}]}]}"#
            try db.execute(sql: "UPDATE change_log SET action = 'update', before = ?", arguments: [before])
        }
        try queue.close()
        let reopened = try Store.open(path: folder.file("s.sqlite"))
        #expect {
            let change = try #require(try reopened.lastUndoableChange(session: alice.session))
            try reopened.undo(change, by: alice, at: 2)
        } throws: { error in
            guard case StoreError.invalidRows(let violations) = error else { return false }
            return violations.map(\.column) == ["headcount"]
        }
    }

    @Test func searchKeysAreComputedAgainFromTheRows() throws {
        let (_, dump) = try demoExport()
        let data = try tampered(dump) { $0["structure"]![0]["searchKey"] = "faux" }
        let fresh = try Store.open(path: folder.file("fresh.sqlite"))
        try fresh.importJSON(data, replace: false)
        #expect(try fresh.check() == [])
    }

    @Test func everyColumnOfTheSchemaHasARule() throws {
        let store = try Store.open(path: folder.file("s.sqlite"))
        try store.read { db in
            for table in try Store.dataTables(db) {
                let rules = try #require(StoreColumns.rules[table], "no rules for table \(table)")
                for column in try db.columns(in: table) {
                    #expect(rules[column.name] != nil, "no rule for \(table).\(column.name)")
                }
                #expect(Set(rules.keys) == Set(try db.columns(in: table).map(\.name)), "\(table)")
            }
        }
    }

    @Test func checkReportsBadValuesInsteadOfCrashing() throws {
        let path = folder.file("demo.sqlite")
        let (store, _) = try demoExport()
        try store.close()
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "UPDATE meeting SET starts_at = 'tomorrow' WHERE id = 1")
            try db.execute(sql: "UPDATE meeting SET duration_minutes = 4611686018427387904 WHERE id = 2")
        }
        try queue.close()
        let problems = try Store.openForCheck(path: path).check()
        #expect(problems.count == 2)
        #expect(problems.first?.hasPrefix("meeting 1 starts_at") == true)
    }
}
