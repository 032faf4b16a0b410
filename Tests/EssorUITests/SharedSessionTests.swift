import EssorCore
import EssorStore
import Foundation
import Testing

@testable import EssorUI

/// The interface on a store others write to at the same time.
@Suite struct SharedSessionTests {
    let bruno = ChangeAuthor(name: "bruno", session: "b1")

    /// Bruno, in another process, renames the structure at `index` of the
    /// list (writes through a connection of his own).
    func brunoRenames(_ id: StructureID, to name: String, in app: DemoFixture) throws {
        let other = try Store.open(path: app.store.path)
        var record = try #require(try other.structureRecord(id: id))
        record.structure.name = name
        record.structure.town = "Bayeux"
        try other.save(record, by: bruno, at: DemoFixture.now)
        try other.close()
    }

    @Test func othersChangesAppearAtTheNextTickKeepingTheSelection() throws {
        let app = try DemoFixture(width: 120, height: 40)
        app.press(.char("2"), .down, .down, .down)
        let selected = try #require(app.state.selectedID(.structures))
        let neighbour = try #require(app.state.structures.visible.first { $0 != selected })
        try brunoRenames(neighbour, to: "Zéro Déchet Renommée", in: app)
        #expect(!app.screen.contains("Zéro Déchet Renommée"))
        #expect(app.controller.tick(now: DemoFixture.now + 1))
        #expect(app.state.selectedID(.structures) == selected)
        #expect(app.screen.contains("Zéro Déchet Renommée"))
        #expect(app.state.message?.text == "bruno : modification de « Zéro Déchet Renommée »")
        // Nothing new: the next tick redraws nothing.
        #expect(!app.controller.tick(now: DemoFixture.now + 2))
    }

    @Test func aReadOnlySessionShowsItAndRefusesEveryWrite() throws {
        let fixture = try DemoFixture()
        let store = try Store.openForInterface(path: fixture.store.path, readOnly: true)
        let app = try AppController(
            store: store, lang: .fr, size: Size(width: 100, height: 30), now: DemoFixture.now,
            home: fixture.folder.path, preferences: Preferences(), themes: nil)
        let header = HeadlessRenderer.text(app.render()).split(separator: "\n").first ?? ""
        #expect(header.contains("LECTURE SEULE"))
        for keys in [
            [Key.char("2"), .char("a")], [.char("e")], [.char("d")], [.char("u")], [.char("1"), .char("a")],
        ] {
            app.press(keys)
            #expect(app.state.form == nil && app.state.dialog == nil)
            #expect(app.state.message?.text == "Lecture seule (demandé) : rien n'est modifié.")
        }
        // Looking around still works.
        app.press([.char("3")])
        #expect(app.state.panel == .meetings)
    }

    @Test func historyShowsWhoChangedWhatOnARecordAndTheStore() throws {
        let app = try DemoFixture(width: 100, height: 40)
        app.press(.char("2"))
        let id = try #require(app.state.selectedID(.structures))
        try brunoRenames(id, to: "Nouveau Nom", in: app)
        _ = app.controller.tick(now: DemoFixture.now + 1)
        app.press(.char("h"))
        let screen = app.screen
        #expect(screen.contains("Historique — Nouveau Nom"))
        #expect(screen.contains("bruno · modification"))
        #expect(screen.contains("Ville : ") && screen.contains("→ Bayeux"))
        #expect(screen.contains("Nom : ") && screen.contains("→ Nouveau Nom"))
        app.press(.escape)
        #expect(app.state.overlay == nil)
        app.press(.char(":"))
        app.type("historique")
        app.press(.enter)
        #expect(app.screen.contains("Historique de la base"))
        #expect(app.screen.contains("bruno · modification"))
    }

    @Test func undoReachesTheLastChangeOfAnEarlierSession() throws {
        let app = try DemoFixture()
        app.press(.char("2"), .char("e"))
        app.press(.ctrl("u"))  // empties the name field
        app.type("Renommée avant de quitter")
        app.press(.enter)
        let id = try #require(app.state.selectedID(.structures))
        #expect(try app.store.structureRecord(id: id)?.structure.name == "Renommée avant de quitter")

        // The same person, later, in a new session on the same store.
        let later = try AppController(
            store: try Store.open(path: app.store.path), lang: .fr, size: Size(width: 80, height: 24),
            now: DemoFixture.now + 3600, home: app.folder.path, preferences: Preferences(), themes: nil)
        later.press([.char("2"), .char("u")])

        #expect(try app.store.structureRecord(id: id)?.structure.name != "Renommée avant de quitter")
    }

    @Test func undoExplainsWhenSomeoneChangedTheRecordSince() throws {
        let app = try DemoFixture()
        app.press(.char("2"), .char("e"))
        app.press(.ctrl("u"))
        app.type("Ma version")
        app.press(.enter)
        let id = try #require(app.state.selectedID(.structures))
        try brunoRenames(id, to: "Version de Bruno", in: app)
        _ = app.controller.tick(now: DemoFixture.now + 1)
        app.press(.char("u"))
        #expect(app.state.message?.isError == true)
        #expect(app.state.message?.text.contains("a été modifié depuis") == true)
        #expect(try app.store.structureRecord(id: id)?.structure.name == "Version de Bruno")
    }
}
