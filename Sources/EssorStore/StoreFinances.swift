import EssorCore
import Foundation
import GRDB

/// Accounts, thresholds, project budgets and financing. Accounts and
/// financing are logged as changes of their structure, a budget as a
/// change of its cohort, so history and undo cover them.
extension Store {
    static let figureColumns = FinancialYear.Figure.allCases.map(\.column)

    static func financialYear(_ row: Row) -> FinancialYear {
        var values: [FinancialYear.Figure: Double] = [:]
        for figure in FinancialYear.Figure.allCases {
            if let value = row[figure.column] as Double? { values[figure] = value }
        }
        return FinancialYear(
            structureID: row["structure_id"], year: row["year"], values: values, version: row["version"])
    }

    /// The accounts of `structures`, oldest year first for each.
    public func financialYears(_ structures: [StructureID]) throws -> [StructureID: [FinancialYear]] {
        guard !structures.isEmpty else { return [:] }
        return try read { db in try Self.financialYears(db, structures) }
    }

    /// The accounts of `structures` read on `db`, oldest year first for each.
    static func financialYears(_ db: Database, _ structures: [StructureID]) throws
        -> [StructureID: [FinancialYear]]
    {
        var result: [StructureID: [FinancialYear]] = [:]
        for chunk in stride(from: 0, to: structures.count, by: 500) {
            let ids = structures[chunk..<min(chunk + 500, structures.count)]
            let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
            for row in try Row.fetchAll(
                db, sql: "SELECT * FROM financial_year WHERE structure_id IN (\(marks)) ORDER BY year",
                arguments: StatementArguments(Array(ids)))
            {
                let year = Self.financialYear(row)
                result[year.structureID, default: []].append(year)
            }
        }
        return result
    }

    public func financialYears(of structure: StructureID) throws -> [FinancialYear] {
        try financialYears([structure])[structure] ?? []
    }

    /// Saves one structure's accounts for the years given (others are kept).
    /// A year read at a version someone else has moved on is a conflict.
    @discardableResult
    public func save(
        _ years: [FinancialYear], of structure: StructureID, removing removed: [Int] = [],
        by author: ChangeAuthor,
        at now: Int64
    ) throws -> ChangeID {
        try write { db in
            try Self.saveYears(
                db, years, of: structure, removing: removed, batch: nil, author: author, now: now)
        }
    }

    /// Writes one year's figures (a new version when it was there).
    static func upsertYear(_ db: Database, _ year: FinancialYear) throws {
        let columns = figureColumns.joined(separator: ", ")
        let marks = Array(repeating: "?", count: figureColumns.count).joined(separator: ", ")
        let updates = figureColumns.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        var arguments: [DatabaseValueConvertible?] = [year.structureID, year.year]
        arguments += FinancialYear.Figure.allCases.map { year[$0] }
        try db.run(
            sql: """
                INSERT INTO financial_year (structure_id, year, \(columns)) VALUES (?, ?, \(marks))
                ON CONFLICT(structure_id, year) DO UPDATE SET \(updates), version = version + 1
                """, arguments: StatementArguments(arguments))
    }

    /// Runs `body`, which changes rows a structure owns (accounts,
    /// financing), and logs it as an update of that structure, with its
    /// rows before and after.
    static func updatingStructure<T>(
        _ db: Database, _ structure: StructureID, batch: String? = nil, author: ChangeAuthor, now: Int64,
        _ body: () throws -> T
    ) throws -> (T, ChangeID) {
        guard let before = try ChangeEntity.structure.snapshot(db, id: structure, forDeletion: false) else {
            throw StoreError.conflict(entity: .structure, id: structure)
        }
        let result = try body()
        let name =
            try String.fetchOne(db, sql: "SELECT name FROM structure WHERE id = ?", arguments: [structure])
            ?? ""
        let change = try log(
            db, .structure, structure, "update", name, before: before, batch: batch, author: author, now: now)
        return (result, change)
    }

    static func saveYears(
        _ db: Database, _ years: [FinancialYear], of structure: StructureID, removing removed: [Int] = [],
        batch: String?, author: ChangeAuthor, now: Int64
    ) throws -> ChangeID {
        try updatingStructure(db, structure, batch: batch, author: author, now: now) {
            for year in removed {
                try db.execute(
                    sql: "DELETE FROM financial_year WHERE structure_id = ? AND year = ?",
                    arguments: [structure, year])
            }
            for year in years {
                let stored = try Int.fetchOne(
                    db, sql: "SELECT version FROM financial_year WHERE structure_id = ? AND year = ?",
                    arguments: [structure, year.year])
                if year.version != 0, stored != year.version {
                    throw StoreError.conflict(entity: .structure, id: structure)
                }
                var copy = year
                copy.structureID = structure
                try upsertYear(db, copy)
            }
        }.1
    }

