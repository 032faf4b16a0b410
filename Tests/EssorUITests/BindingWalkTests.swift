import EssorCore
import EssorStore
import Testing

@testable import EssorUI

/// Every binding of every context is reachable by one of its keys in the
/// situation it belongs to, and does something there: it changes the
/// state or asks the runtime for an effect, or it does not apply now and
/// the help says when it does. Each key is pressed on the reducer alone
/// (nothing is written), from a state prepared through the real
/// controller.
@Suite struct BindingWalkTests {
    /// States where `lookup` is the one keys go to, and moves, cursors and
    /// text have room to go either way.
    func prepared(_ lookup: KeyLookup) throws -> [AppState] {
        let app = try DemoFixture(width: 120, height: 40, themes: StubThemes())
        func keys(_ text: String) { app.type(text) }
        func down(_ count: Int) { for _ in 0..<count { app.press(.down) } }
        switch lookup {
        case .cohorts:
            keys("1j")
            let first = app.state
            keys("jj")
            app.press(.enter)  // scoped to the example cohort
            keys("1")
            return [first, app.state]
        case .structures: keys("2jj")
        case .meetings: keys("3jj")
        case .calendar: keys("3vv")
        case .partners:
            keys("4j")
            let list = app.state
            keys("v")
            app.press(.right)
            return [list, app.state]
        case .finances: keys("5jj")
        case .report: keys("6jj")
        case .reportDetail:
            // RCO04's explanation, on an organisation's line.
            keys("6jjj")
            app.press(.tab)
            for _ in 0..<40 where app.state.selectedDetailKey == nil { app.press(.down) }
            app.press(.down)
        case .time: keys("7j")
        case .timeDetail:
            // Julien's November: on a meeting to confirm, then on an entry.
            keys("7j")
            app.press(.tab)
            func go(_ wanted: (FieldKey) -> Bool) {
                for _ in 0..<80 where !(app.state.selectedTimeKey.map(wanted) ?? false) { app.press(.down) }
            }
            go { if case .timeProposal = $0 { true } else { false } }
            let proposal = app.state
            go { if case .timeRecord = $0 { true } else { false } }
            app.press(.down)
            return [proposal, app.state]
        case .week:
            // Julien's week (from Thursday), on his Tuesday's 3 h, then on a
            // line added.
            keys("7j")
            app.press(.enter, .down, .left, .left)
            let grid = app.state
            keys("a")
            return [grid, app.state]
        case .weekCell:
            keys("7j")
            app.press(.enter)
            keys("3,5")
            app.press(.left)
        case .recordDetail:
            keys("2j")
            app.press(.tab, .down, .down)
        case .meetingDetail:
            keys("3")
            app.press(.tab, .down, .down)
        case .partnerDetail:
            keys("4")
            app.press(.tab, .down, .down)
        case .financeDetail:
            // The example cohort's structure at risk, on a suggestion, then
            // on a financing kept.
            keys("1jjj")
            app.press(.enter)
            keys("5")
            for _ in 0..<10 where app.selectedFinance != "Épicerie Solidaire du Bessin" { app.press(.down) }
            app.press(.tab)
            func go(_ wanted: (FieldKey) -> Bool) {
                for _ in 0..<300 where !(app.state.selectedFinanceKey.map(wanted) ?? false) {
                    app.press(.down)
                }
            }
            go { if case .financingSuggestion = $0 { true } else { false } }
            let suggestion = app.state
            app.press(.enter)
            go { if case .financingRecord = $0 { true } else { false } }
            app.press(.down)
            return [suggestion, app.state]
        case .dialog: keys("2d")
        case .exportDialog: keys("3x")
        case .seriesDialog:
            keys("3")
            var state = app.state
            state.dialog = Dialog(
                title: "Série", lines: [],
                action: .seriesScope(
                    MeetingRecord(
                        meeting: Meeting(
                            id: 1, cohortID: 1, kind: .workshop, title: "x", start: DemoFixture.now,
                            durationMinutes: 60, place: "", facilitators: ""),
                        agenda: [], invitedIDs: [], partnerIDs: [], version: 1),
                    starts: [DemoFixture.now], conflicts: []))
            return [state]
        case .help:
            keys("?")
            app.press(.pageDown, .pageDown)
        case .picker:
            keys("1e")
            while let form = app.state.form, form.focused.key != .cohort(.members) { app.press(.tab) }
            keys("+")
            down(2)
            let list = app.state
            keys("ab")
            app.press(.ctrl("b"))
            return [list, app.state]
        case .merge:
            // Three fields differ: two changed here, one elsewhere.
            keys("2e")
            let id = app.state.form?.purpose.record?.1 ?? 0
            if let record = try? app.store.structureRecord(id: id) {
                var changed = record
                changed.structure.town = "Changée ailleurs"
                _ = try? app.store.save(changed, by: ChangeAuthor(name: "autre", session: "autre"), at: 1)
            }
            for field in [StructureDraft.Field.sector, .website] {
                while let form = app.state.form, form.focused.key != .structure(field) { app.press(.tab) }
                keys("x")
            }
            app.press(.ctrl("s"))
            let first = app.state
            down(1)
            let second = app.state
            down(1)
            return [first, second, app.state]
        case .filter:
            keys("2/e")
            down(2)
            let list = app.state
            keys("ea")
            app.press(.left)
            return [list, app.state]
        case .input:
            keys(":abc")
            app.press(.left)
            let command = app.state
            app.press(.escape)
            // The person line of the attendance sheet (Tab: their organisation).
            keys("3p+")
            return [command, app.state]
        case .attendance:
            keys("3p")
            down(2)
        case .grid:
            keys("5e")
            app.press(.down, .left)
            let accounts = app.state
            app.press(.escape)
            keys("1jjj")
            app.press(.enter)
            keys("5m")
            app.press(.down)
            let budget = app.state
            keys("r")
            let sharing = app.state
            // The plan on the equipment, whose months are planned.
            app.press(.escape, .up)
            keys("p")
            return [accounts, budget, sharing, app.state]
        case .gridCell:
            keys("5e")
            app.press(.enter)
            keys("12")
            app.press(.left)
        case .formText:
            keys("2a")
            app.press(.tab, .tab)
            keys("abc")
            app.press(.left)
        case .formTextArea:
            keys("2a")
            while let form = app.state.form, form.focused.key != .structure(.notes) { app.press(.tab) }
            keys("ab")
            app.press(.enter)
            keys("cd")
            app.press(.left)
        case .formChoice:
            keys("2a")
            while let form = app.state.form, form.focused.key != .structure(.legalForm) { app.press(.tab) }
        case .formEditableChoice:
            keys("1a")
            while let form = app.state.form, form.focused.key != .cohort(.theme) { app.press(.tab) }
            keys("abc")
            app.press(.ctrl("b"))
        case .formList:
            keys("2e")
            while let form = app.state.form, form.focused.key != .structure(.contacts) { app.press(.tab) }
            let contacts = app.state
            while let form = app.state.form, form.focused.key != .structure(.cohorts) { app.press(.tab) }
            down(1)
            return [contacts, app.state]
        case .workshopContributions:
            keys("3w")
            app.press(.enter)
            for idea in ["Une idée", "Une autre", "Une troisième"] {
                keys(idea)
                app.press(.enter)
            }
            app.press(.escape)
            app.press(.down, .down)
        case .workshopCheckIn:
            keys("3w")
            app.press(.tab)
            down(2)
        case .workshopActions:
            // Two actions left open by an earlier meeting of the cohort.
            keys("1jjj")
            app.press(.enter)
            keys("3")
            let earlier = try app.store.meetingIDs(MeetingFilter(cohort: app.state.scope)).first ?? 0
            for text in ["Relancer la mairie", "Écrire au Département"] {
                _ = try app.store.addWorkshopItem(
                    WorkshopItem(
                        id: 0, meetingID: earlier, kind: .action, text: text, createdAt: DemoFixture.now),
                    by: ChangeAuthor(name: "x", session: "x"), at: 0)
            }
            app.controller.tick(now: DemoFixture.now + 1)
            for _ in 0..<12 where app.state.selectedID(.meetings) == earlier { app.press(.down) }
            keys("w")
            while app.state.workshop?.pane != .actions { app.press(.tab) }
        case .capture:
            keys("3w")
            app.press(.enter)
            keys("abc")
            app.press(.left)
            let items = app.state
            // The check-in's person line (Tab: their organisation).
            app.press(.escape, .tab)
            keys("+")
            return [items, app.state]
        case .follow:
            keys("3")
            if let id = app.state.selectedID(.meetings) { app.controller.openWorkshop(id, follow: true) }
        }
        return [app.state]
    }

