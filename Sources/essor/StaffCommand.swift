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

    /// Two people of the same name could not be told apart on a sheet.
    static func refuseNamesake(_ member: StaffMember, in store: Store, _ fr: Bool) throws {
        let name = SearchFolding.fold(member.name)
        if let other = try store.staff().first(where: {
            $0.member.id != member.id && SearchFolding.fold($0.member.name) == name
        }) {
            throw Failure(
                message: tr(
                    "Someone is already called “%1$s” (number %2$s): give a name that tells them apart.", fr,
                    other.member.name, String(other.member.id)), status: 2)
        }
    }

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
            try StaffCommand.refuseNamesake(member, in: store, lang == .fr)
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
            try StaffCommand.refuseNamesake(member, in: store, fr)
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
        commandName: "taches",
        abstract: tr("Lists the programme's tasks; adds, renames or removes one.", HelpLanguage.fr),
        discussion: tr(
            "essor temps taches ajouter CODE \"Label\", renommer CODE \"Label\", retirer CODE (refused while time is entered for it). A code is lower-case letters, digits and _. Each change is one change of the programme's settings, undone with u.",
            HelpLanguage.fr),
        aliases: ["tasks"])

    @ParentCommand var parent: TimeCommand
    @OptionGroup var own: GlobalOptions
    @Argument(help: ArgumentHelp(tr("ajouter, renommer or retirer, its code and label.", HelpLanguage.fr)))
    var words: [String] = []

    func run() throws {
        let global = own.merged(with: parent.own.merged(with: parent.parent.global))
        try Launcher.guarded(global) { lang in
            let fr = lang == .fr
            func refuse(_ text: String) -> Failure { Failure(message: text, status: 2) }
            guard let verb = words.first.map(SearchFolding.fold) else {
                let store = try Store.openReadOnly(path: global.storePath)
                let tasks = try store.timeTasks()
                let width = tasks.map(\.code.count).max() ?? 0
                Lookup.print(
                    tasks.map {
                        $0.code + String(repeating: " ", count: width - $0.code.count) + "  " + $0.label
                    })
                return
            }
            guard words.count >= 2 else {
                throw refuse(tr("A task's code is expected after %s.", fr, words[0]))
            }
            let code = words[1]
            let label = words.dropFirst(2).joined(separator: " ").trimmingSpaces
            if ["retirer", "remove"].contains(verb), words.count > 2 {
                throw refuse(tr("Only the task's code is expected after %s.", fr, words[0]))
            }
            if label.count > TextLimit.name {
                throw refuse(TimeStrings.fieldIssue(.tooLong(maximum: TextLimit.name), fr))
            }
            let store = try Launcher.openStore(global.storePath, lang: lang, options: global)
            var tasks = try store.timeTasks()
            let index = tasks.firstIndex { $0.code == code }
            switch verb {
            case "ajouter", "add":
                guard TimeTask.isCode(code) else {
                    throw refuse(
                        tr("“%s”: a code is lower-case letters, digits and _ (at most 32)", fr, code))
                }
                guard index == nil else {
                    throw refuse(tr("The task “%s” is already in the list.", fr, code))
                }
                guard !label.isEmpty else {
                    throw refuse(tr("The task's label is expected after its code.", fr))
                }
                if let same = tasks.first(where: { SearchFolding.fold($0.label) == SearchFolding.fold(label) }
                ) {
                    throw refuse(tr("The task “%1$s” is already called “%2$s”.", fr, same.code, same.label))
                }
                tasks.append(TimeTask(code: code, label: label))
            case "renommer", "rename":
                guard let index else { throw Failure(message: tr("No task “%s”.", fr, code), status: 1) }
                guard !label.isEmpty else {
                    throw refuse(tr("The task's label is expected after its code.", fr))
                }
                tasks[index].label = label
            case "retirer", "remove":
                guard let index else { throw Failure(message: tr("No task “%s”.", fr, code), status: 1) }
                tasks.remove(at: index)
            default:
                throw refuse(tr("“%s”: ajouter, renommer or retirer expected", fr, words[0]))
            }
            try store.saveTimeSettings(
                try store.timeSettings(), tasks: tasks, by: StructureScript.author, at: Launcher.now)
        }
    }
}

