import EssorCore
import EssorStore

/// Messages of the Partenaires panel: forms, missions, workload, matrix.
public enum PartnerMsg: Equatable, Sendable {
    case field(PartnerDraft.Field)
    case assignmentField(AssignmentDraft.Field)
    case entryField(TimeEntryDraft.Field)
    case status(AssignmentStatus)
    case wholeCohort
    case newPartnerTitle
    case newAssignmentTitle
    case newEntryTitle
    case addEntryHint
    case daysPlaceholder
    case missionSaved(String)
    case confirmDeletePartner(String)
    case confirmDeleteAssignment(String)
    /// The meetings a deleted partner is taken off (they stay).
    case impactMeetings(Int)
    /// A deleted partner's missions.
    case impactMissions(Int)
    case matrixTitle
    case matrixEmpty
    case matrixLegend
    case usedOfPlanned(used: String, planned: String)
    case scheduled(String)
    case overAllocated
    case idle
    case missionsHeading(Int)
    case dayRule
}

enum PartnerStrings {
    static func text(_ msg: PartnerMsg, _ fr: Bool) -> String {
        switch msg {
        case .field(let field):
            switch field {
            case .name: return tr("Name", fr)
            case .expertise: return "Expertise"
            case .summary: return tr("About", fr)
            case .website: return tr("Website", fr)
            case .contacts: return "Contacts"
            }
        case .assignmentField(let field):
            switch field {
            case .partner: return tr("Partner", fr)
            case .cohort: return tr("Cohort", fr)
            case .structure: return tr("For", fr)
            case .mission: return "Mission"
            case .days: return tr("Days planned", fr)
            case .start: return tr("Start", fr)
            case .end: return tr("End", fr)
            case .status: return trc("assignment", "Status", fr)
            case .entries: return tr("Days outside meetings", fr)
            }
        case .entryField(let field):
            switch field {
            case .date: return "Date"
            case .days: return tr("Days", fr)
            case .note: return tr("Work done", fr)
            }
        case .status(let status):
            switch status {
            case .planned: return trc("assignment", "planned", fr)
            case .ongoing: return tr("ongoing", fr)
            case .done: return trc("assignment", "done", fr)
            }
        case .wholeCohort: return tr("the whole cohort", fr)
        case .newPartnerTitle: return tr("New partner", fr)
        case .newAssignmentTitle: return tr("New mission", fr)
        case .newEntryTitle: return tr("Days outside meetings", fr)
        case .addEntryHint: return tr("none — + to add some", fr)
        case .daysPlaceholder: return tr("4.5", fr)
        case .missionSaved(let name): return tr("Mission saved: %s", fr, name)
        case .confirmDeletePartner(let name):
            return tr("Delete the partner “%s”?", fr, name)
        case .confirmDeleteAssignment(let name):
            return tr("Delete the mission “%s”?", fr, name)
        case .impactMissions(let n):
            return trn("Its %d mission will be deleted.", "Its %d missions will be deleted.", n, fr)
        case .impactMeetings(let n):
            return trn(
                "It will be taken off %d meeting (the meeting stays).",
                "It will be taken off %d meetings (the meetings stay).", n, fr)
        case .matrixTitle:
            return tr("Partners × cohorts: days used / planned", fr)
        case .matrixEmpty: return tr("No mission", fr)
        case .matrixLegend:
            return tr(
                "⚠ over-allocated (used + to come > planned)   ◌ ongoing with no activity for 30 days", fr)
        case .usedOfPlanned(let used, let planned):
            return tr("%1$s / %2$s d", fr, used, planned)
        case .scheduled(let days): return tr("+ %s d to come", fr, days)
        case .overAllocated: return tr("over-allocated", fr)
        case .idle: return tr("no activity for 30 days", fr)
        case .missionsHeading(let n): return "Missions (\(n))"
        case .dayRule:
            return tr("Meetings: each half-day started (4 h) counts 0.5 day.", fr)
        }
    }
}
