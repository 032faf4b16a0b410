import EssorCore
import EssorExchange
import EssorStore
import EssorTestSupport
import Foundation
import Testing

@testable import EssorUI

/// A bounded, seeded fuzz run over the three kinds of files essor imports
/// (its JSON export, iCalendar, the accounts CSV): mutated files must
/// never crash or hang essor; a refused one leaves the store's bytes as
/// they were; an accepted one leaves every reader working (`check`, the
/// lists, each panel and its detail).
@Suite(.serialized) struct ImportFuzzTests {
    static let seed: UInt64 = 20_261_201
    let folder = TemporaryFolder()

    /// A closed demo store, to copy for each case.
    func baseStore() throws -> String {
        let path = folder.file("base.sqlite")
        let store = try Store.open(path: path)
        try DemoProgramme.install(into: store, today: DemoFixture.today)
        try store.close()
        return path
    }

    func copy(_ base: String, _ name: String) throws -> String {
        let path = folder.file(name)
        try FileManager.default.copyItem(atPath: base, toPath: path)
        return path
    }

    /// The store's bytes: its file and its -wal (an absent -wal is an
    /// empty one: essor keeps an empty -wal beside a store it opened).
    func bytes(_ path: String) -> [Data] {
        [path, path + "-wal"].map { TemporaryFolder.contents($0) ?? Data() }
    }

    /// Everything a user or a script would read, on `path`.
    func readEverything(_ path: String, _ what: String) throws {
        let store = try Store.open(path: path)
        defer { try? store.close() }
        let problems = try store.check()
        if !problems.isEmpty { print("CHECK", what, problems) }
        #expect(problems == [], "\(what): check")
        let controller = try AppController(
            store: store, lang: .fr, size: Size(width: 120, height: 40), now: DemoFixture.now,
            home: folder.path)
        for panel in ["1", "2", "3", "4", "5"] {
            controller.press(.char(Character(panel)))
            _ = controller.render()
            controller.press(.enter)
            _ = controller.render()
            controller.press(.escape)
            controller.press(.char("G"))
            _ = controller.render()
        }
        _ = try store.structureRows(try store.structureIDs(order: .name, cohort: nil))
        _ = try store.meetingRows(try store.meetingIDs(MeetingFilter()))
    }

    /// Runs `body` and records it when it takes longer than a user waits.
    func timed(_ what: String, _ body: () throws -> Void) rethrows {
        let start = Date()
        try body()
        let seconds = Date().timeIntervalSince(start)
        #expect(seconds < 5, "\(what) took \(seconds) s")
    }

    // MARK: Mutations

    static let hostileTexts = [
        "", " ", String(repeating: "é", count: 301), String(repeating: "x", count: 100_001),
        "\u{1B}]0;T\u{07}",
        "'); DROP TABLE structure; --", "\u{202E}evil", "tomorrow", "2026-02-30", "NaN", "1e309", "0x1p3",
        "beaucoup", "null", "a\u{0}b",
    ]
    static let hostileIntegers: [Int64] = [0, -1, 1 << 62, .max, .min, 1_441, 99_999_999, 7_258_118_401]
    static let hostileReals: [Double] = [1e19, -1e300, 0.5, 2.2e12, -0.0]

    func mutatedJSON(_ dump: StoreDumpJSON, _ random: inout SyntheticRandom) -> Data {
        var copy = dump
        var tables = copy.tables
        let names = tables.keys.sorted().filter { !(tables[$0]?.isEmpty ?? true) }
        for _ in 0..<(1 + random.below(3)) {
            let table = random.pick(names)
            var rows = tables[table]!
            let index = random.below(rows.count)
            var row = rows[index]
            let column = random.pick(row.keys.sorted())
            switch random.below(8) {
            case 0: row[column] = .string(random.pick(Self.hostileTexts))
            case 1:
                row[column] =
                    random.chance(50)
                    ? .integer(random.pick(Self.hostileIntegers)) : .real(random.pick(Self.hostileReals))
            case 2: row[column] = .null
            case 3: row.removeValue(forKey: column)
            case 4: row["colonne_\(random.below(9)); --"] = "x"
            case 5: rows.append(row)
            case 6: row[column] = .object(["a": 1])
            default: row[column] = rows[random.below(rows.count)][column] ?? 1
            }
            rows[index] = row
            tables[table] = rows
        }
        copy.tables = tables
        var data = (try? copy.data()) ?? Data()
        if random.chance(15) { data = flipped(data, &random) }
        return data
    }

