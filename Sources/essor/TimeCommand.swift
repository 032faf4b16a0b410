import ArgumentParser
import EssorCore
import EssorStore
import EssorUI
import Foundation

/// `essor temps`: staff time from scripts, with the rules, history and
/// undo of the interface.
struct TimeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "temps",
        abstract: tr(
            "Staff time: people, their hourly rate, time entries and signed months.", HelpLanguage.fr),
        discussion: tr(
            "Hours are typed 3,5 or 3h30 (whole minutes, 24 h a day at most). More than 10 h a day or 48 h a week, weekends and public holidays are warned about; more than 24 h a day, a day outside the contract or in a signed month is refused and nothing is written (code 2). Every change is logged and undone with u in the interface.",
            HelpLanguage.fr),
        subcommands: [
            TimeAddCommand.self, TimeListCommand.self, TimeDeleteCommand.self, TimeSignCommand.self,
            TimeReopenCommand.self, StaffCommand.self, TimeTasksCommand.self, TimeSettingsCommand.self,
            TimeProposalsCommand.self, TimeConfirmCommand.self,
        ])

    @ParentCommand var parent: Essor
    @OptionGroup var own: GlobalOptions
}

/// What the `temps` commands share: the store, resolving people and
/// cohorts, messages.
struct TimeScript {
    let lookup: Lookup
    var lang: Lang { lookup.lang }
    var fr: Bool { lang == .fr }
    var store: Store { lookup.store }

    /// A person by number or name (whole, or the only one containing it).
    func person(_ text: String) throws -> StaffRecord {
        let staff = try store.staff()
        let trimmed = text.trimmingSpaces
        if let id = Int64(trimmed), let found = staff.first(where: { $0.member.id == id }) { return found }
        let folded = SearchFolding.fold(trimmed)
        let exact = staff.filter { SearchFolding.fold($0.member.name) == folded }
        if exact.count == 1 { return exact[0] }
        let near =
            exact.isEmpty ? staff.filter { SearchFolding.fold($0.member.name).contains(folded) } : exact
        switch near.count {
        case 1: return near[0]
        case 0 where Int64(trimmed) != nil:
            throw Failure(
                message: tr("No person number %s (essor temps personnes lists them).", fr, trimmed), status: 1
            )
        case 0:
            throw Failure(
                message: tr("No person named “%s” (essor temps personnes lists them).", fr, trimmed),
                status: 1)
        default:
            let lines = near.map { "  \($0.member.id)  \(SafeText.escaped($0.member.name))" }
            throw Failure(
                message: ([tr("Several people match “%s”:", fr, trimmed)] + lines).joined(separator: "\n"),
                status: 2)
        }
    }

    /// A cohort by number or name; `gestion` (or `operation`) is the
    /// operation's own management (nil).
    func cohort(_ text: String) throws -> CohortID? {
        let word = SearchFolding.fold(text.trimmingSpaces)
        if ["gestion", "operation", "gestion-de-l-operation", "management"].contains(word) { return nil }
        return try lookup.resolve(.cohort, text)
    }

    static let years = NumberReader.Quantity.year.range

    func month(_ text: String) throws -> YearMonth {
        guard let month = YearMonth(text: text), Self.years.contains(Double(month.year)) else {
            throw Failure(message: tr("“%s”: a month is expected, e.g. 2026-11", fr, text), status: 2)
        }
        return month
    }

    func day(_ text: String) throws -> LocalDate {
        guard let day = DateReader.read(text, today: nil), Self.years.contains(Double(day.year)) else {
            throw Failure(message: tr("“%s”: a date is expected, e.g. 03/12/2026", fr, text), status: 2)
        }
        return day
    }

    /// The period of `--month`, or of `--from` and `--to` (either alone:
    /// its month), by default the current month; both ways at once is
    /// refused.
    func period(month: String?, from: String?, to: String?) throws -> (LocalDate, LocalDate) {
        if month != nil && (from != nil || to != nil) {
            throw Failure(message: tr("--month or --from and --to, not both.", fr), status: 2)
        }
        let today = WallClock.paris.today(now: Launcher.now)
        if let month {
            let m = try self.month(month)
            return (m.first, m.last)
        }
        let first = try from.map(day)
        let last = try to.map(day)
        let start = first ?? YearMonth(last ?? today).first
        let end = last ?? YearMonth(first ?? today).last
        guard !(end < start) else {
            throw Failure(
                message: tr(
                    "The period ends (%1$s) before it starts (%2$s).", fr, end.dayMonthYear,
                    start.dayMonthYear),
                status: 2)
        }
        return (start, end)
    }

