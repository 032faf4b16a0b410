import EssorCore
import EssorStore
import Testing

@testable import EssorUI

@Suite struct DemoResetTests {
    @Test func anOpenSessionSeesADemoReset() throws {
        let app = try DemoFixture(width: 120, height: 40)
        app.press(.char("2"))
        let other = try Store.open(path: app.store.path)
        _ = try other.save(
            StructureRecord(
                structure: Structure(
                    id: 0, name: "Avant", legalForm: .association, postcode: "14000", town: "Caen"),
                contacts: [], cohortIDs: [], version: 0),
            by: ChangeAuthor(name: "x", session: "y"), at: 1)
        app.controller.tick(now: DemoFixture.now + 1)
        #expect(app.state.structures.visible.count == 22)
        try DemoProgramme.reinstall(into: other, today: DemoFixture.today)
        #expect(app.controller.tick(now: DemoFixture.now + 2))
        #expect(app.state.structures.visible.count == 21)
        #expect(!app.screen.contains("Avant"))
    }
}
