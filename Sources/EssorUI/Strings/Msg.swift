import EssorCore
import EssorExchange
import EssorStore

/// Every user-facing string of the interface. `Strings.text(_:_:)` holds
/// both languages side by side; the switch is exhaustive, so a message
/// cannot exist in one language only.
public enum Msg: Equatable, Sendable {
    // Panels and header
    case panel(PanelID)
    case allCohorts
    case scopeLabel(String)
    // Column titles
    case colName, colCohort, colTheme, colPeriod, colStatus, colStructuresShort, colMeetingsShort
    case colLegalForm, colTown, colDepartement, colCohorts, colDate, colTime, colDuration, colKind
    case colTitle, colPlace, colExpertise, colDaysPlanned, colMissions
    // Domain labels
    case cohortStatus(CohortStatus)
    case legalForm(LegalForm)
    case meetingKind(MeetingKind)
    case meetingKindShort(MeetingKind)
    case projectStage(ProjectStage)
    case assignmentStatus(AssignmentStatus)
    case attendanceStatus(AttendanceStatus)
    // Counts and list titles
    case structuresCount(Int)
    case cohortsCount(Int)
    case meetingsCount(Int)
    case partnersCount(Int)
    case upcomingCount(Int)
    case filtered(shown: Int, total: Int)
    case filterLabel(String)
    case sortLabel(StructureSort)
    // Empty lists
    case emptyStore
    case noMatch(String)
    case noMembers
    case noMeetings
    case noPartners
    case noPartnersInCohort
    // Detail labels
    case fieldLegalForm, fieldSiret, fieldAddress, fieldDepartement, fieldSector, fieldHeadcount
    case fieldWebsite, fieldCohorts, fieldContacts, fieldProblem, fieldNotes, fieldPartners
    case fieldMeetings, fieldNextMeeting, fieldProject, fieldStage
    case fieldMembers(Int)
    case fieldTheme
    case fieldPeriod, fieldStatus, fieldAgenda
    case fieldInvited(Int)
    case fieldAttendance, fieldVideoLink
    case fieldFacilitators, fieldMissions, fieldUpcomingMeetings, fieldCohort, fieldKind, fieldWhen
    case fieldPlace, fieldExpertise, fieldSummary, fieldProgramme
    case headcountValue(String)
    case meetingsAttendance(invited: Int, present: Int)
    case meetingsTally(past: Int, upcoming: Int)
    case pastMeetingsCount(Int)
    case daysValue(String)
    case minutesValue(Int)
    case none
    case invalidSiret
    case forStructure(String)
    case whole
    // Status line and messages
    case scopeSet(String)
    case scopeCleared
    case unknownCommand(String)
    case cohortExpected
    case cohortNotFound(String)
    case cohortAmbiguous([String])
    case storeUpdated
    case pasteRefused
    case storeError(String)
    case filterPrompt
    case commandPrompt
    case helpTitle
    case helpFooter
    case helpCommandsSection
    /// Above the keys of the other screens, in the help.
    case helpElsewhere
    case tooSmall
    case tooSmallDetail(width: Int, height: Int, minWidth: Int, minHeight: Int)
    // Themes and configuration
    case config(ConfigProblem)
    case themeChosen(String)
    case themeNotFound(String, available: [String])
    case themesAvailable(current: String, [String])
    // Command line (stderr)
    case cli(CLIMsg)
    // Forms, dialogs, editing
    case form(FormMsg)
    // Séances
    case meeting(MeetingMsg)
    // Partenaires
    case partner(PartnerMsg)
    // Shared store
    case store(StoreMsg)
    case financeUI(FinanceUIMsg)
    case reportUI(ReportMsg)
    case timeUI(TimeMsg)
    // Key help
    case context(KeyContext)
    case command(Command)
    /// A binding's own words for what its key does (help, then hint).
    case keyHelp(KeyHelp)
    case keyHint(KeyHelp)
    case commandHint(Command)
    case lineCommand(LineCommand)
    case keyName(Key)
}

/// Messages of the command line: errors and notices on stderr.
public enum CLIMsg: Equatable, Sendable {
    case storeProblem(StoreError)
    /// The demonstration's store, for a look-up that found no store.
    case demoStoreHint(String)
    case notATerminal
    case unsupportedTerminal(String)
    case unknownLanguage(String)
    case notADemo(String)
    case badSize(String)
    case badPanel(String)
    case demoReset(String)
    case notEmpty(String)
    case generated(path: String, structures: Int, meetings: Int)
    case icsProblem(file: String, ICalendarProblem)
    case imported(created: Int, updated: Int, cohort: String)
    case nothingImported(String)
    case written(String)
    /// A user's document template that could not be used.
    case templateProblem(DocumentTemplates.Problem)
    /// The PDF asked for was not made (the HTML was written).
    case noPDF(PDFRenderer.Problem)
    case auditPackWritten(meetings: Int, files: Int)
    case auditPackExists(String)
    case auditPackEmpty
    case auditPackZip(String)
    case cannotRead(path: String, reason: String)
    case icsForeignUID(file: String, line: Int, title: String, cohort: String)
    case icsForeignHint
    case badDate(String)
    case lookupKind(LookupKind)
    case badKind(String)
    case notFound(LookupKind, String)
    case ambiguous(LookupKind, String)
    case nothingFound(String)
    case noMeetingsSoon(days: Int)
    case emptyList
    case columnKind, columnName, columnDetail, columnNumber
    // essor themes
    case themesHeading(current: String)
    case themeOrigin(ThemeOrigin)
    case roleSample(Role)
    case themeUnusable
    // essor add, edit, delete, check, backup, export/import json
    case script(ScriptMsg)
    case finance(FinanceMsg)
}

/// Where a theme comes from, as `essor themes` says it.
public enum ThemeOrigin: Equatable, Sendable {
    case builtIn
    case bundled
    case user
}
