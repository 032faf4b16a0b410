import EssorCore
import EssorStore
import EssorTestSupport
import Foundation
import Testing

@testable import EssorUI

/// The Partenaires panel through the controller: partners, missions, days
/// entered, the matrix and assigning from a structure.
@Suite struct PartnerPanelTests {
    func go(to key: FieldKey, in app: DemoFixture) {
        var count = 0
        while let form = app.state.subform ?? app.state.form, form.focused.key != key, count < 30 {
            app.press(.tab)
            count += 1
        }
    }

    func franceActive(_ app: DemoFixture) throws -> PartnerID {
        try #require(
            try app.store.partnerRows(app.store.partnerIDs(cohort: nil)).first {
                $0.partner.name == "France Active Normandie"
            }?.id)
    }

    @Test func addsAPartnerWithAContact() throws {
        let app = try DemoFixture(width: 120, height: 40)
        app.press(.char("4"), .char("a"))
        #expect(app.state.form?.title == "Nouveau partenaire")
        app.type("Cabinet Noé")
        app.press(.tab)
        app.type("Droit social")
        go(to: .partner(.website), in: app)
        app.type("noe.example")
        go(to: .partner(.contacts), in: app)
        app.press(.char("+"))
        app.type("Accueil du cabinet")
        app.press(.enter, .ctrl("s"))
        #expect(app.state.form != nil)  // the website needs https://
        #expect(app.screen.contains("Adresse web attendue : https://…"))
        go(to: .partner(.website), in: app)
        app.press(.ctrl("u"))
        app.type("https://noe.example")
        app.press(.ctrl("s"))
        #expect(app.state.form == nil)
        let id = try #require(app.state.selectedID(.partners))
        let record = try #require(try app.store.partnerRecord(id: id))
        #expect(record.partner.name == "Cabinet Noé" && record.contacts.map(\.name) == ["Accueil du cabinet"])
    }

    @Test func assignsAPartnerFromAStructureWithDaysEntered() throws {
        let app = try DemoFixture(width: 120, height: 40)
        app.press(.char("2"))
        let structure = try #require(app.state.selectedID(.structures))
        app.press(.char("p"))
        #expect(app.state.form?.title == "Nouvelle mission")
        #expect(app.state.form?.text(.assignment(.structure)) == String(structure))
        go(to: .assignment(.partner), in: app)
        while app.state.form?.text(.assignment(.partner)) != String(try franceActive(app)) {
            app.press(.right)
        }
        go(to: .assignment(.mission), in: app)
        app.type("Étudier les documents financiers")
        go(to: .assignment(.days), in: app)
        app.type("2,5")
        go(to: .assignment(.entries), in: app)
        app.press(.char("+"))
        app.press(.ctrl("u"))
        app.type("20/11/2026")
        app.press(.tab)
        app.type("0,5")
        app.press(.enter)  // back to the mission
        app.press(.ctrl("s"))
        #expect(app.state.message?.text == "Mission enregistrée : France Active Normandie")
        #expect(app.state.panel == .structures)
        let loads = try app.store.missionLoads(partner: try franceActive(app), now: DemoFixture.now)
        let mission = try #require(loads.first { $0.assignment.structureID == structure })
        #expect(mission.assignment.daysPlanned == 2.5 && mission.usage.entered == 0.5)
    }

    @Test func missionsAreEditedAndDeletedFromThePartnersDetail() throws {
        let app = try DemoFixture(width: 120, height: 40)
        app.press(.char("4"))
        // Bartle, its first mission line.
        app.press(.tab)
        while let rows = Optional(
            app.state.detailRows(.partners, width: app.state.panelLayout(.partners).detailTextWidth)),
            app.state.partners.detailCursor < rows.count - 1,
            rows[app.state.partners.detailCursor].key.map({
                if case .assignmentRecord = $0 { false } else { true }
            }) ?? true
        {
            app.press(.down)
        }
        let mission = try #require(app.state.selectedMissionLine)
        app.press(.enter)
        #expect(app.state.form?.purpose == .assignment(id: mission, version: 1))
        go(to: .assignment(.days), in: app)
        app.press(.ctrl("u"))
        app.type("6")
        app.press(.ctrl("s"))
        #expect(try app.store.assignmentRecord(id: mission)?.assignment.daysPlanned == 6)
        app.press(.char("d"))
        #expect(app.state.dialog?.title.hasPrefix("Supprimer la mission") == true)
        app.press(.enter)
        #expect(try app.store.assignmentRecord(id: mission) == nil)
        app.press(.char("u"))
        #expect(try app.store.assignmentRecord(id: mission)?.assignment.daysPlanned == 6)
    }

    @Test func theMatrixShowsDaysAndFlagsProblems() throws {
        let app = try DemoFixture(width: 120, height: 40)
        app.press(.char("4"), .char("v"))
        #expect(app.state.partnersMatrix)
        #expect(app.screen.contains("Partenaires × cohortes : jours utilisés / prévus"))
        #expect(app.screen.contains("1,5/5"))
        // Over-allocate FAIR avocats on a cohort: the cell is marked.
        let fair = try #require(app.state.matrix.partners.first { $0.name == "FAIR avocats" }?.id)
        let load = try #require(try app.store.missionLoads(partner: fair, now: DemoFixture.now).first)
        var record = try #require(try app.store.assignmentRecord(id: load.assignment.id))
        record.assignment.daysPlanned = 0
        record.entries = [TimeEntry(date: DemoFixture.today, days: 1)]
        // Saved by another coordinator, through their own connection.
        try Store.open(path: app.store.path).save(record, by: app.controller.author, at: DemoFixture.now)
        app.controller.tick(now: DemoFixture.now + 1)
        let cell = try #require(app.state.matrix.cell(fair, load.assignment.cohortID))
        #expect(cell.overAllocated)
        #expect(app.screen.contains("⚠"))
        app.press(.char("j"))
        #expect(app.state.selectedID(.partners) == fair)
        app.press(.char("v"))
        #expect(!app.state.partnersMatrix)
    }
}
