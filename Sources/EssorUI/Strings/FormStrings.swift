import EssorCore
import EssorStore

/// Messages of forms, confirmations and editing.
public enum FormMsg: Equatable, Sendable {
    case structureField(StructureDraft.Field)
    case cohortField(CohortDraft.Field)
    case contactField(ContactDraft.Field)
    case programmeField(ProgrammeDraft.Field)
    case retention(Retention)
    case programmeTitle
    case unnamedProgramme
    case operationPlaceholder
    case fundersPlaceholder
    case fromPostcode
    case datePlaceholder
    case newStructureTitle
    case newCohortTitle
    case newContactTitle
    case editTitle(String)
    case issue(FieldIssue)
    case fixErrors(Int)
    case saved(String)
    case deleted(String)
    case undone(action: String, summary: String, count: Int)
    case confirmDeleteMeeting(String)
    /// What goes with a deleted record, every part counted.
    case impactWith([DeletionImpact.Part: Int])
    case confirmDeleteStructure(String)
    case confirmDeleteCohort(String)
    case impactCohorts([String])
    case impactStructureAssignments(Int)
    case impactMembers(Int)
    case undoHint
    /// What was typed on a picker, beside the option it chose.
    case choiceTyped(String)
    case choiceTypedNothing(String)
    case discardChanges
    case discardHint
    case confirmHint
    case addContactHint
    case addMemberHint
    case noCohortsToTick
    case pickerTitle
    case pickerPrompt
    case pickerEmpty
    case required
    case warningMark
    case draftTitle
    case draftKept(title: String, date: String, time: String)
    case draftChoice
}

enum FormStrings {
    static func text(_ msg: FormMsg, _ fr: Bool) -> String {
        switch msg {
        case .structureField(let field): structureField(field, fr)
        case .cohortField(let field): cohortField(field, fr)
        case .contactField(let field): contactField(field, fr)
        case .programmeField(let field): programmeField(field, fr)
        case .retention(.standard): tr("5 years (standard)", fr)
        case .retention(.stateAid): tr("10 years (State aid)", fr)
        case .programmeTitle: tr("Programme — identity and evidence", fr)
        case .unnamedProgramme: tr("essor — :programme to name it", fr)
        case .operationPlaceholder: tr("no. given by the managing authority", fr)
        case .fundersPlaceholder: tr("one per line: Name, or Name | /path/logo.svg", fr)
        case .fromPostcode: tr("from the postcode", fr)
        case .datePlaceholder: tr("DD/MM/YYYY", fr)
        case .newStructureTitle: tr("New organisation", fr)
        case .newCohortTitle: tr("New cohort", fr)
        case .newContactTitle: tr("New contact", fr)
        case .editTitle(let name): tr("Edit “%s”", fr, name)
        case .issue(let issue): self.issue(issue, fr)
        case .fixErrors(let n):
            trn(
                "One field needs fixing: nothing was saved.", "%d fields need fixing: nothing was saved.", n,
                fr)
        case .saved(let name): tr("Saved: “%s”", fr, name)
        case .deleted(let name):
            tr("Deleted: “%s” — u to undo", fr, name)
        case .undone(let action, let summary, let count):
            count > 1
                ? tr("Undone: %1$s changes (“%2$s”…)", fr, count, summary)
                : undone(action, summary, fr)
        case .confirmDeleteMeeting(let name):
            tr("Delete the meeting “%s”?", fr, name)
        case .impactWith(let counts):
            tr(
                "Deleted with it: %s.", fr,
                DeletionImpact.Part.allCases.compactMap { part in
                    counts[part].map { impactPart(part, $0, fr) }
                }.joined(separator: ", "))

        case .confirmDeleteStructure(let name):
            tr("Delete the organisation “%s”?", fr, name)
        case .confirmDeleteCohort(let name):
            tr("Delete the cohort “%s”?", fr, name)
        case .impactCohorts(let names):
            tr("It will leave: %s.", fr, names.joined(separator: ", "))
        case .impactStructureAssignments(let n):
            trn(
                "%d partner assignment about it will apply to the whole cohort.",
                "%d partner assignments about it will apply to the whole cohort.", n, fr)
        case .impactMembers(let n):
            trn(
                "Its %d member organisation stays in the base (its membership ends).",
                "Its %d member organisations stay in the base (their membership ends).", n, fr)
        case .undoHint: tr("u undoes the deletion.", fr)
        case .choiceTyped(let text): tr("typed: “%s” (Backspace erases, ←/→ choose)", fr, text)
        case .choiceTypedNothing(let text): tr("no choice matches “%s” (Backspace erases)", fr, text)
        case .discardChanges: tr("Discard your changes?", fr)
        case .discardHint: tr("What you typed will be lost.", fr)
        case .confirmHint: tr("Enter or y: yes    Esc or n: no", fr)
        case .addContactHint: tr("no contacts — + to add one", fr)
        case .addMemberHint: tr("no organisations — + to add one", fr)
        case .noCohortsToTick: tr("no cohorts in the store", fr)
        case .pickerTitle: tr("Add an organisation", fr)
        case .pickerPrompt: tr("Search: ", fr)
        case .pickerEmpty:
            tr("No organisation to add matches.", fr)
        case .required: "*"
        case .warningMark: "!"
        case .draftTitle: tr("Resume a draft?", fr)
        case .draftKept(let title, let date, let time):
            tr("A form was open when the terminal closed, on %1$s at %2$s: “%3$s”.", fr, date, time, title)
        case .draftChoice:
            tr("Yes: open it again as it was. No: discard it.", fr)
        }
    }

