import ArgumentParser
import EssorCore
import EssorStore
import EssorUI

/// `essor agenda`: the coming meetings, soonest first.
struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda", abstract: "Les prochaines séances.")

    @ParentCommand var parent: Essor
    @OptionGroup var own: GlobalOptions
    @Option(name: .long, help: "Sur combien de jours (défaut : 7).") var days = 7
    @Option(name: .long, help: "Une seule cohorte (numéro ou nom).") var cohort: String?
    @Flag(name: .long, help: "Sortie JSON, pour les scripts.") var json = false

    func run() throws {
        let global = own.merged(with: parent.global)
        try Launcher.guarded(global) { lang in
            let lookup = try Lookup(global, lang: lang)
            let scope = try cohort.map { try lookup.resolve(.cohort, $0) }
            let meetings = try lookup.store.agenda(
                from: lookup.now, to: lookup.now + Int64(max(1, days)) * 86_400, cohort: scope)
            try ListOutput.meetings(meetings, lookup, json: json)
            if meetings.isEmpty { throw Failure(.noMeetingsSoon(days: max(1, days)), lang: lang, status: 1) }
        }
    }
}
