import EssorCore
import EssorExchange
import EssorStore

extension String {
    /// The text with its first letter in upper case.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
    /// The text with its first letter in lower case.
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}

/// Messages of the command line (errors on stderr), in both languages.
enum CommandLineStrings {
    static func text(_ msg: CLIMsg, _ fr: Bool) -> String {
        switch msg {
        case .storeProblem(let error): return storeError(error, fr)
        case .script(let msg): return ScriptStrings.text(msg, fr)
        case .finance(let msg): return FinanceStrings.text(msg, fr)
        case .notATerminal:
            return tr(
                "essor needs a terminal: input or output is redirected. For a view without a terminal: essor snapshot",
                fr)
        case .unsupportedTerminal(let term):
            let name = term.isEmpty ? (tr("(TERM not set)", fr)) : "« \(term) »"
            return tr(
                "Terminal %s cannot run the full-screen interface. Try TERM=xterm-256color; look-ups work anywhere: essor find, essor show, essor agenda, essor list.",
                fr, name)
        case .unknownLanguage(let value):
            return tr("Unknown language “%s”: fr or en", fr, value)
        case .notADemo(let path):
            return tr("“%s” is not a demonstration store: it was left unchanged.", fr, path)
        case .badSize(let value):
            return tr("Invalid size “%s”: WIDTHxHEIGHT, for example 120x40", fr, value)
        case .badPanel(let value):
            return tr("Unknown panel “%s”: cohorts, structures, meetings, partners or finances", fr, value)
        case .lookupKind(let kind): return kindName(kind, fr, plural: false).capitalizedFirst
        case .themesHeading(let current):
            return tr("Themes (current: %s; T or :theme NAME to switch in the interface)", fr, current)
        case .themeOrigin(let origin):
            switch origin {
            case .builtIn: return tr("built-in", fr)
            case .bundled: return tr("bundled", fr)
            case .user: return tr("personal", fr)
            }
        case .roleSample(let role): return roleSample(role, fr)
        case .themeUnusable: return tr("unusable", fr)
        case .badKind(let text):
            return tr("Unknown kind “%s”: organisation, cohort, partner or meeting", fr, text)
        case .notFound(let kind, let text):
            switch kind {
            case .structure: return tr("No organisation matches “%s”.", fr, text)
            case .cohort: return tr("No cohort matches “%s”.", fr, text)
            case .partner: return tr("No partner matches “%s”.", fr, text)
            case .meeting: return tr("No meeting matches “%s”.", fr, text)
            }
        case .ambiguous(let kind, let text):
            return tr(
                "Several %1$s match “%2$s”; give the full name or the number:", fr,
                kindName(kind, fr, plural: true), text)
        case .nothingFound(let text):
            return tr("Nothing matches “%s”.", fr, text)
        case .noMeetingsSoon(let days):
            return tr("No meetings in the next %s days.", fr, days)
        case .emptyList: return tr("The list is empty.", fr)
        case .demoStoreHint(let path):
            return tr("The demonstration is in “%1$s”: try --store %1$s", fr, path)
        case .columnKind: return "Type"
        case .columnName: return tr("Name", fr)
        case .columnDetail: return trc("table column", "Detail", fr)
        case .columnNumber: return tr("No.", fr)
        case .notEmpty(let path):
            return tr("“%s” is not empty: choose a new file (nothing was changed).", fr, path)
        case .icsProblem(let file, let problem): return icsProblem(file, problem, fr)
        case .imported(let created, let updated, let cohort):
            return tr(
                "Imported into “%1$s”: %2$s, %3$s.", fr, cohort,
                trnc("imported meetings", "%d created", "%d created", created, fr),
                trnc("imported meetings", "%d updated", "%d updated", updated, fr))
        case .nothingImported(let file):
            return tr("“%s” holds no meeting (VEVENT).", fr, file)
        case .written(let path): return tr("Written: %s", fr, path)
        case .templateProblem(let problem): return MeetingStrings.templateProblem(problem, fr)
        case .auditPackWritten(let meetings, let files):
            return trn(
                "Audit pack: %1$d meeting, %2$d files, with MANIFEST.sha256.",
                "Audit pack: %1$d meetings, %2$d files, with MANIFEST.sha256.", meetings, fr, files)
        case .auditPackEmpty:
            return tr(
                "No meeting was held in this scope and period: the pack has no sheet and no minutes.", fr)
        case .auditPackExists(let path):
            return tr(
                "%s exists: an audit pack is never written over anything. Give a new name with -o.", fr, path)
        case .auditPackZip(let reason):
            return tr("The audit pack could not be written (%s); nothing is left behind.", fr, reason)
        case .noPDF(.notInstalled):
            return tr(
                "No PDF: WeasyPrint is not installed. Install it with « sudo apt install weasyprint » (Debian, Ubuntu); the HTML is written and prints as A4 from a browser.",
                fr)
        case .noPDF(.failed(let status, let message)):
            return tr(
                "No PDF: WeasyPrint failed (status %1$s): %2$s. The HTML is written.", fr, status,
                message.isEmpty ? tr("it said nothing", fr) : message)
        case .icsForeignUID(let file, let line, let title, let cohort):
            return tr(
                "%1$s, line %2$s: “%3$s” has the UID of a meeting of cohort “%4$s”", fr, file, line, title,
                cohort)
        case .icsForeignHint:
            return tr(
                "Nothing was imported: check the cohort (--cohort), or import these events as new meetings with --as-new.",
                fr)
        case .cannotRead(let path, let reason):
            return tr("Cannot read “%1$s”: %2$s", fr, path, reason)
        case .badDate(let text):
            return tr("Date not understood “%s”: DD/MM/YYYY or YYYY-MM-DD", fr, text)
        case .generated(let path, let structures, let meetings):
            return tr(
                "Synthetic store created: %1$s (%2$s organisations, %3$s meetings)", fr, path, structures,
                meetings)
        case .demoReset(let path):
            return tr("Demonstration store recreated: %s", fr, path)
        }
    }

