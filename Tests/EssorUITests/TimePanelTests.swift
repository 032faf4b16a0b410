import EssorCore
import EssorStore
import Foundation
import Testing

@testable import EssorUI

/// The Temps panel driven through the real controller over the demo
/// (today Thursday 26/11/2026; Claire's October is signed; Julien
/// facilitates the example cohort's meetings): the team's month, a
/// person's month with the meetings to confirm, and the week grid typed in.
@Suite struct TimePanelTests {
    func date(_ y: Int, _ m: Int, _ d: Int) -> LocalDate { LocalDate(year: y, month: m, day: d)! }

    func staffID(_ app: DemoFixture, _ name: String) throws -> StaffID {
        try #require(try app.store.staff().first { $0.member.name.hasPrefix(name) }?.member.id)
    }

    /// Julien's entries of week 48 (23 to 29 November 2026).
    func julienWeek(_ app: DemoFixture) throws -> [StaffTimeEntry] {
        try app.store.staffTime(
            staff: staffID(app, "Julien"), from: date(2026, 11, 23), to: date(2026, 11, 29)
        )
        .map(\.entry)
    }

    @Test func theTeamsMonthShowsHoursCostMeetingsToConfirmAndSignedMonths() throws {
        let app = try DemoFixture(width: 120, height: 40)
        app.type("7")
        #expect(app.screen.contains(" Temps · 3 · novembre 2026"))
        let team = try #require(app.state.timeTeam?.team)
        let julien = try #require(team.row(try staffID(app, "Julien")))
        // Julien's November entries, summed by the store's own reading.
        let entries = try app.store.staffTime(
            staff: julien.member.id, from: date(2026, 11, 1), to: date(2026, 11, 30))
        #expect(julien.total == entries.reduce(0) { $0 + $1.entry.minutes })
        // Meetings of the example cohort he facilitated are over, to confirm.
        #expect(julien.toConfirm > 0)
        #expect(app.screen.contains("\(julien.toConfirm) ouverte"))
        #expect(app.screen.contains("Julien Lefèvre"))
        #expect(app.screen.contains("ouverte"))
        app.type("[")
        #expect(app.state.timeMonth == YearMonth(year: 2026, month: 10))
        #expect(app.screen.contains(" Temps · 3 · octobre 2026"))
        #expect(app.state.timeTeam?.team.row(try staffID(app, "Claire"))?.signed == true)
        #expect(app.screen.contains("signée"))

        app.type(":mois 2026-13")
        app.press(.enter)
        #expect(app.screen.contains("« 2026-13 » n'est pas un mois (par exemple 2026-11)"))
        #expect(app.state.timeMonth == YearMonth(year: 2026, month: 10), "a refused month changes nothing")
        app.type(":mois 11/2026")
        app.press(.enter)
        #expect(app.state.timeMonth == YearMonth(year: 2026, month: 11))
    }

    @Test func aMeetingToConfirmIsRecordedWithOneKeyAndUndone() throws {
        let app = try DemoFixture(width: 120, height: 40)
        app.type("7j")
        app.press(.tab)
        let julien = try staffID(app, "Julien")
        let waiting = try #require(app.state.timeTeam?.team.row(julien)?.toConfirm)
        #expect(app.screen.contains("Séances à confirmer (\(waiting))"))
        for _ in 0..<60 {
            if case .timeProposal? = app.state.selectedTimeKey { break }
            app.press(.down)
        }
        guard case .timeProposal(let meeting)? = app.state.selectedTimeKey else {
            Issue.record("no meeting to confirm reached")
            return
        }
        app.press(.enter)
        #expect(app.state.message?.text.hasPrefix("Confirmé : ") == true)
        let recorded = try app.store.staffTime(staff: julien, from: date(2026, 11, 1), to: date(2026, 11, 30))
        #expect(recorded.contains { $0.entry.meetingID == meeting })
        #expect(app.state.timeTeam?.team.row(julien)?.toConfirm == waiting - 1)
        #expect(waiting == 1 || app.screen.contains("Séances à confirmer (\(waiting - 1))"))
        app.type("u")
        let after = try app.store.staffTime(staff: julien, from: date(2026, 11, 1), to: date(2026, 11, 30))
        #expect(!after.contains { $0.entry.meetingID == meeting })
        #expect(app.state.timeTeam?.team.row(julien)?.toConfirm == waiting)
    }