    /// The warnings of a saved entry, on stderr.
    func warn(_ issues: [TimesheetIssue]) {
        guard !issues.isEmpty else { return }
        let list = TimeStrings.issues(issues, fr)
        Launcher.warn(
            issues.count == 1
                ? tr("Recorded, with a warning: %s", fr, list) : tr("Recorded, with warnings: %s", fr, list))
    }

    /// Cohort names by id, for lists.
    func cohortNames() throws -> [CohortID: String] {
        Dictionary(try store.cohortNames().map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    }
}

struct TimeAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: tr("Records time a person spent; writes its number.", HelpLanguage.fr),
        discussion: tr(
            "Example: essor temps add --person \"Claire Martin\" --date 03/12/2026 --hours 3h30 --cohort 1 --task animation",
            HelpLanguage.fr),
        aliases: ["ajouter"])

    @ParentCommand var parent: TimeCommand
    @OptionGroup var own: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(tr("The person (number or name).", HelpLanguage.fr)))
    var person: String
    @Option(name: .long, help: ArgumentHelp(tr("The day (DD/MM/YYYY).", HelpLanguage.fr))) var date: String
    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp(tr("Hours: 3,5, 3h30 or 45 min.", HelpLanguage.fr)))
    var hours: String
    @Option(
        name: .long,
        help: ArgumentHelp(
            tr("The cohort (number or name), or gestion for running the operation.", HelpLanguage.fr)))
    var cohort: String
    @Option(
        name: .long,
        help: ArgumentHelp(tr("The task's code (essor temps taches lists them).", HelpLanguage.fr)))
    var task: String
    @Option(name: .long, help: ArgumentHelp(tr("A note.", HelpLanguage.fr))) var note: String = ""

    func run() throws {
        let global = own.merged(with: parent.own.merged(with: parent.parent.global))
        try Launcher.guarded(global) { lang in
            let store = try Launcher.openStore(global.storePath, lang: lang, options: global)
            let script = TimeScript(lookup: Lookup(store: store, global: global, lang: lang))
            let fr = lang == .fr
            // Every field is checked, and every problem said at once.
            var problems: [Failure] = []
            func checked<T>(_ body: () throws -> T) throws -> T? {
                do { return try body() } catch let failure as Failure {
                    problems.append(failure)
                    return nil
                }
            }
            let minutes: Int? = try checked {
                switch NumberReader.workMinutes(hours) {
                case .success(let m): return m
                case .failure(let problem):
                    throw Failure(
                        message: tr(
                            "--hours “%1$s”: %2$s", fr, hours, TimeStrings.hoursProblem(hours, problem, fr)),
                        status: 2)
                }
            }
            if note.count > TextLimit.line {
                problems.append(
                    Failure(
                        message: "--note : " + TimeStrings.fieldIssue(.tooLong(maximum: TextLimit.line), fr),
                        status: 2))
            }
            let member = try checked { try script.person(person) }
            let day = try checked { try script.day(date) }
            let cohortID = try checked { try script.cohort(cohort) }
            let code = SearchFolding.fold(task.trimmingSpaces)
            let tasks = try store.timeTasks()
            if !tasks.contains(where: { $0.code == code }) {
                problems.append(
                    Failure(
                        message: tr(
                            "--task “%1$s”: not one of the programme's tasks (%2$s)", fr, task,
                            tasks.map(\.code).joined(separator: ", ")), status: 2))
            }
            guard problems.isEmpty, let minutes, let member, let day, let cohortID else {
                throw Failure(
                    message: problems.map(\.message).joined(separator: "\n"),
                    status: problems.contains { $0.status == 2 } ? 2 : problems.first?.status ?? 2)
            }
            let entry = StaffTimeEntry(
                staffID: member.member.id, date: day, minutes: minutes, cohortID: cohortID, task: code,
                note: note)
            let (id, warnings) = try store.save(entry, by: StructureScript.author, at: Launcher.now)
            Lookup.print([String(id)])
            script.warn(warnings)
        }
    }
}

