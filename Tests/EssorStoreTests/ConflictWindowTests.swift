import EssorCore
import EssorTestSupport
import Foundation
import Testing

@testable import EssorStore

/// The store compares each meeting only with those that start while it
/// could overlap them (found by bisection in a window): the conflicts are
/// the core's rule applied to every pair, on a store where many meetings
/// share their hours.
@Suite struct ConflictWindowTests {
    @Test func theWindowedSearchFindsWhatComparingEveryPairFinds() throws {
        let folder = TemporaryFolder()
        let store = try Store.open(path: folder.file("s.sqlite"))
        try SyntheticStore.generate(
            into: store, sizes: .init(structures: 100, meetings: 600, partners: 20), seed: 7,
            today: LocalDate(year: 2026, month: 11, day: 27)!)
        let ids = try store.meetingIDs(cohort: nil)
        let found = try store.conflicts(of: ids)
        let every = try store.read { db in try MeetingPlans.read(db, where: "1 = 1", []) }
        var expected: [MeetingID: [MeetingConflict]] = [:]
        for plan in every { expected[plan.id] = MeetingConflicts.conflicts(of: plan, among: every) }
        #expect(expected.values.contains { !$0.isEmpty }, "the store has no conflict to find")
        #expect(found.count == ids.count)
        for id in ids where found[id] != expected[id] {
            Issue.record(
                "meeting \(id): \(found[id]?.count ?? -1) conflicts, \(expected[id]?.count ?? -1) expected")
        }
        #expect(MeetingPlans.firstStarting(atOrAfter: .min, in: []) == 0)
    }
}
