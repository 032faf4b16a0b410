import ArgumentParser
import EssorCore
import EssorStore
import EssorUI
import Foundation

/// `essor atelier MEETING [--follow]`: runs a meeting's workshop, or
/// follows it read-only on a projector.
struct WorkshopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "atelier",
        abstract: tr("Runs a meeting's workshop, or follows it on a projector.", HelpLanguage.fr),
        discussion: tr(
            "With --follow, the screen stays read-only and follows the facilitator's session live (contributions, votes, current item, timer) through the shared store.",
            HelpLanguage.fr))

    @ParentCommand var parent: Essor
    @OptionGroup var own: GlobalOptions
    @Argument(help: ArgumentHelp(tr("The meeting: its number or words of its title.", HelpLanguage.fr)))
    var meeting: [String]
    @Flag(name: .long, help: ArgumentHelp(tr("Follow the workshop read-only (projector).", HelpLanguage.fr)))
    var follow = false

    func run() throws {
        let global = own.merged(with: parent.global)
        try Launcher.guarded(global) { lang in
            let store =
                follow
                ? try Store.openReadOnly(path: global.storePath)
                : try Launcher.openInterfaceStore(global.storePath, lang: lang, options: global)
            let lookup = Lookup(store: store, global: global, lang: lang)
            let id = try lookup.resolve(.meeting, meeting.joined(separator: " "))
            // Read-only, the workshop can only be followed.
            let following = follow || store.isReadOnly
            try Launcher.runInterface(store: store, lang: lang, options: global, workshop: (id, following))
        }
    }
}