    @Test func theTeamStaysWholeOnASmallTerminalAfterTheDetail() throws {
        let app = try DemoFixture(width: 80, height: 24)
        app.type("7j")
        app.press(.tab)
        for _ in 0..<60 {
            if case .timeProposal? = app.state.selectedTimeKey { break }
            app.press(.down)
        }
        app.press(.enter)
        app.type("u")
        app.press(.escape)
        app.type("[")
        if !app.screen.contains("Personne") { app.press(.tab) }
        for name in ["Claire Martin", "Julien Lefèvre", "Sophie Bernard"] {
            #expect(app.screen.contains(name), "\(name) missing:\n\(app.screen)")
        }
    }

    @Test func enterOnAFilledCellReplacesItsValueAsASpreadsheetDoes() throws {
        let app = try DemoFixture(width: 80, height: 24)
        app.type("7j")
        app.press(.enter)
        let grid = try #require(app.state.week)
        // The lines of one cohort tell their tasks apart at 80 columns.
        let labels = grid.lines.map { grid.label($0, fr: true, width: 21) }
        #expect(Set(labels).count == labels.count, "\(labels)")
        #expect(labels.allSatisfy { TextWidth.of($0) <= 21 })
        for label in labels { #expect(app.screen.contains(label), "\(label)") }
        // A value typed after Enter replaces the one shown.
        let line = try #require(grid.line)
        app.type("2")
        app.press(.enter)
        #expect(app.state.week?.sheet.minutes(line, day: grid.column) == 120)
        app.press(.enter)
        #expect(app.state.week?.editor?.text == "2h" && app.state.week?.replacing == true)
        app.type("x")
        app.press(.enter)
        #expect(app.state.message?.isError == true)
        // A refusal is not left on screen while a new value is typed.
        app.press(.backspace)
        app.type("3")
        #expect(app.state.message?.isError != true, "\(app.state.message?.text ?? "")")
        app.press(.enter)
        #expect(app.state.week?.sheet.minutes(line, day: grid.column) == 180)
        // :mois moves the grid to the month's first week.
        app.type(":mois 2026-09")
        app.press(.enter)
        #expect(app.state.week?.week == ISOWeek(containing: date(2026, 9, 1)))
        #expect(app.state.week?.date == date(2026, 9, 1))
    }

    @Test func enterOnAnEntryOpensItsWeek() throws {
        let app = try DemoFixture(width: 120, height: 40)
        app.type("7j")
        app.press(.tab)
        for _ in 0..<80 {
            if case .timeRecord? = app.state.selectedTimeKey { break }
            app.press(.down)
        }
        guard case .timeRecord(let id)? = app.state.selectedTimeKey,
            let entry = app.state.timeDetail?.entries.first(where: { $0.entry.id == id })?.entry
        else {
            Issue.record("no entry reached")
            return
        }
        app.press(.enter)
        #expect(app.state.week?.week == ISOWeek(containing: entry.date))
        #expect(app.state.week?.date == entry.date)
    }

    @Test func anEntryOfTheMonthIsDeletedFromTheDetailAndComesBack() throws {
        let app = try DemoFixture(width: 120, height: 40)
        app.type("7j")
        app.press(.tab)
        for _ in 0..<80 {
            if case .timeRecord? = app.state.selectedTimeKey { break }
            app.press(.down)
        }
        guard case .timeRecord(let id)? = app.state.selectedTimeKey else {
            Issue.record("no entry reached")
            return
        }
        let julien = try staffID(app, "Julien")
        let before = try app.store.staffTime(staff: julien, from: date(2026, 11, 1), to: date(2026, 11, 30))
        app.type("d")
        // Named, even an entry the demo wrote without a line in the change log.
        #expect(
            app.state.message?.text.hasPrefix("Supprimé : Julien Lefèvre — ") == true,
            "\(app.state.message?.text ?? "")")
        let after = try app.store.staffTime(staff: julien, from: date(2026, 11, 1), to: date(2026, 11, 30))
        #expect(after.count == before.count - 1 && !after.contains { $0.entry.id == id })
        app.type("u")
        let back = try app.store.staffTime(staff: julien, from: date(2026, 11, 1), to: date(2026, 11, 30))
        #expect(back.map(\.entry.minutes).reduce(0, +) == before.map(\.entry.minutes).reduce(0, +))
    }

