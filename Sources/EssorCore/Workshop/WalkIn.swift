/// A person added to a meeting's sheet as typed: with the group chosen on
/// the line (a structure or a partner), or, for another organisation,
/// `Name, Organisation`, so that nobody is filed under whichever
/// structure happened to be selected.
public enum WalkIn {
    /// The group and the person, or nil when the name is missing or, for
    /// another organisation, the organisation is.
    public static func read(_ text: String, group: AttendanceGroup) -> (AttendanceGroup, String)? {
        let line = text.trimmingSpaces
        guard case .other = group else { return line.isEmpty ? nil : (group, line) }
        let parts = line.split(separator: ",", maxSplits: 1).map { String($0).trimmingSpaces }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        return (.other(parts[1]), parts[0])
    }

    /// The next group a person may be attached to: through `groups`, then
    /// another organisation, then back to the first.
    public static func next(after group: AttendanceGroup, in groups: [AttendanceGroup]) -> AttendanceGroup {
        let cycle = groups + [.other("")]
        let index = cycle.firstIndex { current in
            if case .other = current, case .other = group { return true }
            return current == group
        }
        return cycle[((index ?? -1) + 1) % cycle.count]
    }
}
