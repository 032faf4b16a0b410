import EssorCore
import EssorTestSupport
import Foundation
import Testing

@testable import EssorStore

@Suite struct StoreContentTests {
    let folder = TemporaryFolder()

    func sampleStore() throws -> (Store, CohortID, StructureID) {
        let store = try Store.open(path: folder.file("essor.sqlite"))
        let ids = try store.transaction { w -> (CohortID, StructureID) in
            let cohort = try w.insert(
                Cohort(
                    id: 0, name: "Numérique", theme: "Numérique",
                    startDate: LocalDate(year: 2022, month: 9, day: 1)!,
                    endDate: LocalDate(year: 2023, month: 1, day: 31)!, summary: "s",
                    project: CollectiveProject(title: "Pôle", summary: "p", stage: .pilot)))
            let structure = try w.insert(
                Structure(
                    id: 0, name: "Coop des Deux Rives", legalForm: .scop, siret: "732 829 320 00074",
                    postcode: "76000", town: "Rouen", departement: "76", headcount: 9.5,
                    problem: "Outils dispersés"),
                contacts: [Contact(name: "Camille Roussel", role: "Gérante"), Contact(name: "Yanis Le Goff")])
            try w.addMember(cohort: cohort, structure: structure)
            let partner = try w.insert(
                Partner(
                    id: 0, name: "France Active Normandie", expertise: "Finance", summary: "", website: ""))
            try w.insert(
                Assignment(
                    id: 0, partnerID: partner, cohortID: cohort, structureID: structure,
                    mission: "Diagnostic",
                    daysPlanned: 2.5, status: .ongoing))
            try w.insert(
                Meeting(
                    id: 0, cohortID: cohort, kind: .workshop, title: "Atelier", start: 2_000_000_000,
                    durationMinutes: 120, place: "Caen", facilitators: "SocialCOBizz"),
                agenda: [AgendaItem(title: "Accueil", minutes: 15)], invited: [structure],
                partners: [partner],
                attendance: [Attendance(structureID: structure, person: "Camille Roussel", status: .present)])
            return (cohort, structure)
        }
        return (store, ids.0, ids.1)
    }

    @Test func roundTripsEveryEntity() throws {
        let (store, cohortID, structureID) = try sampleStore()
        let snapshot = try store.everything()
        #expect(snapshot.cohorts.map(\.cohort.name) == ["Numérique"])
        #expect(snapshot.cohorts[0].structureCount == 1 && snapshot.cohorts[0].meetingCount == 1)
        #expect(snapshot.structures[0].cohortNames == ["Numérique"])
        #expect(snapshot.partners[0].daysPlanned == 2.5 && snapshot.partners[0].cohortNames == ["Numérique"])
        #expect(snapshot.meetings[0].cohortName == "Numérique")

        let structure = try #require(try store.structureDetail(id: structureID, now: 1_000_000_000))
        #expect(structure.structure.siret == "73282932000074")
        #expect(structure.structure.headcount == 9.5)
        #expect(structure.contacts.map(\.name) == ["Camille Roussel", "Yanis Le Goff"])
        #expect(structure.cohorts.map(\.name) == ["Numérique"])
        #expect(structure.assignments.first?.structureName == "Coop des Deux Rives")
        #expect(structure.meetingsInvited == 1 && structure.meetingsAttended == 1)
        #expect(structure.nextMeeting?.meeting.title == "Atelier")

        let cohort = try #require(try store.cohortDetail(id: cohortID, now: 3_000_000_000))
        #expect(cohort.cohort.project.stage == .pilot)
        #expect(cohort.members.map(\.name) == ["Coop des Deux Rives"])
        #expect(cohort.pastMeetings == 1 && cohort.upcomingMeetings == 0 && cohort.nextMeeting == nil)

        let meeting = try #require(try store.meetingDetail(id: snapshot.meetings[0].id))
        #expect(meeting.agenda == [AgendaItem(title: "Accueil", minutes: 15)])
        #expect(meeting.attendance.map(\.attendance.status) == [.present])
        #expect(meeting.partners.map(\.name) == ["France Active Normandie"])

        let partner = try #require(try store.partnerDetail(id: snapshot.partners[0].id, now: 1_000_000_000))
        #expect(partner.upcomingMeetings.count == 1 && partner.pastMeetings == 0)
    }

    @Test func deletingAStructureRemovesItsLinks() throws {
        let (store, cohortID, structureID) = try sampleStore()
        try store.write {
            try $0.execute(sql: "DELETE FROM structure WHERE id = ?", arguments: [structureID])
        }
        let cohort = try #require(try store.cohortDetail(id: cohortID, now: 0))
        #expect(cohort.members.isEmpty)
        #expect(try store.everything().partners[0].assignmentCount == 1)  // kept, for the whole cohort now
    }

    @Test func noticesWritesFromAnotherConnection() throws {
        let (store, cohortID, _) = try sampleStore()
        let other = try Store.open(path: store.path)
        let before = try store.dataVersion()
        #expect(try store.dataVersion() == before)
        try other.transaction { writer in
            let id = try writer.insert(Structure(id: 0, name: "Nouvelle", legalForm: .scic))
            try writer.addMember(cohort: cohortID, structure: id)
        }
        #expect(try store.dataVersion() != before)
        #expect(try store.everything().structures.map(\.name).contains("Nouvelle"))
    }

    @Test func storesEscapesAndInvalidTextAsData() throws {
        let store = try Store.open(path: folder.file("essor.sqlite"))
        let hostile = "Coop \u{1B}[2J\u{202E}evil\r\n"
        try store.transaction { try $0.insert(Structure(id: 0, name: hostile, legalForm: .other)) }
        #expect(try store.everything().structures[0].name == hostile)
    }
}
