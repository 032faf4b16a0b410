import EssorCore
import EssorTestSupport
import Foundation
import Testing

@testable import EssorStore

/// The shipped `schema/store.schema.json` is the one the column rules
/// give; the names and conversions of the export go both ways.
@Suite struct StoreSchemaTests {
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../schema/store.schema.json").standardized

    @Test func theShippedSchemaIsTheRulesOwn() throws {
        let text = try StoreSchema.text()
        if ProcessInfo.processInfo.environment["ESSOR_RECORD_SCHEMA"] == "1" {
            try text.write(to: Self.file, atomically: true, encoding: .utf8)
        }
        let shipped = try String(contentsOf: Self.file, encoding: .utf8)
        #expect(
            shipped == text,
            "schema/store.schema.json is stale: ESSOR_RECORD_SCHEMA=1 swift test --filter StoreSchemaTests")
    }

    @Test func everyNameHasOneCamelCaseForm() {
        #expect(StoreNaming.camel("project_line") == "projectLine")
        #expect(StoreNaming.camel("starts_at") == "startsAt")
        #expect(StoreNaming.tables.count == StoreColumns.rules.count)
        for (table, rules) in StoreColumns.rules {
            #expect(StoreNaming.columns[table]?.count == rules.count, "\(table): two columns share a name")
            for name in StoreNaming.columns[table]?.keys.map({ $0 }) ?? [] {
                #expect(name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }, "\(table).\(name)")
            }
        }
    }

    /// A file of the first, unversioned form (the store's own names,
    /// seconds since 1970, the French words) is read still, and gives the
    /// same store.
    @Test func aFileOfThePreviousVersionIsReadStill() throws {
        let folder = TemporaryFolder()
        let store = try Store.open(path: folder.file("demo.sqlite"))
        try DemoProgramme.install(into: store, today: LocalDate(year: 2026, month: 11, day: 27)!)
        let legacy = try store.read { db in
            var tables: [String: [RowSnapshot.Row]] = [:]
            for table in try Store.dataTables(db) {
                let key = try db.primaryKey(table).columns.joined(separator: ", ")
                tables[table] = try RowSnapshot.readAll(db, table: table, orderBy: key).rows
            }
            return StoreDump(migrations: Schema.migrationIdentifiers, tables: tables)
        }
        let file = Data(try SafeJSON.encode(legacy).utf8)
        let text = String(decoding: file, as: UTF8.self)
        #expect(
            text.contains("\"starts_at\" : 1") && text.contains("\"atelier\"")
                && !text.contains("schemaVersion"))
        let other = try Store.open(path: folder.file("autre.sqlite"))
        try other.importJSON(file, replace: false)
        #expect(try other.exportJSON() == (try store.exportJSON()))
        // A version this essor does not know is refused by name.
        let newer = Data(#"{"format":"essor-store","schemaVersion":3,"migrations":[],"tables":{}}"#.utf8)
        #expect(throws: Store.ImportProblem.otherSchema(found: [])) {
            try Store.open(path: folder.file("trois.sqlite")).importJSON(newer, replace: false)
        }
    }

    @Test func instantsGoBothWaysToTheSecond() {
        let paris = WallClock.paris
        for instant: Int64 in [
            0, 1_663_243_200, 1_679_792_399, 1_679_792_400, 1_698_541_199, -2_208_988_800, 7_258_118_399,
        ] {
            let text = ISODateTime.format(instant, paris)
            #expect(ISODateTime.parse(text) == instant, "\(text)")
        }
        #expect(ISODateTime.format(1_663_243_200, paris) == "2022-09-15T14:00:00+02:00")
        #expect(ISODateTime.format(1_700_000_000, paris) == "2023-11-14T23:13:20+01:00")
        #expect(ISODateTime.parse("2022-09-15T12:00:00Z") == 1_663_243_200)
        for bad in [
            "2022-09-15T14:00:00", "2022-09-15 14:00:00+02:00", "2022-09-15T24:00:00+02:00",
            "2022-02-30T10:00:00Z", "2022-09-15T14:00+02:00", "2022-09-15T14:00:00+0200", "x",
        ] {
            #expect(ISODateTime.parse(bad) == nil, "\(bad)")
        }
    }

    @Test func enumerationCodesAreTheCaseNames() {
        #expect(MeetingKind.oneToOne.code == "oneToOne")
        #expect(FinancingStatus.granted.code == "granted")
        #expect(FinancingStatus(code: "granted") == .granted)
        #expect(FinancingStatus(code: "accordée") == nil)
        #expect(LegalForm.code(ofStored: "mutuelle") == "mutual")
        for codes in [
            MeetingKind.codes, LegalForm.codes, FinancingRule.codes, RatioKind.codes, FinanceFlag.codes,
        ] {
            #expect(Set(codes).count == codes.count)
            #expect(
                codes.allSatisfy {
                    $0.first!.isLowercase && $0.allSatisfy { $0.isASCII && $0.isLetter || $0.isNumber }
                })
        }
    }
}
