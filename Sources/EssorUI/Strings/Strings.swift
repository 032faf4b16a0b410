import EssorCore
import EssorStore
import Foundation

/// The catalogue: French first, English beside it.
public enum Strings {
    /// Any failure as a sentence in `lang`: essor's own errors from the
    /// catalogue, others (the system's) as they describe themselves.
    public static func describe(_ error: Error, _ lang: Lang) -> String {
        let fr = lang == .fr
        switch error {
        case let error as FileError: return CommandLineStrings.fileError(error, fr)
        case let error as StoreError: return CommandLineStrings.storeError(error, fr)
        default: return (error as NSError).localizedDescription
        }
    }

    public static func text(_ msg: Msg, _ lang: Lang) -> String {
        let fr = lang == .fr
        switch msg {
        case .panel(let panel): return panelName(panel, fr)
        case .allCohorts: return tr("All cohorts", fr)
        case .scopeLabel(let name): return tr("Cohort: %s", fr, name)

        case .colName: return tr("Name", fr)
        case .colCohort: return tr("Cohort", fr)
        case .colTheme: return tr("Theme", fr)
        case .colPeriod: return tr("Period", fr)
        case .colStatus: return trc("cohort", "Status", fr)
        case .colStructuresShort: return tr("Orgs", fr)
        case .colMeetingsShort: return tr("Meetings", fr)
        case .colLegalForm: return tr("Form", fr)
        case .colTown: return tr("Town", fr)
        case .colDepartement: return tr("Dept", fr)
        case .colCohorts: return tr("Cohorts", fr)
        case .colDate: return "Date"
        case .colTime: return tr("Time", fr)
        case .colDuration: return tr("Length", fr)
        case .colKind: return "Type"
        case .colTitle: return trc("meeting", "Title", fr)
        case .colPlace: return tr("Place", fr)
        case .colExpertise: return "Expertise"
        case .colDaysPlanned: return tr("Days", fr)
        case .colMissions: return "Missions"

        case .cohortStatus(let status):
            switch status {
            case .upcoming: return tr("upcoming", fr)
            case .running: return tr("running", fr)
            case .finished: return tr("finished", fr)
            }
        case .legalForm(let form): return legalForm(form, fr)
        case .meetingKind(let kind):
            switch kind {
            case .workshop: return tr("Collective workshop", fr)
            case .oneToOne: return tr("One-to-one meeting", fr)
            case .steering: return tr("Steering committee", fr)
            case .webinar: return tr("Webinar", fr)
            }
        case .meetingKindShort(let kind):
            switch kind {
            case .workshop: return tr("Workshop", fr)
            case .oneToOne: return tr("One-to-one", fr)
            case .steering: return tr("Steering", fr)
            case .webinar: return tr("Webinar", fr)
            }
        case .projectStage(let stage):
            switch stage {
            case .idea: return tr("idea", fr)
            case .design: return tr("design", fr)
            case .pilot: return tr("pilot", fr)
            case .launched: return tr("launched", fr)
            }
        case .assignmentStatus(let status):
            switch status {
            case .planned: return trc("assignment", "planned", fr)
            case .ongoing: return tr("ongoing", fr)
            case .done: return trc("assignment", "done", fr)
            }
        case .attendanceStatus(let status):
            switch status {
            case .present: return tr("present", fr)
            case .absent: return "absent"
            case .excused: return tr("excused", fr)
            }

        case .structuresCount(let n):
            return trn("%d organisation", "%d organisations", n, fr)
        case .cohortsCount(let n):
            return trn("%d cohort", "%d cohorts", n, fr)
        case .meetingsCount(let n):
            return trn("%d meeting", "%d meetings", n, fr)
        case .partnersCount(let n):
            return trn("%d partner", "%d partners", n, fr)
        case .upcomingCount(let n): return tr("%s upcoming", fr, n)
        case .filtered(let shown, let total): return "\(shown)/\(total)"
        case .filterLabel(let text): return tr("filter “%s”", fr, text)
        case .sortLabel(let sort): return tr("sort: %s", fr, sortName(sort, fr))

        case .emptyStore:
            return tr("This store is empty. “essor demo” opens the demonstration programme.", fr)
        case .noMatch(let text):
            return tr("Nothing matches “%s”. Esc clears the filter.", fr, text)
        case .noMembers:
            return tr("No organisation in this cohort.", fr)
        case .noMeetings: return tr("No meetings.", fr)
        case .noPartners: return tr("No partners.", fr)
        case .noPartnersInCohort:
            return tr("No partner in this cohort yet: m gives a mission.", fr)

        case .fieldLegalForm: return tr("Legal form", fr)
        case .fieldSiret: return "SIRET"
        case .fieldAddress: return tr("Address", fr)
        case .fieldDepartement: return tr("Département", fr)
        case .fieldSector: return tr("Sector", fr)
        case .fieldHeadcount: return tr("Headcount", fr)
        case .fieldWebsite: return tr("Website", fr)
        case .fieldCohorts: return tr("Cohorts", fr)
        case .fieldContacts: return "Contacts"
        case .fieldProblem: return tr("Problem statement", fr)
        case .fieldNotes: return "Notes"
        case .fieldPartners: return tr("Partners", fr)
        case .fieldMeetings: return tr("Meetings", fr)
        case .fieldNextMeeting: return tr("Next meeting", fr)
        case .fieldProject: return tr("Collective project", fr)
        case .fieldStage: return tr("Stage", fr)
        case .fieldMembers(let n): return tr("Member organisations (%s)", fr, n)
        case .fieldTheme: return tr("Theme", fr)
        case .fieldPeriod: return tr("Period", fr)
        case .fieldStatus: return trc("cohort", "Status", fr)
        case .fieldAgenda: return tr("Agenda", fr)
        case .fieldInvited(let n): return tr("Invited organisations (%s)", fr, n)
        case .fieldAttendance: return trc("attendance sheet", "Attendance", fr)
        case .fieldVideoLink: return tr("Video link", fr)
        case .fieldFacilitators: return tr("Facilitation", fr)
        case .fieldMissions: return "Missions"
        case .fieldUpcomingMeetings: return tr("Upcoming meetings", fr)
        case .fieldCohort: return tr("Cohort", fr)
        case .fieldKind: return "Type"
        case .fieldWhen: return tr("When", fr)
        case .fieldPlace: return tr("Place", fr)
        case .fieldExpertise: return "Expertise"
        case .fieldSummary: return tr("About", fr)
        case .fieldProgramme: return tr("Programme", fr)
        case .headcountValue(let value): return tr("%s FTE", fr, value)
        case .meetingsAttendance(let invited, let present):
            return trn("%d invitation", "%d invitations", invited, fr) + ", "
                + trn("%d attended", "%d attended", present, fr)
        case .meetingsTally(let past, let upcoming):
            return trn("%d past", "%d past", past, fr) + ", " + tr("%s upcoming", fr, upcoming)
        case .pastMeetingsCount(let n):
            return trn("%d past meeting", "%d past meetings", n, fr)
        case .daysValue(let value): return tr("%s d", fr, value)
        case .minutesValue(let n): return "\(n) min"
        case .none: return tr("none", fr)
        case .invalidSiret: return tr("invalid check digit", fr)
        case .forStructure(let name): return tr("for %s", fr, name)
        case .whole: return tr("whole cohort", fr)

        case .scopeSet(let name):
            return tr("Cohort “%s”: * or Esc shows all", fr, name)
        case .scopeCleared: return tr("Showing all cohorts", fr)
        case .unknownCommand(let text):
            return tr("Unknown command: %s (? for help)", fr, text)
        case .cohortExpected:
            return tr("Cohort name expected: :cohort NAME", fr)
        case .cohortNotFound(let text): return tr("No cohort “%s”", fr, text)
        case .cohortAmbiguous(let names):
            return tr("Several cohorts: %s", fr, names.joined(separator: ", "))
        case .pasteRefused:
            return tr("Paste ignored: no text field is open here (F1 shows the keys that open one)", fr)
        case .storeUpdated:
            return tr("Data updated by another process", fr)
        case .storeError(let detail): return tr("Store error: %s", fr, detail)
        case .filterPrompt: return tr("Filter: ", fr)
        case .commandPrompt: return ":"
        case .helpTitle: return tr("Help — keys", fr)
        case .helpFooter: return tr("Esc, ? or q to close", fr)
        case .helpCommandsSection: return tr("Commands (after :)", fr)
        case .helpElsewhere: return tr("On the other screens", fr)
        case .tooSmall: return tr("Terminal too small", fr)
        case .tooSmallDetail(let w, let h, let mw, let mh):
            return tr("%1$s×%2$s: needs at least %3$s×%4$s", fr, w, h, mw, mh)

        case .context(let context): return contextName(context, fr)
        case .command(let command): return command.description(fr)
        case .keyHelp(let help): return KeyHelpStrings.text(help, fr)
        case .keyHint(let help): return KeyHelpStrings.hint(help, fr)
        case .commandHint(let command): return command.hint(fr)
        case .lineCommand(let command): return lineCommandDescription(command, fr)
        case .keyName(let key): return keyName(key, fr)
        case .cli(let message): return CommandLineStrings.text(message, fr)
        case .config(let problem): return ConfigStrings.text(problem, fr)
        case .themeChosen(let name): return tr("Theme “%s”", fr, name)
        case .themeNotFound(let name, let available):
            return (tr("No theme “%s”. Themes: ", fr, name))
                + available.joined(separator: ", ")
        case .themesAvailable(let current, let names):
            return (tr("Theme “%s”. Themes: ", fr, current))
                + names.joined(separator: ", ")
        case .form(let message): return FormStrings.text(message, fr)
        case .meeting(let message): return MeetingStrings.text(message, fr)
        case .partner(let message): return PartnerStrings.text(message, fr)
        case .store(let message): return StoreStrings.text(message, fr)
        case .financeUI(let message): return FinanceUIStrings.text(message, fr)
        case .reportUI(let message): return ReportStrings.text(message, fr)
        case .timeUI(let message): return TimeUIStrings.text(message, fr)
        }
    }