    @Test func theWeekGridSavesEachCellWithTheRulesAndRefusesWhatTheyRefuse() throws {
        let app = try DemoFixture(width: 120, height: 40)
        app.type("7j")
        app.press(.enter)
        let grid = try #require(app.state.week)
        #expect(grid.week == ISOWeek(year: 2026, week: 48))
        #expect(grid.date == date(2026, 11, 26), "the grid opens on today")
        #expect(app.screen.contains("Julien Lefèvre — semaine 48 de 2026 (du 23/11/2026 au 29/11/2026)"))
        #expect(app.screen.contains("Total du jour"))
        let line = try #require(grid.line)
        let before = try julienWeek(app)
        let cell = grid.sheet.minutes(line, day: 3)

        // A figure typed in place is saved on Enter, and the totals follow.
        app.type("2,5")
        #expect(app.state.week?.editor?.text == "2,5")
        app.press(.enter)
        #expect(app.state.week?.editor == nil)
        #expect(app.state.message?.text.hasPrefix("Enregistré : jeu. 26/11/2026 · ") == true)
        #expect(app.state.week?.sheet.minutes(line, day: 3) == 150)
        let saved = try julienWeek(app)
        #expect(saved.map(\.minutes).reduce(0, +) == before.map(\.minutes).reduce(0, +) - cell + 150)

        // What the rules refuse is said, and nothing is written.
        for (typed, said) in [("30", "Hors limites : entre 0 et 24"), ("-2", "Ne peut pas être négatif")] {
            app.type(typed)
            app.press(.enter)
            #expect(app.state.message?.isError == true, "\(typed)")
            #expect(
                app.state.message?.text.contains(said) == true, "\(typed): \(app.state.message?.text ?? "")")
            #expect(try julienWeek(app) == saved, "\(typed) wrote nothing")
            app.press(.escape)
        }
        #expect(app.state.week != nil, "Esc closes the cell, not the grid")

        // A Saturday still to come: kept, with both warnings.
        app.press(.right, .right)
        app.type("1h")
        app.press(.enter)
        let message = app.state.message?.text ?? ""
        #expect(message.contains("un samedi") && message.contains("un jour encore à venir"), "\(message)")
        #expect(try julienWeek(app).contains { $0.date == date(2026, 11, 28) && $0.minutes == 60 })

        // d clears a cell, u takes it back.
        app.type("d")
        #expect(app.state.message?.text.hasPrefix("Vidé : ") == true)
        #expect(try !julienWeek(app).contains { $0.date == date(2026, 11, 28) })
        app.type("u")
        #expect(try julienWeek(app).contains { $0.date == date(2026, 11, 28) && $0.minutes == 60 })
        #expect(app.state.week?.sheet.minutes(line, day: 5) == 60, "the grid is read again after an undo")

