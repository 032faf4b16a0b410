import EssorCore
import EssorTestSupport
import Foundation
import Testing

@testable import EssorStore

@Suite struct FinanceStoreTests {
    let folder = TemporaryFolder()
    let me = ChangeAuthor(name: "camille", session: "s1")
    let today = LocalDate(year: 2026, month: 11, day: 26)!

    func demo() throws -> Store {
        let store = try Store.open(path: folder.file("demo.sqlite"))
        try DemoProgramme.install(into: store, today: today)
        return store
    }

    func structure(_ store: Store, _ name: String) throws -> StructureID {
        try #require(
            try store.structureRows(store.structureIDs(order: .name, cohort: nil)).first { $0.name == name }?
                .id)
    }

    func exampleCohort(_ store: Store) throws -> CohortID {
        try #require(
            try store.cohortRows(store.cohortIDs()).first { $0.cohort.name.hasPrefix("Exemple") }?.id)
    }

    @Test func theDemoHasThreeYearsEverywhereAndAStructureAtRisk() throws {
        let store = try demo()
        let ids = try store.structureIDs(order: .name, cohort: nil)
        let years = try store.financialYears(ids)
        #expect(ids.allSatisfy { years[$0]?.map(\.year) == [2023, 2024, 2025] })
        let cohort = try exampleCohort(store)
        let model = try #require(try store.projectModel(cohort: cohort))
        #expect(model.startYear == 2027 && model.lines.count == 5)
        let thresholds = try store.financeThresholds()
        let members = try store.structureIDs(order: .name, cohort: cohort)
        let atRisk = members.filter {
            ProjectEffects.effects(of: model, on: $0, accounts: years[$0] ?? [], thresholds: thresholds)
                .atRiskYear != nil
        }
        #expect(atRisk == [try structure(store, "Épicerie Solidaire du Bessin")])
        #expect(try store.check() == [])
    }

    @Test func accountsAreSavedOverTheirVersionAndUndone() throws {
        let store = try demo()
        let id = try structure(store, "Clic Solidaire")
        var years = try store.financialYears(of: id)
        years[2][.cash] = 1_234
        try store.save([years[2]], of: id, by: me, at: 1)
        let saved = try store.financialYears(of: id)
        #expect(saved[2][.cash] == 1_234 && saved[2].version == 2)
        // The year as read before that save is stale now.
        #expect(throws: StoreError.conflict(entity: .structure, id: id)) {
            try store.save([years[2]], of: id, by: ChangeAuthor(name: "b", session: "b"), at: 2)
        }
        let change = try #require(try store.lastUndoableChange(session: "s1"))
        try store.undo(change, by: me, at: 3)
        #expect(try store.financialYears(of: id)[2][.cash] != 1_234)
        #expect(try store.history(of: .structure, id: id).first?.action == "undo")
    }

    @Test func anImportIsUndoneAsOneChange() throws {
        let store = try demo()
        let a = try structure(store, "Clic Solidaire")
        let b = try structure(store, "Vélos en Seine")
        try store.importFinancialYears(
            [
                FinancialYearUpdate(structureID: a, year: 2025, values: [.income: 1], columns: [.income]),
                FinancialYearUpdate(structureID: b, year: 2026, values: [.income: 2], columns: [.income]),
            ], by: me, at: 1)
        #expect(try store.financialYears(of: a).last?[.income] == 1)
        #expect(try store.financialYears(of: b).map(\.year) == [2023, 2024, 2025, 2026])
        let change = try #require(try store.lastUndoableChange(session: "s1"))
        let undone = try store.undo(change, by: me, at: 2)
        #expect(undone.count == 2)
        #expect(try store.financialYears(of: a).last?[.income] != 1)
        #expect(try store.financialYears(of: b).map(\.year) == [2023, 2024, 2025])
    }

    @Test func theProjectModelRoundTripsAndConflicts() throws {
        let store = try demo()
        let cohort = try exampleCohort(store)
        var model = try #require(try store.projectModel(cohort: cohort))
        let members = try store.structureIDs(order: .name, cohort: cohort)
        model.lines.append(
            ProjectLine(
                kind: .expense, label: "Camion frigorifique", amounts: [0, 30_000, 0],
                shares: [ProjectShare(structureID: members[0], mode: .fixed(cash: 5_000, staffDays: 2))]))
        try store.save(model, by: me, at: 1)
        let saved = try #require(try store.projectModel(cohort: cohort))
        #expect(saved.lines.map(\.label).last == "Camion frigorifique")
        #expect(saved.lines.last?.shares == model.lines.last?.shares)
        #expect(saved.lines.last?.amounts == [0, 30_000, 0])
        #expect(saved.version == model.version + 1)
        #expect(throws: StoreError.conflict(entity: .cohort, id: cohort)) {
            try store.save(model, by: me, at: 2)
        }
        #expect(try store.projectModel(cohort: try store.cohortIDs().first { $0 != cohort }!) == nil)
    }

    @Test func aCashPlanIsSavedWithItsLinesAndUndone() throws {
        let store = try demo()
        let cohort = try exampleCohort(store)
        var model = try #require(try store.projectModel(cohort: cohort))
        // The demo's aid is paid in November; the rent gets a plan: 3 000 in
        // January, the other months keeping their even 750.
        #expect(model.lines[4].months?[10] == 20_000)
        #expect(model.lines[2].months == nil)
        model.lines[2].setMonth(0, 3_000)
        let change = try store.save(model, by: me, at: 1)
        let saved = try #require(try store.projectModel(cohort: cohort))
        #expect(saved.lines[2].months == [3_000] + Array(repeating: 750, count: 11))
        #expect(saved.lines[4].months == model.lines[4].months)
        try store.undo(change, by: me, at: 2)
        let undone = try #require(try store.projectModel(cohort: cohort))
        #expect(undone.lines[2].months == nil && undone.lines[4].months?[10] == 20_000)
    }

    @Test func theProgrammesInstrumentTermsAreKeptAndUndone() throws {
        let store = try demo()
        #expect(try store.catalogue() == .standard)
        let ceiling = InstrumentCatalogue.Change(.honourLoan, .maximum)
        let share = InstrumentCatalogue.Change(.guarantee, .coverage)
        let change = try store.saveInstrumentTerms([(ceiling, 25_000), (share, 50)], by: me, at: 1)
        #expect(try store.catalogue().changes == [ceiling: 25_000, share: 50])
        // Back to the shipped term: the row goes.
        let back = try store.saveInstrumentTerms([(share, nil)], by: me, at: 2)
        #expect(try store.catalogue().changes == [ceiling: 25_000])
        // The first change is undone once the one after it is.
        #expect(throws: StoreError.self) { try store.undo(change, by: me, at: 3) }
        try store.undo(back, by: me, at: 4)
        #expect(try store.catalogue().changes == [ceiling: 25_000, share: 50])
        try store.undo(change, by: me, at: 5)
        #expect(try store.catalogue() == .standard)
    }

    @Test func financingIsRecordedWithItsRule() throws {
        let store = try demo()
        let id = try structure(store, "Épicerie Solidaire du Bessin")
        let saved = try store.save(
            Financing(
                structureID: id, cohortID: try exampleCohort(store), instrument: .guarantee, amount: 15_000,
                rule: .cashFirstYear), by: me, at: 1)
        var financing = try #require(try store.financings(of: id).first)
        #expect(financing.id == saved && financing.rule == .cashFirstYear && financing.status == .considered)
        financing.status = .granted
        try store.save(financing, by: me, at: 2)
        #expect(try store.financings(of: id).first?.status == .granted)
        try store.deleteFinancing(financing, by: me, at: 3)
        #expect(try store.financings(of: id).isEmpty)
    }

    @Test func thresholdsAreKeptInTheStore() throws {
        let store = try demo()
        #expect(try store.financeThresholds() == FinanceThresholds())
        try store.saveFinanceThresholds([(.cashDaysRed, 45)], by: me, at: 0)
        #expect(try store.financeThresholds()[.cashDaysRed] == 45)
    }
}
