/// Messages about configuration and theme files, in both languages.
enum ConfigStrings {
    static func text(_ problem: ConfigProblem, _ fr: Bool) -> String {
        let place: String
        if let line = problem.line {
            place = fr ? "\(problem.file), ligne \(line) : " : "\(problem.file), line \(line): "
        } else {
            place = fr ? "\(problem.file) : " : "\(problem.file): "
        }
        return place + detail(problem.kind, fr)
    }

    static func detail(_ kind: ConfigProblem.Kind, _ fr: Bool) -> String {
        switch kind {
        case .syntax(let description):
            return fr ? "TOML invalide (\(description))" : "invalid TOML (\(description))"
        case .notRegularFile:
            return fr
                ? "ce n'est pas un fichier ordinaire (tube, périphérique ou dossier) : ignoré"
                : "not a regular file (pipe, device or folder): ignored"
        case .unreadable(let reason):
            return fr ? "illisible (\(reason))" : "cannot be read (\(reason))"
        case .notUTF8:
            return fr ? "le fichier n'est pas en UTF-8" : "the file is not UTF-8"
        case .unknownKey(let key):
            return fr ? "clé inconnue « \(key) », ignorée" : "unknown key “\(key)”, ignored"
        case .wrongType(let key):
            return fr
                ? "valeur de type inattendu pour « \(key) », ignorée"
                : "unexpected value type for “\(key)”, ignored"
        case .badColor(let key, let value):
            return fr
                ? "couleur invalide « \(value) » pour « \(key) » : #RRVVBB, un nom de couleur du terminal (red, bright-blue…), colorN (0–255) ou default"
                : "invalid colour “\(value)” for “\(key)”: #RRGGBB, a terminal colour name (red, bright-blue…), colorN (0–255) or default"
        case .unknownPaletteColor(let key, let name):
            return fr
                ? "« \(key) » nomme la couleur « \(name) », absente de la palette"
                : "“\(key)” names colour “\(name)”, which the palette does not define"
        case .badValue(let key, let value, let expected):
            return fr
                ? "valeur « \(value) » non reconnue pour « \(key) » (attendu : \(expected)), valeur par défaut utilisée"
                : "value “\(value)” not understood for “\(key)” (expected: \(expected)), default used"
        case .unknownAction(let name):
            return fr ? "action inconnue « \(name) », ignorée" : "unknown action “\(name)”, ignored"
        case .badKey(let action, let key):
            return fr
                ? "touche « \(key) » non reconnue pour « \(action) » (exemples : q, Ctrl-Q, Alt-b, F2, Entrée, PgSuiv)"
                : "key “\(key)” not understood for “\(action)” (examples: q, Ctrl-Q, Alt-b, F2, Enter, PgDn)"
        case .actionWithoutKey(let name):
            return fr ? "l'action « \(name) » n'a plus aucune touche" : "action “\(name)” has no key left"
        case .themeNotFound(let name):
            return fr ? "thème « \(name) » introuvable" : "theme “\(name)” not found"
        case .notRemembered(let reason):
            return fr ? "choix non enregistré (\(reason))" : "choice not saved (\(reason))"
        }
    }
}
