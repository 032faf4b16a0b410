import ArgumentParser
import EssorCore
import EssorStore
import EssorUI
import Foundation

/// `essor instruments [instrument.terme=valeur…]`: the financing
/// instruments' terms the suggestions keep to, as this programme offers
/// them.
struct InstrumentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "instruments",
        abstract: tr(
            "Shows or changes the terms of the financing instruments the suggestions keep to.",
            HelpLanguage.fr),
        discussion: tr(
            "Without an argument, lists each instrument's minimum, ceiling (and the guarantee's share of the loan), with the source of the shipped terms. With instrument.term=value, changes them for this programme (e.g. essor instruments pret_honneur.plafond=25000 garantie.quotite=50); term: minimum, plafond, quotite (the guarantee's, 1 to 100 %%); the value defaut restores the shipped term. A minimum above its ceiling is refused. Logged as one change of the programme's settings, undone with u.",
            HelpLanguage.fr))

    @ParentCommand var parent: Essor
    @OptionGroup var own: GlobalOptions
    @Argument(help: ArgumentHelp(tr("The terms to change: instrument.term=value.", HelpLanguage.fr)))
    var changes: [String] = []

    func run() throws {
        let global = own.merged(with: parent.global)
        try Launcher.guarded(global) { lang in
            let fr = lang == .fr
            func refuse(_ text: String) -> Failure { Failure(message: text, status: 2) }
            var parsed: [(InstrumentCatalogue.Change, Double?)] = []
            for text in changes {
                let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(
                    String.init)
                let name = parts[0].trimmingCharacters(in: .whitespaces)
                guard let change = InstrumentCatalogue.Change(key: name) else {
                    throw refuse(
                        tr(
                            "“%1$s”: not a term of an instrument (instrument.term, e.g. %2$s; essor instruments lists them)",
                            fr, name, "pret_honneur.plafond"))
                }
                guard parts.count == 2 else { throw refuse(tr("%s: a value is expected after =", fr, name)) }
                let typed = parts[1].trimmingCharacters(in: .whitespaces)
                if SearchFolding.fold(typed) == "defaut" || typed == "default" {
                    parsed.append((change, nil))
                    continue
                }
                var number = Substring(typed)
                if change.setting == .coverage, number.hasSuffix("%") { number = number.dropLast() }
                guard let value = NumberReader.parse(String(number)) else {
                    throw refuse(
                        tr("%1$s: “%2$s” is not a number (e.g. 25 000)", fr, name, typed))
                }
                guard change.setting.range.contains(value) else {
                    let range = change.setting.range
                    throw refuse(
                        tr(
                            "%1$s: %2$s is out of range (%3$s to %4$s)", fr, name, typed,
                            DecimalFormat.string(range.lowerBound, lang: lang),
                            DecimalFormat.string(range.upperBound, lang: lang)))
                }
                parsed.append((change, value))
            }
            let store =
                parsed.isEmpty
                ? try Store.openReadOnly(path: global.storePath)
                : try Launcher.openStore(global.storePath, lang: lang, options: global)
            if !parsed.isEmpty {
                var next = try store.catalogue()
                for (change, value) in parsed { next.changes[change] = value }
                if let instrument = next.inverted.first {
                    throw refuse(
                        tr(
                            "%1$s: its minimum (%2$s) would be above its ceiling (%3$s); nothing was changed",
                            fr,
                            instrument.name(fr),
                            DecimalFormat.euros(next.terms(instrument).minimum ?? 0, lang: lang),
                            DecimalFormat.euros(next.terms(instrument).maximum ?? 0, lang: lang)))
                }
                try store.saveInstrumentTerms(parsed, by: StructureScript.author, at: Launcher.now)
            }
            Lookup.print(Self.lines(try store.catalogue(), lang))
        }
    }

    /// One line per term: its key, value, the shipped one when changed;
    /// then the sources.
    static func lines(_ catalogue: Catalogue, _ lang: Lang) -> [String] {
        let fr = lang == .fr
        func shown(_ change: InstrumentCatalogue.Change, _ value: Double?) -> String {
            guard let value else { return trc("instrument term", "none", fr) }
            return change.setting == .coverage
                ? DecimalFormat.string(value, lang: lang, maxFractionDigits: 2) + "\u{00A0}%"
                : DecimalFormat.euros(value, lang: lang, cents: true)
        }
        let all = InstrumentCatalogue.Change.all
        let width = all.map(\.key.count).max() ?? 30
        var lines: [String] = []
        for change in all {
            let value = shown(change, catalogue.value(change))
            let standard = shown(change, Catalogue.standard.value(change))
            let pad = String(repeating: " ", count: width - change.key.count)
            lines.append(
                "\(change.key)\(pad)  \(value)"
                    + (catalogue.changes[change] == nil ? "" : tr("  (default %s)", fr, standard)))
        }
        lines.append("")
        lines.append(tr("Shipped terms, from the providers' public offers:", fr))
        for instrument in FinancingInstrument.allCases {
            let source = InstrumentCatalogue.terms(instrument).source
            lines.append(
                "  \(instrument.name(fr)) : " + (source.isEmpty ? tr("no published ceiling", fr) : source))
        }
        return lines
    }
}