    static func panelName(_ panel: PanelID, _ fr: Bool) -> String {
        switch panel {
        case .cohorts: tr("Cohorts", fr)
        case .structures: tr("Organisations", fr)
        case .meetings: tr("Meetings", fr)
        case .partners: tr("Partners", fr)
        case .finances: "Finances"
        case .report: tr("Report", fr)
        case .time: trc("panel name", "Time", fr)
        }
    }

    static func legalForm(_ form: LegalForm, _ fr: Bool) -> String {
        switch form {
        case .association: "Association"
        case .scop: "SCOP"
        case .scic: "SCIC"
        case .cooperative: tr("Cooperative", fr)
        case .mutual: tr("Mutual", fr)
        case .foundation: tr("Foundation", fr)
        case .esus: tr("ESUS company", fr)
        case .other: tr("Other", fr)
        }
    }

    static func sortName(_ sort: StructureSort, _ fr: Bool) -> String {
        switch sort {
        case .name: tr("name", fr)
        case .town: tr("town", fr)
        case .departement: tr("département", fr)
        case .legalForm: tr("legal form", fr)
        }
    }

    static func contextName(_ context: KeyContext, _ fr: Bool) -> String {
        switch context {
        case .global: tr("Everywhere", fr)
        case .list: tr("Lists", fr)
        case .cohorts: tr("Cohorts", fr)
        case .structures: tr("Organisations", fr)
        case .detail: trc("panel area", "Detail", fr)
        case .editableDetail:
            tr("Detail of a record", fr)
        case .input: tr("Filter and command line", fr)
        case .text: tr("Text editing", fr)
        case .form: tr("Forms", fr)
        case .textArea: tr("Multi-line text", fr)
        case .choice: tr("Choices", fr)
        case .listField: tr("Contacts, cohorts, members", fr)
        case .dialog: tr("Confirmations", fr)
        case .meetings: tr("Meetings", fr)
        case .partners: tr("Partners", fr)
        case .assignable: tr("Cohorts and organisations", fr)
        case .calendar: tr("Meetings: week and month", fr)
        case .meetingDetail: tr("A meeting's detail", fr)
        case .seriesDialog: tr("Editing a series", fr)
        case .exportDialog: tr("Export", fr)
        case .attendance: trc("attendance sheet", "Attendance", fr)
        case .workshop: tr("Workshop", fr)
        case .workshopContributions: tr("Workshop: contributions", fr)
        case .workshopCheckIn: tr("Workshop: check-in", fr)
        case .workshopActions: tr("Workshop: actions to review", fr)
        case .capture: tr("Workshop: capture line", fr)
        case .follow: tr("Followed workshop (projector)", fr)
        case .merge:
            tr("Merging with the version saved elsewhere", fr)
        case .finances: "Finances"
        case .grid: tr("Grids: accounts and project budget", fr)
        case .report: tr("Report", fr)
        case .reportDetail: tr("An indicator's explanation", fr)
        case .time: tr("Time: the team's month", fr)
        case .timeDetail: tr("Time: a person's month", fr)
        case .week: tr("Time: the week grid", fr)
        case .financeDetail: tr("Finance detail", fr)
        case .picker: tr("Picking an organisation", fr)
        case .help: tr("Help", fr)
        }
    }