        // Past Sunday, the next week; Esc closes the grid.
        app.press(.right, .right)
        #expect(app.state.week?.week == ISOWeek(year: 2026, week: 49))
        #expect(app.state.week?.column == 0)
        app.press(.escape)
        #expect(app.state.week == nil)
        #expect(app.screen.contains(" Temps · 3 · novembre 2026"))
    }

    @Test func aSignedMonthRefusesTheCellAndSaysWhy() throws {
        let app = try DemoFixture(width: 120, height: 40)
        app.type("7[")
        let claire = try staffID(app, "Claire")
        for _ in 0..<5 where app.state.selectedID(.time) != claire { app.press(.down) }
        app.press(.enter)
        let grid = try #require(app.state.week)
        #expect(grid.date == date(2026, 10, 1), "another month opens on its first day")
        #expect(grid.isSigned)
        #expect(app.screen.contains("la feuille de temps d'octobre 2026 est signée"))
        let before = try app.store.staffTime(staff: claire, from: date(2026, 10, 1), to: date(2026, 10, 31))
        app.type(grid.line == nil ? "a" : "")
        app.type("2")
        app.press(.enter)
        #expect(app.state.message?.isError == true)
        #expect(app.state.message?.text.contains("est signée") == true, "\(app.state.message?.text ?? "")")
        #expect(
            try app.store.staffTime(staff: claire, from: date(2026, 10, 1), to: date(2026, 10, 31)) == before)
    }

    @Test func linesAreAddedAndRetargetedWhileTheyHaveNoTime() throws {
        let app = try DemoFixture(width: 120, height: 40)
        app.type("7j")
        app.press(.enter)
        let lines = try #require(app.state.week?.lines)
        // A line with time this week keeps its cohort.
        let sheet = try #require(app.state.week?.sheet)
        let timed = try #require(lines.firstIndex { sheet.total($0) > 0 })
        for _ in 0..<timed { app.press(.down) }
        app.type("c")
        #expect(app.state.message?.text == "Cette ligne a du temps cette semaine : videz d'abord ses cases")
        app.type("a")
        let added = try #require(app.state.week?.line)
        #expect(!lines.contains(added))
        #expect(app.state.week?.lines.count == lines.count + 1)
        app.type("t")
        let retargeted = try #require(app.state.week?.line)
        #expect(retargeted.cohortID == added.cohortID && retargeted.task != added.task)
        #expect(app.state.week?.lines.count == lines.count + 1, "the line changed, none was added")
        // T goes back to the task before; C and c are each other's way back.
        app.type("T")
        #expect(app.state.week?.line == added)
        app.type("c")
        let other = try #require(app.state.week?.line)
        #expect(other.cohortID != added.cohortID && other.task == added.task)
        app.type("C")
        #expect(app.state.week?.line == added)
        app.type("t")
        #expect(app.state.week?.line == retargeted)
        // Typed in, it is a line of the week like the others.
        app.type("1")
        app.press(.enter)
        #expect(
            try julienWeek(app).contains { $0.cohortID == retargeted.cohortID && $0.task == retargeted.task })
    }

    @Test func aWeekIsReachedByItsNumber() throws {
        let app = try DemoFixture(width: 120, height: 40)
        app.type("7")
        app.type(":semaine 2026-W10")
        app.press(.enter)
        #expect(app.state.week?.week == ISOWeek(year: 2026, week: 10))
        #expect(app.screen.contains("semaine 10 de 2026 (du 02/03/2026 au 08/03/2026)"))
        app.type(":semaine W99")
        app.press(.enter)
        #expect(app.screen.contains("« W99 » n'est pas une semaine (par exemple 2026-W49)"))
        #expect(app.state.week?.week == ISOWeek(year: 2026, week: 10))
        app.type(":semaine")
        app.press(.enter)
        #expect(app.screen.contains("Une semaine est attendue, par exemple 2026-W49"))
    }

    /// Someone else changed the cell's entry meanwhile: typing over it is
    /// a conflict, and what they saved stays.
    @Test func aCellChangedElsewhereIsNeverOverwritten() throws {
        let app = try DemoFixture(width: 120, height: 40)
        app.type("7j")
        app.press(.enter)
        // Tuesday 24 November, on Julien's line of that day.
        app.press(.left, .left)
        let grid = try #require(app.state.week)
        let row = try #require(grid.lines.firstIndex { grid.sheet.minutes($0, day: 1) > 0 })
        for _ in 0..<row { app.press(.down) }
        let entry = try #require(grid.sheet.entries(grid.lines[row], day: 1).first)
        let stored = try #require(
            try app.store.staffTime(staff: entry.staffID, from: entry.date, to: entry.date).first {
                $0.entry.id == entry.id
            })
        // Twice: typing over it, then clearing it.
        var version = stored.version
        for (keys, minutes) in [("5", 75), ("d", 80)] {
            var theirs = entry
            theirs.minutes = minutes
            _ = try app.store.save(
                theirs, version: version, by: ChangeAuthor(name: "autre", session: "autre"),
                at: DemoFixture.now)
            version += 1
            app.type(keys)
            if keys != "d" { app.press(.enter) }
            #expect(
                app.state.message?.text
                    == "Quelqu'un d'autre a modifié cette case entre-temps : elle montre ce qu'il a enregistré",
                "\(keys)")
            #expect(
                app.state.week?.sheet.minutes(grid.lines[row], day: 1) == minutes, "the grid is read again")
            let now = try app.store.staffTime(staff: entry.staffID, from: entry.date, to: entry.date)
            #expect(now.first { $0.entry.id == entry.id }?.entry.minutes == minutes, "\(keys) kept theirs")
        }
    }
}
