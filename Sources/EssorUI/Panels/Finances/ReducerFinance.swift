import EssorCore
import EssorStore

/// The Finances panel: opening the grids, typing in them, keeping a
/// suggested financing, moving a financing's status on.
extension AppState {
    var financeDetail: FinanceDetail? {
        if case .finance(let d)? = details[.finances] { return d }
        return nil
    }

    /// The detail line under the cursor, in the Finances detail.
    var selectedFinanceKey: FieldKey? { panel == .finances ? selectedDetailKey : nil }

    /// The key of the detail line under the cursor, when the detail has
    /// the focus.
    var selectedDetailKey: FieldKey? {
        guard current.focus == .detail else { return nil }
        let rows = detailRows(panel, width: panelLayout(panel).detailTextWidth)
        guard current.detailCursor < rows.count else { return nil }
        return rows[current.detailCursor].key
    }

    mutating func financeCommand(_ command: Command) -> [Effect] {
        switch command {
        case .editAccounts:
            guard let id = selectedID(.finances) else { return [] }
            return [.finances(.loadAccountsGrid(id))]
        case .editModel:
            guard let cohort = scope else {
                show(.financeUI(.chooseCohort), isError: true)
                return []
            }
            return [.finances(.loadModelGrid(cohort))]
        case .recordFinancing:
            guard let d = financeDetail, case .financingSuggestion(let p, let i)? = selectedFinanceKey,
                d.projects.indices.contains(p), d.projects[p].suggestions.indices.contains(i)
            else { return [] }
            let suggestion = d.projects[p].suggestions[i]
            guard !suggestion.isKept(by: d.financings, cohort: d.projects[p].cohortID) else {
                let words = suggestion.instruments.map { text(.financeUI(.instrument($0))) }
                show(.financeUI(.alreadyKept(words.joined(separator: " + "))), isError: true)
                return []
            }
            // Each instrument with what it brings, to the hundred euros above;
            // one its terms bound (a ceiling, a guarantee's share) as bound,
            // to the euro below, never beyond them.
            let financings = suggestion.parts.map {
                Financing(
                    structureID: d.structure.id, cohortID: d.projects[p].cohortID, instrument: $0.instrument,
                    amount: $0.limit == nil ? ($0.amount / 100).rounded(.up) * 100 : $0.amount.rounded(.down),
                    rule: suggestion.rule)
            }
            return [.finances(.saveFinancings(financings))]
        case .cycleStatus:
            guard let d = financeDetail, case .financingRecord(let id)? = selectedFinanceKey,
                var financing = d.financings.first(where: { $0.id == id })
            else { return [] }
            let all = FinancingStatus.allCases
            financing.status = all[(all.firstIndex(of: financing.status)! + 1) % all.count]
            return [.finances(.saveFinancings([financing]))]
        case .financingDay:
            guard let d = financeDetail, case .financingRecord(let id)? = selectedFinanceKey,
                let financing = d.financings.first(where: { $0.id == id })
            else { return [] }
            guard financing.status != .considered else {
                show(.financeUI(.badDay(.noStage)), isError: true)
                return []
            }
            openFinancingLine(.financingDay(id), (financing.day(of: financing.status) ?? today).dayMonthYear)
            return []
        case .cyclePartner:
            guard let d = financeDetail, case .financingRecord(let id)? = selectedFinanceKey,
                let financing = d.financings.first(where: { $0.id == id })
            else { return [] }
            return [.finances(.cycleFinancingPartner(financing))]
        case .edit:
            guard let d = financeDetail, case .financingRecord(let id)? = selectedFinanceKey,
                let financing = d.financings.first(where: { $0.id == id })
            else { return [] }
            openFinancingLine(
                .financingAmount(id), DecimalFormat.string(financing.amount, lang: lang, maxFractionDigits: 2)
            )
            return []
        case .delete:
            guard let d = financeDetail, case .financingRecord(let id)? = selectedFinanceKey,
                let financing = d.financings.first(where: { $0.id == id })
            else { return [] }
            // Asked first, as every deletion.
            let what =
                "\(text(.financeUI(.instrument(financing.instrument)))) · \(format.money(financing.amount))"
            dialog = Dialog(
                title: text(.financeUI(.confirmDeleteFinancing(what))), lines: [text(.form(.undoHint))],
                action: .deleteFinancing(financing))
            return []
        default:
            return []
        }
    }

    /// The day typed for a financing's current stage.
    mutating func setFinancingDay(_ id: Int64, _ text: String) -> [Effect] {
        guard let financing = financeDetail?.financings.first(where: { $0.id == id }) else { return [] }
        guard let day = DateReader.read(text, today: today) else {
            openFinancingLine(.financingDay(id), text)
            show(.financeUI(.notADay(text)), isError: true)
            return []
        }
        switch financing.settingDay(day, today: today) {
        case .success(let moved): return [.finances(.saveFinancings([moved]))]
        case .failure(let problem):
            openFinancingLine(.financingDay(id), text)
            show(.financeUI(.badDay(problem)), isError: true)
            return []
        }
    }

