import EssorConfig
import EssorCore
import Foundation

/// The language of `--help` and of ArgumentParser's own words, known
/// before any command is parsed (the help texts are read while parsing):
/// `--lang` on the command line, else the configuration's `language`,
/// else the locale — the same order as every command's `language()`.
enum HelpLanguage {
    static let lang: Lang = resolve(
        arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment)

    static var fr: Bool { lang == .fr }

    static func resolve(arguments: [String], environment: [String: String]) -> Lang {
        var explicit: String?
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { break }
            if argument.hasPrefix("--lang=") {
                explicit = String(argument.dropFirst("--lang=".count))
            } else if argument == "--lang", index + 1 < arguments.count {
                explicit = arguments[index + 1]
            }
        }
        if explicit == nil {
            explicit =
                Configuration.load(path: ConfigPaths.configFile(environment: environment)).language?.rawValue
        }
        return Lang.resolve(explicit: explicit, environment: environment) ?? .fr
    }
}
