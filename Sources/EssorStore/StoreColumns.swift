import EssorCore
import Foundation
import GRDB

/// What each column of the store may hold. Rows that come from outside
/// essor's own code paths (an `import json` file, a change-log snapshot
/// that undo writes back, a store to check) are checked against these
/// rules before anything is written, and only the tables and columns the
/// schema itself has are accepted: names are never taken from a file.
///
/// Every column of every data table has a rule (a test compares with the
/// schema), so a new column cannot slip through unchecked.
enum ColumnRule: Sendable {
    /// A row id or a reference to one: an integer ≥ 1.
    case key
    /// A record's version: an integer ≥ 1.
    case version
    /// An integer within a range.
    case integer(ClosedRange<Int64>)
    /// A number of a kind the `NumberReader` knows, within its range.
    case quantity(NumberReader.Quantity)
    /// An instant, in seconds since 1970, between 1900 and 2200.
    case instant
    /// A day, `AAAA-MM-JJ`.
    case date
    /// A month, `AAAA-MM`.
    case month
    /// A task's code (`TimeTask.isCode`).
    case taskCode
    /// Text up to a length, in characters.
    case text(Int)
    /// Text that is not blank, up to a length (names, titles: what a form
    /// requires).
    case required(Int)
    /// One of these words; in the JSON of `export json`, the code beside
    /// each (`ExchangeCode`).
    case choice([String], codes: [String])
    /// One of these integers.
    case integers([Int64])
    /// JSON text of this shape.
    case json(JSONShape)
    /// Computed from the other columns (search and sort keys): whatever a
    /// file says is replaced.
    case derived

    static let instants: ClosedRange<Int64> = -2_208_988_800...7_258_118_400

    /// Whether `value` is acceptable; `nullable` from the schema.
    func accepts(_ value: RowSnapshot.Value, nullable: Bool) -> Bool {
        if case .null = value { return nullable || isDerived }
        switch (self, value) {
        case (.derived, _): return true
        case (.key, .integer(let v)), (.version, .integer(let v)): return v >= 1
        case (.integer(let range), .integer(let v)): return range.contains(v)
        case (.instant, .integer(let v)): return Self.instants.contains(v)
        case (.quantity(let quantity), .integer(let v)):
            return (try? NumberReader.check(Double(v), as: quantity).get()) != nil
        case (.quantity(let quantity), .real(let v)):
            return (try? NumberReader.check(v, as: quantity).get()) != nil
        case (.date, .text(let v)): return v.count == 10 && LocalDate.parseISO(v) != nil
        case (.month, .text(let v)): return v.count == 7 && YearMonth(text: v)?.iso == v
        case (.taskCode, .text(let v)): return TimeTask.isCode(v)
        case (.text(let limit), .text(let v)):
            return (v.utf8.count <= limit || v.count <= limit) && !v.unicodeScalars.contains("\0")
        case (.required(let limit), .text(let v)):
            return ColumnRule.text(limit).accepts(value, nullable: false) && !v.trimmingSpaces.isEmpty
        case (.choice(let words, _), .text(let v)): return words.contains(v)
        case (.integers(let allowed), .integer(let v)): return allowed.contains(v)
        case (.json(let shape), .text(let v)): return v.utf8.count <= 16 << 20 && shape.accepts(Data(v.utf8))
        default: return false
        }
    }

    var isDerived: Bool {
        if case .derived = self { return true }
        return false
    }

    /// What the rule expects, for messages (in French and English).
    func expected(_ fr: Bool) -> String {
        switch self {
        case .key, .version: return tr("an integer ≥ 1", fr)
        case .integer(let range):
            return tr("an integer from %1$s to %2$s", fr, range.lowerBound, range.upperBound)
        case .quantity(let quantity):
            let range = quantity.range
            let low = DecimalFormat.grouped(range.lowerBound, separator: " ")
            let high = DecimalFormat.grouped(range.upperBound, separator: " ")
            return tr("a number from %1$s to %2$s", fr, low, high)
        case .instant:
            return tr("a date and time between 1900 and 2200", fr)
        case .date: return tr("a date YYYY-MM-DD", fr)
        case .month: return tr("a month YYYY-MM", fr)
        case .taskCode: return tr("a code of lower-case letters, digits and _ (at most 32)", fr)
        case .text(let limit):
            return tr("a text of at most %s characters, without NUL", fr, limit)
        case .required(let limit):
            return tr("a non-empty text of at most %s characters", fr, limit)
        case .choice(let words, _): return tr("one of: %s", fr, words.joined(separator: ", "))
        case .integers(let allowed):
            return tr("one of: %s", fr, allowed.map(String.init).joined(separator: ", "))
        case .json: return tr("valid JSON of the right shape", fr)
        case .derived: return ""
        }
    }
}

