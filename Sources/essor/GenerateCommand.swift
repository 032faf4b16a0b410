import ArgumentParser
import EssorCore
import EssorStore
import EssorUI
import Foundation

/// `essor generate`: a deterministic synthetic store, to measure essor at
/// the size of a region's or a country's directory.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: tr("Creates a deterministic synthetic store (to measure performance).", HelpLanguage.fr))

    @ParentCommand var parent: Essor
    @OptionGroup var own: GlobalOptions

    @Option(name: .long, help: ArgumentHelp(tr("Number of organisations.", HelpLanguage.fr))) var structures =
        10_000
    @Option(name: .long, help: ArgumentHelp(tr("Number of meetings.", HelpLanguage.fr))) var meetings = 10_000
    @Option(name: .long, help: ArgumentHelp(tr("Number of partners.", HelpLanguage.fr))) var partners = 50
    @Option(name: .long, help: ArgumentHelp(tr("Seed: the same seed gives the same store.", HelpLanguage.fr)))
    var seed: UInt64 = 1

    func run() throws {
        let global = own.merged(with: parent.global)
        try Launcher.guarded(global) { lang in
            guard structures >= 0, meetings >= 0, partners >= 0 else {
                throw Failure(.badSize("\(structures)/\(meetings)/\(partners)"), lang: lang)
            }
            let path = global.storePath
            let store = try Launcher.openStore(path, lang: lang, options: global)
            guard try store.isEmpty() else { throw Failure(.notEmpty(path), lang: lang) }
            try SyntheticStore.generate(
                into: store, sizes: .init(structures: structures, meetings: meetings, partners: partners),
                seed: seed,
                today: WallClock.paris.today(now: Launcher.now))
            Console.message(
                Strings.text(.cli(.generated(path: path, structures: structures, meetings: meetings)), lang))
        }
    }
}
