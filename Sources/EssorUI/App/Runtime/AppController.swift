import EssorCore
import EssorExchange
import EssorStore
import Foundation

/// Runs the interface over a store, independent of any terminal: keys go
/// in, the reducer changes the state, effects are carried out against the
/// store, and `render` draws the current state. The ncurses backend and
/// the tests drive the same controller.
public final class AppController {
    public private(set) var state: AppState
    public let store: Store
    /// Who this session's writes are logged as.
    public let author: ChangeAuthor
    private var dataVersion: Int
    /// Counts the store changes seen, to drop indexes read before one.
    private(set) var generation = 0
    private let prefetcher = Prefetcher()
    let reportLoader = ReportLoader()
    /// Up to this many structures in scope, the report is made at once
    /// with its lists; beyond, in the background (its figures first).
    public var reportListsInline = 5_000
    /// The generation whose indexes are being (or were) built.
    private var prefetched = -1
    /// Finds themes by name and remembers the chosen one; none in tests
    /// that do not switch themes.
    private let themes: ThemeProvider?
    /// The newest change of the log this session has seen.
    var lastSeenChange: ChangeID = 0
    /// The store files as last read (see `Store.fileFingerprint`).
    private var fingerprint: [Int] = []
    /// Where exports from the interface are written (the working folder).
    public var exportFolder = FileManager.default.currentDirectoryPath
    /// The document templates: the built-in ones, or the user's
    /// (`$XDG_CONFIG_HOME/essor/templates/`), chosen by the launcher.
    public var documentTemplates = DocumentTemplates.standard
    /// Draws the screen at once, during a long task (set by the terminal).
    public var repaintNow: (() -> Void)?

    public init(
        store: Store, lang: Lang, size: Size, now: Int64, clock: WallClock = .paris, home: String? = nil,
        author: ChangeAuthor = ChangeAuthor(name: ChangeAuthor.login(), session: UUID().uuidString),
        panel: PanelID = .cohorts, preferences: Preferences = Preferences(), themes: ThemeProvider? = nil
    ) throws {
        self.store = store
        self.author = author
        self.themes = themes
        state = AppState(lang: lang, size: size, now: now, clock: clock, storePath: store.path, home: home)
        state.panel = panel
        state.theme = preferences.theme
        state.keymap = preferences.keymap
        state.dateStyle = preferences.dates
        state.themeNames = themes?.names ?? []
        dataVersion = try store.dataVersion()
        fingerprint = store.fileFingerprint()
        lastSeenChange = try store.latestChangeID()
        state.readOnly = store.readOnly
        dispatch(.programmeLoaded(try store.programme()))
        dispatch(.storeChanged(external: false))
        if let problem = preferences.problems.first {
            dispatch(.configProblem(problem))
        }
    }

