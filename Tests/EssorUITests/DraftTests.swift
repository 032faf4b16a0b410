import EssorCore
import EssorStore
import Testing

@testable import EssorUI

@Suite struct DraftTests {
    func reopen(_ app: DemoFixture) throws -> AppController {
        try AppController(
            store: app.store, lang: .fr, size: Size(width: 80, height: 24), now: DemoFixture.now,
            author: ChangeAuthor(name: app.controller.author.name, session: "next"))
    }

    @Test func keepsAnOpenFormAndOffersItBack() throws {
        let app = try DemoFixture()
        app.press(.char("2"), .char("a"))
        app.type("Atelier Brouillon")
        app.press(.tab, .tab)
        app.type("732 829 320 0007")  // unfinished
        while app.state.form?.focused.key != .structure(.contacts) { app.press(.tab) }
        app.press(.char("+"))  // a contact being typed, in its own form
        app.type("Léa Martin")
        #expect(app.controller.keepDraft(now: DemoFixture.now))
        #expect(try app.store.drafts(author: app.controller.author.name).count == 1)

        let next = try reopen(app)
        #expect(next.state.dialog == nil)  // only the terminal offers drafts
        next.offerDrafts()
        let dialog = try #require(next.state.dialog)
        #expect(dialog.title == "Reprendre un brouillon ?")
        #expect(
            dialog.lines[0].contains("« Nouvelle structure »")
                && dialog.lines[0].contains("26/11/2026 à 10h00"))
        next.press(.char("o"))
        let form = try #require(next.state.form)
        #expect(form.text(.structure(.name)) == "Atelier Brouillon")
        #expect(form.text(.structure(.siret)) == "732 829 320 0007")
        #expect(form.focused.key == .structure(.contacts))
        guard case .contacts(let contacts, _)? = form.field(.structure(.contacts))?.value else {
            Issue.record("contacts expected")
            return
        }
        #expect(contacts.map(\.name) == ["Léa Martin"])
        #expect(try app.store.drafts(author: app.controller.author.name).isEmpty)
    }

    @Test func anEditedRecordKeepsItsVersionAndNoMeansDiscard() throws {
        let app = try DemoFixture()
        app.press(.char("e"))  // the first cohort
        while app.state.form?.focused.key != .cohort(.theme) { app.press(.tab) }
        app.press(.ctrl("u"))
        app.type("Numérique responsable")
        app.controller.keepDraft(now: DemoFixture.now)
        let kept = try #require(try app.store.drafts(author: app.controller.author.name).first)
        #expect(
            kept.entity == .cohort && kept.recordID == app.state.data(.cohorts).first && kept.version == 1)

        let next = try reopen(app)
        next.offerDrafts()
        next.press(.char("n"))
        #expect(next.state.form == nil)
        #expect(try app.store.drafts(author: app.controller.author.name).isEmpty)
        #expect(!app.controller.keepDraft(now: 0) || app.state.form != nil)
    }

    @Test func nothingIsKeptWithoutAForm() throws {
        let app = try DemoFixture()
        #expect(!app.controller.keepDraft(now: DemoFixture.now))
        #expect(try app.store.drafts(author: app.controller.author.name).isEmpty)
    }
}

extension AppState {
    /// The ids a panel shows (tests).
    func data(_ panel: PanelID) -> [Int64] { self[panel: panel].visible }
}
