import EssorCore
import EssorTestSupport
import Testing

@testable import EssorStore

@Suite struct SyntheticStoreTests {
    let folder = TemporaryFolder()
    let today = LocalDate(year: 2026, month: 11, day: 26)!

    func generate(_ name: String, seed: UInt64) throws -> Everything {
        let store = try Store.open(path: folder.file(name))
        try SyntheticStore.generate(
            into: store, sizes: .init(structures: 300, meetings: 200, partners: 5), seed: seed, today: today)
        return try store.everything()
    }

    @Test func theSameSeedGivesTheSameStore() throws {
        let first = try generate("a.sqlite", seed: 7)
        let second = try generate("b.sqlite", seed: 7)
        #expect(first.structures == second.structures)
        #expect(first.cohorts == second.cohorts)
        #expect(first.meetings == second.meetings)
        #expect(first.partners == second.partners)
        let other = try generate("c.sqlite", seed: 8)
        #expect(other.structures != first.structures)
    }

    @Test func looksLikeARealDirectory() throws {
        let all = try generate("d.sqlite", seed: 1)
        #expect(all.structures.count == 300 && all.meetings.count == 200 && all.partners.count == 5)
        let names = all.structures.map(\.name).joined()
        #expect(names.contains("é") || names.contains("É"))
        #expect(names.contains("'"))
        #expect(all.cohorts.allSatisfy { (5...20).contains($0.structureCount) || $0 == all.cohorts.last })
        #expect(all.meetings.allSatisfy { WallClock.paris.local($0.meeting.start).date.weekday <= 5 })
    }
}
