import EssorCore

/// Messages about configuration and theme files, in both languages.
enum ConfigStrings {
    static func text(_ problem: ConfigProblem, _ fr: Bool) -> String {
        let place: String
        if let line = problem.line {
            place = tr("%1$s, line %2$s: ", fr, problem.file, line)
        } else {
            place = tr("%s: ", fr, problem.file)
        }
        return place + detail(problem.kind, fr)
    }

    static func detail(_ kind: ConfigProblem.Kind, _ fr: Bool) -> String {
        switch kind {
        case .syntax(let description):
            return tr("invalid TOML (%s)", fr, description)
        case .notRegularFile:
            return tr("not a regular file (pipe, device or folder): ignored", fr)
        case .unreadable(let reason):
            return tr("cannot be read (%s)", fr, reason)
        case .notUTF8:
            return tr("the file is not UTF-8", fr)
        case .unknownKey(let key):
            return tr("unknown key “%s”, ignored", fr, key)
        case .wrongType(let key):
            return tr("unexpected value type for “%s”, ignored", fr, key)
        case .badColor(let key, let value):
            return tr(
                "invalid colour “%1$s” for “%2$s”: #RRGGBB, a terminal colour name (red, bright-blue…), colorN (0–255) or default",
                fr, value, key)
        case .unknownPaletteColor(let key, let name):
            return tr("“%1$s” names colour “%2$s”, which the palette does not define", fr, key, name)
        case .badValue(let key, let value, let expected):
            return tr(
                "value “%1$s” not understood for “%2$s” (expected: %3$s), default used", fr, value, key,
                expected)
        case .unknownAction(let name):
            return tr("unknown action “%s”, ignored", fr, name)
        case .badKey(let action, let key):
            return tr(
                "key “%1$s” not understood for “%2$s” (examples: q, Ctrl-Q, Alt-b, F2, Enter, PgDn)", fr, key,
                action)
        case .actionWithoutKey(let name):
            return tr("action “%s” has no key left", fr, name)
        case .themeNotFound(let name):
            return tr("theme “%s” not found", fr, name)
        case .notRemembered(let reason):
            return tr("choice not saved (%s)", fr, reason)
        }
    }
}