    /// A few bytes changed, inserted or cut.
    func flipped(_ data: Data, _ random: inout SyntheticRandom) -> Data {
        var bytes = [UInt8](data)
        for _ in 0..<(1 + random.below(4)) where !bytes.isEmpty {
            let at = random.below(bytes.count)
            switch random.below(3) {
            case 0: bytes[at] = UInt8(random.below(256))
            case 1: bytes.insert(UInt8(random.below(256)), at: at)
            default: bytes.removeSubrange(at..<min(bytes.count, at + 1 + random.below(40)))
            }
        }
        return Data(bytes)
    }

    func mutatedCalendar(_ text: String, _ random: inout SyntheticRandom) -> Data {
        var lines = text.components(separatedBy: "\r\n")
        let values = [
            "DTSTART:99991231T235959Z", "DTEND:19000101T000000Z", "DURATION:P99999999W", "DURATION:PT0S",
            "UID:", "SUMMARY:" + String(repeating: "x", count: 400), "RRULE:FREQ=DAILY",
            "DTSTART;TZID=Mars/Olympus:20270101T100000", "DTSTART;VALUE=DATE:20270101",
            "DESCRIPTION:\u{1B}]52;c;x\u{07}", "END:VEVENT", "BEGIN:VEVENT", "UID:a@x", "UID:a@x",
            "X-\(random.below(99)):" + String(repeating: "y", count: 200), " folded continuation",
        ]
        for _ in 0..<(1 + random.below(4)) where !lines.isEmpty {
            let at = random.below(lines.count)
            switch random.below(3) {
            case 0: lines[at] = random.pick(values)
            case 1: lines.insert(random.pick(values), at: at)
            default: lines.remove(at: at)
            }
        }
        let data = Data(lines.joined(separator: "\r\n").utf8)
        return random.chance(20) ? flipped(data, &random) : data
    }

    func mutatedCSV(_ random: inout SyntheticRandom) -> Data {
        let header =
            random.chance(80)
            ? "nom;annee;produits;subventions;charges;tresorerie;etp"
            : random.pick([
                "siret;annee", "nom;annee;inconnue", "nom;produits", "", "nom;annee;produits;produits",
            ])
        let names = ["Coop des Deux Rives", "Épicerie Solidaire du Bessin", "\"Coop\ndes\"", "Personne", ""]
        let cells = [
            "1 234,56", "12345678901234567890", "1e19", "nan", "inf", "-0", "(2 500)", "0x10", "1,5E+06", "",
            "\"1;2\"", "abc", "2023", "99999",
        ]
        let good = ["1 234,56", "1500", "(2 500)", "1,5E+06", "0", ""]
        var lines = [header]
        for _ in 0..<(random.below(5)) {
            let sane = random.chance(60)
            var row = [
                sane ? random.pick(Array(names.prefix(2))) : random.pick(names),
                sane ? random.pick(["2021", "2022", "2023"]) : random.pick(["1899", "abc", "", "2 023"]),
            ]
            for _ in 0..<5 { row.append(sane && random.chance(85) ? random.pick(good) : random.pick(cells)) }
            if random.chance(10) { row.removeLast(2) }
            lines.append(row.joined(separator: ";"))
        }
        var data = Data(lines.joined(separator: random.chance(50) ? "\r\n" : "\n").utf8)
        if random.chance(10) { data = Data([0xEF, 0xBB, 0xBF]) + data }
        if random.chance(10) { data.append(contentsOf: [0xE9, 0x80, 0xFF]) }
        return random.chance(15) ? flipped(data, &random) : data
    }