    /// The line where a financing's amount or a stage's day is typed,
    /// holding `text`.
    mutating func openFinancingLine(_ kind: InputLine.Kind, _ text: String) {
        var line = InputLine(kind: kind)
        line.editor = LineEditor(text)
        line.editor.moveToEnd()
        input = line
    }

    /// The amount typed for a financing kept.
    mutating func setFinancingAmount(_ id: Int64, _ text: String) -> [Effect] {
        guard var financing = financeDetail?.financings.first(where: { $0.id == id }) else { return [] }
        let value: Double
        switch NumberReader.read(text, as: .payment) {
        case .success(let number): value = number
        case .failure(let problem):
            // The line stays open on what was typed, to be corrected: what
            // is typed next must not be read as commands.
            openFinancingLine(.financingAmount(id), text)
            show(.financeUI(.badNumber(text, problem)), isError: true)
            return []
        }
        financing.amount = value
        return [.finances(.saveFinancings([financing]))]
    }

    mutating func gridKey(_ key: Key) -> [Effect] {
        guard var open = grid else { return [] }
        if open.editor != nil {
            switch key {
            case .char(let c): open.editor?.insert(c)
            case .paste(let text): open.editor?.insert(Key.oneLine(text))
            default: return press(key)
            }
            grid = open
            return []
        }
        // A digit starts typing a number in place.
        if case .char(let c) = key, c.isNumber || c == "-" || c == ",", open.isNumeric(open.column) {
            _ = open.startEditing(c, lang: lang)
            grid = open
            return []
        }
        return press(key)
    }

    /// A key while a grid's cell is being typed in.
    mutating func gridEditorCommand(_ command: Command) -> [Effect] {
        guard var open = grid else { return [] }
        defer { if grid != nil { grid = open } }
        switch command {
        case .inputConfirm:
            if let bad = open.commit() { show(.financeUI(.badNumber(bad.text, bad.problem)), isError: true) }
        case .inputCancel:
            open.cancelEditing()
        default:
            _ = open.editor?.apply(command)
        }
        return []
    }

    /// What a grid's key does to it.
    mutating func gridCommand(_ command: Command) -> [Effect] {
        guard var open = grid else { return [] }
        defer { if grid != nil { grid = open } }
        // A key other than the one asked for again drops the question, and
        // the message that asked it.
        if command != .back && open.confirmClose || command != .save && open.confirmSave { message = nil }
        if command != .back { open.confirmClose = false }
        if command != .save { open.confirmSave = false }
        switch command {
        case .moveUp: open.move(rows: -1, columns: 0)
        case .moveDown: open.move(rows: 1, columns: 0)
        case .previousOption: open.move(rows: 0, columns: -1)
        case .nextOption: open.move(rows: 0, columns: 1)
        case .open:
            if case .model = open.mode, !open.isShares, !open.isCashPlan, open.column == 1 {
                open.toggleKind()
            } else {
                _ = open.startEditing(lang: lang)
            }
        case .addRow: open.addRow(newLine: text(.financeUI(.newLine)), currentYear: today.year)
        case .addEarlierYear: open.addEarlierYear(currentYear: today.year)
        case .deleteRow: open.deleteRow()
        case .toggleKind: open.toggleKind()
        case .shares: open.openShares()
        case .cashPlan: open.openCashPlan()
        case .spreadEvenly: open.spreadEvenly()
        case .dayRate where open.isShares: open.startEditingDayRate(lang: lang)
        case .addYear: open.changeYears(by: 1)
        case .removeYear: open.changeYears(by: -1)
        case .save:
            // A budget line that does not add up is saved only once it has been seen.
            if case .model = open.mode, !open.confirmSave, let gap = open.model.sharingGaps.first {
                open.confirmSave = true
                let f = format
                show(
                    .financeUI(
                        .saveWithGaps(
                            line: gap.label, year: gap.year, shared: f.money(gap.sharing.shared),
                            amount: f.money(gap.sharing.amount))), isError: true)
                return []
            }
            open.confirmSave = false
            return [.finances(.saveGrid(open))]
        case .back:
            if open.isShares {
                open.closeShares()
            } else if open.isCashPlan {
                open.closeCashPlan()
            } else if open.dirty && !open.confirmClose {
                open.confirmClose = true
                show(.financeUI(.unsaved), isError: true)
            } else {
                grid = nil
            }
        default:
            break
        }
        return []
    }
}
