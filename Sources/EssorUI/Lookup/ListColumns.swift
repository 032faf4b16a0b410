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

/// What `essor list --json` prints.
public enum ListJSON {
    public struct Structure: Encodable {
        public let id: Int64
        public let name, legalForm, town, departement: String
        public let cohorts: [String]

        public init(
            id: Int64, name: String, legalForm: String, town: String, departement: String, cohorts: [String]
        ) {
            self.id = id
            self.name = name
            self.legalForm = legalForm
            self.town = town
            self.departement = departement
            self.cohorts = cohorts
        }
    }

    public struct Cohort: Encodable {
        public let id: Int64
        public let name, theme, start, end, status: String
        public let structures, meetings: Int

        public init(
            id: Int64, name: String, theme: String, start: String, end: String, status: String,
            structures: Int,
            meetings: Int
        ) {
            self.id = id
            self.name = name
            self.theme = theme
            self.start = start
            self.end = end
            self.status = status
            self.structures = structures
            self.meetings = meetings
        }
    }

    public struct Partner: Encodable {
        public let id: Int64
        public let name, expertise: String
        public let assignments: Int
        public let daysPlanned: Double
        public let cohorts: [String]

        public init(
            id: Int64, name: String, expertise: String, assignments: Int, daysPlanned: Double,
            cohorts: [String]
        ) {
            self.id = id
            self.name = name
            self.expertise = expertise
            self.assignments = assignments
            self.daysPlanned = daysPlanned
            self.cohorts = cohorts
        }
    }

    public struct Meeting: Encodable {
        public let id: Int64
        public let cohort, kind, title, start: String
        public let durationMinutes: Int
        public let place: String

        public init(
            id: Int64, cohort: String, kind: String, title: String, start: String, durationMinutes: Int,
            place: String
        ) {
            self.id = id
            self.cohort = cohort
            self.kind = kind
            self.title = title
            self.start = start
            self.durationMinutes = durationMinutes
            self.place = place
        }
    }
}
