import EssorUI

/// Themes for the running interface: found in the catalogue, and the
/// chosen one remembered in the configuration file.
public final class CatalogThemes: ThemeProvider {
    public let catalog: ThemeCatalog
    /// The configuration file to remember choices in; nil: not remembered.
    public let configPath: String?

    public init(catalog: ThemeCatalog, configPath: String?) {
        self.catalog = catalog
        self.configPath = configPath
    }

    public var names: [String] { catalog.names }

    public func load(_ name: String) -> Result<(Theme, [ConfigProblem]), ConfigProblem> { catalog.load(name) }

    public func remember(_ name: String) -> ConfigProblem? {
        guard let configPath else { return nil }
        do {
            try ConfigWriter.remember(theme: name, in: configPath)
            return nil
        } catch {
            return error
        }
    }
}