/// What a JSON column holds.
enum JSONShape: Sendable {
    /// Any JSON (a form's draft).
    case any
    /// A change-log snapshot (`RowSnapshot`).
    case snapshot
    /// A workshop's clock (`WorkshopTimer`).
    case timer
    /// A budget line's yearly amounts.
    case amounts
    /// A cash plan's twelve monthly amounts.
    case months

    func accepts(_ data: Data) -> Bool {
        switch self {
        case .any: (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) != nil
        case .snapshot: StoreColumns.isSnapshot(data)
        case .timer: StoreColumns.isTimer(data)
        case .amounts: StoreColumns.isAmounts(data)
        case .months: StoreColumns.isMonths(data)
        }
    }
}

/// A value of a row that breaks its column's rule.
public struct ColumnViolation: Equatable, Sendable {
    public var table: String
    /// The row's position in the file (from 1), or its id in the store.
    public var row: Int
    public var column: String
    public var problem: Problem

    public enum Problem: Equatable, Sendable {
        case unknownTable
        case unknownColumn
        case missing
        case badValue(value: String, expectedFR: String, expectedEN: String)
    }
}

enum StoreColumns {
    private static func choices<T: RawRepresentable & ExchangeCode>(_ type: T.Type) -> ColumnRule
    where T.RawValue == String {
        .choice(type.allCases.map(\.rawValue), codes: type.codes)
    }

    private static let actions = ["insert", "update", "delete", "undo"]
    private static let name = ColumnRule.text(TextLimit.name)
    private static let title = ColumnRule.required(TextLimit.name)
    private static let line = ColumnRule.text(TextLimit.line)
    private static let long = ColumnRule.text(TextLimit.long)
    private static let whole = ColumnRule.integer(Int64.min...Int64.max)
    private static let position = ColumnRule.integer(0...1_000_000)
    private static let anyJSON = ColumnRule.json(.any)

