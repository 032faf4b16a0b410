import EssorCore
import EssorStore

/// The accounts or budget grid over the panel: column titles, cells with
/// the cursor's one reversed (or being typed in), live totals below.
enum GridView {
    static func draw(_ state: AppState, _ grid: GridState, into canvas: inout Canvas) {
        let rect = ScreenLayout(state.size).body
        guard rect.width >= 20, rect.height >= 6 else { return }
        canvas.fill(rect, role: .normal)
        let f = state.format
        func t(_ m: FinanceUIMsg) -> String { state.text(.financeUI(m)) }
        let title: String
        switch grid.mode {
        case .accounts(_, let name): title = t(.accountsTitle(name))
        case .model(_, let name):
            if let line = grid.sharesOf, grid.model.lines.indices.contains(line) {
                title =
                    t(.sharesTitle(grid.model.lines[line].label)) + " · "
                    + t(.dayRate(f.money(grid.model.dayRate)))
            } else if grid.isCashPlan {
                title = t(.cashPlanTitle(name: name, year: grid.model.startYear))
            } else {
                title = t(.modelTitle(name))
            }
        }
        canvas.write(
            title + (grid.dirty ? " *" : ""), x: rect.x + 1, y: rect.y, maxWidth: rect.width - 2, role: .title
        )

        let headers = headers(grid, state)
        // The cash plan's fifteen columns leave less room to the labels.
        let labelWidth = grid.isCashPlan ? min(26, max(14, rect.width / 4)) : min(34, max(14, rect.width / 3))
        let cellWidth = max(9, min(14, (rect.width - labelWidth - 2) / max(1, headers.count - 1)))
        let visibleColumns = max(1, (rect.width - labelWidth - 2) / cellWidth)
        let firstColumn = max(1, min(grid.column, headers.count - 1) - visibleColumns + 1)
        let columns = [0] + Array((firstColumn..<headers.count).prefix(visibleColumns))
        func x(ofSlot slot: Int) -> Int {
            slot == 0 ? rect.x + 1 : rect.x + 1 + labelWidth + (slot - 1) * cellWidth
        }
        func width(ofSlot slot: Int) -> Int { slot == 0 ? labelWidth - 1 : cellWidth - 1 }

        let headerY = rect.y + 2
        canvas.fill(Rect(x: rect.x, y: headerY, width: rect.width, height: 1), role: .header)
        for (slot, column) in columns.enumerated() {
            let text = headers[column]
            if slot == 0 {
                canvas.write(text, x: x(ofSlot: 0), y: headerY, maxWidth: width(ofSlot: 0), role: .header)
            } else {
                canvas.writeRight(
                    text, right: x(ofSlot: slot) + width(ofSlot: slot), y: headerY,
                    maxWidth: width(ofSlot: slot), role: .header)
            }
        }
        let totals = totals(grid, state)
        let available = rect.height - 5 - totals.count - 1
        let firstRow = max(0, grid.row - available + 1)
        // Budget lines whose sharing does not add up show in the warning colour.
        // In the cash plan, those whose months do not add up to the year.
        let unevenLines: Set<Int> =
            if case .model = grid.mode, !grid.isShares {
                grid.isCashPlan
                    ? Set(CashPlan(grid.model).unevenLines.map(\.line))
                    : Set(grid.model.sharingGaps.map(\.line))
            } else { [] }
        var y = headerY + 1
        for row in firstRow..<min(grid.rowCount, firstRow + available) {
            for (slot, column) in columns.enumerated() {
                let isCursor = row == grid.row && column == grid.column
                let cx = x(ofSlot: slot)
                let cw = width(ofSlot: slot)
                if isCursor, let editor = grid.editor, !grid.editingDayRate {
                    FormView.drawEditor(
                        editor, placeholder: "", focused: true, x: cx, y: y, width: cw, into: &canvas)
                    continue
                }
                let text: String
                if column == 0, case .accounts = grid.mode {
                    text = t(.figure(FinancialYear.Figure.allCases[row]))
                } else {
                    text = grid.text(row, column, f) { t(.kind($0)) }
                }
                let role: Role =
                    isCursor
                    ? .selection
                    : column == 0 && unevenLines.contains(row)
                        ? .warning : grid.isEditable(row, column) ? .normal : .muted
                if isCursor { canvas.fill(Rect(x: cx, y: y, width: cw, height: 1), role: .selection) }
                if slot == 0 || column == 1 && !grid.isNumeric(1) {
                    canvas.write(text, x: cx, y: y, maxWidth: cw, role: role)
                } else {
                    canvas.writeRight(text, right: cx + cw, y: y, maxWidth: cw, role: role)
                }
            }
            y += 1
        }
        if grid.rowCount == 0 {
            canvas.write(t(.modelKeys), x: rect.x + 2, y: y, maxWidth: rect.width - 4, role: .muted)
        }
        // Totals, computed from what is typed.
        y = max(y + 1, rect.maxY - 2 - totals.count)
        for total in totals {
            let span = total.wide ? rect.width - 2 : width(ofSlot: 0)
            canvas.write(total.label, x: x(ofSlot: 0), y: y, maxWidth: span, role: total.role)
            for (slot, column) in columns.enumerated() where slot > 0 && column < total.cells.count + 1 {
                canvas.writeRight(
                    total.cells[column - 1], right: x(ofSlot: slot) + width(ofSlot: slot), y: y,
                    maxWidth: width(ofSlot: slot), role: total.role)
            }
            y += 1
        }
        if grid.editingDayRate, let editor = grid.editor {
            canvas.write(t(.dayRate("")), x: rect.x + 1, y: rect.y + 1, maxWidth: 20, role: .accent)
            FormView.drawEditor(
                editor, placeholder: "", focused: true, x: rect.x + 2 + TextWidth.of(t(.dayRate(""))),
                y: rect.y + 1,
                width: 12, into: &canvas)
        }
        let keys: FinanceUIMsg =
            switch grid.mode {
            case .accounts: .gridKeys
            case .model: grid.isShares ? .sharesKeys : grid.isCashPlan ? .cashPlanKeys : .modelKeys
            }
        canvas.write(t(keys), x: rect.x + 1, y: rect.maxY - 1, maxWidth: rect.width - 2, role: .muted)
    }

