import EssorCore
import EssorStore
import EssorTestSupport
import Foundation
import Testing

/// A coordinator types a week of time in the real binary: the Temps panel,
/// a person's week, a cell typed and saved, a figure refused, the grid
/// closed; the store holds what was typed.
@Suite struct TimeGridEndToEndTests {
    let scratch = TemporaryFolder()

    @Test func typeHoursInThePersonsWeek() throws {
        let path = scratch.file("demo.sqlite")
        let tmux = try TmuxSession(
            [EssorBinary.path, "demo", "--store", path], width: 120, height: 40, directory: scratch.path)
        try tmux.waitFor("Cohortes · 4")
        try tmux.type("7")
        try tmux.waitFor("Temps · 3 ·")
        try tmux.waitFor("Claire Martin")
        try tmux.press("Enter")
        try tmux.waitFor("Claire Martin — semaine ")
        try tmux.waitFor("Total du jour")

        // A figure out of range is refused and the cell stays open.
        try tmux.type("25")
        try tmux.press("Enter")
        try tmux.waitFor("« 25 » : Hors limites : entre 0 et 24")
        try tmux.press("Escape")
        // The grid's own keys are back once the cell is closed.
        try tmux.waitFor("a ajouter ligne")
        // A new line, typed in: saved at once.
        try tmux.type("a")
        try tmux.type("1h45")
        try tmux.press("Enter")
        try tmux.waitFor("Enregistré : ")
        try tmux.waitFor("1h45")
        try tmux.press("Escape")
        try tmux.waitFor("Temps · 3 ·")
        try tmux.type("q")
        #expect(try tmux.exitStatus() == 0)

        let store = try Store.open(path: path)
        let today = WallClock.paris.today(now: Int64(Date().timeIntervalSince1970))
        let claire = try #require(try store.staff().first { $0.member.name == "Claire Martin" })
        let week = ISOWeek(containing: today)
        let entries = try store.staffTime(staff: claire.member.id, from: week.monday, to: week.sunday)
        #expect(entries.contains { $0.entry.date == today && $0.entry.minutes == 105 })
        #expect(!entries.contains { $0.entry.minutes == 25 * 60 })
    }
}