    // MARK: Runs

    @Test func mutatedExportsAreRefusedWhole() throws {
        let base = try baseStore()
        let store = try Store.open(path: base)
        let dump = try StoreDumpJSON(try store.exportJSON())
        try store.close()
        var random = SyntheticRandom(seed: Self.seed)
        var accepted = 0
        for index in 0..<150 {
            let data = mutatedJSON(dump, &random)
            let path = try copy(base, "json-\(index).sqlite")
            let before = bytes(path)
            var refused = false
            try timed("JSON case \(index)") {
                let target = try Store.open(path: path)
                do {
                    try target.importJSON(data, replace: true)
                } catch is Store.ImportProblem {
                    refused = true
                }
                try target.close()
            }
            if refused {
                #expect(bytes(path) == before, "JSON case \(index): a refused import changed the store")
            } else {
                accepted += 1
                try timed("reading JSON case \(index)") { try readEverything(path, "JSON case \(index)") }
            }
            try? FileManager.default.removeItem(atPath: path)
        }
        #expect(accepted > 0 && accepted < 150, "\(accepted) accepted")
    }

    @Test func mutatedCalendarsNeverWriteHalfAFile() throws {
        let base = try baseStore()
        let store = try Store.open(path: base)
        let text = try CalendarExport.file(
            store, filter: MeetingFilter(), from: nil, name: "x", now: 1, lang: .fr)
        try store.close()
        var random = SyntheticRandom(seed: Self.seed + 1)
        var accepted = 0
        for index in 0..<100 {
            let data = mutatedCalendar(text, &random)
            let path = try copy(base, "ics-\(index).sqlite")
            let before = bytes(path)
            var written = false
            try timed("iCalendar case \(index)") {
                guard case .success(let events) = ICalendarParser.parse(data), !events.isEmpty else { return }
                let target = try Store.open(path: path)
                defer { try? target.close() }
                do {
                    _ = try target.importMeetings(
                        CalendarImport.meetings(events), cohort: 1, asNew: random.chance(50),
                        by: ChangeAuthor(name: "fuzz", session: "f"), at: 1)
                    written = true
                } catch is ForeignUIDs {}
            }
            if written {
                accepted += 1
                try timed("reading iCalendar case \(index)") {
                    try readEverything(path, "iCalendar case \(index)")
                }
            } else {
                #expect(bytes(path) == before, "iCalendar case \(index): a refused import changed the store")
            }
            try? FileManager.default.removeItem(atPath: path)
        }
        #expect(accepted > 0)
    }

    @Test func mutatedAccountsAreReadLineByLine() throws {
        let base = try baseStore()
        var random = SyntheticRandom(seed: Self.seed + 2)
        var accepted = 0
        for index in 0..<100 {
            let data = mutatedCSV(&random)
            let path = try copy(base, "csv-\(index).sqlite")
            let before = bytes(path)
            var written = false
            try timed("CSV case \(index)") {
                guard case .success(let rows) = FinanceCSV.parse(data) else { return }
                let target = try Store.open(path: path)
                defer { try? target.close() }
                var years: [FinancialYearUpdate] = []
                for row in rows {
                    let ids: [StructureID]
                    switch row.key {
                    case .siret(let siret): ids = try target.structureIDs(siret: siret)
                    case .name(let name): ids = try target.structureIDs(exactName: name)
                    }
                    guard ids.count == 1 else { return }
                    years.append(row.update(of: ids[0], clearingEmpty: false))
                }
                try target.importFinancialYears(years, by: ChangeAuthor(name: "fuzz", session: "f"), at: 1)
                written = true
            }
            if written {
                accepted += 1
                try timed("reading CSV case \(index)") { try readEverything(path, "CSV case \(index)") }
            } else {
                #expect(bytes(path) == before, "CSV case \(index): a refused import changed the store")
            }
            try? FileManager.default.removeItem(atPath: path)
        }
        #expect(accepted > 0)
    }
}
