import ArgumentParser
import EssorCore
import EssorStore
import EssorUI
import Foundation

/// `essor seuils [cle=valeur…]`: the thresholds of the finance flags.
struct ThresholdsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seuils",
        abstract: tr(
            "Shows or changes the thresholds of the financial flags (green, orange, red).", HelpLanguage.fr),
        discussion: tr(
            "Without an argument, lists the store's thresholds and their default value. With key=value, changes them (e.g. essor seuils tresorerie_jours_rouge=45 subventions_rouge=75), in the units listed: days, percent (75 for 75 %%), euros. A set where an orange threshold is stricter than its red one is refused.",
            HelpLanguage.fr),
        aliases: ["thresholds"])

    @ParentCommand var parent: Essor
    @OptionGroup var own: GlobalOptions
    @Argument(help: ArgumentHelp(tr("The thresholds to change: key=value.", HelpLanguage.fr))) var changes:
        [String] = []

    func run() throws {
        let global = own.merged(with: parent.global)
        try Launcher.guarded(global) { lang in
            var parsed: [(FinanceThresholds.Key, Double)] = []
            for change in changes {
                let parts = change.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(
                    String.init)
                guard let key = FinanceThresholds.Key(rawValue: parts[0].trimmingCharacters(in: .whitespaces))
                else {
                    throw Failure(.script(.unknownThreshold(parts[0])), lang: lang)
                }
                guard parts.count == 2 else {
                    throw Failure(.script(.thresholdWithoutValue(key.rawValue)), lang: lang)
                }
                switch key.read(parts[1]) {
                case .success(let value): parsed.append((key, value))
                case .failure(.outOfRange(let range)):
                    throw Failure(
                        .script(.thresholdOutOfRange(key: key.rawValue, text: parts[1], range)), lang: lang)
                case .failure:
                    throw Failure(.script(.badThresholdValue(key: key.rawValue, text: parts[1])), lang: lang)
                }
            }
            let store =
                parsed.isEmpty
                ? try Store.openReadOnly(path: global.storePath)
                : try Launcher.openStore(global.storePath, lang: lang, options: global)
            if !parsed.isEmpty {
                var next = try store.financeThresholds()
                for (key, value) in parsed { next.values[key] = value }
                if let (red, orange) = next.inverted.first {
                    throw Failure(
                        .script(.thresholdsInverted(red: red.rawValue, orange: orange.rawValue)), lang: lang)
                }
            }
            if !parsed.isEmpty {
                try store.saveFinanceThresholds(parsed, by: StructureScript.author, at: Launcher.now)
            }
            let thresholds = try store.financeThresholds()
            let width = FinanceThresholds.Key.allCases.map(\.rawValue.count).max() ?? 20
            func shown(_ key: FinanceThresholds.Key, _ value: Double) -> String {
                Strings.text(.financeUI(.thresholdValue(key, value)), lang)
            }
            Lookup.print(
                FinanceThresholds.Key.allCases.map { key in
                    let value = shown(key, thresholds[key])
                    let standard = shown(key, FinanceThresholds.defaults[key] ?? 0)
                    let pad = String(repeating: " ", count: width - key.rawValue.count)
                    return "\(key.rawValue)\(pad)  \(value)"
                        + (value == standard
                            ? "" : tr("  (default %s)", lang == .fr, standard))
                } + [""] + Strings.text(.financeUI(.stateRules), lang).split(separator: "\n").map(String.init)
            )
        }
    }
}
