import EssorCore

extension AppState {
    /// `T`: the theme after the current one, round the list.
    mutating func nextTheme() -> [Effect] {
        guard !themeNames.isEmpty else { return [] }
        let index = themeNames.firstIndex(of: theme.name).map { $0 + 1 } ?? 0
        return [.loadTheme(themeNames[index % themeNames.count])]
    }

    /// `:theme NAME`, accents and case aside; without a name, the list.
    mutating func chooseTheme(_ argument: String) -> [Effect] {
        guard !argument.isEmpty else {
            show(.themesAvailable(current: theme.name, themeNames))
            return []
        }
        let folded = SearchFolding.fold(argument)
        guard let name = themeNames.first(where: { SearchFolding.fold($0) == folded }) else {
            show(.themeNotFound(argument, available: themeNames), isError: true)
            return []
        }
        return [.loadTheme(name)]
    }

    mutating func themeLoaded(_ name: String, _ loaded: Theme, warnings: [ConfigProblem]) -> [Effect] {
        theme = loaded
        if let first = warnings.first {
            show(.config(first), isError: true)
        } else {
            show(.themeChosen(name))
        }
        return [.applyTheme(loaded), .rememberTheme(name)]
    }
}
