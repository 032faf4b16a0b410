import EssorCore
import EssorTestSupport
import Foundation
import Testing

@testable import EssorStore

/// What the indicators are computed from, as the store reads it: the
/// period in Paris days, the scope, establishments of one SIREN, and the
/// settings they depend on.
@Suite struct IndicatorStoreTests {
    let folder = TemporaryFolder()
    let me = ChangeAuthor(name: "camille", session: "s1")
    let clock = WallClock.paris

    func date(_ y: Int, _ m: Int, _ d: Int) -> LocalDate { LocalDate(year: y, month: m, day: d)! }

    @Test func thePeriodIsReadInParisDaysAndTheScopeIsTheCohort() throws {
        let store = try Store.open(path: folder.file("x.sqlite"))
        let siren = "123456789"
        let (cohort, other, caen, rouen) = try store.transaction {
            w -> (CohortID, CohortID, StructureID, StructureID) in
            let project = CollectiveProject(title: "", summary: "", stage: .idea)
            let cohort = try w.insert(
                Cohort(
                    id: 0, name: "Alimentation", theme: "Alimentation", startDate: date(2026, 1, 1),
                    endDate: date(2026, 12, 31), summary: "", project: project))
            let other = try w.insert(
                Cohort(
                    id: 0, name: "Numérique", theme: "Numérique", startDate: date(2026, 1, 1),
                    endDate: date(2026, 12, 31), summary: "", project: project))
            let caen = try w.insert(
                Structure(
                    id: 0, name: "Coop A Caen", legalForm: .scop,
                    siret: Siret.appendingCheckDigit(siren + "0001"), creationDate: date(2025, 2, 1)))
            let rouen = try w.insert(
                Structure(
                    id: 0, name: "Coop A Rouen", legalForm: .scop,
                    siret: Siret.appendingCheckDigit(siren + "0002")))
            try w.addMember(cohort: cohort, structure: caen)
            try w.addMember(cohort: cohort, structure: rouen)
            try w.addMember(cohort: other, structure: rouen)
            // 31 December 2026 at 23:30 in Paris is still 2026; 1 January
            // 2027 at 0:30 is not, though it is 31 December in UTC.
            for (day, hour, minute, cohortID) in [
                (date(2026, 12, 31), 23, 30, cohort), (date(2027, 1, 1), 0, 30, cohort),
                (date(2026, 6, 1), 14, 0, other),
            ] {
                try w.insert(
                    Meeting(
                        id: 0, cohortID: cohortID, kind: .workshop, title: "Atelier",
                        start: clock.instant(day, hour: hour, minute: minute),
                        durationMinutes: 120, place: "", facilitators: ""),
                    invited: [caen, rouen],
                    attendance: [
                        Attendance(structureID: caen, person: "Anne", status: .present),
                        Attendance(structureID: rouen, person: "Rémi", status: .present),
                    ])
            }
            try w.insert(
                Financing(
                    structureID: rouen, cohortID: other, instrument: .grant, amount: 1_000, status: .granted))
            return (cohort, other, caen, rouen)
        }
        let year = ReportPeriod(from: date(2026, 1, 1), to: date(2026, 12, 31))!
        let now = clock.instant(date(2027, 2, 1), hour: 12, minute: 0)
        let facts = try store.indicatorFacts(cohort: cohort, period: year, now: now)
        #expect(facts.meetings.count == 1, "the 1 January meeting is outside 2026")
        #expect(facts.meetings.first?.date == date(2026, 12, 31))
        #expect(facts.organisations.map(\.id) == [caen, rouen])
        #expect(facts.organisations.first?.creationDate == date(2025, 2, 1))
        #expect(facts.financings.isEmpty, "the grant belongs to the other cohort")
        #expect(facts.firstSupport[rouen] == date(2026, 6, 1), "support began in the other cohort")
        #expect(facts.thresholdMinutes == 180)

        let report = IndicatorReport(facts)
        // One enterprise (one SIREN), two hours: under the threshold.
        #expect(report.enterprises == 1)
        #expect(
            report.indicator(.rco04).notCounted.map(\.exclusion) == [
                .belowThreshold(minutes: 120, threshold: 180)
            ])

