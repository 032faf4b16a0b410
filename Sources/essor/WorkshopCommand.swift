import ArgumentParser
import EssorCore
import EssorStore
import EssorUI
import Foundation

/// `essor atelier MEETING [--follow]`: runs a meeting's workshop, or
/// follows it read-only on a projector.
struct WorkshopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "atelier", abstract: "Anime l'atelier d'une séance, ou le suit sur un vidéoprojecteur.",
        discussion: """
            Avec --follow, l'écran reste en lecture seule et suit en direct la session de l'animateur
            (contributions, votes, point en cours, minuteur) à travers le stock partagé.
            """)

    @ParentCommand var parent: Essor
    @OptionGroup var own: GlobalOptions
    @Argument(help: "La séance : son numéro ou des mots de son intitulé.") var meeting: [String]
    @Flag(name: .long, help: "Suivre l'atelier en lecture seule (vidéoprojecteur).") var follow = false

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
