import EssorCore

extension AppState {
    /// A key while the filter or command line is open.
    mutating func inputKey(_ key: Key) -> [Effect] {
        guard var line = input else { return [] }
        if case .char(let c) = key {
            line.editor.insert(c)
        } else {
            guard let command = keymap.command(for: key, in: keyContexts) else { return [] }
            switch command {
            case .inputConfirm:
                input = nil
                return line.kind == .command ? execute(line.text) : ensureDetail()
            case .inputCancel:
                input = nil
                if line.kind == .filter {
                    setFilter("")
                    return ensureDetail()
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
            return ensureDetail()
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
        return ensureDetail()
    }

    /// Applies a filter to the current panel, narrowing the previous result
    /// when the new text only adds to the old.
    mutating func setFilter(_ text: String) {
        let old = SearchQuery(current.filter)
        let new = SearchQuery(text)
        let rows = !old.isEmpty && new.narrows(old) ? current.visible : current.base
        current.visible = Filtering.filter(rows, panel, in: self, query: new)
        current.filter = text
        current.cursor = ListCursor()
        current.cursor.clamp(count: current.visible.count, pageSize: panelLayout(panel).pageSize)
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
            return ensureDetail()
        case .cohort:
            return scopeByName(argument)
        }
    }

    private mutating func scopeByName(_ name: String) -> [Effect] {
        guard !name.isEmpty else {
            show(.cohortExpected, isError: true)
            return []
        }
        let folded = SearchFolding.fold(name)
        let exact = data.cohorts.filter { SearchFolding.fold($0.cohort.name) == folded }
        let candidates =
            exact.isEmpty
            ? data.cohorts.filter { SearchQuery(name).matches(folded: SearchFolding.fold($0.cohort.name)) }
            : exact
        switch candidates.count {
        case 0:
            show(.cohortNotFound(name), isError: true)
            return []
        case 1:
            return setScope(candidates[0].id) + ensureDetail()
        default:
            show(.cohortAmbiguous(candidates.map(\.cohort.name)), isError: true)
            return []
        }
    }
}
