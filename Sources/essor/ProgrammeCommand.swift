import ArgumentParser
import EssorCore
import EssorExchange
import EssorStore
import EssorUI
import Foundation

/// `essor programme show|set key=value…`: the programme's identity, as
/// the documents print it.
struct ProgrammeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "programme",
        abstract: tr(
            "Shows or sets the programme's identity: name, operator, funders, operation number, EU statement, privacy notice, signatory.",
            HelpLanguage.fr),
        subcommands: [ProgrammeShowCommand.self, ProgrammeSetCommand.self],
        defaultSubcommand: ProgrammeShowCommand.self)

    @ParentCommand var parent: Essor
    @OptionGroup var own: GlobalOptions

    var global: GlobalOptions { own.merged(with: parent.global) }
}

/// `essor programme show`: every setting, one per line, `key = value`.
struct ProgrammeShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: tr("Lists the programme's settings, one per line (key = value).", HelpLanguage.fr))

    @ParentCommand var parent: ProgrammeCommand
    @OptionGroup var own: GlobalOptions

    func run() throws {
        let global = own.merged(with: parent.global)
        try Launcher.guarded(global) { lang in
            let store = try Store.openReadOnly(path: global.storePath)
            ProgrammeSetCommand.show(try store.programme(), lang: lang)
        }
    }
}

/// `essor programme set key=value…`: checks every value, then changes
/// them in one logged write, or changes nothing.
struct ProgrammeSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: tr("Changes settings of the programme: key=value.", HelpLanguage.fr),
        discussion: tr(
            "Keys: nom, operateur, financeurs (separated by ; each “Name” or “Name | /path/logo.svg”), reference, mention_ue, confidentialite, signataire, signataire_fonction, courriel, adresse, presentation, conservation_ans (5, or 10 under State-aid rules), dernier_paiement (DD/MM/YYYY), seuil_accompagnement (the hours of support that count in RCO04: 3h, 2h30; default 3h). An empty value clears a setting. Nothing is changed unless every value is valid.",
            HelpLanguage.fr))

    @ParentCommand var parent: ProgrammeCommand
    @OptionGroup var own: GlobalOptions
    @Argument(help: ArgumentHelp(tr("The settings to change: key=value.", HelpLanguage.fr)))
    var changes: [String]

    func run() throws {
        let global = own.merged(with: parent.global)
        try Launcher.guarded(global) { lang in
            var edits: [(ProgrammeDraft.Field, String)] = []
            for change in changes {
                let parts = change.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(
                    String.init)
                let key = parts[0].trimmingCharacters(in: .whitespaces)
                guard !key.isEmpty else {
                    throw Failure(.script(.programmeKeyWithoutValue("nom")), lang: lang)
                }
                guard let field = ProgrammeDraft.Field(key: key) else {
                    throw Failure(.script(.unknownProgrammeKey(key)), lang: lang)
                }
                guard parts.count == 2 else {
                    throw Failure(.script(.programmeKeyWithoutValue(key)), lang: lang)
                }
                var value = parts[1]
                if field == .funders {
                    // A logo's path is taken from the current folder.
                    value = Funder.typedText(
                        Funder.typed(value).map { funder in
                            Funder(
                                name: funder.name,
                                logo: funder.logo.isEmpty
                                    ? "" : (GlobalOptions.absolute(funder.logo) as NSString).standardizingPath
                            )
                        })
                }
                edits.append((field, value))
            }
            guard !edits.isEmpty else { throw Failure(.script(.programmeKeyWithoutValue("nom")), lang: lang) }
            let store = try Launcher.openStore(global.storePath, lang: lang, options: global)
            var draft = ProgrammeDraft(try store.programme())
            for (field, value) in edits { draft[field] = value }
            let read = { (path: String) in ExportFiles.readRegular(path) }
            guard let programme = draft.programme(readLogo: read) else {
                let issues = draft.issues(readLogo: read).filter { !$0.value.isWarning }
                throw Failure(
                    .script(
                        .programmeRefused(
                            Dictionary(uniqueKeysWithValues: issues.map { ($0.key.key, $0.value) }))),
                    lang: lang)
            }
            if programme != (try store.programme()) {
                try store.saveProgramme(programme, by: StructureScript.author, at: Launcher.now)
            }
            Self.show(try store.programme(), lang: lang)
        }
    }

    static func show(_ programme: Programme?, lang: Lang) {
        let draft = ProgrammeDraft(programme)
        let width = ProgrammeDraft.Field.allCases.map(\.key.count).max() ?? 20
        Lookup.print(
            ProgrammeDraft.Field.allCases.map { field in
                let value =
                    field == .funders
                    ? Funder.typedText(Funder.typed(draft[field]), separator: "; ")
                    : draft[field].replacingOccurrences(of: "\n", with: " ")
                return field.key + String(repeating: " ", count: width - field.key.count) + " = " + value
            })
    }
}
