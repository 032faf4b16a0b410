/// One line of editable text with a cursor, measured per grapheme: a
/// wide character is one step for the cursor and two cells on screen.
/// `scroll` is the first column shown when the text is wider than its field.
public struct LineEditor: Equatable, Sendable {
    public private(set) var characters: [Character]
    /// Index in `characters` before which typing inserts.
    public private(set) var cursor: Int
    /// First visible column, in cells.
    public private(set) var scroll = 0

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    public mutating func setText(_ text: String) {
        characters = Array(text)
        cursor = characters.count
        scroll = 0
    }

    public mutating func insert(_ character: Character) {
        characters.insert(character, at: cursor)
        cursor += 1
    }

    public mutating func insert(_ text: String) {
        let added = Array(text)
        characters.insert(contentsOf: added, at: cursor)
        cursor += added.count
    }

    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
    public mutating func moveToStart() { cursor = 0 }
    public mutating func moveToEnd() { cursor = characters.count }

    public mutating func move(to index: Int) { cursor = min(max(0, index), characters.count) }

    /// To the start of the word before the cursor (Alt-B).
    public mutating func moveWordLeft() {
        while cursor > 0 && !isWord(characters[cursor - 1]) { cursor -= 1 }
        while cursor > 0 && isWord(characters[cursor - 1]) { cursor -= 1 }
    }

    /// To the end of the word after the cursor (Alt-F).
    public mutating func moveWordRight() {
        while cursor < characters.count && !isWord(characters[cursor]) { cursor += 1 }
        while cursor < characters.count && isWord(characters[cursor]) { cursor += 1 }
    }

    /// Deletes from the cursor to the end (Ctrl-K).
    public mutating func deleteToEnd() { characters.removeSubrange(cursor...) }

    /// Deletes from the start to the cursor (Ctrl-U).
    public mutating func deleteToStart() {
        characters.removeSubrange(..<cursor)
        cursor = 0
    }

    /// Deletes the word before the cursor (Ctrl-W).
    public mutating func deleteWordBackward() {
        let end = cursor
        moveWordLeft()
        characters.removeSubrange(cursor..<end)
    }

    /// Cells before the cursor.
    public var cursorColumn: Int { characters[..<cursor].reduce(0) { $0 + TextWidth.of($1) } }

    /// Scrolls so that the cursor stays inside a field of `width` cells.
    public mutating func keepVisible(width: Int) {
        let column = cursorColumn
        let room = max(1, width - 1)  // the last cell shows the cursor past the end
        if column < scroll { scroll = column }
        if column > scroll + room { scroll = column - room }
        let total = characters.reduce(0) { $0 + TextWidth.of($1) }
        if total - scroll < room { scroll = max(0, total - room) }
        scroll = min(scroll, column)
    }

    /// The text shown in a field of `width` cells starting at `scroll`, and
    /// the cursor's column inside it.
    public func visible(width: Int) -> (text: String, cursor: Int) {
        var column = 0
        var shown = ""
        var used = 0
        for character in characters {
            let w = TextWidth.of(character)
            defer { column += w }
            if column < scroll { continue }
            if used + w > width { break }
            shown.append(character)
            used += w
        }
        return (shown, cursorColumn - scroll)
    }

    private func isWord(_ c: Character) -> Bool { c.isLetter || c.isNumber }
}