    static func lineCommandDescription(_ command: LineCommand, _ fr: Bool) -> String {
        switch command {
        case .quit: tr("Quit", fr)
        case .help: tr("Show help", fr)
        case .date:
            tr("Meetings: go to a date: :date 15/03/2027", fr)
        case .history: tr("Store history: who changed what", fr)
        case .theme:
            tr("Change theme: :theme NAME (no name: the list)", fr)
        case .panel(let panel): tr("Panel %s", fr, panelName(panel, fr))
        case .all: tr("Show all cohorts", fr)
        case .cohort: tr("Scope to a cohort: :cohort NAME", fr)
        case .filter: tr("Filter the list: :filter TEXT", fr)
        case .programme: tr("The programme's identity: name, funders, operation no., signatory", fr)
        case .period: tr("Report: its period: :period 01/01/2026 31/12/2026", fr)
        case .week: tr("Time: a person's week in the grid: :week 2026-W49", fr)
        case .month: tr("Time: the month shown: :month 2026-11", fr)
        }
    }

    static func keyName(_ key: Key, _ fr: Bool) -> String {
        switch key {
        case .char(" "): tr("Space", fr)
        case .char(let c): String(c)
        case .ctrl(let c): "Ctrl-" + String(c).uppercased()
        case .alt(let c): "Alt-" + String(c)
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: tr("PgUp", fr)
        case .pageDown: tr("PgDn", fr)
        case .home: tr("Home", fr)
        case .end: tr("End", fr)
        case .insert: tr("Ins", fr)
        case .delete: tr("Del", fr)
        case .backspace: tr("Backspace", fr)
        case .enter: tr("Enter", fr)
        case .escape: tr("Esc", fr)
        case .tab: "Tab"
        case .backTab: tr("Shift-Tab", fr)
        case .function(let n): "F\(n)"
        case .resize: tr("resize", fr)
        case .paste: tr("paste", fr)
        }
    }
}