    static func kindName(_ kind: LookupKind, _ fr: Bool, plural: Bool) -> String {
        let s = plural ? "s" : ""
        switch kind {
        case .structure: return tr("organisation%s", fr, s)
        case .cohort: return tr("cohort%s", fr, s)
        case .partner: return tr("partner%s", fr, s)
        case .meeting: return tr("meeting%s", fr, s)
        }
    }

    static func storeError(_ error: StoreError, _ fr: Bool) -> String {
        switch error {
        case .isDirectory(let path):
            return tr("“%s” is a folder, not a store file.", fr, path)
        case .notSQLite(let path):
            return tr("“%s” is not an essor store (not an SQLite database): it was left unchanged.", fr, path)
        case .foreignDatabase(let path):
            return tr("“%s” is another application's SQLite database: essor left it unchanged.", fr, path)
        case .newerSchema(let path, _):
            return tr("“%s” was written by a newer essor: please update essor.", fr, path)
        case .corrupt(let path, let detail):
            return tr("“%1$s” is damaged (%2$s): it was left unchanged; restore a backup.", fr, path, detail)
        case .cannotCreateFolder(let path, let reason):
            return tr("Cannot create folder “%1$s”: %2$s.", fr, path, fileProblem(reason, fr))
        case .notWritable(let path, let reason):
            return tr("Cannot write to “%1$s”: %2$s.", fr, path, fileProblem(reason, fr))
        case .locked(let path, let waited):
            let seconds = DecimalFormat.string(waited, lang: fr ? .fr : .en)
            return tr(
                "“%1$s” is busy with another process: waited %2$s s without getting it; nothing was written, try again.",
                fr, path, seconds)
        case .file(let problem): return fileError(problem, fr)
        case .missingStore(let path):
            return tr(
                "No store at “%s”. “essor demo” opens the demonstration programme; “essor” creates an empty store.",
                fr, path)
        case .needsMigration(let path):
            return tr(
                "“%s” comes from an older essor: open it once with “essor” to update it (look-ups never change the store).",
                fr, path)
        case .conflict:
            return tr(
                "Someone else changed or deleted this record while you were editing; your changes stay in the form.",
                fr)
        case .duplicateSiret(let name):
            return tr("This SIRET already belongs to “%s”.", fr, name)
        case .timesheet(let issues):
            return tr("Time refused, nothing was written: %s.", fr, TimeStrings.issues(issues, fr))
        case .taskInUse(let code, let entries):
            return trn(
                "The task “%2$s” is still used by %1$d entry of time: it stays in the list, nothing was written.",
                "The task “%2$s” is still used by %1$d entries of time: it stays in the list, nothing was written.",
                entries, fr, code)
        case .cannotUndo(.changedSince(let summary)):
            return tr("Cannot undo: “%s” was changed since.", fr, summary)
        case .cannotUndo(.alreadyUndone):
            return tr("This change is already undone.", fr)
        case .cannotUndo(.nothing):
            return tr("Nothing to undo.", fr)
        case .readOnly(let reason):
            return tr("Read-only store (%s): nothing was written.", fr, readOnlyReason(reason, fr))
        case .constraint(let kind):
            let why: String
            switch kind {
            case .missingReference:
                why =
                    tr("a linked record is not there (or no longer)", fr)
            case .missingValue: why = tr("a required value is missing", fr)
            case .duplicate: why = tr("a value is already taken", fr)
            case .signedMonth:
                why = tr("it would change a signed month's timesheet, which must be reopened first", fr)
            case .other:
                why = tr("a rule of the store is broken", fr)
            }
            return tr("Change refused by the store (%s): nothing was written.", fr, why)
        case .invalidRows(let violations):
            return (tr("Data refused, nothing was written: ", fr))
                + violations.prefix(3).map { ScriptStrings.violation($0, fr) }.joined(separator: " ; ")
        case .sqlite(let path, let detail):
            return tr("SQLite error on “%1$s”: %2$s", fr, path, detail)
        }
    }

