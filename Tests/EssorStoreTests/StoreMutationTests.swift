import EssorCore
import EssorTestSupport
import Foundation
import GRDB
import Testing

@testable import EssorStore

@Suite struct StoreMutationTests {
    let folder = TemporaryFolder()
    let me = ChangeAuthor(name: "camille", session: "s1")
    let other = ChangeAuthor(name: "yanis", session: "s2")
    let today = LocalDate(year: 2026, month: 11, day: 26)!

    func demo() throws -> Store {
        let store = try Store.open(path: folder.file("demo.sqlite"))
        try DemoProgramme.install(into: store, today: today)
        return store
    }

    func id(of name: String, in store: Store) throws -> StructureID {
        try #require(try store.everything().structures.first { $0.name == name }?.id)
    }

    func newRecord(_ name: String, siret: String = "", cohorts: [CohortID] = []) -> StructureRecord {
        StructureRecord(
            structure: Structure(
                id: 0, name: name, legalForm: .scic, siret: siret, postcode: "14000", town: "Caen"),
            contacts: [Contact(name: "Léa Martin", role: "Gérante")], cohortIDs: cohorts, version: 0)
    }

    @Test func insertsAndUpdatesWithVersions() throws {
        let store = try demo()
        let cohort = try store.everything().cohorts[0].id
        let (id, _) = try store.save(newRecord("Atelier Neuf", cohorts: [cohort]), by: me, at: 1)
        var record = try #require(try store.structureRecord(id: id))
        #expect(record.version == 1 && record.cohortIDs == [cohort] && record.contacts.count == 1)
        record.structure.town = "Bayeux"
        record.cohortIDs = []
        try store.save(record, by: me, at: 2)
        let saved = try #require(try store.structureRecord(id: id))
        #expect(saved.version == 2 && saved.structure.town == "Bayeux" && saved.cohortIDs.isEmpty)
        #expect(
            SearchQuery("bayeux").matches(folded: try #require(try store.searchKey(of: id))))
    }

    @Test func refusesToOverwriteANewerVersion() throws {
        let store = try demo()
        let id = try id(of: "Coop des Deux Rives", in: store)
        let mine = try #require(try store.structureRecord(id: id))
        var theirs = mine
        theirs.structure.sector = "Conseil"
        try store.save(theirs, by: other, at: 1)
        var stale = mine
        stale.structure.sector = "Numérique"
        #expect(throws: StoreError.conflict(entity: .structure, id: id)) {
            try store.save(stale, by: me, at: 2)
        }
        #expect(try store.structureRecord(id: id)?.structure.sector == "Conseil")
    }

