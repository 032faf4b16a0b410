import EssorStore

/// The panels, in tab order; the raw value is the number key that opens it.
public enum PanelID: Int, CaseIterable, Sendable, Hashable {
    case cohorts = 1
    case structures = 2
    case meetings = 3
    case partners = 4
    case finances = 5
    case report = 6
    case time = 7
}

/// Sort orders of the Structures table, cycled with `s`.
public typealias StructureSort = StructureOrder
