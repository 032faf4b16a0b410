import EssorCore
import EssorStore

/// Working on a store others use: read-only sessions, changes made
/// elsewhere, history, and merging a conflicting edit.
extension AppState {
    /// Others' changes arrived: the status line says who did what.
    mutating func externalChanges(_ changes: [ChangeRecord]) {
        guard let last = changes.last else { return }
        let authors = changes.map(\.author).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        if changes.count == 1 {
            show(.store(.changedBy(author: last.author, action: last.action, summary: last.summary)))
        } else {
            show(.store(.changesBy(count: changes.count, authors: authors)))
        }
    }

    /// `h`: the selected record's history.
    mutating func showHistory() -> [Effect] {
        if panel == .partners, let mission = selectedMissionLine {
            return [.loadHistory(.assignment, mission)]
        }
        guard let entity = entity(of: panel), let id = selectedID(panel) else { return [] }
        return [.loadHistory(entity, id)]
    }

    mutating func historyLoaded(title: String, _ changes: [ChangeRecord]) {
        let f = format
        var lines: [DetailLine] = []
        if changes.isEmpty { lines.append(.paragraph(text(.store(.historyEmpty)), .muted)) }
        for change in changes {
            let local = clock.local(change.at)
            let when = "\(f.dayWithWeekday(local.date)) \(f.time(local))"
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(
                .heading(text(.store(.historyLine(when: when, author: change.author, action: change.action))))
            )
            // The settings' summary is a code: they are named in the user's language.
            let summary = change.entity == .settings ? text(.store(.settingsSummary)) : change.summary
            lines.append(.paragraph(summary, .accent))
            for difference in change.differences.prefix(12) {
                lines.append(.bullet(text(.store(.difference(shown(difference)))), .muted))
            }
            if change.differences.count > 12 {
                lines.append(.bullet(text(.store(.moreDifferences(change.differences.count - 12))), .muted))
            }
        }
        overlay = .history(title: title, lines: lines, scroll: 0)
    }

    /// A difference with its values as the forms show them: dates and
    /// times in the user's format, codes by their names, amounts in euros.
    func shown(_ d: ChangeRecord.Difference) -> ChangeRecord.Difference {
        var shown = d
        let empty = text(.store(.empty))
        shown.before = d.before.map { $0.isEmpty ? empty : shownValue($0, table: d.table, column: d.column) }
        shown.after = d.after.map { $0.isEmpty ? empty : shownValue($0, table: d.table, column: d.column) }
        // A threshold not set before was its default.
        if d.table == "finance_threshold",
            let key = d.key.first.flatMap(FinanceThresholds.Key.init(rawValue:)),
            let standard = FinanceThresholds.defaults[key]
        {
            let text = text(
                .store(.defaultValue(DecimalFormat.string(standard, lang: lang, maxFractionDigits: 3))))
            if d.before == nil { shown.before = text }
            if d.after == nil { shown.after = text }
        }
        // A term of an instrument not set before was the shipped one.
        if d.table == "instrument_term",
            let change = InstrumentCatalogue.Change(key: d.key.joined(separator: "."))
        {
            let standard = Catalogue.standard.value(change)
            let text = text(
                .store(
                    .defaultValue(
                        standard.map { DecimalFormat.string($0, lang: lang, maxFractionDigits: 2) } ?? "—")))
            if d.before == nil { shown.before = text }
            if d.after == nil { shown.after = text }
        }
        return shown
    }

    /// Columns that hold euros.
    static let moneyColumns: Set<String> = Set(
        FinancialYear.Figure.allCases.filter { $0 != .fte }.map(\.column) + [
            "amount", "cash", "project_day_rate",
        ])