    static func structureField(_ field: StructureDraft.Field, _ fr: Bool) -> String {
        switch field {
        case .name: tr("Name", fr)
        case .legalForm: tr("Legal form", fr)
        case .siret: "SIRET"
        case .address: tr("Address", fr)
        case .postcode: tr("Postcode", fr)
        case .town: tr("Town", fr)
        case .departement: tr("Département", fr)
        case .sector: tr("Sector", fr)
        case .headcount: tr("Headcount (FTE)", fr)
        case .creationDate: tr("Created on", fr)
        case .website: tr("Website", fr)
        case .problem: tr("Problem statement", fr)
        case .notes: "Notes"
        case .contacts: "Contacts"
        case .cohorts: tr("Cohorts", fr)
        }
    }

    static func cohortField(_ field: CohortDraft.Field, _ fr: Bool) -> String {
        switch field {
        case .name: tr("Name", fr)
        case .theme: tr("Theme", fr)
        case .start: tr("Start", fr)
        case .end: tr("End", fr)
        case .summary: tr("Description", fr)
        case .projectTitle: tr("Collective project", fr)
        case .projectSummary: tr("Project summary", fr)
        case .projectStage: tr("Project stage", fr)
        case .members: tr("Members", fr)
        }
    }

    static func programmeField(_ field: ProgrammeDraft.Field, _ fr: Bool) -> String {
        switch field {
        case .name: tr("Name", fr)
        case .operatorName: tr("Operator", fr)
        case .funders: tr("Funders", fr)
        case .operationReference: tr("Operation no.", fr)
        case .euStatement: tr("EU statement", fr)
        case .privacyNotice: tr("Privacy notice", fr)
        case .signatoryName: tr("Signatory", fr)
        case .signatoryRole: trc("signatory", "Role", fr)
        case .contactEmail: "E-mail"
        case .contactAddress: tr("Address", fr)
        case .summary: tr("Presentation", fr)
        case .retention: tr("Documents kept", fr)
        case .lastPayment: tr("Last payment", fr)
        case .supportThreshold: tr("RCO04 threshold", fr)
        }
    }

    static func contactField(_ field: ContactDraft.Field, _ fr: Bool) -> String {
        switch field {
        case .name: tr("Name", fr)
        case .role: tr("Role", fr)
        case .email: "E-mail"
        case .phone: tr("Phone", fr)
        }
    }

