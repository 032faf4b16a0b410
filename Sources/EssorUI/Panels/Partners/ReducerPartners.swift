import EssorCore
import EssorStore

/// Partners and their missions: forms, the matrix view.
extension AppState {
    /// `v` in Partenaires: the matrix of partners × cohorts, or the list.
    mutating func toggleMatrix() -> [Effect] {
        partnersMatrix.toggle()
        partners.focus = .list
        matrixCursor = ListCursor()
        return ensureCurrent()
    }

    /// The partners the matrix lists, and the cohorts it shows, with a
    /// cell for each pair that has missions.
    var matrix: PartnerMatrix { PartnerMatrix(workload ?? []) }

    mutating func matrixCommand(_ command: Command) -> Bool {
        let rows = matrix.partners.count
        let page = max(1, layout.body.height - 4)
        switch command {
        case .moveUp: matrixCursor.move(by: -1, count: rows, pageSize: page)
        case .moveDown: matrixCursor.move(by: 1, count: rows, pageSize: page)
        case .pageUp: matrixCursor.move(by: -page, count: rows, pageSize: page)
        case .pageDown: matrixCursor.move(by: page, count: rows, pageSize: page)
        case .top: matrixCursor.move(to: 0, count: rows, pageSize: page)
        case .bottom: matrixCursor.move(to: rows - 1, count: rows, pageSize: page)
        default: return false
        }
        details[.partners] = nil
        return true
    }

    mutating func missionStructuresLoaded(_ cohort: CohortID, _ structures: [NamedRef]) {
        guard var open = form, case .assignment = open.purpose,
            open.text(.assignment(.cohort)) == String(cohort),
            let index = open.fields.firstIndex(where: { $0.key == .assignment(.structure) }),
            case .choice(let old) = open.fields[index].value
        else { return }
        let options =
            [ChoiceOption(value: "0", label: text(.wholeCohort))]
            + structures.map { ChoiceOption(value: String($0.id), label: $0.name) }
        open.fields[index].value = .choice(Choice(options: options, value: old.value))
        form = open
    }

    mutating func assignmentSaved(_ id: AssignmentID, partner: PartnerID, name: String) -> [Effect] {
        form = nil
        subform = nil
        show(.partner(.missionSaved(name)))
        select(.partners, id: partner)
        return ensureCurrent()
    }

    /// The mission a detail line stands for, when the cursor is on one.
    var selectedMissionLine: AssignmentID? {
        guard current.focus == .detail else { return nil }
        let rows = detailRows(panel, width: panelLayout(panel).detailTextWidth)
        guard current.detailCursor < rows.count,
            case .assignmentRecord(let id)? = rows[current.detailCursor].key
        else { return nil }
        return id
    }
}

/// Partners × cohorts: days used and planned for each pair.
public struct PartnerMatrix: Equatable, Sendable {
    public struct Cell: Equatable, Sendable {
        public var planned: Double = 0
        public var used: Double = 0
        public var scheduled: Double = 0
        public var overAllocated = false
        public var idle = false
    }

    public var partners: [NamedRef] = []
    public var cohorts: [NamedRef] = []
    public var cells: [PartnerID: [CohortID: Cell]] = [:]

    public init(_ loads: [MissionLoad]) {
        var seenPartners = Set<PartnerID>()
        var seenCohorts = Set<CohortID>()
        for load in loads {
            let a = load.assignment
            if seenPartners.insert(a.partnerID).inserted {
                partners.append(NamedRef(id: a.partnerID, name: load.partnerName))
            }
            if seenCohorts.insert(a.cohortID).inserted {
                cohorts.append(NamedRef(id: a.cohortID, name: load.cohortName))
            }
            var cell = cells[a.partnerID]?[a.cohortID] ?? Cell()
            cell.planned += load.usage.planned
            cell.used += load.usage.used
            cell.scheduled += load.usage.scheduled
            cell.overAllocated = cell.overAllocated || load.usage.isOverAllocated
            cell.idle = cell.idle || load.idle
            cells[a.partnerID, default: [:]][a.cohortID] = cell
        }
    }

    public func cell(_ partner: PartnerID, _ cohort: CohortID) -> Cell? { cells[partner]?[cohort] }
}