    /// Every data table and its columns' rules.
    static let rules: [String: [String: ColumnRule]] = [
        "essor_meta": ["key": name, "value": line],
        "programme": [
            "id": .integer(1...1), "name": title, "operator": name, "funders": line, "contact_email": name,
            "contact_address": line, "summary": long, "operation_ref": name, "eu_statement": name,
            "privacy_notice": line, "signatory_name": name, "signatory_role": name,
            "retention_years": .integers(Retention.allCases.map { Int64($0.rawValue) }),
            "last_payment": .date, "support_threshold_minutes": .integer(1...6000),
        ],
        "cohort": [
            "id": .key, "name": title, "theme": title, "start_date": .date, "end_date": .date,
            "summary": long,
            "project_title": name, "project_summary": long, "project_stage": choices(ProjectStage.self),
            "version": .version, "search_key": .derived, "project_start_year": .quantity(.year),
            "project_years": .quantity(.projectYears), "project_day_rate": .quantity(.dayRate),
        ],
        "structure": [
            "id": .key, "name": title, "legal_form": choices(LegalForm.self), "siret": .text(14),
            "address": line, "postcode": .text(5), "town": name, "departement": .text(3), "sector": name,
            "headcount": .quantity(.headcount), "creation_date": .date, "website": line, "problem": long,
            "notes": long,
            "search_key": .derived, "version": .version, "sort_name": .derived, "sort_town": .derived,
        ],
        "structure_contact": [
            "id": .key, "structure_id": .key, "position": position, "name": title, "role": name,
            "email": name,
            "phone": name,
        ],
        "membership": ["cohort_id": .key, "structure_id": .key],
        "partner": [
            "id": .key, "name": title, "expertise": name, "summary": long, "website": line,
            "search_key": .derived,
            "version": .version,
        ],
        "partner_contact": [
            "id": .key, "partner_id": .key, "position": position, "name": title, "role": name, "email": name,
            "phone": name,
        ],
        "assignment": [
            "id": .key, "partner_id": .key, "cohort_id": .key, "structure_id": .key,
            "mission": .required(TextLimit.long),
            "days_planned": .quantity(.staffDays), "status": choices(AssignmentStatus.self),
            "version": .version,
            "start_date": .date, "end_date": .date,
        ],
        "meeting": [
            "id": .key, "cohort_id": .key, "kind": choices(MeetingKind.self), "title": title,
            "starts_at": .instant,
            "duration_minutes": .quantity(.durationMinutes), "place": line, "video_link": line,
            "facilitators": line, "notes": long, "search_key": .derived, "version": .version, "series": name,
            "uid": .text(TextLimit.line),
        ],
        "meeting_partner": ["meeting_id": .key, "partner_id": .key],
        "meeting_invitation": ["meeting_id": .key, "structure_id": .key],
        "agenda_item": [
            "id": .key, "meeting_id": .key, "position": position, "title": title,
            "minutes": .quantity(.agendaMinutes), "owner": name,
        ],
        "attendance": [
            "id": .key, "meeting_id": .key, "structure_id": .key, "partner_id": .key, "organisation": name,
            "person": title, "status": choices(AttendanceStatus.self), "arrived_at": .instant,
        ],
        "change_log": [
            "id": .key, "at": .instant, "author": name, "session": name, "entity": choices(ChangeEntity.self),
            "record_id": .key, "action": .choice(actions, codes: actions),
            "summary": .text(TextLimit.long),
            "before": .json(.snapshot),
            "after": .json(.snapshot), "undoes": .key, "batch": name,
        ],
        "draft": [
            "id": .key, "author": name, "saved_at": .instant, "entity": choices(ChangeEntity.self),
            "record_id": whole, "version": whole, "title": name, "payload": anyJSON,
        ],
        "workshop_item": [
            "id": .key, "meeting_id": .key, "kind": choices(WorkshopItemKind.self),
            "text": .required(TextLimit.long),
            "tags": line,
            "votes": .quantity(.votes), "owner": name, "due_date": .date,
            "status": choices(ActionStatus.self),
            "created_at": .instant, "author": name,
        ],
        "workshop_state": [
            "meeting_id": .key, "timer": .json(.timer), "item_order": choices(WorkshopOrder.self),
            "updated_at": .instant,
        ],
        "time_entry": [
            "id": .key, "assignment_id": .key, "date": .date, "days": .quantity(.staffDays), "note": line,
        ],
        "staff": [
            "id": .key, "name": title, "role": name, "employer": name, "mode": choices(StaffMode.self),
            "share_percent": .quantity(.percent), "letter_reference": name, "letter_from": .date,
            "letter_to": .date, "contract_from": .date, "contract_to": .date, "sort_name": .derived,
            "version": .version,
        ],
        "staff_cost": ["staff_id": .key, "year": .quantity(.year), "annual_cost": .quantity(.annualCost)],
        "staff_month": ["staff_id": .key, "month": .month, "signed_on": .date, "signed_by": title],
        "staff_time": [
            "id": .key, "staff_id": .key, "date": .date,
            "minutes": .integer(1...Int64(TimesheetRules.dayLimitMinutes)), "cohort_id": .key,
            "task": .taskCode, "note": line, "meeting_id": .key, "meeting_stamp": .text(100),
            "version": .version,
        ],
        "time_task": ["code": .taskCode, "label": title, "position": position],
        // Each key's own range is checked by `violations(in:)`.
        "time_setting": ["key": choices(TimeSettings.Key.self), "value": .quantity(.preparationPercent)],
        "financial_year": [
            "structure_id": .key, "year": .quantity(.year), "produits": .quantity(.amount),
            "subventions": .quantity(.amount), "charges": .quantity(.amount),
            "masse_salariale": .quantity(.amount),
            "resultat": .quantity(.amount), "fonds_propres": .quantity(.amount),
            "total_bilan": .quantity(.amount),
            "tresorerie": .quantity(.amount), "dettes_financieres": .quantity(.amount),
            "amortissements": .quantity(.amount), "ressources_stables": .quantity(.amount),
            "actif_immobilise": .quantity(.amount), "actif_circulant": .quantity(.amount),
            "dettes_exploitation": .quantity(.amount), "etp": .quantity(.fte), "version": .version,
        ],
        "instrument_term": [
            "instrument": choices(FinancingInstrument.self),
            "term": choices(InstrumentCatalogue.Setting.self),
            // Each term's own range is checked by `violations(in:)`.
            "value": .quantity(.payment),
        ],
        "finance_threshold": [
            "key": choices(FinanceThresholds.Key.self),
            // Each key's own range is checked by `violations(in:)`.
            "value": .quantity(.amount),
        ],
        "project_line": [
            "id": .key, "cohort_id": .key, "position": position, "kind": choices(ProjectLine.Kind.self),
            "label": name, "amounts": .json(.amounts), "months": .json(.months),
        ],
        "project_share": [
            "line_id": .key, "cohort_id": .key, "structure_id": .key, "percent": .quantity(.percent),
            "cash": .quantity(.amount), "staff_days": .quantity(.staffDays),
        ],
        "financing": [
            "id": .key, "structure_id": .key, "cohort_id": .key,
            "instrument": choices(FinancingInstrument.self),
            "amount": .quantity(.amount), "partner_id": .key, "status": choices(FinancingStatus.self),
            "note": line, "granted_on": .date, "requested_on": .date, "committee_on": .date, "paid_on": .date,
            "refused_on": .date,
            "rule": choices(FinancingRule.self),
        ],
    ]

