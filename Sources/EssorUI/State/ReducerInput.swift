import EssorCore
import EssorStore

extension AppState {
    /// A key while the filter or command line is open.
    mutating func inputKey(_ key: Key) -> [Effect] {
        guard var line = input else { return [] }
        if case .char(let c) = key {
            line.editor.insert(c)
        } else if case .paste(let text) = key {
            line.editor.insert(Key.oneLine(text))
        } else {
            guard let command = keymap.command(for: key, in: keyContexts) else { return [] }
            switch command {
            case .inputConfirm:
                input = nil
                switch line.kind {
                case .command: return execute(line.text)
                case .filter: return ensureCurrent()
                case .date: return goTo(text: line.text.trimmingSpaces)
                case .person: return addAttendancePerson(line.text)
                case .arrival: return setArrival(line.text)
                case .financingAmount(let id): return setFinancingAmount(id, line.text)
                }
            case .inputCancel:
                input = nil
                if line.kind == .filter {
                    setFilter("")
                    return ensureCurrent()
                }
                return []
            case .deleteBackward where line.text.isEmpty && line.kind == .command:
                input = nil
                return []
            case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
                return line.kind == .filter ? run(listMove: command) : []
            default:
                guard line.editor.apply(command) else { return [] }
            }
        }
        line.editor.keepVisible(width: max(1, size.width - 12))
        input = line
        if line.kind == .filter && line.text != current.filter {
            setFilter(line.text)
            return ensureCurrent()
        }
        return []
    }

    private mutating func run(listMove command: Command) -> [Effect] {
        let count = current.visible.count
        let page = panelLayout(panel).pageSize
        switch command {
        case .moveUp: current.cursor.move(by: -1, count: count, pageSize: page)
        case .moveDown: current.cursor.move(by: 1, count: count, pageSize: page)
        case .pageUp: current.cursor.move(by: -page, count: count, pageSize: page)
        case .pageDown: current.cursor.move(by: page, count: count, pageSize: page)
        default: break
        }
        return ensureCurrent()
    }

    /// Runs a `:` command line.
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
