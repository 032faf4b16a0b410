import EssorCore

/// The header, the tab bar and the status line around every panel.
enum Chrome {
    static func header(_ state: AppState, _ rect: Rect, into canvas: inout Canvas) {
        canvas.fill(rect, role: .title)
        // A fresh store says so, and how to name the programme.
        let programme =
            state.programme.map {
                [$0.name, $0.operatorName].filter { !$0.isEmpty }.joined(separator: " · ")
            }
            ?? state.text(.form(.unnamedProgramme))
        let scope = state.scopeName.map { state.text(.scopeLabel($0)) } ?? state.text(.allCohorts)
        var x = rect.x + 1
        if state.readOnly != nil {
            x += canvas.write(
                " \(state.text(.store(.readOnlyBadge))) ", x: x, y: rect.y, maxWidth: rect.width / 3,
                role: .warning)
            x += 1
        }
        x += canvas.write(programme, x: x, y: rect.y, maxWidth: rect.width / 2, role: .title)
        x += canvas.write(" \(canvas.glyphs.vertical) ", x: x, y: rect.y, maxWidth: 3, role: .title)
        let path = state.storeLabel
        let pathRoom = max(0, rect.maxX - x - 1 - TextWidth.of(scope) - 2)
        x += canvas.write(scope, x: x, y: rect.y, maxWidth: rect.maxX - x - 1, role: .title)
        if pathRoom >= 8 {
            let shown = leftTruncated(path, to: min(pathRoom, 48), ellipsis: canvas.glyphs.ellipsis)
            canvas.writeRight(shown, right: rect.maxX - 1, y: rect.y, maxWidth: pathRoom, role: .title)
        }
    }

    static func tabs(_ state: AppState, _ rect: Rect, into canvas: inout Canvas) {
        canvas.fill(rect, role: .tab)
        let names = PanelID.allCases.map { "\($0.rawValue) \(state.text(.panel($0)))" }
        let labels = names.map { " \($0) " }
        let full = labels.reduce(0) { $0 + TextWidth.of($1) }
        let tight = names.reduce(names.count - 1) { $0 + TextWidth.of($1) }
        // Tabs are a space apart when they fit so; side by side when only
        // that fits (each label has its own spaces); then their names a
        // space apart without padding (80 columns); on a narrow screen (a
        // phone), the other tabs show their number only.
        let gap = full + labels.count <= rect.width - 1 ? 1 : 0
        let padded = full <= rect.width - 1
        let compact = !padded && tight > rect.width - 1
        var x = rect.x + 1
        for (index, panel) in PanelID.allCases.enumerated() {
            let active = panel == state.panel
            let label =
                padded
                ? labels[index]
                : compact && !active ? " \(panel.rawValue) " : compact ? labels[index] : names[index]
            x += canvas.write(
                label, x: x, y: rect.y, maxWidth: rect.maxX - x, role: active ? .tabActive : .tab)
            x += padded ? gap : 1
            if x >= rect.maxX { break }
        }
    }

    static func status(_ state: AppState, _ rect: Rect, into canvas: inout Canvas) {
        canvas.fill(rect, role: .status)
        if let input = state.input {
            let prompt: String
            switch input.kind {
            case .filter: prompt = state.text(.filterPrompt)
            case .command: prompt = state.text(.commandPrompt)
            case .date: prompt = state.text(.datePrompt)
            case .person(let group):
                prompt = state.text(.personPrompt(state.groupName(group, in: state.attendance?.sheet)))
            case .arrival: prompt = state.text(.arrivalPrompt)
            case .financingAmount: prompt = state.text(.financeUI(.amountPrompt))
            case .financingDay: prompt = state.text(.financeUI(.dayPrompt))
            }
            var x = rect.x + 1
            x += canvas.write(prompt, x: x, y: rect.y, maxWidth: rect.width - 2, role: .key)
            let room = rect.maxX - x - 2
            // Keep the end of a long line in view, where the typing happens.
            let text = leftTruncated(input.text, to: max(1, room), ellipsis: canvas.glyphs.ellipsis)
            x += canvas.write(text, x: x, y: rect.y, maxWidth: room, role: .input)
            x += canvas.write(canvas.glyphs.cursor, x: x, y: rect.y, maxWidth: 1, role: .input)
            // Why what was typed was refused, beside it: the line stays open
            // to be corrected.
            if let message = state.message, message.isError, rect.maxX - x > 4 {
                canvas.write(
                    "  " + message.text, x: x, y: rect.y, maxWidth: rect.maxX - x - 1, role: .error)
            }
            return
        }
        if let message = state.message {
            canvas.write(
                message.text, x: rect.x + 1, y: rect.y, maxWidth: rect.width - 2,
                role: message.isError ? .error : .status)
            return
        }
        var x = rect.x + 1
        let separator = "  "
        for (binding, key) in state.keymap.hints(for: state.keyContexts, in: state) {
            let keyText = state.text(.keyName(key))
            let label = state.text(binding.hintText)
            let needed = TextWidth.of(keyText) + 1 + TextWidth.of(label) + separator.count
            if x + needed > rect.maxX { break }
            x += canvas.write(keyText, x: x, y: rect.y, role: .key)
            x += canvas.write(" " + label + separator, x: x, y: rect.y, role: .status)
        }
    }

    /// Keeps the end of `text` (the file name of a path, the end of a line).
    static func leftTruncated(_ text: String, to width: Int, ellipsis: String) -> String {
        let safe = TextLayout.truncate(text, to: Int.max / 2)
        if TextWidth.of(safe) <= width { return safe }
        var out = ""
        var used = TextWidth.of(ellipsis)
        for character in safe.reversed() {
            let w = TextWidth.of(character)
            if used + w > width { break }
            out.insert(character, at: out.startIndex)
            used += w
        }
        return ellipsis + out
    }
}
