import ArgumentParser
import EssorCore
import EssorStore
import EssorUI

/// `essor agenda`: the coming meetings, soonest first.
struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda", abstract: tr("The coming meetings.", HelpLanguage.fr))

    @ParentCommand var parent: Essor
    @OptionGroup var own: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(tr("Over how many days.", HelpLanguage.fr)))
    var days = 7
    @Option(name: .long, help: ArgumentHelp(tr("One cohort only (number or name).", HelpLanguage.fr)))
    var cohort: String?
    @Flag(name: .long, help: ArgumentHelp(tr("JSON output, for scripts.", HelpLanguage.fr))) var json = false

    func run() throws {
        let global = own.merged(with: parent.global)
        try Launcher.guarded(global) { lang in
            let lookup = try Lookup(global, lang: lang)
            let scope = try cohort.map { try lookup.resolve(.cohort, $0) }
            let meetings = try lookup.store.agenda(
                from: lookup.now, to: lookup.now + Int64(max(1, days)) * 86_400, cohort: scope)
            let byID = Dictionary(meetings.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            try ListOutput.meetings(
                meetings.map(\.id), read: { $0.compactMap { byID[$0] } }, lookup, json: json)
            if meetings.isEmpty { throw Failure(.noMeetingsSoon(days: max(1, days)), lang: lang, status: 1) }
        }
    }
}