    func shownValue(_ value: String, table: String, column: String) -> String {
        switch (table, column) {
        case ("programme", "funders"):
            return Funder.typedText(Funder.fromStored(value), separator: "; ")
        case ("programme", "support_threshold_minutes"):
            return Int(value).map(ClockParsing.durationText) ?? value
        case ("programme", "retention_years"):
            return Retention(rawValue: Int(value) ?? 0).map { text(.form(.retention($0))) } ?? value
        case (_, "start_date"), (_, "end_date"), (_, "due_date"), (_, "date"), (_, "last_payment"),
            (_, "creation_date"):
            return LocalDate.parseISO(value).map(format.date) ?? value
        case (_, "starts_at"), (_, "arrived_at"):
            guard let instant = Int64(value) else { return value }
            let local = clock.local(instant)
            return "\(format.date(local.date)) \(format.time(local))"
        case (_, "project_stage"):
            return ProjectStage(rawValue: value).map { text(.projectStage($0)) } ?? value
        case (_, "legal_form"):
            return LegalForm(rawValue: value).map { text(.legalForm($0)) } ?? value
        case ("meeting", "kind"):
            return MeetingKind(rawValue: value).map { text(.meetingKind($0)) } ?? value
        case ("workshop_item", "kind"):
            return WorkshopItemKind(rawValue: value).map { text(.meeting(.itemKind($0))) } ?? value
        case (_, "duration_minutes"), (_, "minutes"):
            return Int(value).map(ClockParsing.durationText) ?? value
        case ("financing", "status"):
            return FinancingStatus(rawValue: value).map { text(.financeUI(.status($0))) } ?? value
        case ("financing", "rule"):
            // Quoted: the rule's own text has an arrow.
            return FinancingRule(rawValue: value).map { "« " + text(.financeUI(.rule($0))) + " »" } ?? value
        case ("attendance", "status"):
            return AttendanceStatus(rawValue: value).map { text(.attendanceStatus($0)) } ?? value
        case ("assignment", "status"):
            return AssignmentStatus(rawValue: value).map { text(.assignmentStatus($0)) } ?? value
        case (_, "departement"):
            return Departement.name(value).map { "\($0) (\(value))" } ?? value
        case (_, let column) where Self.moneyColumns.contains(column):
            // Cents kept: an auditor compares them.
            return Double(value).map { format.money($0, cents: true) } ?? value
        default:
            if let number = Double(value), value.contains(".") || abs(number) >= 10_000 {
                return format.number(number)
            }
            return value
        }
    }

    /// The save was refused: someone else changed the record. Read it, to
    /// compare field by field.
    mutating func conflictOnSave(_ error: StoreError) -> [Effect]? {
        guard case .conflict = error, let open = form, let (entity, id) = open.purpose.record else {
            return nil
        }
        return [.loadConflict(entity, id)]
    }

    mutating func conflictLoaded(
        _ entity: ChangeEntity, _ record: EditableRecord?, _ choices: FormChoices, author: String?
    ) -> [Effect] {
        guard var mine = form else { return [] }
        guard let record, let theirs = makeForm(entity, record, choices, focus: nil) else {
            // Deleted meanwhile: what was typed can still be saved as new.
            mine.purpose = mine.purpose.asNew
            form = mine
            show(.store(.recordGone), isError: true)
            return []
        }
        let state = MergeState(mine: mine, theirs: theirs, author: author)
        if state.fields.isEmpty {
            // Same values: save over the new version.
            form = state.merged(into: mine)
            return saveForm()
        }
        merge = state
        return []
    }

    /// What a key of the merge screen does.
    mutating func mergeCommand(_ command: Command) -> [Effect] {
        guard var open = merge else { return [] }
        switch command {
        case .moveUp: open.cursor = max(0, open.cursor - 1)
        case .moveDown: open.cursor = min(open.fields.count - 1, open.cursor + 1)
        case .previousOption, .nextOption, .toggleItem:
            // ← the user's column, → the other's, Space swaps.
            if open.fields.indices.contains(open.cursor) {
                open.fields[open.cursor].keepMine =
                    command == .toggleItem ? !open.fields[open.cursor].keepMine : command == .previousOption
            }
        case .keepAllMine:
            for i in open.fields.indices { open.fields[i].keepMine = true }
        case .takeAllTheirs:
            for i in open.fields.indices { open.fields[i].keepMine = false }
        case .inputConfirm:
            if let mine = form { form = open.merged(into: mine) }
            merge = nil
            show(.store(.mergeReady))
            keepFocusedFieldVisible()
            return []
        case .inputCancel:
            merge = nil
            return []
        default:
            return []
        }
        merge = open
        return []
    }
}
