import EssorStore

/// The panels' columns and cells, for the lists of the command line.
public enum ListColumns {
    public static func columns(_ panel: PanelID, _ state: AppState) -> [TableColumn] {
        PanelRegistry.module(panel).columns(state)
    }

    public static func cohortCells(_ row: CohortRow, _ state: AppState) -> [String] {
        CohortsPanel.cells(row, state, scopeMarker: "")
    }

    public static func structureCells(_ row: StructureRow, _ state: AppState) -> [String] {
        StructuresPanel.cells(row, state)
    }

    public static func partnerCells(_ row: PartnerRow, _ state: AppState) -> [String] {
        PartnersPanel.cells(row, state)
    }

    public static func meetingCells(_ row: MeetingRow, _ state: AppState) -> [String] {
        MeetingsPanel.cells(row, state)
    }
}
