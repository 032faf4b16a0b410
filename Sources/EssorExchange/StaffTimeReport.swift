import EssorCore
import EssorStore
import Foundation

/// The staff-cost statement of a payment claim (`essor report temps`):
/// hours and cost per person, month, cohort and task, or grouped by one
/// of them, the direct staff costs and, when the operation uses one, its
/// flat rate of indirect costs as a line of its own. Every cost is the
/// core's (`StaffCostStatement`), so the statement adds up to the
/// timesheets.
public struct StaffTimeReport: Encodable, Sendable {
    /// What lines are grouped by.
    public enum Grouping: String, CaseIterable, Sendable {
        case detail, person, cohort, task, month
    }

    public struct Line: Encodable, Sendable, Equatable {
        @OrNull public var person: String?
        @OrNull public var month: String?
        /// The cohort as the table and the CSV say it (the operation's
        /// management and fixed shares in words of the interface).
        @OrNull public var cohort: String?
        /// The task's label, or « Forfait » for a fixed share (same use).
        @OrNull public var task: String?
        /// What JSON says of the same line: the cohort's name (null for the
        /// management and fixed shares), what the time went to (`scope`:
        /// `cohort`, `management`, `fixedShare`), the task's label and code
        /// (null for a fixed share); no word of the interface.
        @OrNull public var cohortName: String? = nil
        @OrNull public var scope: String? = nil
        @OrNull public var taskLabel: String? = nil
        @OrNull public var taskCode: String? = nil
        public var minutes: Int
        public var hours: Double
        /// The hourly rate (€), on a detailed `reel` line.
        @OrNull public var rate: Double?
        /// The cost (€); nil when a year's annual cost is missing.
        @OrNull public var cost: Double?
        public var fixedShare: Bool
        @OrNull public var sharePercent: Double?
        @OrNull public var annualCost: Double?

        enum CodingKeys: String, CodingKey {
            case person, month
            case cohortName = "cohort"
            case scope
            case taskLabel = "task"
            case taskCode, minutes, hours, rate,
                cost, fixedShare, sharePercent, annualCost
        }
    }

    public struct Totals: Encodable, Sendable, Equatable {
        public var minutes: Int
        public var hours: Double
        public var directCost: Double
        @OrNull public var indirectRate: Double?
        @OrNull public var indirectCost: Double?
        public var total: Double
    }

    public var from: String
    public var to: String
    public var grouping: String
    public var lines: [Line]
    public var totals: Totals
    /// People and years whose annual cost is missing: their lines have no cost.
    public var missingCosts: [String]

