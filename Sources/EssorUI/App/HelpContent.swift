import EssorCore

/// The help overlay's text, generated from the keymap and the `:` command
/// table so that it always says what the keys really do.
public enum HelpContent {
    /// The keys of the screen in front of the user come first (most
    /// specific first), then every other context's, then the commands.
    public static func lines(_ state: AppState) -> [DetailLine] {
        var lines: [DetailLine] = []
        var elsewhereSaid = false
        let here =
            state.layers.dropFirst(state.topLayer == .overlay ? 1 : 0).first.map(state.contexts(of:)) ?? []
        for context in here + KeyContext.allCases.filter({ !here.contains($0) }) {
            // On the screen in front, a key an earlier context takes (g goes
            // to a date in Séances, not to the top) is not listed again.
            let before = here.firstIndex(of: context).map { Array(here[..<$0]) } ?? []
            let taken = Set(
                before.flatMap { state.keymap.bindings(in: $0) }.filter { $0.condition == nil }.flatMap(
                    \.keys))
            let bindings = state.keymap.bindings(in: context).map { binding in
                var kept = binding
                kept.keys = binding.keys.filter { !taken.contains($0) }
                return kept
            }
            guard bindings.contains(where: { !$0.keys.isEmpty }) else { continue }
            // The keys of this screen, then the others', said to be elsewhere.
            if !here.isEmpty, !here.contains(context), !elsewhereSaid {
                elsewhereSaid = true
                lines += [.blank, .heading("── " + state.text(.helpElsewhere) + " ──")]
            }
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(.heading(state.text(.context(context))))
            for binding in bindings where !binding.keys.isEmpty {
                let keys = binding.keys.map { state.text(.keyName($0)) }.joined(separator: " ")
                var text = state.text(binding.help)
                if let when = binding.conditionHelp { text += " (" + state.text(when) + ")" }
                lines.append(.field(keys, text))
            }
        }
        lines += [.blank, .heading(state.text(.helpCommandsSection))]
        for command in LineCommand.allCases {
            let name = ":" + command.displayName(state.lang) + (command.takesArgument ? " …" : "")
            lines.append(.field(name, state.text(.lineCommand(command))))
        }
        return lines
    }

    /// The overlay's lines laid out for its inner width.
    public static func layout(_ state: AppState, glyphs: Glyphs) -> [DetailRow] {
        let width = max(1, ScreenLayout(state.size).overlay.width - 4)
        return DetailDocument.layout(lines(state), width: width, glyphs: glyphs)
    }
}

/// The README's key reference, made from the bindings as the help is: a
/// table per context, in English (a test compares it with the README).
public enum KeyReference {
    public static func markdown(_ lang: Lang = .en) -> String {
        let keymap = Keymap.standard
        var out: [String] = []
        for context in KeyContext.allCases {
            let bindings = keymap.bindings(in: context).filter { !$0.keys.isEmpty }
            guard !bindings.isEmpty else { continue }
            out += [
                "#### " + Strings.text(.context(context), lang), "", "| Keys | What they do |",
                "| --- | --- |",
            ]
            for binding in bindings {
                let keys = binding.keys.map { "`" + cell(Strings.text(.keyName($0), lang)) + "`" }.joined(
                    separator: " ")
                var text = Strings.text(binding.help, lang)
                if let when = binding.conditionHelp { text += " (" + Strings.text(when, lang) + ")" }
                out.append("| \(keys) | \(cell(text)) |")
            }
            out.append("")
        }
        out += [
            "#### " + Strings.text(.helpCommandsSection, lang), "", "| Command | What it does |",
            "| --- | --- |",
        ]
        for command in LineCommand.allCases {
            let name = ":" + command.displayName(lang) + (command.takesArgument ? " …" : "")
            out.append("| `\(cell(name))` | \(cell(Strings.text(.lineCommand(command), lang))) |")
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Text in a Markdown table cell.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "`", with: "'")
    }
}