struct TimeListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: tr("Lists time entries, with totals.", HelpLanguage.fr),
        discussion: tr(
            "By default the current month. --month 2026-11, or --from and --to; --person, --cohort (gestion: running the operation); --json for scripts.",
            HelpLanguage.fr),
        aliases: ["liste"])

    @ParentCommand var parent: TimeCommand
    @OptionGroup var own: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(tr("A month: 2026-11.", HelpLanguage.fr))) var month: String?
    @Option(name: .long, help: ArgumentHelp(tr("First day (DD/MM/YYYY).", HelpLanguage.fr))) var from: String?
    @Option(name: .long, help: ArgumentHelp(tr("Last day (DD/MM/YYYY).", HelpLanguage.fr))) var to: String?
    @Option(name: .long, help: ArgumentHelp(tr("One person (number or name).", HelpLanguage.fr))) var person:
        String?
    @Option(name: .long, help: ArgumentHelp(tr("One cohort, or gestion.", HelpLanguage.fr))) var cohort:
        String?
    @Flag(name: .long, help: ArgumentHelp(tr("JSON instead of a table.", HelpLanguage.fr))) var json = false

    struct Line: Encodable {
        var id: Int64
        var date: String
        var person: String
        @OrNull var cohort: String?
        var task: String
        var minutes: Int
        var hours: Double
        var note: String
        @OrNull var meeting: Int64?
    }

    func run() throws {
        let global = own.merged(with: parent.own.merged(with: parent.parent.global))
        try Launcher.guarded(global) { lang in
            let fr = lang == .fr
            let script = TimeScript(lookup: try Lookup(global, lang: lang))
            let (first, last) = try script.period(month: month, from: from, to: to)
            let staffID = try person.map { try script.person($0).member.id }
            let cohortID: CohortID?? = try cohort.map { try script.cohort($0) }
            let records = try script.store.staffTime(staff: staffID, cohort: cohortID, from: first, to: last)
            let names = Dictionary(
                try script.store.staff().map { ($0.member.id, $0.member.name) },
                uniquingKeysWith: { a, _ in a })
            let cohorts = try script.cohortNames()
            let tasks = try script.store.timeTasks()
            if json {
                try Lookup.printJSON(
                    "entries",
                    records.map { r in
                        Line(
                            id: r.entry.id, date: r.entry.date.iso, person: names[r.entry.staffID] ?? "",
                            cohort: r.entry.cohortID.map { cohorts[$0] ?? "#\($0)" }, task: r.entry.task,
                            minutes: r.entry.minutes, hours: Double(r.entry.minutes) / 60, note: r.entry.note,
                            meeting: r.entry.meetingID)
                    })
                return
            }
            let header = tr("%1$s to %2$s", fr, first.dayMonthYear, last.dayMonthYear)
            guard !records.isEmpty else {
                Lookup.print([header, tr("No time recorded.", fr)])
                return
            }
            let columns = [
                TableColumn("N°", .fixed(5), priority: 4, alignRight: true),
                TableColumn(tr("Day", fr), .fixed(10), priority: 1),
                TableColumn(tr("Person", fr), .flex(min: 10, weight: 2), priority: 1),
                TableColumn(tr("Cohort", fr), .flex(min: 10, weight: 3), priority: 2),
                TableColumn(tr("Task", fr), .flex(min: 8, weight: 1), priority: 2),
                TableColumn(tr("Hours", fr), .fixed(6), priority: 1, alignRight: true),
                TableColumn(tr("Note", fr), .flex(min: 6, weight: 2), priority: 5),
            ]
            let rows = records.map { r in
                [
                    String(r.entry.id), r.entry.date.dayMonthYear, names[r.entry.staffID] ?? "",
                    r.entry.cohortID.map { cohorts[$0] ?? "#\($0)" } ?? TimeStrings.management(fr),
                    TimeStrings.task(r.entry.task, tasks), TimeStrings.hours(r.entry.minutes), r.entry.note,
                ]
            }
            var lines = [header] + TextTable(columns: columns, rows: rows).lines(width: script.lookup.width)
            let total = records.reduce(0) { $0 + $1.entry.minutes }
            lines.append(
                trn(
                    "%1$d entry, %2$s in all", "%1$d entries, %2$s in all", records.count, fr,
                    TimeStrings.hours(total)))
            Lookup.print(lines)
        }
    }
}

struct TimeDeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: tr("Deletes a time entry (not in a signed month).", HelpLanguage.fr),
        aliases: ["supprimer"])

    @ParentCommand var parent: TimeCommand
    @OptionGroup var own: GlobalOptions
    @Argument(help: ArgumentHelp(tr("The entry's number (essor temps list shows it).", HelpLanguage.fr)))
    var id: Int64

    func run() throws {
        let global = own.merged(with: parent.own.merged(with: parent.parent.global))
        try Launcher.guarded(global) { lang in
            let store = try Launcher.openStore(global.storePath, lang: lang, options: global)
            do {
                try store.deleteStaffTime(id: id, by: StructureScript.author, at: Launcher.now)
            } catch StoreError.conflict {
                throw Failure(message: tr("No time entry number %s.", lang == .fr, String(id)), status: 1)
            }
        }
    }
}