    /// Yearly amounts of a budget line: a list of amounts, one per year.
    /// A cash plan: twelve amounts.
    @Sendable static func isMonths(_ data: Data) -> Bool {
        guard let months = try? JSONDecoder().decode([Double].self, from: data),
            months.count == CashPlan.months
        else { return false }
        return months.allSatisfy { (try? NumberReader.check($0, as: .amount).get()) != nil }
    }

    @Sendable static func isAmounts(_ data: Data) -> Bool {
        guard let amounts = try? JSONDecoder().decode([Double].self, from: data), amounts.count <= 30 else {
            return false
        }
        return amounts.allSatisfy { (try? NumberReader.check($0, as: .amount).get()) != nil }
    }

    /// A workshop clock whose every figure is possible.
    @Sendable static func isTimer(_ data: Data) -> Bool {
        (try? JSONDecoder().decode(WorkshopTimer.self, from: data))?.isConsistent == true
    }

    /// A change-log snapshot: rows of known tables, each valid and whole
    /// (with every column a row cannot do without), since undo writes them
    /// back.
    @Sendable static func isSnapshot(_ data: Data) -> Bool {
        guard let snapshot = try? JSONDecoder().decode(RowSnapshot.self, from: data) else { return false }
        return snapshot.groups.allSatisfy { group in
            guard let columns = rules[group.table] else { return false }
            // A group owns rows by a column of theirs, or the whole table
            // (the settings' thresholds, terms and tasks).
            if let owner = group.owner, owner != RowSnapshot.wholeTable, columns[owner] == nil {
                return false
            }
            let needed = requiredColumns[group.table] ?? []
            return group.rows.allSatisfy { row in
                needed.allSatisfy { row[$0] != nil }
                    && row.allSatisfy { column, value in
                        columns[column].map { $0.accepts(value, nullable: true) } ?? false
                    }
            }
        }
    }

    /// The columns of each table that are NOT NULL without a default (and
    /// its primary key), read
    /// once from this essor's schema built in memory. (A column added later
    /// always has a default, so an older snapshot still has them all.)
    static let requiredColumns: [String: Set<String>] = {
        guard let queue = try? DatabaseQueue() else { return [:] }
        return
            (try? queue.write { db -> [String: Set<String>] in
                for migration in Schema.migrations { try migration.body(db) }
                var required: [String: Set<String>] = [:]
                for table in try Store.dataTables(db) {
                    let columns = try schemaColumns(db, table)
                    // The key too: a snapshot names the row it restores.
                    required[table] = Set(columns.filter { $0.value.required }.map(\.key))
                        .union(try db.primaryKey(table).columns)
                }
                return required
            }) ?? [:]
    }()

    /// The columns of `table` as the schema has them (name → NOT NULL
    /// without a default, and whether it may be null at all).
    static func schemaColumns(_ db: Database, _ table: String) throws -> [String: (
        required: Bool, nullable: Bool
    )] {
        var columns: [String: (required: Bool, nullable: Bool)] = [:]
        let singleKey = try db.primaryKey(table).columns.count == 1
        for column in try db.columns(in: table) {
            let primary = column.primaryKeyIndex > 0
            let isRowID = primary && column.type.uppercased() == "INTEGER" && singleKey
            columns[column.name] = (
                // A key column is required even where the schema does not
                // say NOT NULL (SQLite lets a NULL into such a key).
                required: (column.isNotNull || primary) && column.defaultValueSQL == nil && !isRowID,
                nullable: !column.isNotNull && !primary
            )
        }
        return columns
    }

