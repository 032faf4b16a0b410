import EssorUI

/// What a session starts with: the configuration file read, the theme
/// chosen (`--theme`, else `NO_COLOR` forces `mono`, else the file's
/// `theme`, else the built-in default) and every problem met on the way.
public struct Settings: Sendable {
    public var configuration: Configuration
    public var catalog: ThemeCatalog
    public var configPath: String?
    public var preferences: Preferences

    public init(themeOption: String?, environment: [String: String], executable: String?) {
        configPath = ConfigPaths.configFile(environment: environment)
        configuration = Configuration.load(path: configPath)
        catalog = ThemeCatalog.standard(environment: environment, executable: executable)
        var problems = configuration.problems
        let (keymap, keyProblems) = configuration.keymap()
        problems += keyProblems
        var theme = Theme.builtIn
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        if let wanted = themeOption ?? (noColor ? Theme.mono.name : configuration.theme) {
            switch catalog.load(wanted) {
            case .success(let (loaded, warnings)):
                theme = loaded
                problems += warnings
            case .failure(let problem):
                problems.append(problem)
            }
        }
        preferences = Preferences(
            theme: theme, keymap: keymap, dates: configuration.dates ?? .dayMonthYear, problems: problems)
    }

    /// The provider the interface switches themes through.
    public var themes: CatalogThemes { CatalogThemes(catalog: catalog, configPath: configPath) }
}
