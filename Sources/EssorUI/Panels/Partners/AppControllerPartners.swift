import EssorCore
import EssorStore
import Foundation

/// The Partenaires panel's store effects: partners, missions, workload.
extension AppController {
    func performPartner(_ effect: PartnerEffect) throws -> Action? {
        switch effect {
        case .savePartner(let record):
            let id = try store.save(record, by: author, at: state.now)
            changedHere()
            return .saved(.partner, id, name: record.partner.name)
        case .saveAssignment(let record):
            let id = try store.save(record, by: author, at: state.now)
            changedHere()
            let partner = try store.partnerRecord(id: record.assignment.partnerID)?.partner.name ?? ""
            return .assignmentSaved(id, partner: record.assignment.partnerID, name: partner)
        case .newAssignment(let partner, let cohort, let structure):
            var defaults = AssignmentDraft()
            let firstPartner = try store.partnerIDs(cohort: nil).first ?? 0
            defaults.partnerID = partner ?? firstPartner
            var chosen = cohort ?? 0
            if chosen == 0, let structure {
                chosen = try store.structureRecord(id: structure)?.cohortIDs.first ?? 0
            }
            let firstCohort = try store.cohortNames().first?.id ?? 0
            if chosen == 0 { chosen = state.scope ?? firstCohort }
            defaults.cohortID = chosen
            defaults.structureID = structure ?? 0
            defaults.status = .planned
            return .formLoaded(
                .assignment, .assignment(nil, defaults: defaults), try assignmentChoices(cohort: chosen),
                focus: nil)
        case .loadMissionStructures(let cohort):
            return .missionStructuresLoaded(cohort, try structuresOf(cohort))
        case .loadWorkload:
            return .workloadLoaded(
                try store.missionLoads(cohort: state.scope, now: state.now, clock: state.clock))
        }
    }

    func structuresOf(_ cohort: CohortID) throws -> [NamedRef] {
        guard cohort > 0 else { return [] }
        return try store.structureRows(store.structureIDs(order: .name, cohort: cohort)).map {
            NamedRef(id: $0.id, name: $0.name)
        }
    }

    /// Partners, cohorts, and the structures of the mission's cohort.
    func assignmentChoices(cohort: CohortID) throws -> FormChoices {
        let partners = try store.partnerRows(store.partnerIDs(cohort: nil)).map {
            NamedRef(id: $0.id, name: $0.partner.name)
        }
        let cohorts = try store.cohortNames()
        return FormChoices(
            cohorts: cohorts, partners: partners,
            structures: try structuresOf(cohort == 0 ? cohorts.first?.id ?? 0 : cohort))
    }
}
