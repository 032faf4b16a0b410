import EssorCore
import EssorStore

/// A spreadsheet-like editor: a structure's accounts (figures × years) or
/// a cohort's project budget (lines × years), and a line's sharing
/// between member structures (members × %, cash, days). Totals are
/// computed from the values as they are typed.
public struct GridState: Equatable, Sendable {
    public enum Mode: Equatable, Sendable {
        case accounts(StructureID, name: String)
        case model(CohortID, name: String)
    }

    public var mode: Mode
    /// The accounts being edited, oldest year first.
    public var years: [FinancialYear] = []
    /// Years the store had and the grid no longer has.
    public var removedYears: [Int] = []
    public var model: ProjectModel
    public var members: [NamedRef] = []
    /// In the budget: the line whose sharing is shown.
    public var sharesOf: Int?
    /// In a line's sharing: the year (index) its parts and totals are
    /// shown for — the first that does not add up when it is opened.
    public var sharesYear = 0
    /// In the budget: its first year month by month (the cash plan).
    public var isCashPlan = false
    public var row = 0
    public var column = 1
    public var editor: LineEditor?
    public var editingDayRate = false
    public var dirty = false
    /// Esc was pressed once with unsaved changes.
    public var confirmClose = false
    /// Ctrl-S was pressed once on a budget with a line that does not add up.
    public var confirmSave = false

    public init(accounts structure: StructureID, name: String, years: [FinancialYear]) {
        mode = .accounts(structure, name: name)
        self.years = years.sorted { $0.year < $1.year }
        model = ProjectModel(cohortID: 0, startYear: 0)
        column = max(1, self.years.count)
    }

    public init(model: ProjectModel, name: String, members: [NamedRef]) {
        mode = .model(model.cohortID, name: name)
        self.model = model
        self.members = members
        column = 0
    }

    public var isShares: Bool { sharesOf != nil }

    // MARK: Shape

    public var rowCount: Int {
        switch mode {
        case .accounts: FinancialYear.Figure.allCases.count
        case .model: isShares ? members.count : model.lines.count
        }
    }

    public var columnCount: Int {
        switch mode {
        case .accounts: 1 + years.count
        case .model: isShares ? 5 : isCashPlan ? Self.planColumns : 2 + model.years
        }
    }

    /// Cells that take typing (labels of figures, kinds and parts aside).
    public func isEditable(_ row: Int, _ column: Int) -> Bool {
        switch mode {
        case .accounts: column >= 1
        case .model:
            isShares ? (1...3).contains(column) : isCashPlan ? Self.planMonths.contains(column) : column != 1
        }
    }

    public func isNumeric(_ column: Int) -> Bool {
        switch mode {
        case .accounts: column >= 1
        case .model: isShares || column >= (isCashPlan ? 1 : 2)
        }
    }

    /// The cash plan's columns: the line, twelve months, their total and
    /// the first year's amount in the budget.
    public static let planMonths = 1...CashPlan.months
    public static let planTotal = CashPlan.months + 1
    public static let planAmount = CashPlan.months + 2
    static let planColumns = CashPlan.months + 3

    // MARK: Values

    /// The value a cell holds, as a number (nil: empty).
    public func number(_ row: Int, _ column: Int) -> Double? {
        switch mode {
        case .accounts:
            guard column >= 1, years.indices.contains(column - 1) else { return nil }
            return years[column - 1][FinancialYear.Figure.allCases[row]]
        case .model:
            if let line = sharesOf {
                guard model.lines.indices.contains(line), members.indices.contains(row) else { return nil }
                let share = model.lines[line].shares.first { $0.structureID == members[row].id }
                switch (column, share?.mode) {
                case (1, .percent(let p)?): return p
                case (2, .fixed(let cash, _)?): return cash
                case (3, .fixed(_, let days)?): return days
                case (4, _):
                    return model.lines[line].part(
                        of: members[row].id, year: sharesYear, dayRate: model.dayRate)
                default: return nil
                }
            }
            guard model.lines.indices.contains(row) else { return nil }
            if isCashPlan {
                let line = model.lines[row]
                switch column {
                case Self.planMonths: return line.monthly[column - 1]
                case Self.planTotal: return line.monthly.reduce(0, +)
                case Self.planAmount: return line.amount(0)
                default: return nil
                }
            }
            guard column >= 2 else { return nil }
            return model.lines[row].amount(column - 2)
        }
    }

