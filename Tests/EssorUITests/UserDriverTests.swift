import EssorCore
import Testing

@testable import EssorUI

/// The user-action driver itself: it reaches commands by their keys, and
/// it says so when a command is out of reach or its key is taken.
@Suite struct UserDriverTests {
    @Test func walksToTheCohortsProjectModelByCommands() throws {
        let app = try DemoFixture(width: 120, height: 40)
        let user = User(app)
        user.scope(to: "Exemple — Alimentation durable").panel(.finances)
            .select("Épicerie Solidaire du Bessin").run(.editModel)
        #expect(app.state.scope != nil)
        #expect(app.state.panel == .finances)
        guard case .grid = app.state.topLayer else {
            Issue.record("the model's grid is not open: \(app.state.topLayer)")
            return
        }
        #expect(app.screen.contains("Budget du projet — Exemple — Alimentation durable"))
        // Escape closes it again, by its command.
        user.run(.back)
        #expect(app.state.topLayer == app.state.baseLayer)
    }

    @Test func aCommandWithNoKeyHereIsAFailure() throws {
        let user = User(try DemoFixture())
        guard case .failure(let why) = user.key(for: .editAccounts) else {
            Issue.record("edit-accounts has a key in the Cohorts panel")
            return
        }
        #expect("\(why)".contains("no key runs “edit-accounts”"))
        withKnownIssue { user.run(.editAccounts) }
    }

    @Test func aCommandWhoseKeysAreTakenFirstIsAFailure() throws {
        // `e` given to the filter in the Finances lists: the accounts grid
        // keeps no key of its own there.
        var preferences = Preferences()
        preferences.keymap = Keymap.standard.remapped([KeyRemap(.filter, [.char("e")])]).keymap
        let app = try DemoFixture(preferences: preferences)
        let user = User(app).scope(to: "Exemple — Alimentation durable").panel(.finances)
        #expect(throws: Never.self) { try user.key(for: .filter).get() }
        #expect(user.key(for: .filter) == .success(.char("e")))
        if case .success(let key) = user.key(for: .editAccounts) {
            #expect(key != .char("e"))
        }
    }

    @Test func selectingARecordThatIsNotThereIsAFailure() throws {
        let user = User(try DemoFixture()).panel(.structures)
        withKnownIssue { user.select("Nobody at all") }
    }
}

extension User.Unreachable: Equatable {
    static func == (a: Self, b: Self) -> Bool { "\(a)" == "\(b)" }
}