    /// Why a path cannot be read or written as a file.
    static func fileError(_ error: FileError, _ fr: Bool) -> String {
        switch error {
        case .exists(let path):
            return tr("“%s” already exists: nothing was written (--force to replace it).", fr, path)
        case .isFolder(let path):
            return tr("“%s” is a folder, not a file.", fr, path)
        case .special(let path, let kind):
            let what: String
            switch kind {
            case .fifo: what = tr("a named pipe (FIFO)", fr)
            case .characterDevice, .blockDevice: what = tr("a device", fr)
            case .socket: what = tr("a socket", fr)
            }
            return tr(
                "“%1$s” is %2$s, not a regular file: essor reads and writes regular files only.", fr, path,
                what)
        case .danglingLink(let path, let target, true):
            return tr(
                "“%1$s” is a symbolic link to “%2$s”, and these links go round in a loop: essor does not follow it.",
                fr, path, target)
        case .danglingLink(let path, let target, false):
            return tr(
                "“%1$s” is a symbolic link to “%2$s”, which does not exist: essor does not create files through links.",
                fr, path, target)
        case .link(let path):
            return tr(
                "“%s” is a symbolic link: give the path of the file itself (nothing was written).", fr, path)
        case .refused(let path, let reason):
            return tr("Cannot write “%1$s”: %2$s; nothing was written.", fr, path, fileProblem(reason, fr))
        }
    }

    static func readOnlyReason(_ reason: ReadOnlyReason, _ fr: Bool) -> String {
        switch reason {
        case .asked: return tr("as asked", fr)
        case .notWritable(let path):
            return tr("“%s” cannot be written", fr, path)
        case .newerSchema:
            return tr("written by a newer essor", fr)
        }
    }

