/// Several lines of text (notes, a problem statement). The current line is
/// a `LineEditor`; Enter splits it, Backspace at its start joins it to the
/// previous one. Lines are shown word-wrapped to the field's width; ↑/↓
/// move by displayed row, and `top` is the first row shown.
public struct TextArea: Equatable, Sendable {
    public private(set) var lines: [String]
    public private(set) var row: Int
    public private(set) var editor: LineEditor
    public private(set) var top = 0

    public init(_ text: String = "") {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.isEmpty { lines = [""] }
        row = lines.count - 1
        editor = LineEditor(lines[row])
    }

    public var text: String { current.joined(separator: "\n") }

    /// The lines, the one being edited included.
    private var current: [String] {
        var all = lines
        all[row] = editor.text
        return all
    }

    public mutating func edit(_ change: (inout LineEditor) -> Void) { change(&editor) }

    public mutating func newline() {
        let characters = editor.characters
        lines[row] = String(characters[..<editor.cursor])
        let tail = String(characters[editor.cursor...])
        lines.insert(tail, at: row + 1)
        row += 1
        editor = LineEditor(tail)
        editor.moveToStart()
    }

    /// Backspace: joins with the previous line when at the start of one.
    public mutating func deleteBackward() {
        if editor.cursor > 0 || row == 0 {
            editor.deleteBackward()
            return
        }
        let text = editor.text
        lines.remove(at: row)
        row -= 1
        let previous = lines[row]
        editor = LineEditor(previous + text)
        editor.move(to: previous.count)
    }

    /// Delete: joins the next line when at the end of one.
    public mutating func deleteForward() {
        if editor.cursor < editor.characters.count || row == lines.count - 1 {
            editor.deleteForward()
            return
        }
        let next = lines.remove(at: row + 1)
        let cursor = editor.cursor
        editor = LineEditor(editor.text + next)
        editor.move(to: cursor)
    }

    /// A displayed row: part `range` (character indexes) of line `line`.
    public struct DisplayRow: Equatable, Sendable {
        public var line: Int
        public var range: Range<Int>
    }

    /// Every line word-wrapped to `width` cells.
    public func displayRows(width: Int) -> [DisplayRow] {
        current.enumerated().flatMap { index, text in
            Self.wrap(Array(text), width: width).map { DisplayRow(line: index, range: $0) }
        }
    }

    /// Where the cursor is among the displayed rows: row and column in cells.
    public func cursorPosition(width: Int) -> (row: Int, column: Int) {
        let rows = displayRows(width: width)
        let candidates = rows.indices.filter { rows[$0].line == row }
        let cursor = editor.cursor
        let index =
            candidates.first { rows[$0].range.contains(cursor) && cursor < rows[$0].range.upperBound }
            ?? candidates.last!
        let start = rows[index].range.lowerBound
        let column = editor.characters[start..<cursor].reduce(0) { $0 + TextWidth.of($1) }
        return (index, column)
    }

    /// Moves to the displayed row above (`-1`) or below (`1`) at about the
    /// same column; false when already on the first or last row.
    public mutating func moveVertically(_ delta: Int, width: Int) -> Bool {
        let rows = displayRows(width: width)
        let (index, column) = cursorPosition(width: width)
        let target = index + delta
        guard target >= 0, target < rows.count else { return false }
        let destination = rows[target]
        let characters = Array(current[destination.line])
        var position = destination.range.lowerBound
        var used = 0
        while position < destination.range.upperBound {
            let w = TextWidth.of(characters[position])
            if used + w > column { break }
            used += w
            position += 1
        }
        // The end of a wrapped row is the start of the next one: stay inside.
        if position == destination.range.upperBound && destination.range.upperBound < characters.count
            && position > destination.range.lowerBound
        {
            position -= 1
        }
        lines[row] = editor.text
        row = destination.line
        editor = LineEditor(lines[row])
        editor.move(to: position)
        return true
    }

    /// Keeps the cursor's row in a box of `height` rows.
    public mutating func keepVisible(width: Int, height: Int) {
        let (index, _) = cursorPosition(width: width)
        if index < top { top = index }
        if index >= top + height { top = index - height + 1 }
        top = max(0, min(top, max(0, displayRows(width: width).count - height)))
    }

    /// Splits characters into rows of at most `width` cells, breaking after
    /// a space when one is in reach, else inside the word.
    static func wrap(_ characters: [Character], width: Int) -> [Range<Int>] {
        guard !characters.isEmpty else { return [0..<0] }
        let width = max(1, width)
        var result: [Range<Int>] = []
        var start = 0
        while start < characters.count {
            var end = start
            var used = 0
            var lastSpace: Int?
            while end < characters.count {
                let w = TextWidth.of(characters[end])
                if used + w > width { break }
                used += w
                if characters[end] == " " { lastSpace = end }
                end += 1
            }
            if end < characters.count, let space = lastSpace, space > start { end = space + 1 }
            if end == start { end = start + 1 }
            result.append(start..<end)
            start = end
        }
        // The cursor after a full last row goes on a row of its own.
        let last = result.last!
        let lastWidth = characters[last].reduce(0) { $0 + TextWidth.of($1) }
        if lastWidth >= width { result.append(characters.count..<characters.count) }
        return result
    }
}
