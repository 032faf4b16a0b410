import EssorCore
import EssorTestSupport
import Foundation
import Testing

@testable import EssorStore

/// Every kind of write goes through the change log: from the demo, random
/// sequences of writes of every kind, then `u` as many times as it takes,
/// leave the store as it was (the log, the clock of workshops and the
/// records' version counters aside: those only move forward).
@Suite struct UndoEverythingTests {
    let folder = TemporaryFolder()
    let me = ChangeAuthor(name: "camille", session: "s1")
    let today = LocalDate(year: 2026, month: 11, day: 26)!

    /// A small seeded generator: a failing sequence can be replayed.
    struct Dice {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        mutating func pick<T>(_ items: [T]) -> T? {
            items.isEmpty ? nil : items[Int(next() % UInt64(items.count))]
        }
        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.count))
        }
    }

    /// The data of the store, as JSON rows without what only moves forward.
    func contents(_ store: Store) throws -> [String: [String]] {
        let object = try JSONSerialization.jsonObject(with: try store.exportJSON()) as! [String: Any]
        let tables = object["tables"] as! [String: [[String: Any]]]
        var result: [String: [String]] = [:]
        for (table, rows) in tables where !["changeLog", "workshopState", "draft"].contains(table) {
            result[table] = rows.map { row in
                var row = row
                row["version"] = nil
                let data = try! JSONSerialization.data(withJSONObject: row, options: [.sortedKeys])
                return String(decoding: data, as: UTF8.self)
            }.sorted()
        }
        return result
    }

    /// One random write of kind `kind`; the name of what it did.
    func write(_ kind: Int, _ store: Store, _ dice: inout Dice, at now: Int64) throws -> String? {
        let structures = try store.structureIDs(order: .name, cohort: nil)
        let cohorts = try store.cohortIDs()
        let meetings = try store.meetingIDs(MeetingFilter())
        switch kind {
        case 0:
            guard let id = dice.pick(structures), var record = try store.structureRecord(id: id) else {
                return nil
            }
            record.structure.notes += " revu"
            record.structure.headcount = Double(dice.int(0...40))
            try store.save(record, by: me, at: now)
            return "structure"
        case 1:
            let record = StructureRecord(
                structure: Structure(id: 0, name: "Nouvelle \(dice.int(1...999))", legalForm: .association),
                contacts: [], cohortIDs: Array(cohorts.prefix(1)), version: 0)
            try store.save(record, by: me, at: now)
            return "new structure"
        case 2:
            guard let id = dice.pick(cohorts), var record = try store.cohortRecord(id: id) else { return nil }
            record.cohort.summary += " (revu)"
            if !record.memberIDs.isEmpty { record.memberIDs.removeLast() }
            try store.save(record, by: me, at: now)
            return "cohort"
        case 3:
            guard let id = dice.pick(meetings), var record = try store.meetingRecord(id: id) else {
                return nil
            }
            record.meeting.place = "Salle \(dice.int(1...9))"
            record.agenda.append(AgendaItem(title: "Point ajouté", minutes: 10))
            try store.update(record, by: me, at: now)
            return "meeting"
        case 4:
            guard let id = dice.pick(meetings), let record = try store.meetingRecord(id: id),
                let sheet = try store.attendanceSheet(meeting: id), let row = sheet.rows.first
            else { return nil }
            try store.setAttendance(
                // With a structure or a partner of the sheet, or another organisation.
                [
                    Attendance(
                        group: dice.pick(sheet.groups.map(\.group) + [.other("Recyclerie \(now)")])
                            ?? row.group,
                        person: "Quelqu'un", status: .present)
                ],
                meeting: id,
                version: record.version, by: me, at: now)
            return "attendance"
        case 5:
            guard let id = dice.pick(meetings), let row = try store.attendanceSheet(meeting: id)?.rows.first
            else { return nil }
            try store.checkIn(
                meeting: id, group: row.group, person: row.person,
                status: dice.pick([.present, .absent, nil]) ?? nil, at: now, by: me)
            return "check-in"
        case 6:
            guard let meeting = dice.pick(meetings) else { return nil }
            let items = try store.workshop(meeting: meeting).items
            switch dice.int(0...4) {
            case 0, 1:
                try store.addWorkshopItem(
                    WorkshopItem(
                        meetingID: meeting, kind: dice.pick([.idea, .action]) ?? .idea, text: "Idée",
                        createdAt: now),
                    by: me, at: now)
            case 2:
                guard let item = dice.pick(items) else { return nil }
                try store.vote(item.id, delta: 1, by: me, at: now)
            case 3:
                guard var item = dice.pick(items) else { return nil }
                item.text += " !"
                item.status = .done
                try store.updateWorkshopItem(item, by: me, at: now)
            default:
                guard let item = dice.pick(items) else { return nil }
                try store.deleteWorkshopItem(item.id, by: me, at: now)
            }
            return "workshop"
        case 7:
            guard let id = dice.pick(structures) else { return nil }
            var years = try store.financialYears(of: id)
            guard !years.isEmpty else { return nil }
            years[years.count - 1][.cash] = Double(dice.int(0...90_000))
            try store.save([years[years.count - 1]], of: id, by: me, at: now)
            return "accounts"
        case 8:
            guard let id = dice.pick(structures) else { return nil }
            if let existing = dice.pick(try store.financings(of: id)), dice.int(0...1) == 0 {
                try store.deleteFinancing(existing, by: me, at: now)
            } else {
                try store.save(
                    Financing(
                        structureID: id, cohortID: cohorts.first, instrument: .honourLoan,
                        amount: Double(dice.int(1...20) * 1000)), by: me, at: now)
            }
            return "financing"
        case 9:
            guard let id = dice.pick(cohorts), var model = try store.projectModel(cohort: id),
                !model.lines.isEmpty
            else { return nil }
            model.lines[0].amounts = model.lines[0].amounts.map { $0 + 100 }
            model.lines.removeLast()
            try store.save(model, by: me, at: now)
            return "budget"
        case 10:
            try store.saveFinanceThresholds(
                [(.cashDaysRed, Double(dice.int(10...60))), (.subsidyOrange, 0.5)], by: me, at: now)
            return "thresholds"
        case 11:
            guard let id = dice.pick(try store.partnerIDs(cohort: nil)),
                var record = try store.partnerRecord(id: id)
            else { return nil }
            record.partner.summary += " ·"
            try store.save(record, by: me, at: now)
            return "partner"
        case 12:
            // Time of a demo person, some day of the fortnight around today.
            guard let person = dice.pick(try store.staff()) else { return nil }
            let entry = StaffTimeEntry(
                staffID: person.member.id, date: today.adding(days: dice.int(-7...7)),
                minutes: 30 * dice.int(1...6),
                cohortID: dice.pick(cohorts), task: "animation")
            do {
                try store.save(entry, by: me, at: now)
            } catch StoreError.timesheet {
                return nil
            }
            return "staff time"
        case 13:
            // Signing (or reopening) a person's month.
            guard let person = dice.pick(try store.staff()) else { return nil }
            let month = YearMonth(today)
            if person.signedMonths.contains(month) {
                try store.reopenMonth(month, of: person.member.id, by: me, at: now)
                return "reopen"
            }
            try store.signMonth(month, of: person.member.id, on: today, signer: "Julien", by: me, at: now)
            return "sign"
        default:
            let entity = dice.pick([ChangeEntity.structure, .meeting, .partner, .cohort]) ?? .structure
            let ids: [Int64] =
                switch entity {
                case .structure: structures
                case .meeting: meetings
                case .partner: try store.partnerIDs(cohort: nil)
                default: cohorts
                }
            guard let id = dice.pick(ids) else { return nil }
            do {
                try store.delete(entity, id: id, by: me, at: now)
            } catch StoreError.constraint(.signedMonth) {
                // A cohort with time in a signed month stays: nothing written.
                return nil
            }
            return "delete \(entity)"
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func undoingEveryWriteGivesBackTheStore(seed: UInt64) throws {
        let store = try Store.open(path: folder.file("demo-\(seed).sqlite"))
        try DemoProgramme.install(into: store, today: today)
        let start = try contents(store)
        var dice = Dice(state: seed)
        var done: [String] = []
        for step in 0..<40 {
            if let what = try write(dice.int(0...14), store, &dice, at: Int64(1000 + step)) {
                done.append(what)
            }
        }
        #expect(done.count > 20)
        #expect(try contents(store) != start)
        var undone = 0
        while let change = try store.lastUndoableChange(session: me.session) {
            let result = try store.undo(change, by: me, at: 5000)
            #expect(!result.summary.isEmpty, "undo \(undone) names nothing")
            undone += 1
            if undone > 500 { break }
        }
        #expect(undone == done.count, "\(done)")
        let end = try contents(store)
        for table in Set(start.keys).union(end.keys).sorted() where start[table] != end[table] {
            Issue.record("\(table) differs after undoing \(done)")
        }
    }

    @Test func aWorkshopActionTickedIsUndoneFirst() throws {
        let store = try Store.open(path: folder.file("x.sqlite"))
        try DemoProgramme.install(into: store, today: today)
        let meeting = try #require(try store.meetingIDs(MeetingFilter()).first)
        let structure = try #require(try store.structureIDs(order: .name, cohort: nil).first)
        try store.delete(.structure, id: structure, by: me, at: 1)
        let action = try store.addWorkshopItem(
            WorkshopItem(meetingID: meeting, kind: .action, text: "Relancer la mairie", createdAt: 2), by: me,
            at: 2)
        try store.setActionStatus(action, .done, by: me, at: 3)
        let undone = try store.undo(
            try #require(try store.lastUndoableChange(session: me.session)), by: me, at: 4)
        #expect(undone.entity == .workshopItem && undone.summary == "Relancer la mairie")
        #expect(try store.workshop(meeting: meeting).items.first { $0.id == action }?.status == .open)
        // The deletion made before is still there, next in line.
        #expect(try store.structureRows([structure]).isEmpty)
    }

    @Test func historyNamesTheFieldsOfOwnedRows() throws {
        let store = try Store.open(path: folder.file("h.sqlite"))
        try DemoProgramme.install(into: store, today: today)
        let id = try #require(
            try store.structureIDs(order: .name, cohort: nil).first {
                !(try store.financialYears(of: $0).isEmpty)
            })
        var year = try #require(try store.financialYears(of: id).last)
        let was = year[.cash]
        year[.cash] = 12_345
        try store.save([year], of: id, by: me, at: 10)
        let change = try #require(try store.history(of: .structure, id: id).first)
        #expect(
            change.differences == [
                ChangeRecord.Difference(
                    table: "financial_year", key: [String(year.year)], column: "tresorerie",
                    before: was.map { RowSnapshot.Value.real($0).text ?? "" }, after: "12345")
            ])
        try store.saveFinanceThresholds([(.cashDaysRed, 45)], by: me, at: 11)
        let settings = try #require(try store.history(of: .settings, id: ChangeEntity.settingsID).first)
        #expect(settings.differences.map(\.key) == [["tresorerie_jours_rouge"]])
        #expect(settings.differences.first?.after == "45")
    }

    @Test func anUndoShowsOnlyWhatItChangedAndLinksByName() throws {
        let store = try Store.open(path: folder.file("u.sqlite"))
        try DemoProgramme.install(into: store, today: today)
        let id = try #require(
            try store.structureIDs(order: .name, cohort: nil).first {
                !(try store.financialYears(of: $0).isEmpty)
            })
        var year = try #require(try store.financialYears(of: id).last)
        year[.cash] = 12_345
        try store.save([year], of: id, by: me, at: 10)
        try store.undo(try #require(try store.lastUndoableChange(session: me.session)), by: me, at: 11)
        let undo = try #require(try store.history(of: .structure, id: id).first)
        #expect(undo.action == "undo")
        #expect(undo.differences.map(\.table) == ["financial_year"], "\(undo.differences)")
        // A financing's partner and cohort are named, not numbered.
        let partner = try #require(try store.partnerIDs(cohort: nil).first)
        let partnerName = try #require(try store.partnerRecord(id: partner)?.partner.name)
        try store.save(
            Financing(
                structureID: id, cohortID: nil, instrument: .honourLoan, amount: 5000, partnerID: partner),
            by: me, at: 12)
        let change = try #require(try store.history(of: .structure, id: id).first)
        let named = try #require(change.differences.first { $0.column == "partner_id" })
        #expect(named.after == partnerName)
        #expect(!change.differences.contains { ($0.before ?? "").isEmpty && ($0.after ?? "").isEmpty })
    }

    @Test func anOwnedRowIsNamedByWhatItLinks() throws {
        let store = try Store.open(path: folder.file("n.sqlite"))
        try DemoProgramme.install(into: store, today: today)
        let meeting = try #require(try store.meetingIDs(MeetingFilter()).first)
        var record = try #require(try store.meetingRecord(id: meeting))
        let dropped = try #require(record.invitedIDs.first)
        record.invitedIDs.removeFirst()
        try store.update(record, by: me, at: 1)
        let name = try #require(try store.structureRows([dropped]).first?.name)
        let change = try #require(try store.history(of: .meeting, id: meeting).first)
        #expect(
            change.differences.contains {
                $0.table == "meeting_invitation" && $0.key == [name]
            }, "\(change.differences)")
    }
}