    static func fileProblem(_ problem: FileProblem, _ fr: Bool) -> String {
        switch problem {
        case .notAFolder:
            tr("a part of the path is not a folder", fr)
        case .missing: tr("the folder does not exist", fr)
        case .linkLoop: tr("symbolic links go round in a loop", fr)
        case .nameTooLong: tr("name too long", fr)
        case .permissionDenied: trc("file problem", "permission denied", fr)
        case .readOnlyFileSystem: tr("read-only file system", fr)
        case .noSpace: tr("no space left on device", fr)
        case .other(let detail): detail
        }
    }

    /// A word showing a role, for theme previews.
    static func roleSample(_ role: Role, _ fr: Bool) -> String {
        switch role {
        case .title: trc("theme preview", "Title", fr)
        case .selection: tr("Selection", fr)
        case .normal: tr("Text", fr)
        case .muted: tr("muted", fr)
        case .accent: tr("accent", fr)
        case .warning: tr("warning", fr)
        case .error: tr("error", fr)
        case .success: tr("success", fr)
        case .conflict: tr("conflict", fr)
        case .key: tr("key", fr)
        default: String(describing: role)
        }
    }

    static func icsProblem(_ file: String, _ problem: ICalendarProblem, _ fr: Bool) -> String {
        let place = tr("%1$s, line %2$s: ", fr, file, problem.line)
        let detail: String
        switch problem.kind {
        case .notUTF8: detail = tr("the file is not UTF-8", fr)
        case .empty: detail = tr("the file is empty", fr)
        case .noCalendar:
            detail =
                tr("no BEGIN:VCALENDAR: not an iCalendar file", fr)
        case .malformedLine:
            detail = tr("unreadable line (NAME:VALUE expected)", fr)
        case .unexpectedEnd(let name):
            detail = tr("END:%s without a matching BEGIN", fr, name)
        case .unclosed(let name): detail = tr("BEGIN:%s never closed", fr, name)
        case .missing(let property):
            detail = tr("%s missing from the event", fr, property)
        case .badDate(let text):
            detail = tr("unreadable date-time “%s”", fr, text)
        case .unknownTimeZone(let name):
            detail = tr("unknown time zone “%s”", fr, name)
        case .allDay:
            detail = tr("all-day event: skipped (a meeting has a start and an end time)", fr)
        case .recurring:
            detail = tr(
                "extra dates as periods (RDATE;VALUE=PERIOD): export the event's occurrences one by one", fr)
        case .unsupportedRule(let part):
            detail = tr("repetition rule “%s” not read: export the event's occurrences one by one", fr, part)
        case .noEnd(let minutes):
            detail = tr(
                "neither end nor duration: the meeting lasts %s", fr, ClockParsing.durationText(minutes))
        case .tooManyMeetings(let count):
            detail = tr(
                "the file gives %1$s meetings, more than the %2$s essor imports at once: split it", fr,
                FormStrings.number(Double(count), fr),
                FormStrings.number(Double(ICalendarParser.maximumMeetings), fr))
        case .expansionCapped(let count, let last):
            detail = tr(
                "repeats without end or beyond what essor imports: the first %1$s meetings, up to %2$s", fr,
                count, last.dayMonthYear)
        case .endBeforeStart: detail = tr("the end is before the start", fr)
        case .badDuration(let text):
            detail =
                tr("unreadable duration, or longer than 24 h “%s”", fr, text)
        case .tooLong(let property, let maximum):
            detail =
                tr("%1$s longer than %2$s characters", fr, property, FormStrings.number(Double(maximum), fr))
        case .outOfRange(let text):
            detail = tr("date outside 1900–2199 “%s”", fr, text)
        case .tooShort(let text):
            detail =
                tr("the event lasts less than a minute (“%s”): a meeting lasts 1 min to 24 h", fr, text)
        case .controlCharacter(let property):
            detail =
                tr("control character in %s (an iCalendar file holds none)", fr, property)
        case .duplicateUID(let uid, let first):
            detail =
                tr(
                    "UID “%1$s” already used by the event at line %2$s: each event needs its own", fr, uid,
                    first)
        }
        return place + detail
    }
}
