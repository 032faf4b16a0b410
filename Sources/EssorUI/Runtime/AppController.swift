import EssorCore
import EssorStore

/// Runs the interface over a store, independent of any terminal: keys go
/// in, the reducer changes the state, effects are carried out against the
/// store, and `render` draws the current state. The ncurses backend and
/// the tests drive the same controller.
public final class AppController {
    public private(set) var state: AppState
    public let store: Store
    private var dataVersion: Int

    public init(
        store: Store, lang: Lang, size: Size, now: Int64, clock: WallClock = .paris, home: String? = nil
    )
        throws
    {
        self.store = store
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
