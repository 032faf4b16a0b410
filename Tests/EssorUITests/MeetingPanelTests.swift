import EssorCore
import EssorExchange
import EssorStore
import EssorTestSupport
import Foundation
import Testing

@testable import EssorUI

/// The Séances panel through the controller: views, filters, forms,
/// conflicts, series, attendance and exports.
@Suite struct MeetingPanelTests {
    func go(to key: MeetingDraft.Field, in app: DemoFixture) {
        var guardCount = 0
        while let form = app.state.form, form.focused.key != .meeting(key), guardCount < 40 {
            app.press(.tab)
            guardCount += 1
        }
    }

    func fill(_ app: DemoFixture, _ field: MeetingDraft.Field, _ text: String) {
        go(to: field, in: app)
        app.press(.ctrl("u"))
        app.type(text)
    }

    @Test func aNewMeetingFallsInItsCohortsPeriodAndSaysWhenNot() throws {
        let app = try DemoFixture(width: 120, height: 40)
        // A cohort of 2022–2023: the new meeting's date is its last day.
        User(app).scope(to: "Numérique").panel(.meetings).run(.add)
        let cohort = try #require(
            try app.store.cohortRows(app.store.cohortIDs()).first {
                $0.cohort.theme == "Numérique"
            }?.cohort)
        #expect(app.state.form?.text(.meeting(.date)) == cohort.endDate.dayMonthYear)
        #expect(app.state.form?.issues[.meeting(.date)] == nil)
        // Outside the period: a warning, saving is not refused.
        fill(app, .date, "15/06/2030")
        app.press(.tab)
        let issue = try #require(app.state.form?.issues[.meeting(.date)])
        #expect(issue.isWarning)
        #expect(app.screen.contains("En dehors de la période de la cohorte"), "\(app.screen)")
        // A length without its unit is refused: minutes or hours?
        fill(app, .duration, "3")
        app.press(.tab)
        #expect(app.state.form?.issues[.meeting(.duration)] == .duration)
    }

    @Test func aOneToOneInvitesOneOrganisation() {
        var draft = MeetingDraft()
        draft.kind = .oneToOne
        draft.invitedIDs = [1, 2, 3]
        #expect(draft.issues()[.invited] == .oneToOneInvitesOne(invited: 3))
        draft.invitedIDs = [2]
        #expect(draft.issues()[.invited] == nil)
        draft.kind = .workshop
        draft.invitedIDs = [1, 2, 3]
        #expect(draft.issues()[.invited] == nil)
    }

    var meetingTitles: (DemoFixture) -> [String] {
        { app in
            (try? app.store.meetingRows(app.store.meetingIDs(MeetingFilter())).map(\.meeting.title)) ?? []
        }
    }

    @Test func viewsGoRoundAndDaysMove() throws {
        let app = try DemoFixture(width: 120, height: 40)
        app.press(.char("3"))
        let selected = try #require(app.state.selectedID(.meetings))
        app.press(.char("v"))
        #expect(app.state.meetingsView == .week)
        #expect(app.state.selectedID(.meetings) == selected)  // the same meeting, now in its week
        #expect(app.screen.contains("semaine du lun. 30/11/2026"))
        app.press(.char("v"))
        #expect(app.state.meetingsView == .month)
        #expect(app.screen.contains("Séances · novembre 2026"))
        app.press(.right)
        #expect(app.state.calendar.day == LocalDate(year: 2026, month: 12, day: 1))
        #expect(app.screen.contains("Séances · décembre 2026"))
        app.press(.pageDown)
        #expect(app.state.calendar.day == LocalDate(year: 2027, month: 1, day: 1))
        app.press(.char("t"))
        #expect(app.state.calendar.day == DemoFixture.today)
        app.press(.char("g"))
        app.type("08/03/2027")
        app.press(.enter)
        #expect(app.state.calendar.day == LocalDate(year: 2027, month: 3, day: 8))
        #expect(app.screen.contains("Restitution du projet collectif"))
        app.press(.enter)  // the day's meeting, in full
        #expect(app.state.meetings.focus == .detail)
        app.press(.escape, .char("v"))
        #expect(app.state.meetingsView == .agenda)
    }

    @Test func theAgendaJumpsToADayAndFilters() throws {
        let app = try DemoFixture(width: 120, height: 40)
        app.press(.char("3"), .char(":"))
        app.type("date 01/01/2027")
        app.press(.enter)
        let id = try #require(app.state.selectedID(.meetings))
        let meeting = try #require(try app.store.meetingRows([id]).first?.meeting)
        #expect(WallClock.paris.local(meeting.start).date == LocalDate(year: 2027, month: 1, day: 4))
        app.press(.char(":"))
        app.type("date 31/02/2027")
        app.press(.enter)
        #expect(app.state.message?.isError == true)
        #expect(app.screen.contains("Date non reconnue « 31/02/2027 »"))
        app.press(.char("f"))  // workshops only
        let workshops = try app.store.meetingRows(app.state.meetings.visible)
        #expect(!workshops.isEmpty && workshops.allSatisfy { $0.meeting.kind == .workshop })
        #expect(app.screen.contains("· Atelier"))
        app.press(.char("P"))  // and upcoming
        let upcoming = try app.store.meetingRows(app.state.meetings.visible)
        #expect(upcoming.allSatisfy { $0.meeting.end > DemoFixture.now && $0.meeting.kind == .workshop })
        #expect(upcoming.count < workshops.count)
    }

    @Test func createsAMeetingWithAnAgendaAndAPartner() throws {
        let app = try DemoFixture(width: 120, height: 40)
        app.press(.char("3"), .char("a"))
        let form = try #require(app.state.form)
        #expect(form.title == "Nouvelle séance")
        // The cohort in view is chosen and its members invited.
        guard case .members(let invited, _)? = form.field(.meeting(.invited))?.value else {
            Issue.record("no invitations")
            return
        }
        #expect(!invited.isEmpty)
        fill(app, .title, "Point d'étape financement")
        fill(app, .date, "12/01/2027")
        fill(app, .time, "9h30")
        fill(app, .duration, "1h30")
        go(to: .agenda, in: app)
        app.press(.char("+"))
        #expect(app.state.subform?.title == "Nouveau point de l'ordre du jour")
        app.type("Tour de table")
        app.press(.tab)
        app.type("20 min")
        app.press(.enter)
        #expect(app.state.subform == nil)
        go(to: .partners, in: app)
        app.press(.char("+"))
        #expect(app.state.picker?.kind == .partners)
        app.type("france act")
        app.press(.enter)
        #expect(app.screen.contains("France Active Normandie"))
        app.press(.ctrl("s"))
        #expect(app.state.form == nil)
        #expect(app.state.message?.text == "Séance créée : « Point d'étape financement »")
        let id = try #require(app.state.selectedID(.meetings))
        let record = try #require(try app.store.meetingRecord(id: id))
        #expect(record.meeting.title == "Point d'étape financement" && record.meeting.durationMinutes == 90)
        #expect(record.agenda == [AgendaItem(title: "Tour de table", minutes: 20)])
        #expect(record.partnerIDs.count == 1 && record.invitedIDs.count == invited.count)
        // u undoes the creation.
        app.press(.char("u"))
        #expect(try app.store.meetingRecord(id: id) == nil)
    }

    @Test func badInputIsShownAndNothingIsSaved() throws {
        let app = try DemoFixture(width: 120, height: 40)
        let before = meetingTitles(app).count
        app.press(.char("3"), .char("a"))
        fill(app, .title, "Atelier")
        fill(app, .date, "31/02/2027")
        fill(app, .time, "25h")
        fill(app, .duration, "beaucoup")
        app.press(.enter)
        #expect(app.state.form != nil)
        #expect(app.screen.contains("Date attendue : JJ/MM/AAAA"))
        #expect(app.screen.contains("Heure attendue : 14h30 ou 14:30"))
        #expect(app.screen.contains("Durée avec son unité, de 1 min à 24h : 2h, 1h30 ou 90 min"))
        #expect(meetingTitles(app).count == before)
    }

    @Test func aConflictIsNamedAndAskedAbout() throws {
        let app = try DemoFixture(width: 120, height: 40)
        app.press(.char("3"))
        // The next meeting (30/11, 14h30 at Argentan): another one then, same place.
        app.press(.char("a"))
        fill(app, .title, "Visite de la légumerie")
        fill(app, .date, "30/11/2026")
        fill(app, .time, "15h")
        fill(app, .duration, "1h")
        fill(app, .place, "Argentan — cuisine centrale, salle de réunion")
        app.press(.enter)
        let dialog = try #require(app.state.dialog)
        #expect(dialog.title == "Cette séance est en conflit avec une autre")
        #expect(app.screen.contains("Co-construction du modèle économique"))
        #expect(app.screen.contains("même lieu"))
        app.press(.escape)  // no: back to the form, nothing saved
        #expect(app.state.form != nil)
        #expect(!meetingTitles(app).contains("Visite de la légumerie"))
        app.press(.enter, .enter)  // save, then yes
        #expect(app.state.form == nil)
        #expect(meetingTitles(app).contains("Visite de la légumerie"))
        // The list marks both meetings, the detail says why.
        let id = try #require(app.state.selectedID(.meetings))
        #expect(app.state.rows.meetings[id]?.conflicts.count == 1)
        #expect(app.screen.contains("⚠ Visite de la légumerie") || app.screen.contains("⚠ Visite de la"))
        #expect(app.screen.contains("Conflits (1)"))
    }

    @Test func aSeriesIsCreatedAndItsFollowersEditedTogether() throws {
        let app = try DemoFixture(width: 120, height: 40)
        app.press(.char("3"), .char("a"))
        fill(app, .title, "Permanence juridique")
        fill(app, .date, "07/01/2027")
        fill(app, .time, "9h")
        fill(app, .duration, "2h")
        go(to: .recurrence, in: app)
        app.press(.right, .right)  // every two weeks
        fill(app, .occurrences, "4")
        app.press(.enter)
        #expect(app.state.message?.text == "4 séances créées : « Permanence juridique »")
        #expect(meetingTitles(app).filter { $0 == "Permanence juridique" }.count == 4)
        // Edit the second and the ones after it.
        app.press(.down, .char("e"))
        fill(app, .time, "10h")
        app.press(.enter)
        let dialog = try #require(app.state.dialog)
        #expect(dialog.title == "Cette séance fait partie d'une série (2 suivantes)")
        app.press(.char("s"))
        #expect(
            app.state.message?.text.hasPrefix("Enregistré : « Permanence juridique » et les 2 suivantes")
                == true)
        let rows = try app.store.meetingRows(app.store.meetingIDs(MeetingFilter())).filter {
            $0.meeting.title == "Permanence juridique"
        }
        #expect(rows.map { WallClock.paris.local($0.meeting.start).hour } == [9, 10, 10, 10])
        // u undoes the three edits at once.
        app.press(.char("u"))
        let undone = try app.store.meetingRows(app.store.meetingIDs(MeetingFilter())).filter {
            $0.meeting.title == "Permanence juridique"
        }
        #expect(undone.allSatisfy { WallClock.paris.local($0.meeting.start).hour == 9 })
    }

    @Test func aPersonAddedIsAttachedToAPartnerOrAnotherOrganisationExplicitly() throws {
        let app = try DemoFixture(width: 120, height: 40)
        app.press(.char("3"), .char("p"))
        let editor = try #require(app.state.attendance)
        let groups = editor.sheet.groups.map(\.group)
        let partner = try #require(groups.firstIndex { $0.partnerID != nil }, "the meeting has a partner")
        app.press(.char("+"))
        for _ in 0..<partner { app.press(.tab) }
        let name = editor.sheet.groups[partner].name
        #expect(app.screen.contains("Personne de « \(name) »"))
        app.type("Léa Roux")
        app.press(.enter)
        // A person added by mistake is taken off with d; a contact stays.
        app.press(.char("+"))
        app.type("Erreur de frappe")
        app.press(.enter)
        #expect(app.state.attendance?.selected?.person == "Erreur de frappe")
        app.press(.char("d"))
        #expect(app.state.attendance?.sheet.rows.contains { $0.person == "Erreur de frappe" } == false)
        #expect(app.state.message?.text.hasPrefix("Erreur de frappe retiré·e de la feuille") == true)
        for _ in 0..<20 where app.state.attendance?.selected?.isContact != true { app.press(.up) }
        let contact = try #require(app.state.attendance?.selected)
        #expect(contact.isContact)
        app.press(.char("d"))
        #expect(app.state.attendance?.sheet.rows.contains(contact) == true)
        #expect(app.state.message?.text.contains("reste sur la feuille") == true)
        app.press(.char("+"))
        for _ in 0..<groups.count where !app.screen.contains("Personne d'une autre organisation") {
            app.press(.tab)
        }
        app.type("Marc Petit, Recyclerie de la Risle")
        app.press(.enter)
        app.press(.enter)  // save
        let sheet = try #require(try app.store.attendanceSheet(meeting: editor.sheet.meeting.id))
        #expect(
            sheet.rows.contains {
                $0.person == "Léa Roux" && $0.group == groups[partner] && $0.status == .present
            })
        #expect(
            sheet.rows.contains { $0.person == "Marc Petit" && $0.group == .other("Recyclerie de la Risle") })
        // The meeting's detail lists them with their own organisation.
        let detail = try #require(try app.store.meetingDetail(id: editor.sheet.meeting.id))
        #expect(
            detail.attendance.contains {
                $0.attendance.person == "Marc Petit" && $0.structureName == "Recyclerie de la Risle"
            })
        #expect(detail.attendance.contains { $0.attendance.person == "Léa Roux" && $0.structureName == name })
    }

    @Test func attendanceIsMarkedAndSaved() throws {
        let app = try DemoFixture(width: 120, height: 40)
        app.press(.char("3"), .char("p"))
        let editor = try #require(app.state.attendance)
        #expect(app.screen.contains("Émargement — Co-construction du modèle économique"))
        app.press(.char("p"), .char("x"), .char("a"))
        app.press(.up, .char("h"))
        app.type("14h45")
        app.press(.enter)
        app.press(.char("+"))
        app.type("Invitée surprise")
        app.press(.enter)
        app.press(.enter)  // save
        #expect(app.state.attendance == nil)
        #expect(app.state.message?.text == "Émargement enregistré : 3 présents sur 4")
        let sheet = try #require(try app.store.attendanceSheet(meeting: editor.sheet.meeting.id))
        #expect(sheet.rows[0].status == .present && sheet.rows[1].status == .excused)
        #expect(sheet.rows[2].status == .present)  // marked absent, then given an arrival time
        #expect(sheet.rows.contains { $0.person == "Invitée surprise" && $0.status == .present })
        #expect(sheet.rows[2].arrivedAt.map { WallClock.paris.local($0).hour } == 14)
    }

    @Test func escapeAsksBeforeDroppingMarks() throws {
        let app = try DemoFixture(width: 120, height: 40)
        app.press(.char("3"), .char("p"), .char("p"), .escape)
        #expect(app.state.dialog?.title == "Abandonner les modifications ?")
        app.press(.char("n"))
        #expect(app.state.attendance?.dirty == true)
        app.press(.escape, .char("o"))
        #expect(app.state.attendance == nil)
    }

    @Test func exportsFromTheInterface() throws {
        let app = try DemoFixture(width: 120, height: 40)
        let folder = TemporaryFolder()
        app.controller.exportFolder = folder.path
        app.press(.char("3"), .char("x"))
        #expect(app.screen.contains("Exporter"))
        app.press(.char("e"))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let base = "emargement-2026-11-30-co-construction-du-modele-economique"
        #expect(
            files == [base + ".html", base + ".md"] + (PDFRenderer.program() != nil ? [base + ".pdf"] : []))
        #expect(
            app.state.message?.text.hasPrefix("Écrit dans \(folder.path) : \(base).md, \(base).html") == true)
        // The meeting is still to come: the sheet is blank, to print and take along.
        let html = String(
            decoding: TemporaryFolder.contents(folder.file(base + ".html")) ?? Data(), as: UTF8.self)
        #expect(html.contains("____ présents") && !html.contains("<th>Arrivée</th>"))
        app.press(.char("x"), .char("i"))
        #expect(FileManager.default.fileExists(atPath: folder.file("seances-programme.ics")))
        // Again: a new name, never over the first file.
        app.press(.char("x"), .char("i"))
        #expect(FileManager.default.fileExists(atPath: folder.file("seances-programme-2.ics")))
    }

    @Test func theAuditPackIsMadeFromTheInterface() throws {
        let app = try DemoFixture(width: 120, height: 40)
        let folder = TemporaryFolder()
        app.controller.exportFolder = folder.path
        var progress: [String] = []
        app.controller.repaintNow = { progress.append(app.state.message?.text ?? "") }
        User(app).scope(to: "Exemple — Alimentation durable").panel(.meetings)
        app.press(.char("x"))
        #expect(app.screen.contains("dossier de contrôle"))
        app.press(.char("d"))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(files == ["dossier-2026-11-26-exemple-alimentation-durable.zip"])
        #expect(app.state.message?.text.hasPrefix("Écrit : ") == true)
        #expect(progress.first?.hasPrefix("Dossier de contrôle : séance 1 sur ") == true)
    }

    @Test func anOpenMeetingFormIsKeptAsADraft() throws {
        let app = try DemoFixture(width: 120, height: 40)
        app.press(.char("3"), .char("a"))
        fill(app, .title, "Brouillon de séance")
        go(to: .agenda, in: app)
        app.press(.char("+"))
        app.type("Point en cours")
        let draft = try #require(app.state.draftToKeep(author: "camille", now: 1))
        #expect(draft.entity == .meeting && draft.recordID == nil)
        let values = try DraftPayload<MeetingDraft>.decode(draft.payload).values
        #expect(values.title == "Brouillon de séance")
        #expect(values.agenda.map(\.title) == ["Point en cours"])
    }

    @Test func deletesAMeetingAfterSayingWhatGoesWithItAndUndoes() throws {
        let app = try DemoFixture(width: 120, height: 40)
        app.press(.char("3"), .char("p"), .char("p"), .enter)  // some attendance first
        let id = try #require(app.state.selectedID(.meetings))
        app.press(.char("d"))
        let dialog = try #require(app.state.dialog)
        #expect(dialog.title == "Supprimer la séance « Co-construction du modèle économique » ?")
        #expect(dialog.lines.first?.hasPrefix("Supprimé en même temps : ") == true)
        #expect(dialog.lines.first?.contains("1 ligne d'émargement") == true, "\(dialog.lines)")
        app.press(.enter)
        #expect(try app.store.meetingRecord(id: id) == nil)
        #expect(
            app.state.message?.text.hasPrefix("Supprimé : « Co-construction du modèle économique »") == true)
        app.press(.char("u"))
        #expect(try app.store.meetingRecord(id: id)?.meeting.title == "Co-construction du modèle économique")
        #expect(try app.store.attendanceSheet(meeting: id)?.rows.first?.status == .present)
    }

    @Test func enterOnADetailLineEditsThatField() throws {
        let app = try DemoFixture(width: 120, height: 40)
        app.press(.char("3"), .tab)
        #expect(app.state.meetings.focus == .detail)
        app.press(.down, .down, .enter)  // the "Quand" line
        #expect(app.state.form?.focused.key == .meeting(.date))
    }
}
