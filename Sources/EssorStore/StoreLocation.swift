import Foundation

/// Where stores live by default, following the XDG base directories.
public enum StoreLocation {
    /// `$XDG_DATA_HOME/essor`, or `~/.local/share/essor`.
    public static func dataFolder(environment: [String: String]) -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return xdg + "/essor"
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/essor"
    }

    /// The store essor opens with no `--store` option: `ESSOR_STORE`, or
    /// `essor.sqlite` in the data folder.
    public static func defaultStore(environment: [String: String]) -> String {
        if let path = environment["ESSOR_STORE"], !path.isEmpty { return path }
        return dataFolder(environment: environment) + "/essor.sqlite"
    }

    public static func demoStore(environment: [String: String]) -> String {
        dataFolder(environment: environment) + "/demo.sqlite"
    }
}
