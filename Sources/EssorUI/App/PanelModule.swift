import EssorCore
import EssorStore

/// One panel of the interface, as a module: its keys, what its list shows,
/// where its keys are looked up, what its records are, and how its data is
/// read from the store. The shell asks the registry for the current
/// panel's module instead of switching over panels; a new panel is a
/// folder under `Panels/` with a type conforming to this, and one line in
/// `PanelRegistry.modules` (and a case in the few typed enums of the
/// state: `PanelID`, `RowCache`, `RowBatch`, `PanelDetail`).
protocol PanelModule: Sendable {
    static var id: PanelID { get }
    /// Its keys (every context it owns).
    static var bindings: [KeyBinding] { get }
    /// The kind of record `a`, `e`, `d` and `h` work on.
    static var entity: ChangeEntity? { get }
    /// Where its list's keys are looked up (a panel may have several
    /// views), and its detail's.
    static func listLookup(_ state: AppState) -> KeyLookup
    static var detailLookup: KeyLookup { get }

    // The list's table.
    static func columns(_ state: AppState) -> [TableColumn]
    /// The cells of the row at `row` among `ids`, or nil while not read.
    static func cells(_ row: Int, _ ids: [Int64], _ state: AppState, glyphs: Glyphs) -> [String]?
    /// Row and cell styles (today's meetings, flags, the cohort in scope).
    static func style(_ table: inout TableView, _ ids: [Int64], _ state: AppState)
    /// What the title line adds after the count (a sort, filters).
    static func titleExtras(_ state: AppState) -> [Span]
    /// What an empty list says.
    static func emptyText(_ state: AppState) -> String

    // Reading the store (the controller calls these).
    static func listIDs(_ store: Store, _ state: AppState) throws -> (ids: [Int64], past: Int)
    static func rows(_ store: Store, _ ids: [Int64]) throws -> RowBatch
    static func detail(_ store: Store, _ id: Int64, _ state: AppState) throws -> PanelDetail?
    static func searchIndex(_ store: Store) throws -> SearchIndex
}

extension PanelModule {
    static func style(_ table: inout TableView, _ ids: [Int64], _ state: AppState) {}
    static func titleExtras(_ state: AppState) -> [Span] { [] }
}

/// The panels, in the order of their tabs: the one place they are listed.
enum PanelRegistry {
    static let modules: [any PanelModule.Type] = [
        CohortsPanel.self, StructuresPanel.self, MeetingsPanel.self, PartnersPanel.self, FinancesPanel.self,
        ReportPanel.self, TimePanel.self,
    ]

    static func module(_ id: PanelID) -> any PanelModule.Type {
        modules.first { $0.id == id } ?? CohortsPanel.self
    }

    /// Every panel's keys.
    static var bindings: [KeyBinding] { modules.flatMap { $0.bindings } }
}
