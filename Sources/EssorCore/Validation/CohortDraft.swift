/// A cohort as typed in a form.
public struct CohortDraft: Equatable, Sendable, Codable {
    public enum Field: String, CaseIterable, Sendable, Codable {
        case name, theme, start, end, summary, projectTitle, projectSummary, projectStage, members
    }

    public var name = ""
    public var theme = ""
    public var start = ""
    public var end = ""
    public var summary = ""
    public var projectTitle = ""
    public var projectSummary = ""
    public var projectStage: ProjectStage = .idea
    public var memberIDs: [StructureID] = []

    public init() {}

    public init(_ cohort: Cohort, memberIDs: [StructureID]) {
        name = cohort.name
        theme = cohort.theme
        start = cohort.startDate.dayMonthYear
        end = cohort.endDate.dayMonthYear
        summary = cohort.summary
        projectTitle = cohort.project.title
        projectSummary = cohort.project.summary
        projectStage = cohort.project.stage
        self.memberIDs = memberIDs
    }

    public func issues() -> [Field: FieldIssue] {
        var issues: [Field: FieldIssue] = [:]
        if name.trimmingSpaces.isEmpty { issues[.name] = .required }
        if theme.trimmingSpaces.isEmpty { issues[.theme] = .required }
        let startDate = Validators.date(start)
        let endDate = Validators.date(end)
        if start.trimmingSpaces.isEmpty {
            issues[.start] = .required
        } else if startDate == nil {
            issues[.start] = .date
        }
        if end.trimmingSpaces.isEmpty {
            issues[.end] = .required
        } else if endDate == nil {
            issues[.end] = .date
        } else if let startDate, let endDate, endDate < startDate {
            issues[.end] = .endBeforeStart
        }
        Validators.lengths(
            [
                (.name, name, TextLimit.name), (.theme, theme, TextLimit.name),
                (.summary, summary, TextLimit.long),
                (.projectTitle, projectTitle, TextLimit.name),
                (.projectSummary, projectSummary, TextLimit.long),
            ], into: &issues)
        return issues
    }

    public var isValid: Bool { issues().values.allSatisfy(\.isWarning) }

    public func cohort(id: CohortID) -> Cohort? {
        guard isValid, let startDate = Validators.date(start), let endDate = Validators.date(end) else {
            return nil
        }
        return Cohort(
            id: id, name: name.trimmingSpaces, theme: theme.trimmingSpaces, startDate: startDate,
            endDate: endDate, summary: summary.trimmingSpaces,
            project: CollectiveProject(
                title: projectTitle.trimmingSpaces, summary: projectSummary.trimmingSpaces,
                stage: projectStage))
    }
}
