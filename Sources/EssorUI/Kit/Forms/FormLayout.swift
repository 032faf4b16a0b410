/// Where a form's parts go on screen: a title, then one row per field (a
/// text area takes several, a list one per item), each followed by its
/// problem when one is shown. Shared by the form view and the reducer,
/// which scrolls so that the focused field stays in view.
public struct FormLayout: Equatable, Sendable {
    public static let labelWidth = 20

    public let body: Rect

    public init(_ size: Size) { body = ScreenLayout(size).body }

    public var valueX: Int { body.x + 3 + Self.labelWidth }
    public var valueWidth: Int { max(4, body.maxX - 1 - valueX) }
    /// First screen row of the fields (after the title and a blank line).
    public var top: Int { body.y + 2 }
    public var visibleRows: Int { max(1, body.height - 2) }

    /// Each field's first row (from the top of the fields) and height.
    public static func rows(_ form: FormState) -> [(start: Int, height: Int)] {
        var start = 0
        return form.fields.map { field in
            let height = field.value.rows + (form.shownIssue(field.key) == nil ? 0 : 1)
            defer { start += height }
            return (start, height)
        }
    }
}
