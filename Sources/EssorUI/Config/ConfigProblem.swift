/// Something wrong in a configuration or theme file, with where it is.
/// Warnings leave the rest of the file in force; an error in a theme
/// makes essor use the default theme, an error in the configuration
/// file makes it use the defaults.
public struct ConfigProblem: Error, Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// The TOML parser's own description.
        case syntax(String)
        case unreadable(reason: String)
        /// A FIFO, a device or a folder where a file was expected.
        case notRegularFile
        case notUTF8
        case unknownKey(String)
        /// A value of the wrong TOML type (a number where text is expected…).
        case wrongType(key: String)
        case badColor(key: String, value: String)
        case unknownPaletteColor(key: String, name: String)
        /// A configuration value essor does not know (language "de"…).
        case badValue(key: String, value: String, expected: String)
        case unknownAction(String)
        case badKey(action: String, key: String)
        /// A remapping took every key of this action.
        case actionWithoutKey(String)
        case themeNotFound(String)
        /// The configuration file could not be rewritten to remember a choice.
        case notRemembered(reason: String)
    }

    public var file: String
    public var line: Int?
    public var kind: Kind

    public init(file: String, line: Int? = nil, _ kind: Kind) {
        self.file = file
        self.line = line
        self.kind = kind
    }

    /// Whether the file is left unused because of it.
    public var isError: Bool {
        switch kind {
        case .syntax, .unreadable, .notRegularFile, .notUTF8, .badColor, .unknownPaletteColor, .themeNotFound:
            true
        default: false
        }
    }
}