    public func text(_ row: Int, _ column: Int, _ f: Format, kind: (ProjectLine.Kind) -> String) -> String {
        switch mode {
        case .accounts:
            if column == 0 { return "" }
            let figure = FinancialYear.Figure.allCases[row]
            return number(row, column).map { f.figure($0, figure) } ?? ""
        case .model:
            if isShares {
                if column == 0 { return members.indices.contains(row) ? members[row].name : "" }
                guard let value = number(row, column) else { return "" }
                switch column {
                case 1: return f.number(value) + " %"
                case 3: return f.number(value)
                default: return f.money(value)
                }
            }
            guard model.lines.indices.contains(row) else { return "" }
            if isCashPlan {
                return column == 0 ? model.lines[row].label : number(row, column).map(f.euroCell) ?? ""
            }
            switch column {
            case 0: return model.lines[row].label
            case 1: return kind(model.lines[row].kind)
            default: return f.money(model.lines[row].amount(column - 2))
            }
        }
    }

    // MARK: Moving

    public mutating func move(rows: Int, columns: Int) {
        row = min(max(0, row + rows), max(0, rowCount - 1))
        column = min(max(0, column + columns), max(0, columnCount - 1))
        confirmClose = false
    }

    // MARK: Typing

    /// Starts typing in the cell (with its value, or with `first` typed).
    public mutating func startEditing(_ first: Character? = nil, lang: Lang = .fr) -> Bool {
        guard rowCount > 0, isEditable(row, column) else { return false }
        var initial = ""
        if case .model = mode, !isShares, !isCashPlan, column == 0 {
            initial = model.lines[row].label
        } else if let value = number(row, column) {
            initial = DecimalFormat.string(value, lang: lang, maxFractionDigits: 2)
        }
        var editor = LineEditor(first.map(String.init) ?? initial)
        editor.moveToEnd()
        self.editor = editor
        return true
    }

    public mutating func startEditingDayRate(lang: Lang = .fr) {
        editingDayRate = true
        var editor = LineEditor(DecimalFormat.string(model.dayRate, lang: lang, maxFractionDigits: 2))
        editor.moveToEnd()
        self.editor = editor
    }

    public mutating func cancelEditing() {
        editor = nil
        editingDayRate = false
    }

    /// What the cell being edited holds: each kind has its range.
    var cellQuantity: NumberReader.Quantity {
        if editingDayRate { return .dayRate }
        switch mode {
        case .accounts: return FinancialYear.Figure.allCases[row] == .fte ? .fte : .amount
        case .model:
            guard isShares else { return .amount }
            switch column {
            case 1: return .percent
            case 2: return .payment
            case 3: return .staffDays
            default: return .amount
            }
        }
    }

    /// Puts what was typed in the cell; returns the text and why it cannot
    /// be taken when it is not a number of the cell's kind (the typing
    /// goes on).
    public mutating func commit() -> (text: String, problem: NumberReader.Problem)? {
        guard let typed = editor?.text else { return nil }
        if case .model = mode, !isShares, !isCashPlan, column == 0, !editingDayRate {
            model.lines[row].label = String(typed.trimmingCharacters(in: .whitespaces).prefix(TextLimit.name))
            editor = nil
            dirty = true
            return nil
        }
        // An empty cell clears the figure.
        let empty = typed.trimmingCharacters(in: .whitespaces).isEmpty
        var value: Double?
        if !empty {
            switch NumberReader.read(typed, as: cellQuantity) {
            case .success(let number): value = number
            case .failure(let problem): return (typed, problem)
            }
        }
        if editingDayRate {
            model.dayRate = max(0, value ?? 0)
        } else {
            set(value, row, column)
        }
        editor = nil
        editingDayRate = false
        dirty = true
        return nil
    }

    mutating func set(_ value: Double?, _ row: Int, _ column: Int) {
        switch mode {
        case .accounts:
            years[column - 1][FinancialYear.Figure.allCases[row]] = value
        case .model:
            if let line = sharesOf {
                let id = members[row].id
                var shares = model.lines[line].shares
                let current = shares.first { $0.structureID == id }?.mode
                shares.removeAll { $0.structureID == id }
                var mode: ProjectShare.Mode?
                switch column {
                case 1: mode = value.map { .percent($0) }
                case 2, 3:
                    var (cash, days) = (0.0, 0.0)
                    if case .fixed(let c, let d)? = current { (cash, days) = (c, d) }
                    if column == 2 { cash = value ?? 0 } else { days = value ?? 0 }
                    mode = cash == 0 && days == 0 ? nil : .fixed(cash: cash, staffDays: days)
                default: break
                }
                if let mode { shares.append(ProjectShare(structureID: id, mode: mode)) }
                shares.sort { a, b in
                    (members.firstIndex { $0.id == a.structureID } ?? 0)
                        < (members.firstIndex { $0.id == b.structureID } ?? 0)
                }
                model.lines[line].shares = shares
                return
            }
            if isCashPlan {
                model.lines[row].setMonth(column - 1, value ?? 0)
                return
            }
            var amounts = model.lines[row].amounts
            while amounts.count < model.years { amounts.append(0) }
            amounts[column - 2] = value ?? 0
            model.lines[row].amounts = amounts
        }
    }