    @Test func refusesADuplicateSiretNamingTheOtherStructure() throws {
        let store = try demo()
        let existing = try #require(try store.structureRecord(id: id(of: "Vélos en Seine", in: store)))
        let copy = newRecord("Vélos bis", siret: Siret.formatted(existing.structure.siret))
        #expect(throws: StoreError.duplicateSiret(otherName: "Vélos en Seine")) {
            try store.save(copy, by: me, at: 1)
        }
        #expect(
            try store.structureName(withSiret: existing.structure.siret, excluding: 0) == "Vélos en Seine")
        #expect(
            try store.structureName(withSiret: existing.structure.siret, excluding: existing.structure.id)
                == nil)
    }

    @Test func deletingAStructureSaysWhatItTouchesAndUndoRestoresAll() throws {
        let store = try demo()
        let id = try id(of: "Épicerie Solidaire du Bessin", in: store)
        let impact = try store.deletionImpact(.structure, id: id)
        #expect(impact.cohorts == ["Exemple — Alimentation durable"])
        #expect(impact[.invitations] > 0 && impact[.attendance] > 0 && impact[.assignments] == 1)
        // Its accounts and financing are counted too: the same rows the
        // change log keeps for the undo.
        #expect(impact[.accounts] == 3 && impact[.contacts] > 0)
        let detailBefore = try store.structureDetail(id: id, now: 0)
        let change = try store.delete(.structure, id: id, by: me, at: 1)
        #expect(try store.structureRecord(id: id) == nil)
        #expect(try store.lastUndoableChange(session: "s1") == change)

        let undone = try store.undo(change, by: me, at: 2)
        #expect(undone.action == "delete" && undone.summary == "Épicerie Solidaire du Bessin")
        var detailAfter = try store.structureDetail(id: id, now: 0)
        #expect(detailAfter?.structure == detailBefore?.structure)
        #expect(detailAfter?.assignments.count == 1)
        detailAfter?.structure = detailBefore!.structure
        // Restored as a new version, so that a form opened before the
        // deletion cannot save over it unseen.
        #expect(detailAfter!.version > detailBefore!.version)
        detailAfter?.version = detailBefore!.version
        #expect(detailAfter == detailBefore)
        #expect(try store.lastUndoableChange(session: "s1") == nil)
        #expect(throws: StoreError.cannotUndo(.alreadyUndone)) { try store.undo(change, by: me, at: 3) }
    }

    @Test func undoRestoresTheFieldsBeforeAnUpdate() throws {
        let store = try demo()
        let id = try id(of: "Clic Solidaire", in: store)
        let original = try #require(try store.structureRecord(id: id))
        var edited = original
        edited.structure.name = "Clic Solidaire Normandie"
        edited.contacts = []
        edited.cohortIDs = []
        let (_, change) = try store.save(edited, by: me, at: 1)
        try store.undo(change, by: me, at: 2)
        let restored = try #require(try store.structureRecord(id: id))
        #expect(restored.structure == original.structure)
        #expect(restored.contacts == original.contacts && restored.cohortIDs == original.cohortIDs)
        #expect(restored.version == 3)  // moved forward: stale forms get a conflict
        #expect(try store.everything().structures.first { $0.id == id }?.name == "Clic Solidaire")
    }

    @Test func undoRemovesAnInsert() throws {
        let store = try demo()
        let (id, change) = try store.save(newRecord("Éphémère"), by: me, at: 1)
        try store.undo(change, by: me, at: 2)
        #expect(try store.structureRecord(id: id) == nil)
        let (next, _) = try store.save(newRecord("Suivante"), by: me, at: 3)
        #expect(next != id)  // identifiers are never reused
    }

    @Test func undoIsRefusedWhenSomeoneChangedTheRecordSince() throws {
        let store = try demo()
        let id = try id(of: "Vélos en Seine", in: store)
        var record = try #require(try store.structureRecord(id: id))
        record.structure.sector = "Vélo"
        let (_, change) = try store.save(record, by: me, at: 1)
        var theirs = try #require(try store.structureRecord(id: id))
        theirs.structure.town = "Rouen"
        try store.save(theirs, by: other, at: 2)
        #expect(throws: StoreError.cannotUndo(.changedSince(summary: "Vélos en Seine"))) {
            try store.undo(change, by: me, at: 3)
        }
        #expect(try store.structureRecord(id: id)?.structure.town == "Rouen")
    }

    @Test func deletingACohortTakesItsMeetingsAndUndoBringsThemBack() throws {
        let store = try demo()
        let snapshot = try store.everything()
        let cohort = try #require(snapshot.cohorts.first { $0.cohort.theme == "Numérique" })
        let impact = try store.deletionImpact(.cohort, id: cohort.id)
        #expect(impact[.memberships] == 5 && impact[.meetings] == 7 && impact[.assignments] == 4)
        #expect(impact[.attendance] > 0 && impact[.agendaItems] > 0)
        let meetingIDs = snapshot.meetings.filter { $0.meeting.cohortID == cohort.id }.map(\.id)
        let details = try meetingIDs.map { try store.meetingDetail(id: $0) }
        let change = try store.delete(.cohort, id: cohort.id, by: me, at: 1)
        #expect(try store.everything().meetings.count == snapshot.meetings.count - 7)
        try store.undo(change, by: me, at: 2)
        let after = try store.everything()
        #expect(after.meetings.count == snapshot.meetings.count)
        #expect(after.cohorts.first { $0.id == cohort.id }?.structureCount == 5)
        #expect(try meetingIDs.map { try store.meetingDetail(id: $0) } == details)
    }

    @Test func savesCohortsAndTheirMembers() throws {
        let store = try demo()
        let members = try Array(store.everything().structures.prefix(3).map(\.id))
        let cohort = Cohort(
            id: 0, name: "Mobilités", theme: "Mobilités", startDate: today, endDate: today.adding(days: 200),
            summary: "", project: CollectiveProject(title: "", summary: "", stage: .idea))
        let (id, _) = try store.save(
            CohortRecord(cohort: cohort, memberIDs: members, version: 0), by: me, at: 1)
        var record = try #require(try store.cohortRecord(id: id))
        #expect(record.memberIDs == members.sorted() && record.version == 1)
        record.memberIDs.removeLast()
        record.cohort.theme = "Mobilité durable"
        try store.save(record, by: me, at: 2)
        #expect(try store.cohortRecord(id: id)?.memberIDs.count == 2)
        #expect(try store.cohortRecord(id: id)?.cohort.theme == "Mobilité durable")
    }

    @Test func logsWhoChangedWhat() throws {
        let store = try demo()
        let (id, _) = try store.save(newRecord("Journal"), by: me, at: 42)
        let entries = try store.read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM change_log WHERE record_id = ? AND entity = 'structure'",
                arguments: [id])
        }
        #expect(entries.count == 1)
        #expect(entries[0]["author"] as String == "camille" && entries[0]["at"] as Int64 == 42)
        #expect(entries[0]["action"] as String == "insert" && (entries[0]["before"] as String?) == nil)
        #expect((entries[0]["after"] as String?)?.contains("Journal") == true)
    }
}