    static func headers(_ grid: GridState, _ state: AppState) -> [String] {
        func t(_ m: FinanceUIMsg) -> String { state.text(.financeUI(m)) }
        switch grid.mode {
        case .accounts: return [""] + grid.years.map { String($0.year) }
        case .model:
            if grid.isShares {
                return [
                    state.text(.colName), t(.colPercent), t(.colContribution), t(.colDays),
                    t(.colPart(grid.model.startYear + grid.sharesYear)),
                ]
            }
            if grid.isCashPlan {
                let fr = state.lang == .fr
                return [t(.colLine)] + (1...CashPlan.months).map { CalendarNames.shortMonth($0, fr) }
                    + [t(.colPlanned), t(.colBudgetYear(grid.model.startYear))]
            }
            return [t(.colLine), t(.colKind)] + grid.model.yearRange.map(String.init)
        }
    }

    struct Total {
        var label: String
        /// One per column after the first.
        var cells: [String]
        var role: Role
        /// A sentence across the grid rather than a row of cells.
        var wide = false
    }

    static func totals(_ grid: GridState, _ state: AppState) -> [Total] {
        let f = state.format
        func t(_ m: FinanceUIMsg) -> String { state.text(.financeUI(m)) }
        guard case .model = grid.mode else { return [] }
        if let line = grid.sharesOf, grid.model.lines.indices.contains(line) {
            return sharesTotals(grid.model, line: line, year: grid.sharesYear, state)
        }
        if grid.isCashPlan { return planTotals(grid.model, state) }
        let expenses = grid.model.totals(.expense).map(f.money)
        let income = grid.model.totals(.income).map(f.money)
        let balance = grid.model.balance
        var rows = [
            Total(label: t(.totalExpenses), cells: [""] + expenses, role: .muted),
            Total(label: t(.totalIncome), cells: [""] + income, role: .muted),
            Total(
                label: t(.balance), cells: [""] + balance.map(f.money),
                role: balance.contains { $0 < 0 } ? .warning : .success),
        ]
        let gaps = grid.model.sharingGaps
        if let first = gaps.first {
            rows.append(
                Total(
                    label: t(.sharingGaps(count: gaps.count, first: first.label, year: first.year)),
                    cells: [],
                    role: .warning, wide: true))
        }
        return rows
    }