        // The threshold is the programme's setting.
        var draft = ProgrammeDraft(nil)
        draft[.name] = "ESSor"
        draft[.supportThreshold] = "2h"
        try store.saveProgramme(try #require(draft.programme(readLogo: nil)), by: me, at: now)
        let lower = IndicatorReport(try store.indicatorFacts(cohort: cohort, period: year, now: now))
        #expect(lower.indicator(.rco04).value == 1)
        #expect(lower.indicator(.rco04).counted.first?.enterprise.label == "Coop A Caen + Coop A Rouen")

        // The whole programme: both cohorts, the grant, once per SIREN.
        let all = IndicatorReport(try store.indicatorFacts(cohort: nil, period: year, now: now))
        #expect(all.indicator(.rco01).value == 1)
        #expect(all.indicator(.rco02).amount == 1_000)
        #expect(all.cohorts.map(\.name) == ["Alimentation", "Numérique"])
        #expect(all.supportMinutes == 240)
        _ = other
    }

    /// The figures alone, read with the history of the counted
    /// structures only and the missions on a second connection, are the
    /// figures of the full reading, for the programme and for cohorts.
    @Test func theQuickReadingGivesTheFiguresOfTheFullOne() throws {
        let store = try Store.open(path: folder.file("synthetic.sqlite"))
        let today = date(2026, 11, 26)
        try SyntheticStore.generate(
            into: store, sizes: .init(structures: 400, meetings: 300, partners: 6), seed: 19, today: today)
        let now = clock.instant(today, hour: 12, minute: 0)
        func figures(_ report: IndicatorReport) -> [String] {
            report.indicators.map { indicator in
                "\(indicator.code) \(indicator.value) \(indicator.amount ?? -1) \(indicator.countedCount) "
                    + "\(indicator.notCountedCount) \(indicator.unlisted) \(indicator.bySize.sorted { $0.key.rawValue < $1.key.rawValue })"
            } + [
                "\(report.enterprises) \(report.attended) \(report.participants) \(report.supportMinutes)",
                "\(report.cohorts.sorted { $0.cohortID < $1.cohortID })", "\(report.kinds)",
                "\(report.months)",
                "\(report.partners)",
            ]
        }
        // Both ways of reading the first support agree, and with the
        // reading of every member.
        try store.read { db in
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM structure ORDER BY id")
            let members = try Store.indicatorHistory(db, of: .members(nil), now: now, clock: clock)
            let looked = try Store.indicatorHistory(db, of: .only(ids), now: now, clock: clock, bulk: .max)
            let bulk = try Store.indicatorHistory(db, of: .only(ids), now: now, clock: clock, bulk: 0)
            #expect(!members.firstSupport.isEmpty)
            #expect(looked.firstSupport == members.firstSupport)
            #expect(bulk.firstSupport == members.firstSupport)
            #expect(bulk.creationDates == members.creationDates)
        }
        let cohorts = try store.cohortIDs()
        for year in [ReportPeriod.year(of: today), ReportPeriod.year(of: date(2025, 6, 1))] {
            for scope in [nil] + cohorts.prefix(4).map(Optional.some) {
                let full = IndicatorReport(try store.indicatorFacts(cohort: scope, period: year, now: now))
                let quick = try store.indicatorFigures(cohort: scope, period: year, now: now)
                #expect(!quick.hasLists)
                #expect(figures(quick) == figures(full), "\(String(describing: scope)) \(year)")
                if scope == nil && year == ReportPeriod.year(of: today) {
                    #expect(full.indicator(.rco01).value > 0 && full.indicator(.rco05).value > 0)
                    #expect(full.indicator(.rco02).value > 0 && !full.partners.isEmpty)
                }
            }
        }
    }

    @Test func theCreationDateIsAStructureFieldLikeTheOthers() throws {
        var draft = StructureDraft()
        draft.name = "Jardin"
        draft.creationDate = "31/02/2024"
        #expect(draft.issues()[.creationDate] == .date)
        draft.creationDate = "01/05/2024"
        #expect(draft.structure(id: 0)?.creationDate == date(2024, 5, 1))
        #expect(StructureDraft.Field(scriptName: "date_creation") == .creationDate)
        // A draft saved before the field existed still reads.
        let old =
            #"{"name":"Jardin","legalForm":"association","siret":"","address":"","postcode":"","town":"","departement":"","sector":"","headcount":"","website":"","problem":"","notes":"","contacts":[],"cohortIDs":[]}"#
        let decoded = try JSONDecoder().decode(StructureDraft.self, from: Data(old.utf8))
        #expect(decoded.creationDate.isEmpty && decoded.name == "Jardin")
    }
}
