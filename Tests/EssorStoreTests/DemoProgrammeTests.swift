import EssorCore
import EssorTestSupport
import Foundation
import Testing

@testable import EssorStore

@Suite struct DemoProgrammeTests {
    let folder = TemporaryFolder()
    let today = LocalDate(year: 2026, month: 11, day: 26)!

    func demo() throws -> Store {
        let store = try Store.open(path: folder.file("demo.sqlite"))
        try DemoProgramme.install(into: store, today: today)
        return store
    }

    @Test func describesTheESSorProgramme() throws {
        let store = try demo()
        let snapshot = try store.everything()
        let programme = try #require(snapshot.programme)
        #expect(programme.operatorName == "SocialCOBizz")
        #expect(programme.funders.contains("Région Normandie"))
        #expect(programme.funders.contains { $0.name.contains("FEDER") })
        #expect(programme.contactEmail == "essor-normandie@socialcobizz.com")
        #expect(try store.isDemo())

        let cohorts = snapshot.cohorts.map(\.cohort)
        #expect(cohorts.count == 4)
        let numerique = try #require(cohorts.first { $0.theme == "Numérique" })
        #expect(numerique.startDate == LocalDate(year: 2022, month: 9, day: 1))
        #expect(numerique.endDate == LocalDate(year: 2023, month: 1, day: 31))
        for theme in ["Transition écologique", "Commande publique"] {
            let cohort = try #require(cohorts.first { $0.theme == theme })
            #expect(cohort.endDate == LocalDate(year: 2023, month: 6, day: 30))
        }
        let example = try #require(cohorts.first { $0.name.contains("Exemple") })
        #expect(example.status(on: today) == .running)

        #expect(
            Set(snapshot.partners.map(\.partner.name))
                == ["France Active Normandie", "Bartle", "FAIR avocats", "FEI"])
    }

    @Test func structuresAreValidAndSpreadOverNormandy() throws {
        let store = try demo()
        let rows = try store.everything().structures
        #expect((18...24).contains(rows.count))
        var departements = Set<String>()
        var forms = Set<LegalForm>()
        for row in rows {
            let detail = try #require(try store.structureDetail(id: row.id, now: 0))
            let s = detail.structure
            #expect(Siret.isValid(s.siret), "\(s.name): \(s.siret)")
            #expect(Departement.isNormandy(s.departement))
            #expect(Departement.code(forPostcode: s.postcode) == s.departement)
            #expect(!s.problem.isEmpty && !detail.contacts.isEmpty && !row.cohortNames.isEmpty)
            departements.insert(s.departement)
            forms.insert(s.legalForm)
        }
        #expect(departements == ["14", "27", "50", "61", "76"])
        #expect(forms.isSuperset(of: [.association, .scop, .scic]))
        #expect(
            Set(rows.map { Siret.siren(try! store.structureDetail(id: $0.id, now: 0)!.structure.siret) })
                .count == rows.count)
    }

    @Test func meetingsSurroundTodayOnWorkingDays() throws {
        let store = try demo()
        let meetings = try store.everything().meetings.map(\.meeting)
        #expect((25...35).contains(meetings.count))
        let now = WallClock.paris.instant(today, hour: 12, minute: 0)
        let upcoming = meetings.filter { $0.start > now }
        #expect(upcoming.count >= 4)
        for meeting in meetings {
            let weekday = WallClock.paris.local(meeting.start).date.weekday
            #expect(weekday <= 5, "\(meeting.title) falls on a weekend")
        }
        for kind in MeetingKind.allCases { #expect(meetings.contains { $0.kind == kind }) }
        let past = try #require(meetings.first { $0.start < now && $0.kind == .workshop })
        #expect(try store.meetingDetail(id: past.id)?.attendance.isEmpty == false)
    }

    /// Who came to the example cohort's meetings, by meeting title.
    func exampleAttendance(builtOn day: LocalDate, name: String) throws -> [String: [String]] {
        let store = try Store.open(path: folder.file(name))
        try DemoProgramme.install(into: store, today: day)
        var byTitle: [String: [String]] = [:]
        for row in try store.everything().meetings where row.cohortName.contains("Exemple") {
            let detail = try #require(try store.meetingDetail(id: row.meeting.id))
            byTitle[row.meeting.title] = detail.attendance.map {
                "\($0.structureName) \($0.attendance.status)"
            }.sorted()
        }
        return byTitle
    }

    /// The example cohort moves with today; who came to its meetings does
    /// not, whatever weekday or week the demo is built on.
    @Test func theExampleCohortsAttendanceDoesNotDependOnTheDay() throws {
        let reference = try exampleAttendance(builtOn: today, name: "reference.sqlite")
        #expect(reference.values.contains { !$0.isEmpty })
        for offset in [1, 2, 3, 4, 5, 6, 7, 13, 38, 200] {
            let other = try exampleAttendance(builtOn: today.adding(days: offset), name: "d\(offset).sqlite")
            #expect(other == reference, "built \(offset) days later")
        }
    }

    @Test func franceActiveHasTheMissionsTheSeedDescribes() throws {
        let store = try demo()
        let partner = try #require(
            try store.everything().partners.first { $0.partner.name == "France Active Normandie" })
        let detail = try #require(try store.partnerDetail(id: partner.id, now: 0))
        let missions = detail.assignments.map(\.assignment.mission).joined(separator: "\n")
        #expect(missions.contains("documents financiers"))
        #expect(missions.contains("modélisation économique et financière"))
        #expect(missions.contains("incidences financières"))
        #expect(partner.cohortNames.count == 4)
    }
}