struct TimeSettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reglages",
        abstract: tr("Shows or sets the programme's settings of staff time.", HelpLanguage.fr),
        discussion: tr(
            "preparation=50: a meeting proposes, besides its length as animation, 50 %% of it as preparation (0 to 300; 0: none). indirects=15: the operation's flat rate of indirect costs, 15 %% of direct staff costs, that essor report temps adds (0: none). Logged as one change of the programme's settings.",
            HelpLanguage.fr),
        aliases: ["settings"])

    @ParentCommand var parent: TimeCommand
    @OptionGroup var own: GlobalOptions
    @Argument(help: ArgumentHelp(tr("preparation=PERCENT, indirects=PERCENT.", HelpLanguage.fr)))
    var changes: [String] = []

    func run() throws {
        let global = own.merged(with: parent.own.merged(with: parent.parent.global))
        try Launcher.guarded(global) { lang in
            let fr = lang == .fr
            let store =
                changes.isEmpty
                ? try Store.openReadOnly(path: global.storePath)
                : try Launcher.openStore(global.storePath, lang: lang, options: global)
            var settings = try store.timeSettings()
            for change in changes {
                let parts = change.split(separator: "=", maxSplits: 1).map { String($0).trimmingSpaces }
                guard parts.count == 2, let key = TimeSettings.Key(rawValue: SearchFolding.fold(parts[0]))
                else {
                    throw Failure(
                        message: tr("“%s”: preparation=PERCENT or indirects=PERCENT expected", fr, change),
                        status: 2)
                }
                var text = parts[1]
                if text.hasSuffix("%") { text = String(text.dropLast()) }
                guard let value = NumberReader.parse(text), key.range.contains(value) else {
                    throw Failure(
                        message: tr(
                            "%1$s: a percentage from 0 to %2$s expected, not “%3$s”", fr, key.rawValue,
                            DecimalFormat.string(key.range.upperBound, lang: lang), parts[1]), status: 2)
                }
                switch key {
                case .preparation: settings.preparationPercent = value
                case .indirectRate: settings.indirectRate = value == 0 ? nil : value
                }
            }
            if !changes.isEmpty {
                try store.saveTimeSettings(
                    settings, tasks: try store.timeTasks(), by: StructureScript.author, at: Launcher.now)
            }
            func percent(_ value: Double?) -> String {
                value.map { DecimalFormat.string($0, lang: lang, maxFractionDigits: 2) + " %" }
                    ?? tr("none", fr)
            }
            Lookup.print([
                "preparation = " + percent(settings.preparationPercent),
                "indirects = " + percent(settings.indirectRate),
            ])
        }
    }
}

struct TimeProposalsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "propositions",
        abstract: tr("The meetings a person facilitated, proposed as time to confirm.", HelpLanguage.fr),
        discussion: tr(
            "A meeting whose facilitators name the person proposes its length as animation in its cohort (and, with essor temps reglages preparation=…, a share of it as preparation). essor temps confirmer --person P --meeting N records it. Time confirmed from a meeting that was moved or changed length since is listed as to check.",
            HelpLanguage.fr),
        aliases: ["proposals"])

    @ParentCommand var parent: TimeCommand
    @OptionGroup var own: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(tr("The person (number or name).", HelpLanguage.fr)))
    var person: String
    @Option(name: .long, help: ArgumentHelp(tr("A month: 2026-11.", HelpLanguage.fr))) var month: String?

    func run() throws {
        let global = own.merged(with: parent.own.merged(with: parent.parent.global))
        try Launcher.guarded(global) { lang in
            let fr = lang == .fr
            let script = TimeScript(lookup: try Lookup(global, lang: lang))
            let member = try script.person(person).member
            let today = LocalDate(daysSinceEpoch: Int(Launcher.now / 86_400))
            let m = try month.map { try script.month($0) } ?? YearMonth(today)
            let proposals = try script.store.meetingProposals(
                for: member, from: m.first, to: m.last, now: Launcher.now)
            let cohorts = try script.cohortNames()
            var lines: [String] = []
            for p in proposals {
                var text = "\(p.meetingID)  \(p.date.dayMonthYear)  \(WorkHours.text(p.minutes))"
                if p.preparationMinutes > 0 {
                    text += " + " + tr("%s of preparation", fr, WorkHours.text(p.preparationMinutes))
                }
                text += "  \(p.title) — \(cohorts[p.cohortID] ?? "#\(p.cohortID)")"
                lines.append(text)
            }
            if lines.isEmpty {
                lines.append(
                    tr("No meeting to confirm for %1$s in %2$s.", fr, member.name, TimeStrings.month(m, fr)))
            }
            let changed = try script.store.changedMeetingEntries(staff: member.id, from: m.first, to: m.last)
            if !changed.isEmpty {
                lines.append(
                    tr(
                        "To check: entries %s come from meetings moved or changed since they were confirmed.",
                        fr,
                        changed.sorted().map(String.init).joined(separator: ", ")))
            }
            Lookup.print(lines)
        }
    }
}

struct TimeConfirmCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confirmer", abstract: tr("Records the time a meeting proposes.", HelpLanguage.fr),
        aliases: ["confirm"])

    @ParentCommand var parent: TimeCommand
    @OptionGroup var own: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(tr("The person (number or name).", HelpLanguage.fr)))
    var person: String
    @Option(
        name: .long,
        help: ArgumentHelp(tr("The meeting's number (essor temps propositions shows it).", HelpLanguage.fr)))
    var meeting: Int64

    func run() throws {
        let global = own.merged(with: parent.own.merged(with: parent.parent.global))
        try Launcher.guarded(global) { lang in
            let fr = lang == .fr
            let store = try Launcher.openStore(global.storePath, lang: lang, options: global)
            let script = TimeScript(lookup: Lookup(store: store, global: global, lang: lang))
            let member = try script.person(person).member
            guard let start = try store.meetingDetail(id: meeting)?.meeting.start else {
                throw Failure(message: tr("No meeting number %s.", fr, String(meeting)), status: 1)
            }
            let day = WallClock.paris.local(start).date
            guard
                let proposal = try store.meetingProposals(for: member, from: day, to: day, now: Launcher.now)
                    .first(where: {
                        $0.meetingID == meeting
                    })
            else {
                throw Failure(
                    message: tr(
                        "Meeting %1$s proposes nothing to %2$s: not named among its facilitators, not over yet, in a signed month, or already confirmed.",
                        fr, String(meeting), member.name),
                    status: 2)
            }
            script.warn(
                try store.confirm(proposal, for: member.id, by: StructureScript.author, at: Launcher.now))
        }
    }
}
