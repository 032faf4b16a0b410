/// What the configuration file and theme chose for a session.
public struct Preferences: Sendable {
    public var theme: Theme
    public var keymap: Keymap
    public var dates: DateStyle
    /// Problems found while reading the files, to tell the user at start.
    public var problems: [ConfigProblem]

    public init(
        theme: Theme = .builtIn, keymap: Keymap = .standard, dates: DateStyle = .dayMonthYear,
        problems: [ConfigProblem] = []
    ) {
        self.theme = theme
        self.keymap = keymap
        self.dates = dates
        self.problems = problems
    }
}
