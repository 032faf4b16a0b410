import EssorCore
import EssorStore
import EssorTestSupport
import Foundation
import Testing

@testable import EssorUI

/// `:programme`: the programme's identity edited in its form, its logos
/// checked on saving, the header and the history naming what changed.
@Suite struct ProgrammeFormTests {
    func go(to key: ProgrammeDraft.Field, in app: DemoFixture) {
        var count = 0
        while let form = app.state.form, form.focused.key != .programme(key), count < 40 {
            app.press(.tab)
            count += 1
        }
    }

    func fill(_ app: DemoFixture, _ field: ProgrammeDraft.Field, _ text: String) {
        go(to: field, in: app)
        app.press(.ctrl("u"))
        app.type(text)
    }

    @Test func theProgrammeIsEditedInItsFormAndLogged() throws {
        let app = try DemoFixture(width: 120, height: 40)
        app.press(.char(":"))
        app.type("programme")
        app.press(.enter)
        #expect(app.screen.contains("Programme — identité et justificatifs"))
        #expect(app.state.form?.focused.key == .programme(.name))
        fill(app, .operationReference, "NO0021734")
        fill(app, .signatoryName, "Claire Martin")
        app.press(.ctrl("s"))
        #expect(app.state.form == nil)
        #expect(app.state.message?.text == "Enregistré : « ESSor »")
        let programme = try #require(try app.store.programme())
        #expect(programme.operationReference == "NO0021734" && programme.signatoryName == "Claire Martin")
        // Undone like any change, the header included.
        app.press(.char(":"))
        app.type("programme")
        app.press(.enter)
        fill(app, .name, "Nouveau nom")
        app.press(.ctrl("s"))
        #expect(app.screen.hasPrefix(" Nouveau nom · SocialCOBizz"))
        app.press(.char("u"))
        #expect(try app.store.programme()?.name == "ESSor")
        #expect(app.screen.hasPrefix(" ESSor · SocialCOBizz"))
        // The history says it in the form's words.
        app.press(.char(":"))
        app.type("historique")
        app.press(.enter)
        #expect(app.screen.contains("Réglages du programme"))
        #expect(app.screen.contains("Opération n° : (vide) → NO0021734"))
    }

    @Test func aLogoThatIsNotAnImageIsRefusedAndNothingIsSaved() throws {
        let app = try DemoFixture(width: 120, height: 40)
        let text = app.folder.write("logo.png", Data("pas une image".utf8))
        let svg = app.folder.write("logo.svg", Data("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8))
        let before = try app.store.programme()
        app.press(.char(":"))
        app.type("programme")
        app.press(.enter)
        fill(app, .funders, "Région Normandie | \(text)")
        app.press(.ctrl("s"))
        #expect(app.state.form != nil)
        #expect(app.screen.contains("ce n'est pas une image PNG, SVG ou JPEG"))
        #expect(try app.store.programme() == before)
        // A relative path is refused before any file is read.
        fill(app, .funders, "Région Normandie | logo.svg")
        #expect(app.screen.contains("donnez le chemin complet"))
        fill(app, .funders, "Région Normandie | \(svg)\nUnion européenne (FEDER)")
        fill(app, .retention, "")
        app.press(.right)
        app.press(.ctrl("s"))
        #expect(app.state.form == nil)
        let saved = try #require(try app.store.programme())
        // (Ctrl-U cleared the area's last line only: the first funder stays.)
        #expect(
            saved.funders == [
                "Région Normandie", Funder(name: "Région Normandie", logo: svg), "Union européenne (FEDER)",
            ])
        #expect(saved.retention == .stateAid)
    }

    @Test func aFreshStoreSaysHowToNameTheProgramme() throws {
        let folder = TemporaryFolder()
        let store = try Store.open(path: folder.file("new.sqlite"))
        let controller = try AppController(
            store: store, lang: .fr, size: Size(width: 100, height: 30), now: DemoFixture.now,
            home: folder.path)
        let screen = HeadlessRenderer.text(controller.render())
        #expect(screen.hasPrefix(" essor — :programme pour le nommer"))
        _ = controller.press([.char(":")] + Key.typing("programme") + [.enter])
        #expect(controller.state.form?.title == "Programme — identité et justificatifs")
        _ = controller.press(Key.typing("Programme test") + [.ctrl("s")])
        #expect(try store.programme()?.name == "Programme test")
        #expect(HeadlessRenderer.text(controller.render()).hasPrefix(" Programme test"))
    }

    @Test func twoCoordinatorsEditingTheProgrammeMergeFieldByField() throws {
        let app = try DemoFixture(width: 120, height: 40)
        app.press(.char(":"))
        app.type("programme")
        app.press(.enter)
        fill(app, .signatoryName, "Claire Martin")
        // Meanwhile, someone else sets the operation number.
        var other = try #require(try app.store.programme())
        other.operationReference = "NO999"
        try app.store.saveProgramme(other, by: ChangeAuthor(name: "paul", session: "p"), at: 1)
        app.press(.ctrl("s"))
        #expect(app.screen.contains("Modifiée par ailleurs"))
    }
}