    /// The problems of one row of `table` (`position` for messages),
    /// checked against the schema's columns and their rules.
    static func violations(
        table: String, row: RowSnapshot.Row, position: Int,
        schema: [String: (required: Bool, nullable: Bool)]
    ) -> [ColumnViolation] {
        guard let columns = rules[table] else {
            return [ColumnViolation(table: table, row: position, column: "", problem: .unknownTable)]
        }
        var problems: [ColumnViolation] = []
        for (column, value) in row.sorted(by: { $0.key < $1.key }) {
            guard let shape = schema[column], let rule = columns[column] else {
                problems.append(
                    ColumnViolation(table: table, row: position, column: column, problem: .unknownColumn))
                continue
            }
            var accepted = rule.accepts(value, nullable: shape.nullable)
            if accepted, table == "instrument_term", column == "value", case .text(let name)? = row["term"],
                let setting = InstrumentCatalogue.Setting(rawValue: name)
            {
                accepted = value.number.map { setting.range.contains($0) } ?? false
            }
            if accepted, table == "time_setting", column == "value", case .text(let name)? = row["key"],
                let key = TimeSettings.Key(rawValue: name)
            {
                accepted = value.number.map { key.range.contains($0) } ?? false
            }
            if accepted, table == "finance_threshold", column == "value",
                case .text(let name)? = row["key"], let key = FinanceThresholds.Key(rawValue: name)
            {
                accepted = (try? NumberReader.check(value.number ?? .nan, as: .threshold(key)).get()) != nil
            }
            if !accepted {
                let expected: (String, String) =
                    if table == "finance_threshold", case .text(let name)? = row["key"],
                        let key = FinanceThresholds.Key(rawValue: name)
                    {
                        (
                            ColumnRule.quantity(.threshold(key)).expected(true),
                            ColumnRule.quantity(.threshold(key)).expected(false)
                        )
                    } else {
                        (rule.expected(true), rule.expected(false))
                    }
                problems.append(
                    ColumnViolation(
                        table: table, row: position, column: column,
                        problem: .badValue(
                            value: value.shortDescription, expectedFR: expected.0, expectedEN: expected.1)))
            }
        }
        for (column, shape) in schema.sorted(by: { $0.key < $1.key })
        where shape.required && row[column] == nil && !(columns[column]?.isDerived ?? false) {
            problems.append(ColumnViolation(table: table, row: position, column: column, problem: .missing))
        }
        // A period ends on or after its start, as the forms check.
        if ["cohort", "assignment"].contains(table), case .text(let start)? = row["start_date"],
            case .text(let end)? = row["end_date"], let first = LocalDate.parseISO(start),
            let last = LocalDate.parseISO(end), last < first
        {
            problems.append(
                ColumnViolation(
                    table: table, row: position, column: "end_date",
                    problem: .badValue(
                        value: "\"\(end)\"", expectedFR: "une date au plus tôt le \(start) (start_date)",
                        expectedEN: "a date no earlier than \(start) (start_date)")))
        }
        return problems
    }

    /// Whether `row` holds every column its derived ones are computed from.
    static func hasSources(_ table: String, _ row: RowSnapshot.Row) -> Bool {
        let sources: [String: [String]] = [
            "structure": ["name", "town", "postcode", "legal_form", "sector"], "meeting": ["title", "place"],
            "cohort": ["name", "theme"], "partner": ["name", "expertise"], "staff": ["name"],
        ]
        guard let needed = sources[table] else { return false }
        return needed.allSatisfy { row[$0] != nil }
    }

    /// The row with its derived columns computed from the others, as the
    /// store's own writes compute them.
    static func deriving(_ table: String, _ row: RowSnapshot.Row) -> RowSnapshot.Row {
        var row = row
        func text(_ column: String) -> String {
            if case .text(let v)? = row[column] { return v }
            return ""
        }
        switch table {
        case "structure":
            let keys = StructureKeys(
                name: text("name"), town: text("town"), postcode: text("postcode"),
                legalForm: LegalForm(rawValue: text("legal_form")) ?? .other, sector: text("sector"))
            row["search_key"] = .text(keys.search)
            row["sort_name"] = .text(keys.sortName)
            row["sort_town"] = .text(keys.sortTown)
        case "meeting":
            row["search_key"] = .text(MeetingKeys.search(title: text("title"), place: text("place")))
        case "cohort":
            row["search_key"] = .text(LookupKeys.cohort(name: text("name"), theme: text("theme")))
        case "partner":
            row["search_key"] = .text(LookupKeys.partner(name: text("name"), expertise: text("expertise")))
        case "staff":
            row["sort_name"] = .text(SearchFolding.fold(text("name")))
        default:
            break
        }
        return row
    }
}

extension RowSnapshot.Value {
    /// The value as a number, when it is one.
    var number: Double? {
        switch self {
        case .integer(let v): Double(v)
        case .real(let v): v
        default: nil
        }
    }

    /// The value as a message may quote it: short, and escaped later.
    var shortDescription: String {
        switch self {
        case .null: return "null"
        case .integer(let v): return String(v)
        case .real(let v): return String(v)
        case .text(let v): return "\"" + (v.count > 40 ? String(v.prefix(40)) + "…" : v) + "\""
        }
    }
}
