/// What a cell means, not how it looks: the theme decides colours and
/// attributes per role, so views never name a colour.
public enum Role: UInt8, CaseIterable, Sendable {
    case normal
    case title
    case tab
    case tabActive
    case border
    case borderFocused
    case selection
    /// The selected row of a list that does not have the focus.
    case selectionDim
    case header
    case muted
    case accent
    case warning
    case error
    case success
    case status
    case key
    /// A control character from data, shown escaped.
    case escaped
    case input
    case overlay
    case today
    /// Two meetings that collide (Séances).
    case conflict
    /// Attendance marks.
    case present
    case absent
    /// The workshop countdown.
    case timer
    /// Filled part of a bar (days used, budgets).
    case bar
}
