import EssorCore
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

    public init(
        store: Store, lang: Lang, size: Size, now: Int64, clock: WallClock = .paris, home: String? = nil,
        author: ChangeAuthor = ChangeAuthor(name: ChangeAuthor.login(), session: UUID().uuidString)
    ) throws {
        self.store = store
        self.author = author
        state = AppState(lang: lang, size: size, now: now, clock: clock, storePath: store.path, home: home)
        dataVersion = try store.dataVersion()
        _ = dispatch(.snapshotLoaded(try store.snapshot(), external: false))
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
            case .quit, .redraw:
                forTerminal.append(effect)
            case .loadDetail(let panel, let id):
                pending += state.reduce(.detailLoaded(panel, loadDetail(panel, id)))
            default:
                pending += state.reduce(write(effect))
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
        var changed = state.message != message || now / 60 != minute
        do {
            let version = try store.dataVersion()
            if version != dataVersion {
                dataVersion = version
                dispatch(.snapshotLoaded(try store.snapshot(), external: true))
                changed = true
            }
        } catch {
            dispatch(.failed(String(describing: error)))
            changed = true
        }
        return changed
    }

    public func render(glyphs: Glyphs = .unicode) -> Canvas {
        AppView.render(state, glyphs: glyphs)
    }

    /// Carries out a store effect and says how it went.
    private func write(_ effect: Effect) -> Action {
        do {
            switch effect {
            case .loadRecord(.structure, let id, let focus):
                return .recordLoaded(
                    try store.structureRecord(id: id).map(EditableRecord.structure), focus: focus)
            case .loadRecord(.cohort, let id, let focus):
                return .recordLoaded(try store.cohortRecord(id: id).map(EditableRecord.cohort), focus: focus)
            case .loadImpact(let entity, let id):
                let impact =
                    entity == .structure
                    ? try store.structureDeletionImpact(id: id) : try store.cohortDeletionImpact(id: id)
                return .impactLoaded(entity, id, name: name(entity, id), impact)
            case .saveStructure(let record):
                let (id, _) = try store.save(record, by: author, at: state.now)
                try reload()
                return .saved(.structure, id, name: record.structure.name)
            case .saveCohort(let record):
                let (id, _) = try store.save(record, by: author, at: state.now)
                try reload()
                return .saved(.cohort, id, name: record.cohort.name)
            case .delete(let entity, let id):
                let name = name(entity, id)
                try store.delete(entity, id: id, by: author, at: state.now)
                try reload()
                return .deleted(name: name)
            case .undo:
                guard let change = try store.lastUndoableChange(session: author.session) else {
                    return .writeFailed(.cannotUndo(.nothing))
                }
                let undone = try store.undo(change, by: author, at: state.now)
                try reload()
                return .undone(undone)
            default:
                return .failed("unexpected effect \(effect)")
            }
        } catch let error as StoreError {
            return .writeFailed(error)
        } catch {
            return .failed(String(describing: error))
        }
    }

    /// Reads the store again after this session's own write (other
    /// processes' writes are noticed by `tick`).
    private func reload() throws {
        dataVersion = try store.dataVersion()
        dispatch(.snapshotLoaded(try store.snapshot(), external: false))
    }

    private func name(_ entity: ChangeEntity, _ id: Int64) -> String {
        switch entity {
        case .structure: state.data.structures.first { $0.id == id }?.name ?? "#\(id)"
        case .cohort: state.cohortName(id)
        }
    }

    private func loadDetail(_ panel: PanelID, _ id: Int64) -> PanelDetail? {
        do {
            switch panel {
            case .cohorts: return try store.cohortDetail(id: id, now: state.now).map(PanelDetail.cohort)
            case .structures:
                return try store.structureDetail(id: id, now: state.now).map(PanelDetail.structure)
            case .meetings: return try store.meetingDetail(id: id).map(PanelDetail.meeting)
            case .partners: return try store.partnerDetail(id: id, now: state.now).map(PanelDetail.partner)
            }
        } catch {
            dispatch(.failed(String(describing: error)))
            return nil
        }
    }
}