    // MARK: Rows, years, kinds

    /// Accounts: one more year (after the last, or last year); budget: a
    /// new expense line.
    public mutating func addRow(newLine: String, currentYear: Int) {
        switch mode {
        case .accounts(let id, _):
            let year = (years.last?.year).map { $0 + 1 } ?? currentYear - 1
            guard NumberReader.Quantity.year.range.contains(Double(year)) else { return }
            years.append(FinancialYear(structureID: id, year: year))
            removedYears.removeAll { $0 == year }
            column = years.count
        case .model:
            guard !isShares else { return }
            model.lines.append(
                ProjectLine(kind: .expense, label: newLine, amounts: Array(repeating: 0, count: model.years)))
            row = model.lines.count - 1
            column = 0
        }
        dirty = true
    }

    /// Accounts: a year before the first (the accounts of earlier years,
    /// entered after the latest).
    public mutating func addEarlierYear(currentYear: Int) {
        guard case .accounts(let id, _) = mode else { return }
        let year = (years.first?.year).map { $0 - 1 } ?? currentYear - 1
        guard NumberReader.Quantity.year.range.contains(Double(year)) else { return }
        years.insert(FinancialYear(structureID: id, year: year), at: 0)
        removedYears.removeAll { $0 == year }
        column = 1
        dirty = true
    }

    /// Accounts: removes the year of the current column; budget: the
    /// current line; sharing: the member's share.
    public mutating func deleteRow() {
        switch mode {
        case .accounts:
            guard column >= 1, years.indices.contains(column - 1) else { return }
            let removed = years.remove(at: column - 1)
            if removed.version != 0 { removedYears.append(removed.year) }
            column = max(1, min(column, years.count))
        case .model:
            if let line = sharesOf {
                guard members.indices.contains(row) else { return }
                model.lines[line].shares.removeAll { $0.structureID == members[row].id }
            } else {
                guard model.lines.indices.contains(row) else { return }
                model.lines.remove(at: row)
                row = max(0, min(row, model.lines.count - 1))
            }
        }
        dirty = true
    }

    public mutating func toggleKind() {
        guard case .model = mode, !isShares, model.lines.indices.contains(row) else { return }
        model.lines[row].kind = model.lines[row].kind == .expense ? .income : .expense
        dirty = true
    }

    public mutating func changeYears(by delta: Int) {
        guard case .model = mode, !isShares else { return }
        let count = min(10, max(1, model.years + delta))
        guard count != model.years else { return }
        model.years = count
        for i in model.lines.indices {
            var amounts = model.lines[i].amounts
            while amounts.count < count { amounts.append(0) }
            model.lines[i].amounts = Array(amounts.prefix(count))
        }
        column = min(column, columnCount - 1)
        dirty = true
    }

    public mutating func openShares() {
        guard case .model = mode, !isShares, model.lines.indices.contains(row) else { return }
        sharesOf = row
        // The year of the cell the cursor is on; from the label, the first
        // year that does not add up.
        sharesYear =
            column >= 2
            ? min(column - 2, model.years - 1)
            : model.lines[row].unevenYears(model.years, dayRate: model.dayRate).first ?? 0
        row = 0
        column = 1
    }

    /// The budget's first year month by month, from the line the cursor
    /// is on; the month of the cell when it is on the first year.
    public mutating func openCashPlan() {
        guard case .model = mode, !isShares, !isCashPlan else { return }
        isCashPlan = true
        column = column == 2 ? 1 : 0
    }

    public mutating func closeCashPlan() {
        guard isCashPlan else { return }
        isCashPlan = false
        column = 0
    }

    /// In the cash plan: the line back to a twelfth a month.
    public mutating func spreadEvenly() {
        guard isCashPlan, model.lines.indices.contains(row), model.lines[row].months != nil else { return }
        model.lines[row].months = nil
        dirty = true
    }

    public mutating func closeShares() {
        guard let line = sharesOf else { return }
        sharesOf = nil
        row = line
        column = 0
    }
}
