import EssorCore
import EssorStore
import EssorTestSupport
import EssorUI
import Foundation

/// A demo store in a temporary folder and a controller over it, at a fixed
/// date and time (Thursday 26 November 2026, 10:00 in Paris) so that
/// renders are the same on every run.
final class DemoFixture {
    static let today = LocalDate(year: 2026, month: 11, day: 26)!
    static let now = WallClock.paris.instant(today, hour: 10, minute: 0)

    let folder = TemporaryFolder()
    let store: Store
    let controller: AppController

    init(
        width: Int = 80, height: Int = 24, lang: Lang = .fr, preferences: Preferences = Preferences(),
        themes: ThemeProvider? = nil
    ) throws {
        store = try Store.open(path: folder.file("demo.sqlite"))
        try DemoProgramme.install(into: store, today: Self.today)
        controller = try AppController(
            store: store, lang: lang, size: Size(width: width, height: height), now: Self.now,
            home: folder.path, preferences: preferences, themes: themes)
    }

    var state: AppState { controller.state }

    @discardableResult
    func press(_ keys: Key...) -> [Effect] { controller.press(keys) }

    @discardableResult
    func type(_ text: String) -> [Effect] { controller.press(Key.typing(text)) }

    var screen: String { HeadlessRenderer.text(controller.render()) }
    var roles: String { HeadlessRenderer.roles(controller.render()) }

    /// Names of the structures the Structures panel shows, in order.
    var structureNames: [String] { (try? store.structureRows(state.structures.visible).map(\.name)) ?? [] }

    var selectedStructure: String? {
        state.selectedID(.structures).flatMap { try? store.structureRows([$0]).first?.name }
    }

    /// Every structure and cohort in the store.
    var allStructures: [StructureRow] {
        (try? store.structureRows(store.structureIDs(order: .name, cohort: nil))) ?? []
    }
    var allCohorts: [CohortRow] { (try? store.cohortRows(store.cohortIDs())) ?? [] }
}
