/// Where the interface finds themes by name and remembers the one chosen
/// (the theme catalogue and configuration file, outside the UI layer).
public protocol ThemeProvider: AnyObject {
    /// Themes offered, in the order `T` goes through them.
    var names: [String] { get }
    /// The theme so named, with any warnings about its file; a problem
    /// when it cannot be used.
    func load(_ name: String) -> Result<(Theme, [ConfigProblem]), ConfigProblem>
    /// Records `name` as the theme to start with next time.
    func remember(_ name: String) -> ConfigProblem?
}
