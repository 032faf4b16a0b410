import EssorCore
import EssorStore

/// The Partenaires panel's effects: partners, missions, the workload matrix.
/// The controller hands them to `performPartner`.
public enum PartnerEffect: Equatable, Sendable {
    case savePartner(PartnerRecord)
    case saveAssignment(AssignmentRecord)
    /// A mission's form opens: for a partner, a cohort, or a structure of a cohort.
    case newAssignment(partner: PartnerID?, cohort: CohortID?, structure: StructureID?)
    /// The structures a mission can be for, once its cohort is chosen.
    case loadMissionStructures(CohortID)
    /// Missions with their days, for the matrix view.
    case loadWorkload
}