    @Test func everyBindingIsReachableAndDoesSomething() throws {
        // Per binding: where its keys reached it, and whether it did something there.
        var reached: [String: [String]] = [:]
        var worked = Set<String>()
        var problems: [String] = []
        for lookup in KeyLookup.allCases {
            for (index, state) in try prepared(lookup).enumerated() {
                let place = "\(lookup)#\(index + 1)"
                guard state.lookup(of: state.topLayer) == lookup else {
                    problems.append("\(place): not reached (got \(state.lookup(of: state.topLayer)))")
                    continue
                }
                for context in lookup.contexts {
                    for binding in state.keymap.bindings(in: context) {
                        let name = Self.name(binding)
                        if !binding.applies(in: state) {
                            if binding.conditionHelp == nil {
                                problems.append(
                                    "\(place): \(binding.command) off without saying when it applies")
                            }
                            continue
                        }
                        for key in binding.keys {
                            // The key reaches this binding here (not one of a more
                            // specific context, nor typed as text).
                            guard
                                let found = state.keymap.binding(for: key, in: lookup.contexts, state: state),
                                found == binding, !state.typesText(key)
                            else { continue }
                            reached[name, default: []].append(place)
                            var after = state
                            let effects = after.reduce(.key(key))
                            if after != state || !effects.isEmpty { worked.insert(name) }
                        }
                    }
                }
            }
        }
        for binding in Keymap.standard.bindings {
            let name = Self.name(binding)
            if reached[name] == nil {
                problems.append("never reached: \(binding.command) in \(binding.context)")
            } else if !worked.contains(name) {
                problems.append(
                    "does nothing: \(binding.command) in \(binding.context) (tried in \(reached[name]!.joined(separator: ", ")))"
                )
            }
        }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    static func name(_ binding: KeyBinding) -> String {
        "\(binding.context).\(binding.command).\(binding.keys)"
    }

    @Test func historyWorksInEveryListPartenairesIncluded() throws {
        for panel in ["1", "2", "3", "4", "5"] {
            let app = try DemoFixture(width: 120, height: 40)
            app.type(panel)
            let effects = app.state.keymap.binding(
                for: .char("h"), in: app.state.keyContexts, state: app.state)
            #expect(effects?.command == .history, "panel \(panel)")
        }
        // In the matrix, h moves the cohort columns instead.
        let app = try DemoFixture(width: 120, height: 40)
        app.type("4v")
        #expect(
            app.state.keymap.binding(for: .char("h"), in: app.state.keyContexts, state: app.state)?.command
                == .previousPeriod)
    }

    @Test func aRemappedKeyIsTakenFromFinancesToo() {
        let (keymap, _) = Keymap.standard.remapped([KeyRemap(.filter, [.char("e")])])
        #expect(keymap.command(for: .char("e"), in: KeyLookup.finances.contexts) == .filter)
        #expect(keymap.command(for: .char("e"), in: KeyLookup.structures.contexts) == .filter)
    }
}

extension AppState {
    /// Whether `key` is typed as text in the current layer rather than
    /// looked up.
    func typesText(_ key: Key) -> Bool {
        guard case .char = key else { return false }
        switch topLayer {
        case .input, .picker: return true
        case .grid: return grid?.editor != nil
        case .workshop: return workshop?.input != nil
        case .form: return activeForm?.focused.value.takesText == true
        default: return false
        }
    }
}