    /// Under the cash plan: what comes in and goes out each month, the
    /// cash at each month's end from zero, its lowest point, and the lines
    /// whose months do not add up to their year.
    static func planTotals(_ model: ProjectModel, _ state: AppState) -> [Total] {
        let f = state.format
        func t(_ m: FinanceUIMsg) -> String { state.text(.financeUI(m)) }
        let plan = CashPlan(model)
        let income = plan.months.map(\.income)
        let expense = plan.months.map(\.expense)
        let low = plan.lowest
        var rows = [
            Total(
                label: t(.totalIncome), cells: income.map(f.euroCell) + [f.euroCell(income.reduce(0, +))],
                role: .muted),
            Total(
                label: t(.totalExpenses), cells: expense.map(f.euroCell) + [f.euroCell(expense.reduce(0, +))],
                role: .muted),
            Total(
                label: t(.cashAtMonthEnd), cells: plan.months.map { f.euroCell($0.cash) },
                role: low.cash < 0 ? .warning : .success),
            Total(
                label: t(
                    .planLowest(
                        month: CalendarNames.month(low.month, state.lang == .fr), year: plan.year,
                        cash: f.money(low.cash), negative: low.cash < 0)),
                cells: [], role: low.cash < 0 ? .warning : .muted, wide: true),
        ]
        if let first = plan.unevenLines.first, model.lines.indices.contains(first.line) {
            rows.append(
                Total(
                    label: t(
                        .planUneven(
                            count: plan.unevenLines.count, first: model.lines[first.line].label,
                            planned: f.money(first.planned), amount: f.money(first.amount))),
                    cells: [], role: .warning, wide: true))
        }
        return rows
    }

    /// Under a line's sharing: what is charged against the line's amount
    /// in the year the parts are shown for, the other years that do not
    /// add up, and the rule that shares it.
    static func sharesTotals(_ model: ProjectModel, line index: Int, year: Int, _ state: AppState) -> [Total]
    {
        let f = state.format
        func t(_ m: FinanceUIMsg) -> String { state.text(.financeUI(m)) }
        let line = model.lines[index]
        let others = line.unevenYears(model.years, dayRate: model.dayRate).filter { $0 != year }
        let sharing = line.sharing(year: year, dayRate: model.dayRate)
        var cash = 0.0
        var days = 0.0
        for share in line.shares {
            if case .fixed(let c, let d) = share.mode {
                cash += c
                days += d
            }
        }
        let role: Role = sharing.addsUp ? .muted : .warning
        let status: FinanceUIMsg =
            !sharing.isShared
            ? .sharingNone
            : .sharingStatus(
                year: model.startYear + year, shared: f.money(sharing.shared),
                amount: f.money(sharing.amount),
                gap: sharing.addsUp ? nil : f.money(abs(sharing.gap)), over: sharing.gap < 0)
        return [
            Total(
                label: t(.totalShares),
                cells: [
                    f.number(sharing.percent) + " %", f.money(cash), f.number(days), f.money(sharing.shared),
                ],
                role: role),
            Total(
                label: t(.lineAmount(model.startYear + year)), cells: ["", "", "", f.money(sharing.amount)],
                role: .muted),
            Total(label: t(status), cells: [], role: sharing.addsUp ? .success : .warning, wide: true),
            Total(label: t(.sharingRule(rest: f.money(sharing.rest))), cells: [], role: .muted, wide: true),
        ]
            + (others.isEmpty
                ? []
                : [
                    Total(
                        label: t(
                            .sharingOtherYears(
                                others.map { model.startYear + $0 }, shownAddsUp: sharing.addsUp)),
                        cells: [],
                        role: .warning, wide: true)
                ])
    }
}
