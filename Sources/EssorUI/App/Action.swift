import EssorCore
import EssorExchange
import EssorStore

/// Everything that can happen to the interface.
public enum Action: Sendable {
    case key(Key)
    case resize(Size)
    /// Time passed (messages expire, "today" moves).
    case tick(now: Int64)
    /// The store changed: by another process (`external`) or by this one.
    case storeChanged(external: Bool)
    case programmeLoaded(Programme?)
    /// How far a long task has gone, for the status line.
    case progress(Msg)
    /// The programme's form was refused on saving (a logo's file).
    case programmeRefused([ProgrammeDraft.Field: FieldIssue])
    /// A panel's ids in display order (and, for meetings, how many are over).
    case listLoaded(PanelID, [Int64], pastMeetings: Int)
    case rowsLoaded(RowBatch)
    case searchIndexLoaded(PanelID, SearchIndex)
    case cohortNamesLoaded([NamedRef])
    case detailLoaded(PanelID, PanelDetail?)
    case failed(String)
    /// A record read for its form (nil record: a new one), with the choices
    /// the form offers.
    case formLoaded(ChangeEntity, EditableRecord?, FormChoices, focus: FieldKey?)
    /// The structures a cohort can take as members, by name.
    case pickerLoaded([StructureID])
    /// What deleting a record would affect, for the confirmation.
    case impactLoaded(ChangeEntity, Int64, name: String, DeletionImpact)
    case saved(ChangeEntity, Int64, name: String)
    case deleted(name: String)
    case undone(UndoneChange)
    /// A draft kept from an earlier session, to offer back.
    case draftOffered(StoredDraft)
    /// The choices a kept draft's form needs, read.
    case draftReady(StoredDraft, FormChoices)
    /// A write the store refused (conflict, duplicate SIRET, lock…).
    case writeFailed(StoreError)
    /// A theme read by name, with warnings about its file.
    case themeLoaded(String, Theme, warnings: [ConfigProblem])
    /// A theme that could not be used.
    case themeFailed(ConfigProblem)
    /// Remembering a choice in the configuration file failed.
    case configProblem(ConfigProblem)
    // Séances
    /// A meeting about to be saved: its conflicts, and how many later
    /// occurrences of its series an edit could also change.
    case meetingSaveChecked(MeetingRecord, starts: [Int64], conflicts: [MeetingConflict], following: Int)
    case meetingSaved(MeetingID, title: String, start: Int64, count: Int, created: Bool)
    /// The structures of a cohort, invited by default to its new meetings.
    case cohortMembersLoaded(CohortID, [NamedRef])
    /// Partners to pick from, by name.
    case partnerPickerLoaded([PartnerID])
    /// Meetings of the days a calendar view shows.
    case calendarLoaded(from: LocalDate, to: LocalDate, [MeetingRow])
    /// The meeting the agenda should select for a day (nil: none from then on).
    case dayLocated(LocalDate, MeetingID?)
    case attendanceLoaded(AttendanceSheet)
    case attendanceSaved(present: Int, total: Int)
    case exported([String], pdf: PDFRenderer.Problem? = nil, templates: [DocumentTemplates.Problem] = [])
    case exportFailed(String)
    case missionStructuresLoaded(CohortID, [NamedRef])
    /// Others' changes, read from the change log.
    case externalChanges([ChangeRecord])
    case historyLoaded(title: String, [ChangeRecord])
    /// The stored record a conflicting save is compared with (nil: deleted).
    case conflictLoaded(ChangeEntity, EditableRecord?, FormChoices, author: String?)
    case gridLoaded(GridState)
    case gridSaved(name: String)
    case financingSaved(String)
    case assignmentSaved(AssignmentID, partner: PartnerID, name: String)
    case workloadLoaded([MissionLoad])
    case reportLoaded(IndicatorReport)
    /// The report is being made in the background.
    case reportComing
    // Atelier
    case openWorkshop(MeetingID, follow: Bool)
    case workshopLoaded(MeetingID, WorkshopData)
    // Temps
    case time(TimeAction)
}

/// A record with what its form edits.
public enum EditableRecord: Equatable, Sendable {
    case structure(StructureRecord)
    case cohort(CohortRecord)
    /// A stored meeting, or the values a new one starts with.
    case meeting(MeetingRecord?, defaults: MeetingDraft)
    case partner(PartnerRecord)
    /// A stored mission, or the values a new one starts with.
    case assignment(AssignmentRecord?, defaults: AssignmentDraft)
    case programme(Programme?)
}

/// What the reducer asks the runtime to do.
public enum Effect: Equatable, Sendable {
    case quit
    /// Repaint the whole terminal (Ctrl-L).
    case redraw
    case loadDetail(PanelID, Int64)
    case loadList(PanelID)
    case loadRows(PanelID, [Int64])
    case loadSearchIndex(PanelID)
    case loadCohortNames
    /// Opens a form: the record with this id, or a new one.
    case loadForm(ChangeEntity, Int64?, focus: FieldKey?)
    case loadPicker
    case loadImpact(ChangeEntity, Int64)
    case saveStructure(StructureRecord)
    case saveCohort(CohortRecord)
    /// The programme's identity, if it is still `original` in the store.
    case saveProgramme(original: Programme?, Programme)
    /// A record's change log (nil: the whole store's).
    case loadHistory(ChangeEntity?, Int64?)
    case loadConflict(ChangeEntity, Int64)
    case delete(ChangeEntity, Int64)
    /// Undo the session's last change.
    case undo
    case restoreDraft(StoredDraft)
    case discardDraft(Int64)
    /// Reads the theme so named.
    case loadTheme(String)
    /// Shows the interface in this theme (for the terminal).
    case applyTheme(Theme)
    /// Starts with this theme next time.
    case rememberTheme(String)
    // One case per panel that has effects of its own.
    case meetings(MeetingEffect)
    case workshop(WorkshopEffect)
    case partners(PartnerEffect)
    case finances(FinanceEffect)
    case time(TimeEffect)
    /// Computes the report of the scope and period shown.
    case loadReport
    /// Writes the report shown (Markdown, HTML and PDF) to the export folder.
    case loadReportExport
}