    /// Applies an import's rows (merged by column with what is stored, see
    /// `FinancialYearUpdate`) as one batch that `u` undoes whole. The
    /// stored years are read in the same transaction as the write, so the
    /// outcomes returned are exactly what was done. A year the import leaves
    /// as it was is not written: an import that changes nothing writes
    /// nothing.
    @discardableResult
    public func importFinancialYears(_ updates: [FinancialYearUpdate], by author: ChangeAuthor, at now: Int64)
        throws -> [FinancialYearUpdate.Outcome]
    {
        let batch = UUID().uuidString.lowercased()
        return try write { db in
            let stored = try Self.storedYears(db, of: updates)
            let outcomes = updates.map { $0.outcome(from: stored[$0.structureID]?[$0.year]) }
            let changed = zip(updates, outcomes).filter { !$0.1.changes.isEmpty }.map(\.0)
            let byStructure = Dictionary(grouping: changed, by: \.structureID)
            for (structure, own) in byStructure.sorted(by: { $0.key < $1.key }) {
                let years = own.map { $0.applied(to: stored[structure]?[$0.year]) }
                _ = try Self.saveYears(db, years, of: structure, batch: batch, author: author, now: now)
            }
            return outcomes
        }
    }

    /// What an import would do, read as the import would read it.
    public func outcomes(of updates: [FinancialYearUpdate]) throws -> [FinancialYearUpdate.Outcome] {
        try read { db in
            let stored = try Self.storedYears(db, of: updates)
            return updates.map { $0.outcome(from: stored[$0.structureID]?[$0.year]) }
        }
    }

    /// The stored years of the structures updates are about, by year.
    static func storedYears(_ db: Database, of updates: [FinancialYearUpdate]) throws
        -> [StructureID: [Int: FinancialYear]]
    {
        try financialYears(db, Array(Set(updates.map(\.structureID)))).mapValues { years in
            Dictionary(years.map { ($0.year, $0) }) { $1 }
        }
    }

    // MARK: Thresholds

