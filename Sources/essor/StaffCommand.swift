import ArgumentParser
import EssorCore
import EssorStore
import EssorUI
import Foundation

/// `essor temps personnes [ajouter|modifier]`: the people whose time the
/// operation claims, with their rate.
struct StaffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "personnes",
        abstract: tr("Lists the staff with their hourly rate; adds or changes a person.", HelpLanguage.fr),
        discussion: tr(
            "Fields: nom, fonction, employeur, mode (reel: timesheets; forfait: a fixed share of time stated by a mission letter), part (%% of time, forfait), lettre, lettre-du, lettre-au, contrat-du, contrat-au (DD/MM/YYYY), cout-YYYY (gross annual employment cost of that year, in euros; empty removes it). The hourly rate is the annual cost divided by 1,720 hours, rounded to the cent.\nExample: essor temps personnes ajouter nom=\"Claire Martin\" fonction=\"Chargée de mission\" cout-2026=48000",
            HelpLanguage.fr),
        subcommands: [StaffAddCommand.self, StaffEditCommand.self, StaffListCommand.self],
        defaultSubcommand: StaffListCommand.self, aliases: ["staff"])

    @ParentCommand var parent: TimeCommand
    @OptionGroup var own: GlobalOptions

    var global: GlobalOptions { own.merged(with: parent.own.merged(with: parent.parent.global)) }

    /// `field=value` arguments applied to a draft, checked as one.
    static func apply(_ fields: [String], to draft: inout StaffDraft, _ fr: Bool) throws {
        for text in fields {
            guard let equals = text.firstIndex(of: "=") else {
                throw Failure(message: tr("“%s”: field=value expected", fr, text), status: 2)
            }
            let name = String(text[..<equals]).trimmingSpaces
            let value = String(text[text.index(after: equals)...])
            let folded = SearchFolding.fold(name)
            if folded.hasPrefix("cout-") || folded.hasPrefix("cost-") {
                guard let year = Int(folded.dropFirst(5)), (1900...2200).contains(year) else {
                    throw Failure(
                        message: tr("“%s”: cout-YYYY expected (e.g. cout-2026)", fr, name), status: 2)
                }
                if !value.trimmingSpaces.isEmpty, let issue = Validators.number(value, as: .annualCost) {
                    throw Failure(message: "\(name) : " + TimeStrings.fieldIssue(issue, fr), status: 2)
                }
                draft.costs[year] = value.trimmingSpaces.isEmpty ? nil : value
                continue
            }
            guard let field = StaffDraft.Field.named(name), field != .costs else {
                throw Failure(
                    message: tr("Unknown field “%s” (essor temps personnes --help lists them)", fr, name),
                    status: 2)
            }
            switch field {
            case .name: draft.name = value
            case .role: draft.role = value
            case .employer: draft.employer = value
            case .mode: draft.mode = value
            case .share: draft.share = value
            case .letterReference: draft.letterReference = value
            case .letterFrom: draft.letterFrom = value
            case .letterTo: draft.letterTo = value
            case .contractFrom: draft.contractFrom = value
            case .contractTo: draft.contractTo = value
            case .costs: break
            }
        }
        let issues = draft.issues().sorted {
            StaffDraft.Field.allCases.firstIndex(of: $0.key)! < StaffDraft.Field.allCases.firstIndex(
                of: $1.key)!
        }
        let errors = issues.filter { !$0.value.isWarning }
        guard errors.isEmpty else {
            let lines = errors.map {
                "\($0.key.scriptNames[fr ? 0 : 1]) : " + TimeStrings.fieldIssue($0.value, fr)
            }
            throw Failure(message: lines.joined(separator: "\n"), status: 2)
        }
    }
}