    static func issue(_ issue: FieldIssue, _ fr: Bool) -> String {
        switch issue {
        case .required: return tr("Required", fr)
        case .siret(.wrongLength(let n)):
            return tr("A SIRET has 14 digits (here %s)", fr, n)
        case .siret(.notDigits):
            return tr("A SIRET has digits only", fr)
        case .siret(.checksum):
            return tr("Invalid SIRET: the check digit is wrong", fr)
        case .duplicateSiret(let name):
            return tr("Already the SIRET of “%s”", fr, name)
        case .postcodeFormat: return tr("A postcode has 5 digits", fr)
        case .postcodeMismatch(let postcode, let chosen):
            let a = Departement.name(postcode).map { "\($0) (\(postcode))" } ?? postcode
            let b = Departement.name(chosen).map { "\($0) (\(chosen))" } ?? chosen
            return tr("This postcode is in %1$s, not %2$s", fr, a, b)
        case .outsideNormandy(let d):
            return tr("Outside Normandy (département %s): accepted", fr, d)
        case .email:
            return tr("Invalid address (e.g. name@domain.fr)", fr)
        case .phone:
            return tr("Invalid number (e.g. 02 31 00 00 00)", fr)
        case .date: return tr("Date expected: DD/MM/YYYY", fr)
        case .endBeforeStart: return tr("The end is before the start", fr)
        case .number: return tr("Number expected (e.g. 12.5)", fr)
        case .negative: return tr("Cannot be negative", fr)
        case .outOfRange(let range): return outOfRange(range, fr)
        case .notWhole: return tr("Whole number expected", fr)
        case .finerThanCent: return tr("To the cent at most (e.g. 12,34)", fr)
        case .finerThanMinute: return tr("To the minute at most (e.g. 0h20 rather than 0,33)", fr)
        case .oneOf(let words): return tr("One of: %s", fr, words.joined(separator: ", "))
        case .aboveZero: return tr("Must be above 0", fr)
        case .onlyWithFixedShare: return tr("Only for someone on a fixed share (mode=forfait)", fr)
        case .tooLong(let maximum):
            let count = DecimalFormat.grouped(Double(maximum), separator: "\u{202F}")
            return tr("Too long: %s characters at most", fr, count)
        case .invalidContact:
            return tr("A contact needs fixing (Enter opens it)", fr)
        case .time: return tr("Time expected: 14h30 or 14:30", fr)
        case .duration:
            return tr("Length with its unit, from 1 min to 24h: 2h, 1h30 or 90 min", fr)
        case .supportThreshold:
            return tr("Hours with their unit, from 1 min to 100h: 3h, 2h30 or 90 min", fr)
        case .url: return tr("Web address expected: https://…", fr)
        case .outsidePeriod(let start, let end):
            return tr(
                "Outside the cohort's period (%1$s to %2$s): accepted", fr, start.dayMonthYear,
                end.dayMonthYear)
        case .oneToOneInvitesOne(let n):
            return trn(
                "A one-to-one meeting invites one organisation (%d invited)",
                "A one-to-one meeting invites one organisation (%d invited)", n, fr)
        case .occurrences(let maximum):
            return tr("Number of meetings: 2 to %s", fr, maximum)
        case .invalidEntry:
            return tr("A day entry needs fixing (Enter opens it)", fr)
        case .invalidAgendaItem:
            return tr("An agenda item needs fixing (Enter opens it)", fr)
        case .retentionYears:
            return tr("5 years, or 10 under State-aid rules", fr)
        case .logo(let funder, .notAbsolute):
            return tr("Logo of “%s”: give the full path (/…)", fr, funder)
        case .logo(let funder, .unreadable):
            return tr("Logo of “%s”: the file cannot be read", fr, funder)
        case .logo(let funder, .notAnImage):
            return tr("Logo of “%s”: not a PNG, SVG or JPEG image", fr, funder)
        case .agendaLongerThanMeeting(let agenda, let meeting):
            return tr(
                "The agenda takes %1$s, the meeting %2$s: accepted", fr, ClockParsing.durationText(agenda),
                ClockParsing.durationText(meeting))
        }
    }

    /// `Entre 0 et 100 000` — the range a number must fall in.
    static func outOfRange(_ range: ClosedRange<Double>, _ fr: Bool) -> String {
        let low = number(range.lowerBound, fr)
        let high = number(range.upperBound, fr)
        return tr("Out of range: between %1$s and %2$s", fr, low, high)
    }

    /// A bound as people read it: `100 000`, `0,8`, `-1 000 000 000 000`.
    static func number(_ value: Double, _ fr: Bool) -> String {
        if value == value.rounded() { return DecimalFormat.grouped(value, separator: "\u{202F}") }
        return DecimalFormat.string(value, lang: fr ? .fr : .en, maxFractionDigits: 3)
    }

    /// One part of what goes with a deleted record, counted.
    static func impactPart(_ part: DeletionImpact.Part, _ n: Int, _ fr: Bool) -> String {
        switch part {
        case .contacts: trn("%d contact", "%d contacts", n, fr)
        case .memberships: trn("%d membership of a cohort", "%d memberships of cohorts", n, fr)
        case .accounts: trn("%d year of accounts", "%d years of accounts", n, fr)
        case .financing: trn("%d financing", "%d financings", n, fr)
        case .invitations: trn("%d invitation", "%d invitations", n, fr)
        case .attendance: trn("%d attendance line", "%d attendance lines", n, fr)
        case .assignments: trn("%d partner assignment", "%d partner assignments", n, fr)
        case .budgetShares: trn("%d share of a project budget", "%d shares of project budgets", n, fr)
        case .budgetLines: trn("%d budget line", "%d budget lines", n, fr)
        case .timeEntries: trn("%d time entry", "%d time entries", n, fr)
        case .meetings: trn("%d meeting", "%d meetings", n, fr)
        case .agendaItems: trn("%d agenda item", "%d agenda items", n, fr)
        case .meetingPartners: trn("%d partner taking part", "%d partners taking part", n, fr)
        case .contributions: trn("%d workshop contribution", "%d workshop contributions", n, fr)
        case .actions: trn("%d workshop action", "%d workshop actions", n, fr)
        case .staffTime: trn("%d entry of staff time", "%d entries of staff time", n, fr)
        }
    }

    static func undone(_ action: String, _ summary: String, _ fr: Bool) -> String {
        switch action {
        case "insert": tr("Undone: creation of “%s”", fr, summary)
        case "delete": tr("Undone: deletion of “%s”", fr, summary)
        default: tr("Undone: change to “%s”", fr, summary)
        }
    }
}