    public func financeThresholds() throws -> FinanceThresholds {
        try read { db in
            var values: [FinanceThresholds.Key: Double] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT key, value FROM finance_threshold") {
                if let key = FinanceThresholds.Key(rawValue: row["key"]) { values[key] = row["value"] }
            }
            return FinanceThresholds(values)
        }
    }

    /// Sets thresholds, logged as one change of the programme's settings.
    @discardableResult
    public func saveFinanceThresholds(
        _ values: [(FinanceThresholds.Key, Double)], by author: ChangeAuthor, at now: Int64
    ) throws -> ChangeID {
        try write { db in
            let before = try ChangeEntity.settings.snapshot(
                db, id: ChangeEntity.settingsID, forDeletion: false)
            for (key, value) in values {
                try db.execute(
                    sql:
                        "INSERT INTO finance_threshold (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    arguments: [key.rawValue, value])
            }
            return try Self.log(
                db, .settings, ChangeEntity.settingsID, "update", Self.settingsSummary, before: before,
                author: author, now: now)
        }
    }

    // MARK: Instruments

    /// The programme's instruments: the shipped terms and its changes.
    public func catalogue() throws -> Catalogue {
        try read { db in
            var changes: [InstrumentCatalogue.Change: Double] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT instrument, term, value FROM instrument_term") {
                if let change = InstrumentCatalogue.Change(
                    key: "\(row["instrument"] as String).\(row["term"] as String)")
                {
                    changes[change] = row["value"]
                }
            }
            return Catalogue(changes)
        }
    }

    /// Sets terms of the instruments (nil: back to the shipped one),
    /// logged as one change of the programme's settings.
    @discardableResult
    public func saveInstrumentTerms(
        _ values: [(InstrumentCatalogue.Change, Double?)], by author: ChangeAuthor, at now: Int64
    ) throws -> ChangeID {
        try write { db in
            let before = try ChangeEntity.settings.snapshot(
                db, id: ChangeEntity.settingsID, forDeletion: false)
            for (change, value) in values {
                if let value {
                    try db.execute(
                        sql: """
                            INSERT INTO instrument_term (instrument, term, value) VALUES (?, ?, ?)
                            ON CONFLICT(instrument, term) DO UPDATE SET value = excluded.value
                            """,
                        arguments: [change.instrument.rawValue, change.setting.rawValue, value])
                } else {
                    try db.execute(
                        sql: "DELETE FROM instrument_term WHERE instrument = ? AND term = ?",
                        arguments: [change.instrument.rawValue, change.setting.rawValue])
                }
            }
            return try Self.log(
                db, .settings, ChangeEntity.settingsID, "update", Self.settingsSummary, before: before,
                author: author, now: now)
        }
    }

    /// Describes the programme (its form, `essor programme set`), logged
    /// as one change of the programme's settings.
    @discardableResult
    public func saveProgramme(_ programme: Programme, by author: ChangeAuthor, at now: Int64) throws
        -> ChangeID
    {
        try write { db in
            let before = try ChangeEntity.settings.snapshot(
                db, id: ChangeEntity.settingsID, forDeletion: false)
            try StoreWriter(db: db).setProgramme(programme)
            return try Self.log(
                db, .settings, ChangeEntity.settingsID, "update", Self.settingsSummary, before: before,
                author: author, now: now)
        }
    }

    /// The summary of a change of the settings (history names the fields).
    static let settingsSummary = "programme"

    // MARK: Project model

    /// The cohort's project budget; nil when it has none yet.
    public func projectModel(cohort: CohortID) throws -> ProjectModel? {
        try read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql:
                        "SELECT project_start_year, project_years, project_day_rate, version FROM cohort WHERE id = ?",
                    arguments: [cohort]),
                let start = row["project_start_year"] as Int?
            else { return nil }
            let shares = Dictionary(
                grouping: try Row.fetchAll(
                    db, sql: "SELECT * FROM project_share WHERE cohort_id = ? ORDER BY structure_id",
                    arguments: [cohort]),
                by: { $0["line_id"] as Int64 })
            let lines = try Row.fetchAll(
                db, sql: "SELECT * FROM project_line WHERE cohort_id = ? ORDER BY position, id",
                arguments: [cohort]
            ).map { line -> ProjectLine in
                let id: Int64 = line["id"]
                let amounts =
                    (try? JSONDecoder().decode([Double].self, from: Data((line["amounts"] as String).utf8)))
                    ?? []
                let months = (line["months"] as String?).flatMap { text in
                    (try? JSONDecoder().decode([Double].self, from: Data(text.utf8)))
                        .flatMap { $0.count == CashPlan.months ? $0 : nil }
                }
                return ProjectLine(
                    id: id, kind: ProjectLine.Kind(rawValue: line["kind"]) ?? .expense, label: line["label"],
                    amounts: amounts,
                    shares: (shares[id] ?? []).map { share in
                        let mode: ProjectShare.Mode =
                            (share["percent"] as Double?).map { .percent($0) }
                            ?? .fixed(cash: share["cash"], staffDays: share["staff_days"])
                        return ProjectShare(structureID: share["structure_id"], mode: mode)
                    }, months: months)
            }
            return ProjectModel(
                cohortID: cohort, startYear: start, years: row["project_years"],
                dayRate: row["project_day_rate"],
                lines: lines, version: row["version"])
        }
    }

    /// Saves a cohort's whole budget over the version it was read at.
    @discardableResult
    public func save(_ model: ProjectModel, by author: ChangeAuthor, at now: Int64) throws -> ChangeID {
        try write { db in
            let before = try Self.checkedSnapshot(db, .cohort, model.cohortID, version: model.version)
            try Self.writeModel(db, model)
            try db.execute(
                sql: "UPDATE cohort SET version = version + 1 WHERE id = ?", arguments: [model.cohortID])
            let name = try String.fetchOne(
                db, sql: "SELECT name FROM cohort WHERE id = ?", arguments: [model.cohortID])
            return try Self.log(
                db, .cohort, model.cohortID, "update", name ?? "", before: before, author: author, now: now)
        }
    }

    /// The budget's rows, replacing the cohort's.
    static func writeModel(_ db: Database, _ model: ProjectModel) throws {
        try db.execute(
            sql:
                "UPDATE cohort SET project_start_year = ?, project_years = ?, project_day_rate = ? WHERE id = ?",
            arguments: [model.startYear, model.years, model.dayRate, model.cohortID])
        try db.execute(sql: "DELETE FROM project_line WHERE cohort_id = ?", arguments: [model.cohortID])
        for (position, line) in model.lines.enumerated() {
            let amounts = String(decoding: try JSONEncoder().encode(line.amounts), as: UTF8.self)
            let months = try line.months.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }
            try db.execute(
                sql: """
                    INSERT INTO project_line (cohort_id, position, kind, label, amounts, months)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [model.cohortID, position, line.kind.rawValue, line.label, amounts, months])
            let lineID = db.lastInsertedRowID
            for share in line.shares {
                var percent: Double?
                var cash = 0.0
                var days = 0.0
                switch share.mode {
                case .percent(let p): percent = p
                case .fixed(let c, let d): (cash, days) = (c, d)
                }
                try db.execute(
                    sql: """
                        INSERT INTO project_share (line_id, cohort_id, structure_id, percent, cash, staff_days)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """, arguments: [lineID, model.cohortID, share.structureID, percent, cash, days])
            }
        }
    }

    // MARK: Financing

    public func financings(of structure: StructureID) throws -> [Financing] {
        try read { db in
            var out: [Financing] = []
            try Self.eachRow(
                db,
                sql:
                    "SELECT \(Self.financingColumns) FROM financing f WHERE f.structure_id = ? ORDER BY f.id",
                arguments: [structure]
            ) { out.append($0.financing()) }
            return out
        }
    }

    /// The columns `RawRow.financing()` reads, in its order (a report
    /// reads every financing of a programme).
    static let financingColumns =
        "f.id, f.structure_id, f.cohort_id, f.instrument, f.amount, f.partner_id, f.status, f.note, f.rule, f.granted_on, "
        + "f.requested_on, f.committee_on, f.paid_on, f.refused_on"

    /// Records (id 0) or updates a financing of a structure.
    @discardableResult
    public func save(_ financing: Financing, by author: ChangeAuthor, at now: Int64) throws -> Int64 {
        try save([financing], by: author, at: now)[0]
    }

    /// Records or updates financings of one structure as one change (the
    /// instruments of one suggestion, kept with one key, undone with one
    /// `u`).
    @discardableResult
    public func save(_ financings: [Financing], by author: ChangeAuthor, at now: Int64) throws -> [Int64] {
        guard let structure = financings.first?.structureID else { return [] }
        precondition(financings.allSatisfy { $0.structureID == structure }, "financings of one structure")
        return try write { db in
            try Self.updatingStructure(db, structure, author: author, now: now) {
                try financings.map { try Self.write($0, db, now: now) }
            }.0
        }
    }

    static func write(_ financing: Financing, _ db: Database, now: Int64) throws -> Int64 {
        // Each stage's day is kept as it moves on (`Financing.stamped`).
        let financing = financing.stamped(today: WallClock.paris.today(now: now))
        let arguments: [DatabaseValueConvertible?] = [
            financing.structureID, financing.cohortID, financing.instrument.rawValue, financing.amount,
            financing.partnerID, financing.status.rawValue, financing.note, financing.rule?.rawValue,
            financing.grantedOn?.iso, financing.requestedOn?.iso, financing.committeeOn?.iso,
            financing.paidOn?.iso, financing.refusedOn?.iso,
        ]
        guard financing.id != 0 else {
            try db.execute(
                sql: """
                    INSERT INTO financing (structure_id, cohort_id, instrument, amount, partner_id, status, note, rule,
                        granted_on, requested_on, committee_on, paid_on, refused_on)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: StatementArguments(arguments))
            return db.lastInsertedRowID
        }
        try db.execute(
            sql: """
                UPDATE financing SET structure_id = ?, cohort_id = ?, instrument = ?, amount = ?, partner_id = ?,
                status = ?, note = ?, rule = ?, granted_on = ?, requested_on = ?, committee_on = ?, paid_on = ?,
                refused_on = ? WHERE id = ?
                """, arguments: StatementArguments(arguments + [financing.id]))
        guard db.changesCount == 1 else {
            throw StoreError.conflict(entity: .structure, id: financing.structureID)
        }
        return financing.id
    }

    public func deleteFinancing(_ financing: Financing, by author: ChangeAuthor, at now: Int64) throws {
        try write { db in
            _ = try Self.updatingStructure(db, financing.structureID, author: author, now: now) {
                try db.execute(sql: "DELETE FROM financing WHERE id = ?", arguments: [financing.id])
            }
        }
    }
}

extension Store {
    /// Structures an import row designates: by SIRET, or by name (case and
    /// accents aside, the whole name: an import never guesses).
    public func structureIDs(siret: String) throws -> [StructureID] {
        try read {
            try StructureID.fetchAll($0, sql: "SELECT id FROM structure WHERE siret = ?", arguments: [siret])
        }
    }

    /// The structures whose SIRET starts with a SIREN.
    public func structureIDs(siren: String) throws -> [StructureID] {
        try read {
            try StructureID.fetchAll(
                $0, sql: "SELECT id FROM structure WHERE substr(siret, 1, 9) = ? ORDER BY id",
                arguments: [siren])
        }
    }

    public func structureIDs(exactName name: String) throws -> [StructureID] {
        let key = SearchFolding.fold(name.trimmingCharacters(in: .whitespaces))
        return try read {
            try StructureID.fetchAll(
                $0, sql: "SELECT id FROM structure WHERE sort_name = ?", arguments: [key])
        }
    }
}
