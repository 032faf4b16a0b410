/// The time boxes of a workshop: which agenda item is current, whether the
/// clock runs, the time spent on each item, and the minutes added to each.
/// Every function takes the current instant, so tests never sleep.
public struct WorkshopTimer: Equatable, Sendable, Codable {
    /// Planned minutes of each agenda item.
    public var planned: [Int]
    public var current = 0
    /// Seconds spent on each item before the running stretch.
    public var spent: [Int64]
    /// Minutes added to each item with `m`.
    public var added: [Int]
    /// When the clock was last started; nil while paused.
    public var runningSince: Int64?
    /// When the session was first started.
    public var startedAt: Int64?

    public init(planned: [Int]) {
        self.planned = planned
        spent = Array(repeating: 0, count: planned.count)
        added = Array(repeating: 0, count: planned.count)
    }

    /// Whether every figure is possible: one entry per item in each list,
    /// the current item among them, times and minutes within their ranges
    /// (a clock read from a file is checked before it is used).
    public var isConsistent: Bool {
        let instants: ClosedRange<Int64> = -2_208_988_800...7_258_118_400
        return spent.count == planned.count && added.count == planned.count
            && (planned.isEmpty ? current == 0 : planned.indices.contains(current))
            && planned.allSatisfy { (0...1_440).contains($0) }
            && added.allSatisfy { (0...1_440).contains($0) }
            && spent.allSatisfy { (0...31_536_000).contains($0) }
            && (runningSince.map(instants.contains) ?? true) && (startedAt.map(instants.contains) ?? true)
    }

    public var isRunning: Bool { runningSince != nil }
    public var hasItems: Bool { !planned.isEmpty }

    /// Seconds spent on item `index` by `now`.
    public func spent(_ index: Int, now: Int64) -> Int64 {
        guard spent.indices.contains(index) else { return 0 }
        var total = spent[index]
        if index == current, let since = runningSince { total += max(0, now - since) }
        return total
    }

    /// Seconds item `index` may take: planned plus added.
    public func allowed(_ index: Int) -> Int64 {
        guard planned.indices.contains(index) else { return 0 }
        return Int64(planned[index] + added[index]) * 60
    }

    /// Seconds left on the current item; negative once it overruns.
    public func remaining(now: Int64) -> Int64 { allowed(current) - spent(current, now: now) }

    public func isOverrun(now: Int64) -> Bool { hasItems && remaining(now: now) < 0 }

    /// Seconds spent on the whole session, and planned for it.
    public func sessionSpent(now: Int64) -> Int64 { planned.indices.reduce(0) { $0 + spent($1, now: now) } }
    public var sessionPlanned: Int64 { planned.indices.reduce(0) { $0 + allowed($1) } }

    /// Space: starts or pauses the clock.
    public mutating func toggle(now: Int64) {
        guard hasItems else { return }
        if let since = runningSince {
            spent[current] += max(0, now - since)
            runningSince = nil
        } else {
            runningSince = now
            if startedAt == nil { startedAt = now }
        }
    }

    /// Moves to another item; the clock keeps running (or paused) there.
    public mutating func move(to index: Int, now: Int64) {
        guard planned.indices.contains(index), index != current else { return }
        let running = isRunning
        if let since = runningSince { spent[current] += max(0, now - since) }
        current = index
        runningSince = running ? now : nil
    }

    public mutating func next(now: Int64) { move(to: current + 1, now: now) }
    public mutating func previous(now: Int64) { move(to: current - 1, now: now) }

    /// One more minute for the current item.
    public mutating func addMinute() {
        guard hasItems else { return }
        added[current] += 1
    }

    /// The agenda changed (items added or removed): keeps what is known.
    public mutating func resize(planned newPlanned: [Int]) {
        planned = newPlanned
        while spent.count < planned.count { spent.append(0) }
        while added.count < planned.count { added.append(0) }
        spent = Array(spent.prefix(planned.count))
        added = Array(added.prefix(planned.count))
        current = min(current, max(0, planned.count - 1))
    }
}
