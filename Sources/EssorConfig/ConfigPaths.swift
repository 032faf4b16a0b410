/// Where the configuration lives: `$XDG_CONFIG_HOME/essor`, else
/// `~/.config/essor`.
public enum ConfigPaths {
    public static func configFolder(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/essor" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/essor" }
        return nil
    }

    public static func configFile(environment: [String: String]) -> String? {
        configFolder(environment: environment).map { $0 + "/config.toml" }
    }
}
