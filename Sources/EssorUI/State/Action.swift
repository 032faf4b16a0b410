import EssorStore

/// Everything that can happen to the interface.
public enum Action: Sendable {
    case key(Key)
    case resize(Size)
    /// Time passed (messages expire, "today" moves).
    case tick(now: Int64)
    /// A fresh read of the store; `external` when another process changed it.
    case snapshotLoaded(StoreSnapshot, external: Bool)
    case detailLoaded(PanelID, PanelDetail?)
    case failed(String)
}

/// What the reducer asks the runtime to do.
public enum Effect: Equatable, Sendable {
    case quit
    /// Repaint the whole terminal (Ctrl-L).
    case redraw
    case loadDetail(PanelID, Int64)
}