struct TimeSignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign",
        abstract: tr("Marks a person's month as signed: its time is locked.", HelpLanguage.fr),
        discussion: tr(
            "Once the printed timesheet is signed by the employee and their manager. Reopening it (essor temps reopen) is logged.",
            HelpLanguage.fr),
        aliases: ["signer"])

    @ParentCommand var parent: TimeCommand
    @OptionGroup var own: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(tr("The person (number or name).", HelpLanguage.fr)))
    var person: String
    @Option(name: .long, help: ArgumentHelp(tr("The month: 2026-11.", HelpLanguage.fr))) var month: String
    @Option(name: .long, help: ArgumentHelp(tr("The day it was signed (default: today).", HelpLanguage.fr)))
    var on: String?
    @Option(name: .long, help: ArgumentHelp(tr("Who signed as manager (default: you).", HelpLanguage.fr)))
    var by: String?

    func run() throws {
        let global = own.merged(with: parent.own.merged(with: parent.parent.global))
        try Launcher.guarded(global) { lang in
            let fr = lang == .fr
            let store = try Launcher.openStore(global.storePath, lang: lang, options: global)
            let script = TimeScript(lookup: Lookup(store: store, global: global, lang: lang))
            let member = try script.person(person)
            let m = try script.month(month)
            let today = WallClock.paris.today(now: Launcher.now)
            let day = try on.map { try script.day($0) } ?? today
            guard !(today < m.last) else {
                throw Failure(
                    message: tr(
                        "%s is not over: its timesheet is signed once the month has ended.", fr,
                        TimeStrings.month(m, fr, capitalized: true)), status: 2)
            }
            guard !(day < m.last) else {
                throw Failure(
                    message: tr(
                        "A month's timesheet is signed once the month has ended, not on %s.", fr,
                        day.dayMonthYear),
                    status: 2)
            }
            guard !(today < day) else {
                throw Failure(
                    message: tr(
                        "%s is still to come: the day of a signature has passed.", fr, day.dayMonthYear),
                    status: 2)
            }
            let person = member.member
            if !person.isUnderContract(on: m.first) && !person.isUnderContract(on: m.last),
                !(m.days.contains { person.isUnderContract(on: $0) })
            {
                throw Failure(
                    message: tr(
                        "%1$s has no contract in %2$s: there is nothing to sign.", fr, person.name,
                        TimeStrings.month(m, fr)),
                    status: 2)
            }
            let signer = (by ?? ChangeAuthor.login()).trimmingSpaces
            guard !signer.isEmpty, signer.count <= TextLimit.name else {
                throw Failure(message: "--by : " + TimeStrings.fieldIssue(.required, fr), status: 2)
            }
            if let already = member.signed.first(where: { $0.month == m }) {
                throw Failure(
                    message: tr(
                        "%1$s: %2$s is already signed (on %3$s by %4$s).", fr, member.member.name,
                        TimeStrings.month(m, fr), already.signedOn.dayMonthYear, already.signedBy), status: 2)
            }
            try store.signMonth(
                m, of: member.member.id, on: day, signer: signer, by: StructureScript.author, at: Launcher.now
            )
            if try store.staffTime(staff: member.member.id, from: m.first, to: m.last).isEmpty {
                Launcher.warn(
                    tr("No time is entered for %s: the signed sheet says 0 h.", fr, TimeStrings.month(m, fr)))
            }
            Launcher.warn(
                tr(
                    "%1$s of %2$s is signed: its time is locked.", fr,
                    TimeStrings.month(m, fr, capitalized: true), member.member.name))
        }
    }
}

struct TimeReopenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reopen", abstract: tr("Reopens a signed month (logged).", HelpLanguage.fr),
        aliases: ["rouvrir"])

    @ParentCommand var parent: TimeCommand
    @OptionGroup var own: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(tr("The person (number or name).", HelpLanguage.fr)))
    var person: String
    @Option(name: .long, help: ArgumentHelp(tr("The month: 2026-11.", HelpLanguage.fr))) var month: String

    func run() throws {
        let global = own.merged(with: parent.own.merged(with: parent.parent.global))
        try Launcher.guarded(global) { lang in
            let fr = lang == .fr
            let store = try Launcher.openStore(global.storePath, lang: lang, options: global)
            let script = TimeScript(lookup: Lookup(store: store, global: global, lang: lang))
            let member = try script.person(person)
            let m = try script.month(month)
            guard member.signedMonths.contains(m) else {
                throw Failure(
                    message: tr(
                        "%s is not signed: nothing to reopen.", fr,
                        TimeStrings.month(m, fr, capitalized: true)), status: 2)
            }
            try store.reopenMonth(m, of: member.member.id, by: StructureScript.author, at: Launcher.now)
            Launcher.warn(
                tr(
                    "%1$s of %2$s is open again (logged).", fr, TimeStrings.month(m, fr, capitalized: true),
                    member.member.name))
        }
    }
}
