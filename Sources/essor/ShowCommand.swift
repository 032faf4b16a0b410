import ArgumentParser
import EssorCore
import EssorStore
import EssorUI

/// `essor show structure|cohort|partner|meeting ID|NAME`: one record in
/// full, as the detail of the interface shows it.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: tr("Shows an organisation, a cohort, a partner or a meeting.", HelpLanguage.fr))

    @ParentCommand var parent: Essor
    @OptionGroup var own: GlobalOptions
    @Argument(
        help: ArgumentHelp(tr("structure, cohorte, partenaire or seance.", HelpLanguage.fr)),
        completion: .list(["structure", "cohorte", "partenaire", "seance"]))
    var kind: String
    @Argument(help: ArgumentHelp(tr("Its number or its name (or words of its name).", HelpLanguage.fr)))
    var name: [String]
    @Flag(name: .long, help: ArgumentHelp(tr("JSON output, for scripts.", HelpLanguage.fr))) var json = false

    func run() throws {
        let global = own.merged(with: parent.global)
        try Launcher.guarded(global) { lang in
            guard let kind = LookupKind(argument: self.kind) else {
                throw Failure(.badKind(self.kind), lang: lang)
            }
            let lookup = try Lookup(global, lang: lang)
            let id = try lookup.resolve(kind, name.joined(separator: " "))
            let state = lookup.format
            let store = lookup.store
            let detail: PanelDetail?
            switch kind {
            case .structure:
                detail = try store.structureDetail(id: id, now: lookup.now).map(PanelDetail.structure)
            case .cohort: detail = try store.cohortDetail(id: id, now: lookup.now).map(PanelDetail.cohort)
            case .partner: detail = try store.partnerDetail(id: id, now: lookup.now).map(PanelDetail.partner)
            case .meeting: detail = try store.meetingDetail(id: id).map(PanelDetail.meeting)
            }
            guard let detail else {
                throw Failure(.notFound(kind, name.joined(separator: " ")), lang: lang, status: 1)
            }
            let finance = kind == .structure ? try store.financeDetail(id: id) : nil
            if json {
                switch detail {
                case .structure(let d):
                    try Lookup.printJSON(
                        "structure", LookupJSON.structure(d, finances: finance.flatMap(FinanceSummary.json)))
                case .cohort(let d):
                    try Lookup.printJSON(
                        "cohort", LookupJSON.cohort(d, today: state.today, clock: state.clock))
                case .partner(let d): try Lookup.printJSON("partner", LookupJSON.partner(d))
                case .meeting(let d):
                    try Lookup.printJSON("meeting", LookupJSON.meeting(d, clock: state.clock))
                case .finance, .report, .time: break
                }
                return
            }
            Lookup.print(
                DetailText.lines(detail, state, width: lookup.width ?? 100)
                    + (finance.map { FinanceSummary.lines($0, state) } ?? []))
        }
    }
}
