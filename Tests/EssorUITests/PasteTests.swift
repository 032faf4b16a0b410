import EssorCore
import EssorStore
import Testing

@testable import EssorUI

/// A paste goes into the field that has focus, or is refused with a
/// message: it is never read as keys.
@Suite struct PasteTests {
    @Test func aPasteInAListIsNotReadAsCommands() throws {
        let app = try DemoFixture()
        app.press(.char("2"))
        let before = app.allStructures.count
        // « dossier » as keys would open the deletion dialog (d) and confirm it (o).
        app.press(.paste("dossier"))
        #expect(app.state.dialog == nil)
        #expect(app.allStructures.count == before)
        #expect(app.state.message?.text.hasPrefix("Collage ignoré") == true)
        #expect(app.state.message?.isError == true)
    }

    @Test func aPasteGoesIntoTheFilterOnOneLine() throws {
        let app = try DemoFixture()
        app.press(.char("2"), .char("/"))
        app.press(.paste("coop\r\ndes\u{1B}[31m"))
        #expect(app.state.input?.text == "coop des[31m")
        app.press(.ctrl("u"))
        app.press(.paste("coop\r\ndes"))
        #expect(app.structureNames == ["Coop des Deux Rives"])
    }

    @Test func aPasteKeepsItsLinesInATextAreaOnly() throws {
        let app = try DemoFixture()
        app.press(.char("2"), .char("a"))
        app.press(.paste("Atelier\nVélo"))
        #expect(app.state.form?.focused.text == "Atelier Vélo")
        while let form = app.state.form, form.focused.key != .structure(.notes) { app.press(.tab) }
        app.press(.paste("ligne 1\r\nligne 2\rligne 3"))
        #expect(app.state.form?.focused.text == "ligne 1\nligne 2\nligne 3")
    }

    @Test func aPasteIsCutAtWhatAFieldTakes() {
        let long = String(repeating: "a", count: TextLimit.long + 10)
        #expect(Key.pasted(long).count == TextLimit.long)
        #expect(Key.oneLine("a\tb\nc\u{7}") == "a b c")
    }
}
