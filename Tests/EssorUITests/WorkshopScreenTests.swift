import EssorCore
import EssorExchange
import EssorStore
import EssorTestSupport
import Foundation
import Testing

@testable import EssorUI

/// The workshop screen through the controller, with the clock moved by
/// hand: nothing here sleeps.
@Suite struct WorkshopScreenTests {
    /// The demo's next meeting (30/11, four agenda items), its workshop open.
    func open(width: Int = 120, height: Int = 40) throws -> DemoFixture {
        let app = try DemoFixture(width: width, height: height)
        app.press(.char("3"), .char("w"))
        return app
    }

    func meeting(_ app: DemoFixture) throws -> MeetingID { try #require(app.state.workshop?.meetingID) }

    @Test func theClockRunsPausesAndIsShared() throws {
        let app = try open()
        #expect(app.screen.contains("Atelier — Co-construction du modèle économique"))
        #expect(app.screen.contains("1. Accueil et tour de table"))
        #expect(app.screen.contains("en pause — Espace pour démarrer"))
        app.press(.char(" "))
        let start = DemoFixture.now
        app.controller.tick(now: start + 100)
        #expect(app.state.workshop?.timer.remaining(now: app.state.now) == Int64(15 * 60 - 100))
        app.press(.char("n"))  // next item, the clock keeps running
        app.controller.tick(now: start + 160)
        let timer = try #require(app.state.workshop?.timer)
        #expect(timer.current == 1 && timer.spent(0, now: start + 160) == 100 && timer.isRunning)
        // What the facilitator does is in the store for the projector.
        #expect(try app.store.workshop(meeting: meeting(app)).timer?.current == 1)
        app.press(.char("m"))
        #expect(app.state.workshop?.timer.allowed(1) == Int64(16 * 60))
        app.controller.tick(now: start + 160 + 17 * 60)
        #expect(app.state.workshop?.timer.isOverrun(now: app.state.now) == true)
        #expect(app.screen.contains("1 min / 16 min") == false)
        app.press(.char(" "))
        #expect(try app.store.workshop(meeting: meeting(app)).timer?.isRunning == false)
    }

    @Test func eachCapturedItemIsCommittedAtOnce() throws {
        let app = try open()
        let id = try meeting(app)
        app.press(.enter)
        app.type("Mutualiser la cuisine #légumerie")
        app.press(.enter)
        #expect(try app.store.workshop(meeting: id).items.count == 1)  // already in the store
        #expect(app.state.workshop?.input != nil)  // the line stays open for the next
        app.type("action: relancer la mairie @Coop des Deux Rives 15/01")
        app.press(.enter)
        app.type("question: qui porte le bail ?")
        app.press(.enter, .escape)
        let items = try app.store.workshop(meeting: id).items
        #expect(items.map(\.kind) == [.idea, .action, .question])
        #expect(
            items[1].owner == "Coop des Deux Rives"
                && items[1].due == LocalDate(year: 2027, month: 1, day: 15))
        #expect(app.screen.contains("→ relancer la mairie @Coop des Deux Rives · 15/01/2027"))
        #expect(app.screen.contains("#légumerie"))  // as typed, accent kept
    }

