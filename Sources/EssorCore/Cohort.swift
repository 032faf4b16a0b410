public typealias CohortID = Int64

/// A thematic group of structures co-constructing one collective project.
public struct Cohort: Equatable, Sendable, Identifiable {
    public var id: CohortID
    public var name: String
    public var theme: String
    public var startDate: LocalDate
    public var endDate: LocalDate
    public var summary: String
    public var project: CollectiveProject

    public init(
        id: CohortID, name: String, theme: String, startDate: LocalDate, endDate: LocalDate,
        summary: String, project: CollectiveProject
    ) {
        self.id = id
        self.name = name
        self.theme = theme
        self.startDate = startDate
        self.endDate = endDate
        self.summary = summary
        self.project = project
    }

    public func status(on today: LocalDate) -> CohortStatus {
        CohortStatus(start: startDate, end: endDate, today: today)
    }
}

/// The project a cohort builds together.
public struct CollectiveProject: Equatable, Sendable {
    public var title: String
    public var summary: String
    public var stage: ProjectStage

    public init(title: String, summary: String, stage: ProjectStage) {
        self.title = title
        self.summary = summary
        self.stage = stage
    }
}

/// Where a cohort stands on a given day: not started, running, or over.
public enum CohortStatus: String, Sendable, CaseIterable {
    case upcoming
    case running
    case finished

    public init(start: LocalDate, end: LocalDate, today: LocalDate) {
        if today < start {
            self = .upcoming
        } else if today > end {
            self = .finished
        } else {
            self = .running
        }
    }
}
