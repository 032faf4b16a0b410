import Foundation
import Testing

@testable import EssorUI

@Suite struct LineEditorTests {
    @Test func editsLikeAShellLine() {
        var e = LineEditor("Coop Rives")
        #expect(e.cursor == 10)
        e.moveWordLeft()
        #expect(e.cursor == 5)
        e.insert("des Deux ")
        #expect(e.text == "Coop des Deux Rives")
        e.moveToStart()
        e.deleteForward()
        e.insert("c")
        #expect(e.text == "coop des Deux Rives")
        e.moveWordRight()
        #expect(e.cursor == 4)
        e.deleteToEnd()
        #expect(e.text == "coop")
        e.insert(" et  fils")
        e.deleteWordBackward()
        #expect(e.text == "coop et  ")
        e.deleteWordBackward()
        #expect(e.text == "coop ")
        e.deleteToStart()
        #expect(e.text.isEmpty && e.cursor == 0)
        e.deleteBackward()
        e.moveLeft()
        #expect(e.text.isEmpty && e.cursor == 0)
    }

    @Test func movesOverAccentsAndWideCharactersOneAtATime() {
        var e = LineEditor("é日e\u{301}")
        #expect(e.characters.count == 3)
        #expect(e.cursorColumn == 4)
        e.moveLeft()
        #expect(e.cursorColumn == 3)
        e.deleteBackward()
        #expect(e.text == "ée\u{301}")
        #expect(e.cursorColumn == 1)
    }

    @Test func scrollsHorizontallyToKeepTheCursorVisible() {
        var e = LineEditor("Économie Circulaire Pays d'Auge")
        e.keepVisible(width: 10)
        var shown = e.visible(width: 10)
        #expect(shown.text == "ys d'Auge")
        #expect(shown.cursor == 9)
        e.moveToStart()
        e.keepVisible(width: 10)
        shown = e.visible(width: 10)
        #expect(shown.text == "Économie C")
        #expect(shown.cursor == 0)
        var wide = LineEditor("日本語のテキスト")
        wide.keepVisible(width: 6)
        shown = wide.visible(width: 6)
        #expect(TextWidth.of(shown.text) <= 6)
        #expect(shown.cursor <= 5)
    }

    @Test func textAreasSplitAndJoinLines() {
        var area = TextArea("première ligne")
        area.edit { $0.moveWordLeft() }
        area.newline()
        #expect(area.text == "première \\nligne".replacingOccurrences(of: "\\n", with: "\n"))
        #expect(area.row == 1 && area.editor.cursor == 0)
        area.deleteBackward()
        #expect(area.text == "première ligne")
        area.edit { $0.moveToEnd() }
        area.newline()
        area.edit { $0.insert("deux") }
        let up = area.moveVertically(-1, width: 40)
        #expect(up && area.row == 0)
        area.edit { $0.moveToEnd() }
        area.deleteForward()
        #expect(area.text == "première lignedeux")
    }

    @Test func textAreasWrapWordsAndMoveByDisplayedRow() {
        var area = TextArea("Les dons diminuent et les produits frais manquent")
        #expect(area.displayRows(width: 20).map(\.range) == [0..<19, 19..<35, 35..<49])
        var position = area.cursorPosition(width: 20)
        #expect(position.row == 2 && position.column == 14)
        var moved = area.moveVertically(-1, width: 20)
        position = area.cursorPosition(width: 20)
        #expect(moved && position.row == 1 && position.column == 14)
        #expect(area.row == 0 && area.editor.cursor == 33)
        moved = area.moveVertically(-1, width: 20)
        #expect(moved)
        moved = area.moveVertically(-1, width: 20)
        #expect(!moved)  // first row: the form moves to the previous field
        area.keepVisible(width: 20, height: 2)
        #expect(area.top == 0)
        _ = area.moveVertically(1, width: 20)
        _ = area.moveVertically(1, width: 20)
        area.keepVisible(width: 20, height: 2)
        #expect(area.top == 1)
        moved = area.moveVertically(1, width: 20)
        #expect(!moved)
    }
}
