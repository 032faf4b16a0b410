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
    /// A record read for its form.
    case recordLoaded(EditableRecord?, focus: FieldKey?)
    /// What deleting a record would affect, for the confirmation.
    case impactLoaded(ChangeEntity, Int64, name: String, DeletionImpact)
    case saved(ChangeEntity, Int64, name: String)
    case deleted(name: String)
    case undone(UndoneChange)
    /// A write the store refused (conflict, duplicate SIRET, lock…).
    case writeFailed(StoreError)
}

/// A record with what its form edits.
public enum EditableRecord: Equatable, Sendable {
    case structure(StructureRecord)
    case cohort(CohortRecord)
}

/// What the reducer asks the runtime to do.
public enum Effect: Equatable, Sendable {
    case quit
    /// Repaint the whole terminal (Ctrl-L).
    case redraw
    case loadDetail(PanelID, Int64)
    case loadRecord(ChangeEntity, Int64, focus: FieldKey?)
    case loadImpact(ChangeEntity, Int64)
    case saveStructure(StructureRecord)
    case saveCohort(CohortRecord)
    case delete(ChangeEntity, Int64)
    /// Undo the session's last change.
    case undo
}
