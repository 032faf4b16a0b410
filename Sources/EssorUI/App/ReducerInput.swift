import EssorCore
import EssorStore

extension AppState {
    /// A key while the filter or command line is open: text is typed,
    /// other keys are bindings (`.input`, `.text`, and the list's moves
    /// for the filter).
    mutating func inputKey(_ key: Key) -> [Effect] {
        guard var line = input else { return [] }
        switch key {
        case .char(let c): line.editor.insert(c)
        case .paste(let text): line.editor.insert(Key.oneLine(text))
        default: return press(key)
        }
        return lineEdited(line)
    }

    /// The input line after an edit: shown, and the filter applied as typed.
    mutating func lineEdited(_ edited: InputLine) -> [Effect] {
        var line = edited
        line.editor.keepVisible(width: max(1, size.width - 12))
        input = line
        if line.kind == .filter && line.text != current.filter {
            setFilter(line.text)
            return ensureCurrent()
        }
        return []
    }

    /// Enter on a line being typed: the input line, the grid's cell, the
    /// picker's choice, the workshop's capture line.
    mutating func confirmInput() -> [Effect] {
        switch topLayer {
        case .grid: return gridEditorCommand(.inputConfirm)
        case .week: return weekEditorCommand(.inputConfirm)
        case .picker: return pickerCommand(.inputConfirm)
        case .workshop: return captureCommand(.inputConfirm)
        case .input:
            guard let line = input else { return [] }
            input = nil
            switch line.kind {
            case .command: return execute(line.text)
            case .filter: return ensureCurrent()
            case .date: return goTo(text: line.text.trimmingSpaces)
            case .person(let group): return addAttendancePerson(line.text, group: group)
            case .arrival: return setArrival(line.text)
            case .financingAmount(let id): return setFinancingAmount(id, line.text)
            case .financingDay(let id): return setFinancingDay(id, line.text)
            }
        default: return []
        }
    }

    /// Esc on a line being typed: it closes (the filter is cleared).
    mutating func cancelInput() -> [Effect] {
        switch topLayer {
        case .grid: return gridEditorCommand(.inputCancel)
        case .week: return weekEditorCommand(.inputCancel)
        case .picker: return pickerCommand(.inputCancel)
        case .workshop: return captureCommand(.inputCancel)
        case .input:
            guard let line = input else { return [] }
            input = nil
            if line.kind == .filter {
                setFilter("")
                return ensureCurrent()
            }
            return []
        default: return []
        }
    }

    /// A line-editing key (cursor moves, deletions) on the text that has
    /// the focus: the input line, the picker's filter, the capture line, a
    /// grid's cell or a form's field.
    mutating func editText(_ command: Command) -> [Effect] {
        switch topLayer {
        case .input:
            guard var line = input else { return [] }
            if command == .deleteBackward && line.text.isEmpty && line.kind == .command {
                input = nil
                return []
            }
            guard line.editor.apply(command) else { return [] }
            return lineEdited(line)
        case .picker: return pickerCommand(command)
        case .workshop: return captureCommand(command)
        case .grid: return gridEditorCommand(command)
        case .week: return weekEditorCommand(command)
        case .form: return formCommand(command)
        default: return []
        }
    }

    mutating func execute(_ text: String) -> [Effect] {
        let trimmed = text.trimmingSpaces
        if trimmed.isEmpty { return [] }
        guard let (command, argument) = LineCommand.parse(trimmed) else {
            show(.unknownCommand(trimmed), isError: true)
            return []
        }
        switch command {
        case .quit: return [.quit]
        case .help:
            overlay = .help(scroll: 0)
            return []
        case .panel(let target): return switchTo(target)
        case .all:
            if scope == nil { show(.scopeCleared) }
            return clearScope()
        case .filter:
            current.focus = .list
            setFilter(argument)
            return ensureCurrent()
        case .cohort:
            guard !argument.isEmpty else {
                show(.cohortExpected, isError: true)
                return []
            }
            guard let names = cohortNames else {
                pendingCommand = trimmed
                return [.loadCohortNames]
            }
            return scopeByName(argument, among: names)
        case .theme:
            return chooseTheme(argument)
        case .date:
            guard !argument.isEmpty else { return askDate() }
            return goTo(text: argument)
        case .history:
            return [.loadHistory(nil, nil)]
        case .programme:
            return [.loadForm(.settings, nil, focus: nil)]
        case .period:
            return setReportPeriod(text: argument)
        case .week:
            return setWeek(text: argument)
        case .month:
            return setTimeMonth(text: argument)
        }
    }

    /// `:cohorte NAME`: the cohort named so, or the only one whose name
    /// holds every word typed.
    private mutating func scopeByName(_ name: String, among names: [NamedRef]) -> [Effect] {
        let folded = SearchFolding.fold(name)
        let exact = names.filter { SearchFolding.fold($0.name) == folded }
        let query = SearchQuery(name)
        let candidates =
            exact.isEmpty ? names.filter { query.matches(folded: SearchFolding.fold($0.name)) } : exact
        switch candidates.count {
        case 0:
            show(.cohortNotFound(name), isError: true)
            return []
        case 1:
            setScope(candidates[0].id, name: candidates[0].name)
            return ensureCurrent()
        default:
            show(.cohortAmbiguous(candidates.prefix(5).map(\.name)), isError: true)
            return []
        }
    }
}