    public init(
        _ statement: StaffCostStatement, from: LocalDate, to: LocalDate, grouping: Grouping,
        staff: [StaffMember],
        cohorts: [CohortID: String], tasks: [TimeTask], fr: Bool
    ) {
        self.from = from.iso
        self.to = to.iso
        self.grouping = grouping.rawValue
        let names = Dictionary(staff.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let management = tr("Running the operation", fr)
        func cohortName(_ line: StaffCostStatement.Line) -> String {
            line.isFixedShare
                ? tr("All the operation (fixed share)", fr)
                : line.cohortID.map { cohorts[$0] ?? "#\($0)" } ?? management
        }
        func taskName(_ code: String) -> String { tasks.first { $0.code == code }?.label ?? code }
        var lines: [Line] = []
        var index: [String: Int] = [:]
        let cohortOrder = cohorts.keys.sorted()
        let taskOrder = tasks.map(\.code)
        func rank<T: Equatable>(_ value: T?, _ list: [T]) -> Int {
            value.flatMap { list.firstIndex(of: $0) } ?? list.count
        }
        // By person, month, cohort (the operation's management, then fixed
        // shares, last) and task, in the programme's order.
        let sorted = statement.lines.sorted {
            (
                names[$0.staffID] ?? "", $0.staffID, $0.month, $0.isFixedShare ? 1 : 0,
                rank($0.cohortID, cohortOrder), rank($0.task, taskOrder)
            )
                < (
                    names[$1.staffID] ?? "", $1.staffID, $1.month, $1.isFixedShare ? 1 : 0,
                    rank($1.cohortID, cohortOrder), rank($1.task, taskOrder)
                )
        }
        for s in sorted {
            let person = names[s.staffID] ?? "#\(s.staffID)"
            var line = Line(
                person: person, month: s.month.iso, cohort: cohortName(s),
                task: s.isFixedShare ? nil : taskName(s.task),
                minutes: s.minutes, hours: Double(s.minutes) / 60, rate: s.rateCents.map { Double($0) / 100 },
                cost: s.cost.map { Double($0) / 100 }, fixedShare: s.isFixedShare,
                sharePercent: s.sharePercent,
                annualCost: s.annualCost)
            let scope = s.isFixedShare ? "fixedShare" : s.cohortID == nil ? "management" : "cohort"
            let realCohort = s.isFixedShare ? nil : s.cohortID.map { cohorts[$0] ?? "#\($0)" }
            line.cohortName = realCohort
            line.scope = scope
            line.taskLabel = s.isFixedShare ? nil : taskName(s.task)
            line.taskCode = s.isFixedShare ? nil : s.task
            let key: String
            switch grouping {
            case .detail: key = "\(lines.count)"
            case .person: key = "\(s.staffID)"
            case .cohort: key = s.isFixedShare ? "\u{1F}forfait" : s.cohortID.map(String.init) ?? "-"
            case .task: key = s.isFixedShare ? "\u{1F}forfait" : s.task
            case .month: key = s.month.iso
            }
            if grouping != .detail {
                line.rate = nil
                line.sharePercent = nil
                line.annualCost = nil
                // Whether the group holds only fixed shares.
                line.fixedShare = s.isFixedShare
                line.person = grouping == .person ? person : nil
                line.month = grouping == .month ? s.month.iso : nil
                line.cohort = grouping == .cohort ? cohortName(s) : nil
                line.cohortName = grouping == .cohort ? realCohort : nil
                // By task, a task's line holds its time in every cohort and
                // in the management: only a fixed share's line has a scope.
                line.scope = grouping == .cohort || (grouping == .task && s.isFixedShare) ? scope : nil
                line.taskLabel = grouping == .task ? line.taskLabel : nil
                line.taskCode = grouping == .task ? line.taskCode : nil
                line.task =
                    grouping == .task ? (s.isFixedShare ? tr("Fixed share", fr) : taskName(s.task)) : nil
                // A fixed share's hours are shown on its own line only.
                if s.isFixedShare {
                    line.minutes = 0
                    line.hours = 0
                }
            }
            if let at = index[key] {
                lines[at].fixedShare = lines[at].fixedShare && line.fixedShare
                lines[at].minutes += line.minutes
                lines[at].hours = Double(lines[at].minutes) / 60
                // Summed in cents: no rounding twice.
                lines[at].cost = lines[at].cost.zipped(line.cost).map {
                    Double(Int64(($0.0 * 100).rounded()) + Int64(($0.1 * 100).rounded())) / 100
                }
            } else {
                index[key] = lines.count
                lines.append(line)
            }
        }
        // Months in order, whatever the people's order.
        if grouping == .month { lines.sort { ($0.month ?? "") < ($1.month ?? "") } }
        self.lines = lines
        let direct = Double(statement.directCost) / 100
        let indirect = statement.indirectCost.map { Double($0) / 100 }
        totals = Totals(
            minutes: statement.minutes, hours: Double(statement.minutes) / 60, directCost: direct,
            indirectRate: statement.indirectRate, indirectCost: indirect,
            total: ((direct + (indirect ?? 0)) * 100).rounded() / 100)
        var missing: [String] = []
        for line in statement.uncosted {
            let text = (names[line.staffID] ?? "#\(line.staffID)") + " \(line.month.year)"
            if !missing.contains(text) { missing.append(text) }
        }
        missingCosts = missing
    }

    public static func titles(_ fr: Bool) -> [String] {
        [
            tr("Person", fr), tr("Month", fr), tr("Cohort", fr), tr("Task", fr), tr("Hours", fr),
            tr("Hourly rate", fr), tr("Cost", fr),
        ]
    }

    /// The lines then the totals, as the terminal's text cells (a
    /// spreadsheet gets `tables`).
    public func rows(_ lang: Lang) -> [[String]] {
        let fr = lang == .fr
        func euros(_ value: Double?) -> String {
            guard let value else { return tr("not computed", fr) }
            return DecimalFormat.euros(value, lang: lang, cents: true)
        }
        func hours(_ minutes: Int) -> String {
            DecimalFormat.string(Double(minutes) / 60, lang: lang, maxFractionDigits: 2)
        }
        var rows = lines.map { line -> [String] in
            var rate = line.rate.map { DecimalFormat.euros($0, lang: lang, cents: true) + "/h" } ?? ""
            if line.fixedShare, let share = line.sharePercent, let annual = line.annualCost,
                grouping == "detail"
            {
                rate =
                    DecimalFormat.euros(annual, lang: lang) + " × "
                    + DecimalFormat.string(share, lang: lang, maxFractionDigits: 2) + " % / 12"
            }
            return [
                line.person ?? "", line.month ?? "", line.cohort ?? "", line.task ?? "",
                line.fixedShare && grouping == "detail"
                    ? (line.minutes == 0 ? "" : "(" + hours(line.minutes) + ")") : hours(line.minutes), rate,
                euros(line.cost),
            ]
        }
        rows.append([
            tr("Direct staff costs", fr), "", "", "", hours(totals.minutes), "", euros(totals.directCost),
        ])
        if let rate = totals.indirectRate {
            let percent = DecimalFormat.string(rate, lang: lang, maxFractionDigits: 2)
            rows.append([
                tr("Indirect costs: flat rate of %s %% of direct staff costs", fr, percent), "", "", "", "",
                "",
                euros(totals.indirectCost),
            ])
            rows.append([tr("Total", fr), "", "", "", "", "", euros(totals.total)])
        }
        return rows
    }

    /// The statement as a spreadsheet's tables: one line per row, typed
    /// (hours and euros as numbers a spreadsheet sums), a fixed share's
    /// annual cost and share in their own columns and the hours its people
    /// recorded apart, so that a sum of the hours column is the statement's;
    /// the direct costs, the flat rate of indirect costs and the total in a
    /// table of their own.
    public func tables(_ lang: Lang) -> DataTables {
        let fr = lang == .fr
        let columns: [DataTable.Column] = [
            .init(tr("Person", fr), .text), .init(tr("Month", fr), .month), .init(tr("Cohort", fr), .text),
            .init(tr("Task", fr), .text), .init(tr("Hours", fr), .hours),
            .init(tr("Hourly rate", fr), .euros),
            .init(tr("Share of working time", fr), .percent(2)), .init(tr("Annual cost", fr), .euros),
            .init(tr("Hours recorded (fixed share, for information)", fr), .hours),
            .init(tr("Cost", fr), .euros),
        ]
        let rows: [[DataTable.Value]] = lines.map { line in
            let share = line.fixedShare
            return [
                .cell(line.person),
                line.month.flatMap { YearMonth(text: $0) }.map { .date($0.first) } ?? .empty,
                .cell(line.cohort), .cell(line.task),
                share ? .empty : .number(line.hours), .cell(line.rate),
                .cell(line.sharePercent.map { $0 / 100 }), .cell(share ? line.annualCost : nil),
                share && line.minutes > 0 ? .number(line.hours) : .empty, .cell(line.cost),
            ]
        }
        var sums: [[DataTable.Value]] = [
            [.text(tr("Direct staff costs", fr)), .number(totals.hours), .empty, .number(totals.directCost)]
        ]
        if let rate = totals.indirectRate {
            sums.append([
                .text(
                    tr(
                        "Indirect costs: flat rate of %s %% of direct staff costs", fr,
                        DecimalFormat.string(rate, lang: lang, maxFractionDigits: 2))), .empty,
                .number(rate / 100),
                .cell(totals.indirectCost),
            ])
            sums.append([.text(tr("Total", fr)), .empty, .empty, .number(totals.total)])
        }
        return DataTables(
            data: DataTable(name: tr("Staff time", fr), columns: columns, rows: rows),
            totals: DataTable(
                name: tr("Totals", fr),
                columns: [
                    .init(tr("Cost item", fr), .text), .init(tr("Hours", fr), .hours),
                    .init(tr("Flat rate", fr), .percent(2)), .init(tr("Amount", fr), .euros),
                ], rows: sums))
    }

    /// CSV as the language's spreadsheets open it (`DataTableCSV`).
    public func csv(_ lang: Lang) throws -> String { try DataTableCSV.csv(tables(lang), lang: lang) }

    /// The statement as a workbook: the lines, and the totals on a sheet
    /// of their own.
    public func xlsx(_ lang: Lang) throws -> [UInt8] { try SpreadsheetFile.xlsx(tables(lang)) }
}

extension Optional where Wrapped == Double {
    fileprivate func zipped(_ other: Double?) -> (Double, Double)? {
        guard let a = self, let b = other else { return nil }
        return (a, b)
    }
}
