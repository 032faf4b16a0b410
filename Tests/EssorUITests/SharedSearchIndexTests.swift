import EssorCore
import EssorStore
import EssorUI
import Testing

/// Structures and Finances filter the same records: one index of the
/// structures serves both (at 200,000 structures, each copy is 25 MB).
@Suite struct SharedSearchIndexTests {
    @Test func theStructuresIndexServesTheFinancesToo() throws {
        let app = try DemoFixture(width: 120, height: 40)
        let index = try app.store.structureSearchIndex()
        app.controller.dispatch(.searchIndexLoaded(.structures, index))
        #expect(app.state.searchIndexes[.structures] === index)
        #expect(app.state.searchIndexes[.finances] === index)
        #expect(app.state.searchIndexes[.meetings] == nil)
        // And the shared index filters each panel's own list.
        app.press(.char("5"), .char("/"))
        app.type("bessin")
        app.press(.enter)
        #expect(app.screen.contains("Épicerie Solidaire du Bessin"), "\(app.screen)")
        #expect(!app.screen.contains("Coop des Deux Rives"), "\(app.screen)")
    }
}