    @Test func ideasAreVotedSortedEditedAndDeleted() throws {
        let app = try open()
        let id = try meeting(app)
        app.press(.enter)
        for text in ["Première idée", "Deuxième idée", "Troisième idée"] {
            app.type(text)
            app.press(.enter)
        }
        app.press(.escape, .down, .char("+"), .char("+"))  // two votes for the second
        app.press(.down, .char("="))
        app.type("5")
        app.press(.enter)  // a dot-vote count for the third
        app.press(.char("s"))  // by votes
        #expect(
            app.state.workshop?.items.map(\.text) == ["Troisième idée", "Deuxième idée", "Première idée"])
        #expect(app.screen.contains("tri : par voix"))
        // Edit the first in that order.
        app.press(.char("g"))  // not a key here: nothing happens
        app.press(.up, .up, .up, .char("e"))
        app.press(.ctrl("u"))
        app.type("Troisième idée, précisée #gouvernance")
        app.press(.enter)
        var items = try app.store.workshop(meeting: id).items
        #expect(items.first { $0.votes == 5 }?.text == "Troisième idée, précisée")
        #expect(items.first { $0.votes == 5 }?.tags == ["gouvernance"])
        app.press(.char("d"))
        #expect(app.state.dialog != nil)
        app.press(.enter)
        items = try app.store.workshop(meeting: id).items
        #expect(items.map(\.text) == ["Première idée", "Deuxième idée"])
    }

    @Test func checkInMarksTheMeetingsAttendance() throws {
        let app = try open()
        let id = try meeting(app)
        app.press(.tab)
        #expect(app.screen.contains("Présences 0/10"))
        app.press(.char("p"))
        #expect(app.state.message?.text.hasPrefix("Présent, sans heure d'arrivée : la séance (") == true)
        app.press(.char("a"))
        var sheet = try #require(try app.store.attendanceSheet(meeting: id))
        // The meeting is on 30/11, checked in on 26/11 (a sheet filled in
        // beforehand or afterwards): present, with no arrival time made up.
        #expect(sheet.rows[0].status == .present && sheet.rows[0].arrivedAt == nil)
        #expect(sheet.rows[1].status == .absent)
        #expect(app.screen.contains("Présences 1/10"))
        // While the meeting runs, the arrival is the time of the check-in.
        let meeting = try #require(try app.store.meetingRecord(id: id)?.meeting)
        app.controller.tick(now: meeting.start + 600)
        app.press(.home, .down, .down, .char("p"))
        sheet = try #require(try app.store.attendanceSheet(meeting: id))
        #expect(sheet.rows[2].status == .present && sheet.rows[2].arrivedAt == meeting.start + 600)
        // After its end, none again.
        app.controller.tick(now: meeting.end + 60)
        app.press(.char("p"))
        sheet = try #require(try app.store.attendanceSheet(meeting: id))
        #expect(sheet.rows[3].status == .present && sheet.rows[3].arrivedAt == nil)
    }

    @Test func earlierActionsAreReviewedFirstAndTickedOff() throws {
        let app = try DemoFixture(width: 120, height: 40)
        // An action left open at the cohort's first meeting.
        let cohort = try #require(try app.store.cohortNames().first { $0.name.hasPrefix("Exemple") }?.id)
        let first = try #require(try app.store.meetingIDs(MeetingFilter(cohort: cohort)).first)
        try app.store.addWorkshopItem(
            WorkshopItem(
                meetingID: first, kind: .action, text: "Envoyer le devis", owner: "Marc", createdAt: 1),
            by: app.controller.author, at: 0)
        app.controller.tick(now: DemoFixture.now + 1)
        app.press(.char("3"), .char("w"))
        #expect(app.state.workshop?.pane == .actions)
        #expect(app.screen.contains("→ Envoyer le devis @Marc"))
        app.press(.char("x"))
        #expect(try app.store.pendingActions(before: try meeting(app)).isEmpty)
        #expect(app.screen.contains("Actions à revoir (0)"))
    }

    @Test func anActionTickedOffIsUndoneFromTheWorkshop() throws {
        let app = try DemoFixture(width: 120, height: 40)
        let cohort = try #require(try app.store.cohortNames().first { $0.name.hasPrefix("Exemple") }?.id)
        let first = try #require(try app.store.meetingIDs(MeetingFilter(cohort: cohort)).first)
        let action = try app.store.addWorkshopItem(
            WorkshopItem(meetingID: first, kind: .action, text: "Envoyer le devis", createdAt: 1),
            by: ChangeAuthor(name: "autre", session: "autre"), at: 0)
        app.controller.tick(now: DemoFixture.now + 1)
        app.press(.char("3"), .char("w"))
        User(app).run(.toggleDone).run(.undo)
        let item = try #require(try app.store.workshop(meeting: first).items.first { $0.id == action })
        #expect(item.status == .open)
        #expect(app.screen.contains("Actions à revoir (1)"))
        #expect(app.screen.contains("Annulé"))
    }

    @Test func bottomAndTopMoveInTheWorkshopLists() throws {
        let app = try open()
        let id = try meeting(app)
        app.press(.enter)
        for text in ["Une", "Deux", "Trois"] {
            app.type(text)
            app.press(.enter)
        }
        app.press(.escape)
        // G then + votes for the last idea, not the first.
        User(app).run(.bottom).run(.voteUp)
        var items = try app.store.workshop(meeting: id).items
        #expect(items.map(\.votes) == [0, 0, 1])
        User(app).run(.top).run(.voteUp)
        items = try app.store.workshop(meeting: id).items
        #expect(items.map(\.votes) == [1, 0, 1])
    }

    @Test func aVoteCountNotUnderstoodKeepsItsPrompt() throws {
        let app = try open()
        app.press(.enter)
        app.type("Une idée")
        app.press(.enter, .escape)
        User(app).run(.voteCount)
        app.press(.ctrl("u"))
        app.type("xy")
        app.press(.enter)
        // Still asking, with what was typed, and the error said.
        guard case .votes? = app.state.workshop?.input?.kind else {
            Issue.record("the vote prompt closed on a bad count")
            return
        }
        #expect(app.state.workshop?.input?.editor.text == "xy")
        #expect(app.state.message?.isError == true)
        // F1 shows the help from the capture line too.
        app.press(.function(1))
        #expect(app.state.overlay != nil)
    }

    @Test func theCaptureLineSaysItStaysOpen() throws {
        let app = try open()
        app.press(.enter)
        app.type("Une idée")
        app.press(.enter)
        #expect(app.state.workshop?.input != nil)
        #expect(app.screen.contains("Échap ferme la ligne"))
    }

    @Test func aWalkInIsAttachedToTheOrganisationChosenOnItsLine() throws {
        let app = try open()
        let id = try meeting(app)
        app.press(.tab)
        let before = try #require(try app.store.attendanceSheet(meeting: id))
        User(app).run(.addPerson)
        // Tab goes through the sheet's structures and partners, then « another organisation ».
        for _ in before.groups { app.press(.tab) }
        #expect(app.screen.contains("Personne d'une autre organisation — Nom, Organisation"))
        app.type("Marc Petit")
        app.press(.enter)
        #expect(app.state.message?.text.hasPrefix("Personne d'une autre organisation : tapez") == true)
        #expect(app.state.workshop?.input != nil)
        app.type(", Recyclerie de la Risle")
        app.press(.enter)
        let sheet = try #require(try app.store.attendanceSheet(meeting: id))
        let walkIn = try #require(sheet.rows.first { $0.person == "Marc Petit" })
        #expect(walkIn.group == .other("Recyclerie de la Risle") && walkIn.status == .present)
        #expect(sheet.rows.last?.person == "Marc Petit")
        // No structure got a person it did not send.
        #expect(!sheet.rows.contains { $0.isInvited && $0.person == "Marc Petit" })
    }

    @Test func checkInAddsAPersonAndCorrectsAnArrival() throws {
        let app = try open()
        let id = try meeting(app)
        app.press(.tab)
        let before = try #require(try app.store.attendanceSheet(meeting: id))
        let structure = before.rows[0].group
        User(app).run(.addPerson)
        // The line says whom the person is attached to.
        #expect(
            app.screen.contains(
                "Personne de « \(before.rows[0].structureName) » (Tab : organisation suivante) :"))
        app.type("Nadia Benali")
        app.press(.enter)
        var sheet = try #require(try app.store.attendanceSheet(meeting: id))
        let added = try #require(sheet.rows.first { $0.person == "Nadia Benali" })
        #expect(added.group == structure && added.status == .present)
        // Arrived at 14:05, not when the key was pressed.
        let index = try #require(sheet.rows.firstIndex { $0.person == "Nadia Benali" })
        app.press(.home)
        for _ in 0..<index { app.press(.down) }
        User(app).run(.setArrival)
        app.press(.ctrl("u"))
        app.type("14h05")
        app.press(.enter)
        sheet = try #require(try app.store.attendanceSheet(meeting: id))
        let corrected = try #require(sheet.rows.first { $0.person == "Nadia Benali" }?.arrivedAt)
        let local = app.state.clock.local(corrected)
        #expect(local.hour == 14 && local.minute == 5)
    }

    @Test func theMinutesAreExportedFromTheScreen() throws {
        let app = try open()
        let folder = TemporaryFolder()
        app.controller.exportFolder = folder.path
        app.press(.enter)
        app.type("décision: créer une SCIC")
        app.press(.enter, .escape, .char("E"))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let base = "compte-rendu-2026-11-30-co-construction-du-modele-economique"
        // The PDF too, where WeasyPrint is installed (CI installs it).
        #expect(
            files == [base + ".html", base + ".md"] + (PDFRenderer.program() != nil ? [base + ".pdf"] : []))
        let text = String(
            decoding: TemporaryFolder.contents(folder.file(base + ".md")) ?? Data(), as: UTF8.self)
        #expect(text.contains("## Décisions\n\n- créer une SCIC"))
    }

    @Test func theProjectorFollowsAndChangesNothing() throws {
        let app = try DemoFixture(width: 120, height: 40)
        let meetingID = try #require(
            try app.store.meetingIDs(MeetingFilter()).first { mid in
                (try? app.store.meetingRows([mid]).first?.meeting.title)
                    == "Co-construction du modèle économique"
            })
        let follower = try AppController(
            store: Store.openReadOnly(path: app.store.path), lang: .fr, size: Size(width: 120, height: 40),
            now: DemoFixture.now, home: nil)
        follower.openWorkshop(meetingID, follow: true)
        #expect(HeadlessRenderer.text(follower.render()).contains("suivi en direct (lecture seule)"))
        // The facilitator captures; the follower sees it at its next tick.
        app.press(.char("3"), .char("w"), .enter)
        app.type("Une idée pour l'écran")
        app.press(.enter, .escape, .char(" "))
        follower.tick(now: DemoFixture.now + 1)
        let screen = HeadlessRenderer.text(follower.render())
        #expect(screen.contains("• Une idée pour l'écran"))
        #expect(follower.state.workshop?.timer.isRunning == true)
        // Keys that would change something do nothing there.
        follower.press([.enter, .char(" "), .char("n"), .char("+")])
        #expect(follower.state.workshop?.input == nil)
        #expect(try app.store.workshop(meeting: meetingID).timer?.current == 0)
        #expect(follower.press(.char("q")) == [.quit])
    }
}
