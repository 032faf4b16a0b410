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
    case impactPartner(assignments: Int, meetings: Int)
    case impactAssignment(entries: Int)
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
            case .name: return fr ? "Nom" : "Name"
            case .expertise: return "Expertise"
            case .summary: return fr ? "Présentation" : "About"
            case .website: return fr ? "Site web" : "Website"
            case .contacts: return "Contacts"
            }
        case .assignmentField(let field):
            switch field {
            case .partner: return fr ? "Partenaire" : "Partner"
            case .cohort: return fr ? "Cohorte" : "Cohort"
            case .structure: return fr ? "Pour" : "For"
            case .mission: return "Mission"
            case .days: return fr ? "Jours prévus" : "Days planned"
            case .start: return fr ? "Début" : "Start"
            case .end: return fr ? "Fin" : "End"
            case .status: return fr ? "État" : "Status"
            case .entries: return fr ? "Jours hors séances" : "Days outside meetings"
            }
        case .entryField(let field):
            switch field {
            case .date: return "Date"
            case .days: return fr ? "Jours" : "Days"
            case .note: return fr ? "Travail fait" : "Work done"
            }
        case .status(let status):
            switch status {
            case .planned: return fr ? "prévue" : "planned"
            case .ongoing: return fr ? "en cours" : "ongoing"
            case .done: return fr ? "terminée" : "done"
            }
        case .wholeCohort: return fr ? "toute la cohorte" : "the whole cohort"
        case .newPartnerTitle: return fr ? "Nouveau partenaire" : "New partner"
        case .newAssignmentTitle: return fr ? "Nouvelle mission" : "New mission"
        case .newEntryTitle: return fr ? "Jours hors séances" : "Days outside meetings"
        case .addEntryHint: return fr ? "aucun — + pour en ajouter" : "none — + to add some"
        case .daysPlaceholder: return fr ? "4,5" : "4.5"
        case .missionSaved(let name): return fr ? "Mission enregistrée : \(name)" : "Mission saved: \(name)"
        case .confirmDeletePartner(let name):
            return fr ? "Supprimer le partenaire « \(name) » ?" : "Delete the partner “\(name)”?"
        case .confirmDeleteAssignment(let name):
            return fr ? "Supprimer la mission « \(name) » ?" : "Delete the mission “\(name)”?"
        case .impactPartner(let assignments, let meetings):
            return fr
                ? "Ses \(assignments) missions seront supprimées, et il sera retiré de \(meetings) séances."
                : "Its \(assignments) missions will be deleted, and it will leave \(meetings) meetings."
        case .impactAssignment(let entries):
            return fr
                ? "Ses \(entries) journées saisies seront supprimées."
                : "Its \(entries) entered days will be deleted."
        case .matrixTitle:
            return fr
                ? "Partenaires × cohortes : jours utilisés / prévus"
                : "Partners × cohorts: days used / planned"
        case .matrixEmpty: return fr ? "Aucune mission" : "No mission"
        case .matrixLegend:
            return fr
                ? "⚠ dépassement (utilisé + à venir > prévu)   ◌ en cours sans activité depuis 30 jours"
                : "⚠ over-allocated (used + to come > planned)   ◌ ongoing with no activity for 30 days"
        case .usedOfPlanned(let used, let planned):
            return fr ? "\(used) / \(planned) j" : "\(used) / \(planned) d"
        case .scheduled(let days): return fr ? "+ \(days) j à venir" : "+ \(days) d to come"
        case .overAllocated: return fr ? "dépassement" : "over-allocated"
        case .idle: return fr ? "sans activité depuis 30 jours" : "no activity for 30 days"
        case .missionsHeading(let n): return "Missions (\(n))"
        case .dayRule:
            return fr
                ? "Séances : chaque demi-journée commencée (4 h) compte 0,5 jour."
                : "Meetings: each half-day started (4 h) counts 0.5 day."
        }
    }
}
