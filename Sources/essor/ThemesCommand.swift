import ArgumentParser
import EssorConfig
import EssorCore
import EssorUI
import Foundation

/// `essor themes`: the themes found, where from, and what they look like.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: tr("Lists the themes, with a preview of their colours.", HelpLanguage.fr),
        discussion: tr(
            "Personal themes: $XDG_CONFIG_HOME/essor/themes/NAME.toml; bundled themes: the themes/ folder.",
            HelpLanguage.fr))

    enum ColorMode: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

    @ParentCommand var parent: Essor
    @OptionGroup var own: GlobalOptions
    @Option(
        name: .long,
        help: ArgumentHelp(tr("Colour preview: auto (on a terminal), always or never.", HelpLanguage.fr)))
    var color: ColorMode = .auto

    func run() throws {
        let global = own.merged(with: parent.global)
        try Launcher.guarded(global) { lang in
            let environment = global.environment
            let settings = Settings(
                themeOption: global.theme, environment: environment, executable: Bundle.main.executablePath)
            let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
            let preview: Bool
            switch color {
            case .always: preview = true
            case .never: preview = false
            case .auto: preview = isatty(1) == 1 && !noColor
            }
            let depth = ThemePreview.depth(environment: environment)
            let entries = settings.catalog.entries
            let nameWidth = entries.map { TextWidth.of($0.name) }.max() ?? 0
            let text = { (msg: CLIMsg) in Strings.text(.cli(msg), lang) }
            var out = text(.themesHeading(current: settings.preferences.theme.name)) + "\n"
            for entry in entries {
                let current = entry.name == settings.preferences.theme.name ? "*" : " "
                let origin = text(.themeOrigin(entry.origin))
                let name = SafeText.escaped(entry.name)
                let padding = String(repeating: " ", count: max(0, nameWidth - TextWidth.of(name)))
                switch settings.catalog.load(entry.name) {
                case .success(let (theme, _)):
                    out +=
                        "\(current) \(name)\(padding)  \(origin.padding(toLength: 10, withPad: " ", startingAt: 0))  "
                    out += SafeText.escaped(theme.summary) + "\n"
                    if let path = entry.path { out += "    " + SafeText.escaped(path) + "\n" }
                    if preview {
                        out +=
                            "    " + ThemePreview.line(theme, depth: depth) { text(.roleSample($0)) } + "\n"
                    }
                case .failure(let problem):
                    out +=
                        "\(current) \(name)\(padding)  \(origin.padding(toLength: 10, withPad: " ", startingAt: 0))  "
                    out += text(.themeUnusable) + "\n"
                    out += "    " + SafeText.escaped(Strings.text(.config(problem), lang)) + "\n"
                }
            }
            FileHandle.standardOutput.write(Data(out.utf8))
        }
    }
}
