import EssorCore

/// Commands typed after `:`. Each has French and English names; both work
/// whatever the interface language.
public enum LineCommand: CaseIterable, Sendable, Equatable {
    case quit
    case help
    case panel(PanelID)
    case all
    case cohort
    case filter
    case theme
    case date
    case history
    case programme
    /// The report's period: `:periode 01/01/2026 31/12/2026`.
    case period
    /// Temps: the week in the grid: `:semaine 2026-W49`.
    case week
    /// Temps: the month shown: `:mois 2026-11`.
    case month

    public static var allCases: [LineCommand] {
        [.quit, .help] + PanelID.allCases.map { .panel($0) } + [
            .all, .cohort, .filter, .theme, .date, .history, .programme, .period, .week, .month,
        ]
    }

    /// Names accepted for the command; the first is French, the last English.
    public var names: [String] {
        switch self {
        case .quit: ["q", "quitter", "quit"]
        case .help: ["aide", "help"]
        case .panel(.cohorts): ["cohortes", "cohorts"]
        case .panel(.structures): ["structures"]
        case .panel(.meetings): ["seances", "séances", "meetings"]
        case .panel(.partners): ["partenaires", "partners"]
        case .panel(.finances): ["finances"]
        case .panel(.report): ["rapport", "report"]
        case .panel(.time): ["temps", "time"]
        case .all: ["tout", "all"]
        case .cohort: ["cohorte", "cohort"]
        case .filter: ["filtre", "filter"]
        case .theme: ["thème", "theme"]
        case .date: ["date"]
        case .history: ["historique", "history"]
        case .programme: ["programme", "program"]
        case .period: ["periode", "période", "period"]
        case .week: ["semaine", "week"]
        case .month: ["mois", "month"]
        }
    }

    /// Whether the command takes text after its name.
    public var takesArgument: Bool {
        self == .cohort || self == .filter || self == .theme || self == .date || self == .period
            || self == .week || self == .month
    }

    /// The name shown in help for `lang`.
    public func displayName(_ lang: Lang) -> String {
        lang == .fr ? names[0] : names[names.count - 1]
    }

    /// Parses `text` (without the `:`) into a command and its argument.
    public static func parse(_ text: String) -> (LineCommand, String)? {
        let trimmed = text.trimmingSpaces
        let name = String(trimmed.prefix { $0 != " " })
        let argument = String(trimmed.dropFirst(name.count)).trimmingSpaces
        let folded = SearchFolding.fold(name)
        for command in allCases where command.names.contains(where: { SearchFolding.fold($0) == folded }) {
            if !command.takesArgument && !argument.isEmpty { return nil }
            return (command, argument)
        }
        return nil
    }
}
