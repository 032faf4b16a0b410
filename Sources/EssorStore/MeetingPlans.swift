import EssorCore
import GRDB

/// Reads meetings as `MeetingPlan`s (time, place, people) and finds their
/// conflicts with the rule of the core.
enum MeetingPlans {
    /// Plans of the meetings matching `condition` (on table alias `m`).
    static func read(_ db: Database, where condition: String, _ arguments: StatementArguments) throws
        -> [MeetingPlan]
    {
        var plans: [MeetingID: MeetingPlan] = [:]
        var order: [MeetingID] = []
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT m.id, m.title, m.starts_at, m.duration_minutes, m.place, m.facilitators
                FROM meeting m WHERE \(condition) ORDER BY m.starts_at, m.id
                """, arguments: arguments)
        {
            let start: Int64 = row["starts_at"]
            let minutes: Int = row["duration_minutes"]
            let id: MeetingID = row["id"]
            plans[id] = MeetingPlan(
                id: id, title: row["title"], start: start, end: start + Int64(minutes) * 60,
                place: row["place"],
                facilitators: row["facilitators"], partners: [], structures: [])
            order.append(id)
        }
        guard !plans.isEmpty else { return [] }
        let subquery = "SELECT m.id FROM meeting m WHERE \(condition)"
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT mp.meeting_id, p.id, p.name FROM meeting_partner mp JOIN partner p ON p.id = mp.partner_id
                WHERE mp.meeting_id IN (\(subquery)) ORDER BY p.name COLLATE FRENCH
                """, arguments: arguments)
        {
            plans[row[0]]?.partners.append(NamedID(id: row[1], name: row[2]))
        }
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT i.meeting_id, s.id, s.name FROM meeting_invitation i JOIN structure s ON s.id = i.structure_id
                WHERE i.meeting_id IN (\(subquery)) ORDER BY s.sort_name
                """, arguments: arguments)
        {
            plans[row[0]]?.structures.append(NamedID(id: row[1], name: row[2]))
        }
        return order.compactMap { plans[$0] }
    }

    /// The index of the first of `plans` (in order of start) that starts at
    /// `instant` or later; `plans.count` when none does.
    static func firstStarting(atOrAfter instant: Int64, in plans: [MeetingConflicts.Prepared]) -> Int {
        var low = 0
        var high = plans.count
        while low < high {
            let middle = (low + high) / 2
            if plans[middle].plan.start < instant { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The longest a meeting may last: candidates for an overlap start at
    /// most this long before.
    static let longest: Int64 = 24 * 3600

    /// Conflicts of each plan with every meeting of the store. Plans close
    /// in time share one read of the meetings around them.
    static func conflicts(_ db: Database, of plans: [MeetingPlan]) throws -> [MeetingID: [MeetingConflict]] {
        var result: [MeetingID: [MeetingConflict]] = [:]
        let sorted = plans.sorted { $0.start < $1.start }
        var index = 0
        while index < sorted.count {
            var last = index
            var end = sorted[index].end
            while last + 1 < sorted.count, sorted[last + 1].start - end < 7 * 86_400 {
                last += 1
                end = max(end, sorted[last].end)
            }
            // In order of start (`read`): each plan is compared with the
            // meetings that start while it could overlap them, found by
            // bisection, not with the whole window (a window of a
            // thousand plans holds thousands of meetings).
            let candidates = try read(
                db, where: "m.starts_at >= ? AND m.starts_at < ?", [sorted[index].start - longest, end]
            ).map(MeetingConflicts.Prepared.init)
            for plan in sorted[index...last] {
                let from = firstStarting(atOrAfter: plan.start - longest, in: candidates)
                let to = max(from, firstStarting(atOrAfter: plan.end, in: candidates))
                result[plan.id] = MeetingConflicts.conflicts(
                    of: MeetingConflicts.Prepared(plan), among: candidates[from..<to])
            }
            index = last + 1
        }
        return result
    }
}