struct StaffListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "liste", abstract: tr("Lists the staff with their hourly rate.", HelpLanguage.fr),
        aliases: ["list"])

    @ParentCommand var parent: StaffCommand
    @OptionGroup var own: GlobalOptions

    func run() throws {
        let global = own.merged(with: parent.global)
        try Launcher.guarded(global) { lang in
            let fr = lang == .fr
            let store = try Store.openReadOnly(path: global.storePath)
            let staff = try store.staff()
            guard !staff.isEmpty else {
                Lookup.print([tr("No one yet: essor temps personnes ajouter nom=… adds a person.", fr)])
                return
            }
            var lines: [String] = []
            for record in staff {
                let m = record.member
                var head = "\(m.id)  \(m.name)"
                let about = [m.role, m.employer].filter { !$0.isEmpty }.joined(separator: ", ")
                if !about.isEmpty { head += " — " + about }
                lines.append(head)
                var mode = "    " + m.mode.name(fr)
                if m.mode == .fixedShare, let share = m.sharePercent {
                    mode += " " + DecimalFormat.string(share, lang: lang, maxFractionDigits: 2) + "\u{00A0}%"
                    if !m.letterReference.isEmpty { mode += tr(", mission letter %s", fr, m.letterReference) }
                }
                if m.contractFrom != nil || m.contractTo != nil {
                    mode += tr(
                        ", contract %1$s → %2$s", fr, m.contractFrom?.dayMonthYear ?? "…",
                        m.contractTo?.dayMonthYear ?? "…")
                }
                lines.append(mode)
                for cost in m.costs {
                    lines.append(
                        "    \(cost.year) : "
                            + TimeStrings.rate(HourlyRate(annualCost: cost.annualCost), lang))
                }
                if m.costs.isEmpty { lines.append("    " + tr("no annual cost entered: no hourly rate", fr)) }
                if !record.signed.isEmpty {
                    lines.append(
                        "    "
                            + tr("signed: %s", fr, record.signed.map { $0.month.iso }.joined(separator: ", "))
                    )
                }
            }
            Lookup.print(lines)
        }
    }
}

struct StaffAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ajouter", abstract: tr("Adds a person; writes their number.", HelpLanguage.fr),
        aliases: ["add"])

    @ParentCommand var parent: StaffCommand
    @OptionGroup var own: GlobalOptions
    @Argument(help: ArgumentHelp(tr("Fields: field=value.", HelpLanguage.fr))) var fields: [String] = []

    func run() throws {
        let global = own.merged(with: parent.global)
        try Launcher.guarded(global) { lang in
            var draft = StaffDraft()
            try StaffCommand.apply(fields, to: &draft, lang == .fr)
            guard let member = draft.member(id: 0) else { return }
            let store = try Launcher.openStore(global.storePath, lang: lang, options: global)
            let id = try store.save(StaffRecord(member: member), by: StructureScript.author, at: Launcher.now)
            Lookup.print([String(id)])
        }
    }
}

struct StaffEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "modifier", abstract: tr("Changes a person's fields.", HelpLanguage.fr),
        aliases: ["edit"])

    @ParentCommand var parent: StaffCommand
    @OptionGroup var own: GlobalOptions
    @Argument(help: ArgumentHelp(tr("The person (number or name).", HelpLanguage.fr))) var person: String
    @Argument(help: ArgumentHelp(tr("Fields: field=value.", HelpLanguage.fr))) var fields: [String] = []

    func run() throws {
        let global = own.merged(with: parent.global)
        try Launcher.guarded(global) { lang in
            let fr = lang == .fr
            let store = try Launcher.openStore(global.storePath, lang: lang, options: global)
            let script = TimeScript(lookup: Lookup(store: store, global: global, lang: lang))
            var record = try script.person(person)
            var draft = StaffDraft(record.member, lang: lang)
            try StaffCommand.apply(fields, to: &draft, fr)
            guard let member = draft.member(id: record.member.id) else { return }
            record.member = member
            do {
                try store.save(record, by: StructureScript.author, at: Launcher.now)
            } catch StoreError.conflict {
                throw Failure(
                    message: tr("Someone changed this person meanwhile: nothing was written, try again.", fr),
                    status: 3)
            }
        }
    }
}

struct TimeTasksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "taches", abstract: tr("Lists the programme's tasks.", HelpLanguage.fr),
        aliases: ["tasks"])

    @ParentCommand var parent: TimeCommand
    @OptionGroup var own: GlobalOptions

    func run() throws {
        let global = own.merged(with: parent.own.merged(with: parent.parent.global))
        try Launcher.guarded(global) { lang in
            let store = try Store.openReadOnly(path: global.storePath)
            let tasks = try store.timeTasks()
            let width = tasks.map(\.code.count).max() ?? 0
            Lookup.print(
                tasks.map { $0.code + String(repeating: " ", count: width - $0.code.count) + "  " + $0.label }
            )
        }
    }
}