    /// Applies an action and carries out its effects. Returns the effects
    /// the terminal must handle itself (quit, redraw).
    @discardableResult
    public func dispatch(_ action: Action) -> [Effect] {
        var pending = state.reduce(action)
        var forTerminal: [Effect] = []
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            switch effect {
            case .quit, .redraw, .applyTheme:
                forTerminal.append(effect)
            default:
                if let result = perform(effect) { pending += state.reduce(result) }
            }
        }
        return forTerminal
    }

    /// Handles one key; returns the effects for the terminal (quit, redraw).
    @discardableResult
    public func press(_ key: Key) -> [Effect] { dispatch(.key(key)) }

    /// Handles keys in order (tests and scripted input).
    @discardableResult
    public func press(_ keys: [Key]) -> [Effect] {
        keys.flatMap { dispatch(.key($0)) }
    }

    public func resize(_ size: Size) { dispatch(.resize(size)) }

    /// Advances time and picks up changes committed by other processes.
    /// Returns true when something on screen may have changed.
    @discardableResult
    public func tick(now: Int64) -> Bool {
        let message = state.message
        let minute = state.now / 60
        dispatch(.tick(now: now))
        // A running workshop clock changes every second.
        let clockRuns = state.workshop?.timer.isRunning == true
        var changed = state.message != message || now / 60 != minute || clockRuns
        do {
            let version = try store.dataVersion()
            if version != dataVersion, case let files = store.fileFingerprint(), files != fingerprint {
                dataVersion = version
                fingerprint = files
                generation += 1
                dispatch(.programmeLoaded(try store.programme()))
                dispatch(.storeChanged(external: true))
                let changes = try store.changes(after: lastSeenChange, notBy: author.session)
                lastSeenChange = max(lastSeenChange, changes.last?.id ?? lastSeenChange)
                if !changes.isEmpty { dispatch(.externalChanges(changes)) }
                changed = true
            }
        } catch {
            dispatch(.failed(String(describing: error)))
            changed = true
        }
        return changed
    }

    /// Starts building the large lists' filter indexes in the background,
    /// once per state of the store (the terminal calls this after the first
    /// frame and after every change, its own included).
    public func prefetchSearchIndexes() {
        guard prefetched != generation else { return }
        let missing = [PanelID.structures, .meetings].filter { state.searchIndexes[$0] == nil }
        guard !missing.isEmpty else { return }
        prefetched = generation
        prefetcher.start(path: store.path, generation: generation, panels: missing)
    }

    /// Hands over the indexes built in the background; true when one arrived.
    @discardableResult
    public func collectPrefetched() -> Bool {
        var arrived = false
        for (built, panel, index) in prefetcher.take()
        where built == generation && state.searchIndexes[panel] == nil {
            dispatch(.searchIndexLoaded(panel, index))
            arrived = true
        }
        if collectReport() { arrived = true }
        return arrived
    }

    public func render(glyphs: Glyphs = .unicode) -> Canvas {
        AppView.render(state, glyphs: glyphs)
    }

    /// Carries out a store effect and says what came of it.
    private func perform(_ effect: Effect) -> Action? {
        do {
            switch effect {
            case .quit, .redraw, .applyTheme:
                return nil
            case .meetings(let effect):
                return try performMeeting(effect)
            case .workshop(let effect):
                return try performWorkshop(effect)
            case .partners(let effect):
                return try performPartner(effect)
            case .finances(let effect):
                return try performFinance(effect)
            case .time(let effect):
                return try performTime(effect)
            case .loadReport:
                return try loadReport()
            case .loadReportExport:
                return exportReport()
            case .loadHistory(let entity, let id):
                guard let entity, let id else {
                    return .historyLoaded(title: state.text(.store(.storeHistoryTitle)), try store.history())
                }
                return .historyLoaded(
                    title: state.text(.store(.historyTitle(try name(entity, id)))),
                    try store.history(of: entity, id: id))
            case .loadConflict(let entity, let id):
                let author = try store.history(of: entity, id: id, limit: 1).first?.author
                switch try loadForm(entity, id, focus: nil) {
                case .formLoaded(_, let record, let choices, _):
                    return .conflictLoaded(entity, record, choices, author: author)
                default:
                    return .conflictLoaded(entity, nil, FormChoices(), author: author)
                }
            case .loadTheme(let name):
                guard let themes else { return nil }
                switch themes.load(name) {
                case .success(let (theme, warnings)): return .themeLoaded(name, theme, warnings: warnings)
                case .failure(let problem): return .themeFailed(problem)
                }
            case .rememberTheme(let name):
                return themes?.remember(name).map(Action.configProblem)
            case .loadDetail(let panel, let id):
                return .detailLoaded(panel, try loadDetail(panel, id))
            case .loadList(let panel):
                return try loadList(panel)
            case .loadRows(let panel, let ids):
                return .rowsLoaded(try loadRows(panel, ids))
            case .loadSearchIndex(let panel):
                return .searchIndexLoaded(panel, try searchIndex(panel))
            case .loadCohortNames:
                return .cohortNamesLoaded(try store.cohortNames())
            case .loadForm(let entity, let id, let focus):
                return try loadForm(entity, id, focus: focus)
            case .loadPicker:
                return .pickerLoaded(try store.structureIDs(order: .name, cohort: nil))
            case .loadImpact(let entity, let id):
                let impact = try store.deletionImpact(entity, id: id)
                return .impactLoaded(entity, id, name: try name(entity, id), impact)
            case .saveStructure(let record):
                let (id, _) = try store.save(record, by: author, at: state.now)
                changedHere()
                return .saved(.structure, id, name: record.structure.name)
            case .saveCohort(let record):
                let (id, _) = try store.save(record, by: author, at: state.now)
                changedHere()
                return .saved(.cohort, id, name: record.cohort.name)
            case .saveProgramme(let original, let programme):
                return try saveProgramme(programme, over: original)
            case .delete(let entity, let id):
                let name = try name(entity, id)
                try store.delete(entity, id: id, by: author, at: state.now)
                changedHere()
                return .deleted(name: name)
            case .restoreDraft(let draft):
                var memberIDs: [StructureID] = []
                var partnerIDs: [PartnerID] = []
                switch draft.entity {
                case .cohort:
                    memberIDs = (try? DraftPayload<CohortDraft>.decode(draft.payload).values.memberIDs) ?? []
                case .meeting:
                    let values = try? DraftPayload<MeetingDraft>.decode(draft.payload).values
                    memberIDs = values?.invitedIDs ?? []
                    partnerIDs = values?.partnerIDs ?? []
                case .structure, .partner, .assignment, .workshopItem, .settings, .staff, .staffTime:
                    break
                }
                if draft.entity == .assignment {
                    let cohort =
                        (try? DraftPayload<AssignmentDraft>.decode(draft.payload).values.cohortID) ?? 0
                    return .draftReady(draft, try assignmentChoices(cohort: cohort))
                }
                return .draftReady(
                    draft, try formChoices(draft.entity, memberIDs: memberIDs, partnerIDs: partnerIDs))
            case .discardDraft(let id):
                try store.deleteDraft(id: id)
                return nil
            case .undo:
                guard let change = try store.lastUndoableChange(author: author.name) else {
                    return .writeFailed(.cannotUndo(.nothing))
                }
                let undone = try store.undo(change, by: author, at: state.now)
                changedHere()
                // The header names the programme: it shows the one given back.
                if undone.entity == .settings { dispatch(.programmeLoaded(try store.programme())) }
                return .undone(undone)
            }
        } catch let error as StoreError {
            return .writeFailed(error)
        } catch {
            return .failed(String(describing: error))
        }
    }

    /// After this session's own write: every view reads the store again.
    func changedHere() {
        dataVersion = (try? store.dataVersion()) ?? dataVersion
        lastSeenChange = (try? store.latestChangeID()) ?? lastSeenChange
        generation += 1
        dispatch(.storeChanged(external: false))
    }

    private func loadList(_ panel: PanelID) throws -> Action {
        let (ids, past) = try PanelRegistry.module(panel).listIDs(store, state)
        return .listLoaded(panel, ids, pastMeetings: past)
    }

    private func loadRows(_ panel: PanelID, _ ids: [Int64]) throws -> RowBatch {
        try PanelRegistry.module(panel).rows(store, ids)
    }

    private func searchIndex(_ panel: PanelID) throws -> SearchIndex {
        try PanelRegistry.module(panel).searchIndex(store)
    }

    /// Saves the programme's identity: its logos must be readable images,
    /// and nobody must have changed it since the form was opened (else
    /// the merge of the two versions opens).
    private func saveProgramme(_ programme: Programme, over original: Programme?) throws -> Action {
        let issues = ProgrammeDraft(programme).issues(readLogo: { ExportFiles.readRegular($0) })
        if !issues.isEmpty { return .programmeRefused(issues) }
        if try store.programme() != original {
            return .writeFailed(.conflict(entity: .settings, id: ChangeEntity.settingsID))
        }
        try store.saveProgramme(programme, by: author, at: state.now)
        changedHere()
        dispatch(.programmeLoaded(try store.programme()))
        return .saved(.settings, ChangeEntity.settingsID, name: programme.name)
    }

    private func loadForm(_ entity: ChangeEntity, _ id: Int64?, focus: FieldKey?) throws -> Action {
        switch entity {
        case .structure:
            let record = try id.flatMap { try store.structureRecord(id: $0) }
            if id != nil && record == nil { return .writeFailed(.conflict(entity: entity, id: id!)) }
            return .formLoaded(
                entity, record.map(EditableRecord.structure), try formChoices(.structure, memberIDs: []),
                focus: focus)
        case .cohort:
            let record = try id.flatMap { try store.cohortRecord(id: $0) }
            if id != nil && record == nil { return .writeFailed(.conflict(entity: entity, id: id!)) }
            let members = record?.memberIDs ?? []
            let names = Dictionary(
                uniqueKeysWithValues: try store.structureRows(members).map { ($0.id, $0.name) })
            let choices = FormChoices(themes: try store.cohortThemes(), structureNames: names)
            return .formLoaded(entity, record.map(EditableRecord.cohort), choices, focus: focus)
        case .meeting:
            let record = try id.flatMap { try store.meetingRecord(id: $0) }
            if id != nil && record == nil { return .writeFailed(.conflict(entity: entity, id: id!)) }
            let defaults = record == nil ? try newMeetingDefaults() : MeetingDraft()
            let choices = try meetingChoices(
                invited: record?.invitedIDs ?? defaults.invitedIDs, partners: record?.partnerIDs ?? [])
            return .formLoaded(entity, .meeting(record, defaults: defaults), choices, focus: focus)
        case .partner:
            let record = try id.flatMap { try store.partnerRecord(id: $0) }
            if id != nil && record == nil { return .writeFailed(.conflict(entity: entity, id: id!)) }
            return .formLoaded(entity, record.map(EditableRecord.partner), FormChoices(), focus: focus)
        case .assignment:
            let record = try id.flatMap { try store.assignmentRecord(id: $0) }
            if id != nil && record == nil { return .writeFailed(.conflict(entity: entity, id: id!)) }
            let choices = try assignmentChoices(cohort: record?.assignment.cohortID ?? 0)
            return .formLoaded(
                entity, .assignment(record, defaults: AssignmentDraft()), choices, focus: focus)
        case .settings:
            return .formLoaded(entity, .programme(try store.programme()), FormChoices(), focus: focus)
        case .workshopItem, .staff, .staffTime:
            // Edited where they are shown (the workshop, `essor temps`),
            // not in a form.
            return .writeFailed(.conflict(entity: entity, id: id ?? 0))
        }
    }

    /// What a form offers to choose from: cohorts for a structure; themes
    /// and the members' names for a cohort.
    private func formChoices(_ entity: ChangeEntity, memberIDs: [StructureID], partnerIDs: [PartnerID] = [])
        throws -> FormChoices
    {
        switch entity {
        case .structure:
            return FormChoices(cohorts: try store.cohortNames())
        case .cohort:
            let names = Dictionary(
                uniqueKeysWithValues: try store.structureRows(memberIDs).map { ($0.id, $0.name) })
            return FormChoices(themes: try store.cohortThemes(), structureNames: names)
        case .meeting:
            return try meetingChoices(invited: memberIDs, partners: partnerIDs)
        case .partner:
            return FormChoices()
        case .assignment:
            return try assignmentChoices(cohort: 0)
        case .workshopItem, .settings, .staff, .staffTime:
            return FormChoices()
        }
    }

    /// Keeps the open form as a draft in the store (the terminal is going
    /// away). True when there was one to keep.
    @discardableResult
    public func keepDraft(now: Int64) -> Bool {
        guard let draft = state.draftToKeep(author: author.name, now: now) else { return false }
        return (try? store.saveDraft(draft)) != nil
    }

    /// Offers the newest draft this user left, if any.
    public func offerDrafts() {
        guard !store.isReadOnly, let draft = try? store.drafts(author: author.name).first else { return }
        dispatch(.draftOffered(draft))
    }

    private func name(_ entity: ChangeEntity, _ id: Int64) throws -> String {
        switch entity {
        case .structure: try store.structureRows([id]).first?.name ?? "#\(id)"
        case .cohort: try store.cohortRows([id]).first?.cohort.name ?? "#\(id)"
        case .meeting: try store.meetingRecord(id: id)?.meeting.title ?? "#\(id)"
        case .partner: try store.partnerRecord(id: id)?.partner.name ?? "#\(id)"
        case .assignment:
            try store.assignmentRecord(id: id).map { String($0.assignment.mission.prefix(50)) } ?? "#\(id)"
        case .staff: try store.staffRecord(id: id)?.member.name ?? "#\(id)"
        case .workshopItem, .settings, .staffTime: "#\(id)"
        }
    }

    private func loadDetail(_ panel: PanelID, _ id: Int64) throws -> PanelDetail? {
        try PanelRegistry.module(panel).detail(store, id, state)
    }
}
