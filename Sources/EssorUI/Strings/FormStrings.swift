import EssorCore
import EssorStore

/// Messages of forms, confirmations and editing.
public enum FormMsg: Equatable, Sendable {
    case structureField(StructureDraft.Field)
    case cohortField(CohortDraft.Field)
    case contactField(ContactDraft.Field)
    case fromPostcode
    case datePlaceholder
    case newStructureTitle
    case newCohortTitle
    case newContactTitle
    case editTitle(String)
    case issue(FieldIssue)
    case fixErrors(Int)
    case saved(String)
    case deleted(String)
    case undone(action: String, summary: String, count: Int)
    case confirmDeleteMeeting(String)
    case impactAttendance(Int)
    case confirmDeleteStructure(String)
    case confirmDeleteCohort(String)
    case impactCohorts([String])
    case impactMeetingLinks(invitations: Int, attendance: Int)
    case impactStructureAssignments(Int)
    case impactMembers(Int)
    case impactMeetings(Int)
    case impactCohortAssignments(Int)
    case undoHint
    case discardChanges
    case discardHint
    case confirmHint
    case addContactHint
    case addMemberHint
    case noCohortsToTick
    case pickerTitle
    case pickerPrompt
    case pickerEmpty
    case required
    case warningMark
    case draftTitle
    case draftKept(title: String, date: String, time: String)
    case draftChoice
}

enum FormStrings {
    static func text(_ msg: FormMsg, _ fr: Bool) -> String {
        switch msg {
        case .structureField(let field): structureField(field, fr)
        case .cohortField(let field): cohortField(field, fr)
        case .contactField(let field): contactField(field, fr)
        case .fromPostcode: fr ? "d'après le code postal" : "from the postcode"
        case .datePlaceholder: fr ? "JJ/MM/AAAA" : "DD/MM/YYYY"
        case .newStructureTitle: fr ? "Nouvelle structure" : "New organisation"
        case .newCohortTitle: fr ? "Nouvelle cohorte" : "New cohort"
        case .newContactTitle: fr ? "Nouveau contact" : "New contact"
        case .editTitle(let name): fr ? "Modifier « \(name) »" : "Edit “\(name)”"
        case .issue(let issue): self.issue(issue, fr)
        case .fixErrors(let n):
            fr
                ? "\(n == 1 ? "Un champ est à corriger" : "\(n) champs sont à corriger") : rien n'a été enregistré."
                : "\(n == 1 ? "One field needs" : "\(n) fields need") fixing: nothing was saved."
        case .saved(let name): fr ? "Enregistré : « \(name) »" : "Saved: “\(name)”"
        case .deleted(let name):
            fr ? "Supprimé : « \(name) » — u pour annuler" : "Deleted: “\(name)” — u to undo"
        case .undone(let action, let summary, let count):
            count > 1
                ? (fr
                    ? "Annulé : \(count) changements (« \(summary) »…)"
                    : "Undone: \(count) changes (“\(summary)”…)")
                : undone(action, summary, fr)
        case .confirmDeleteMeeting(let name):
            fr ? "Supprimer la séance « \(name) » ?" : "Delete the meeting “\(name)”?"
        case .impactAttendance(let n):
            fr
                ? "Son émargement (\(n) \(n <= 1 ? "ligne" : "lignes")) sera supprimé avec elle."
                : "Its attendance (\(n) \(n == 1 ? "line" : "lines")) will be deleted with it."

        case .confirmDeleteStructure(let name):
            fr ? "Supprimer la structure « \(name) » ?" : "Delete the organisation “\(name)”?"
        case .confirmDeleteCohort(let name):
            fr ? "Supprimer la cohorte « \(name) » ?" : "Delete the cohort “\(name)”?"
        case .impactCohorts(let names):
            fr
                ? "Elle sera retirée de : \(names.joined(separator: ", "))."
                : "It will leave: \(names.joined(separator: ", "))."
        case .impactMeetingLinks(let invitations, let attendance):
            fr
                ? "Ses \(invitations) invitations et \(attendance) lignes d'émargement seront supprimées."
                : "Its \(invitations) invitations and \(attendance) attendance lines will be deleted."
        case .impactStructureAssignments(let n):
            fr
                ? "\(n == 1 ? "Une mission de partenaire la concernant sera rattachée" : "\(n) missions de partenaires la concernant seront rattachées") à toute la cohorte."
                : "\(n) partner assignment\(n == 1 ? "" : "s") about it will apply to the whole cohort."
        case .impactMembers(let n):
            fr
                ? "Ses \(n) structures membres resteront dans le stock."
                : "Its \(n) member organisations stay in the store."
        case .impactMeetings(let n):
            fr
                ? "Ses \(n) séances (ordre du jour, invitations, émargement) seront supprimées."
                : "Its \(n) meetings (agenda, invitations, attendance) will be deleted."
        case .impactCohortAssignments(let n):
            fr
                ? "Ses \(n) missions de partenaires seront supprimées."
                : "Its \(n) partner assignments will be deleted."
        case .undoHint: fr ? "u annule la suppression." : "u undoes the deletion."
        case .discardChanges: fr ? "Abandonner les modifications ?" : "Discard your changes?"
        case .discardHint: fr ? "Vos saisies seront perdues." : "What you typed will be lost."
        case .confirmHint: fr ? "Entrée ou o : oui    Échap ou n : non" : "Enter or y: yes    Esc or n: no"
        case .addContactHint: fr ? "aucun contact — + pour en ajouter" : "no contacts — + to add one"
        case .addMemberHint: fr ? "aucune structure — + pour en ajouter" : "no organisations — + to add one"
        case .noCohortsToTick: fr ? "aucune cohorte dans le stock" : "no cohorts in the store"
        case .pickerTitle: fr ? "Ajouter une structure" : "Add an organisation"
        case .pickerPrompt: fr ? "Chercher : " : "Search: "
        case .pickerEmpty:
            fr ? "Aucune structure à ajouter ne correspond." : "No organisation to add matches."
        case .required: "*"
        case .warningMark: "!"
        case .draftTitle: fr ? "Reprendre un brouillon ?" : "Resume a draft?"
        case .draftKept(let title, let date, let time):
            fr
                ? "Un formulaire était ouvert quand le terminal s'est fermé, le \(date) à \(time) : « \(title) »."
                : "A form was open when the terminal closed, on \(date) at \(time): “\(title)”."
        case .draftChoice:
            fr
                ? "Oui : le rouvrir tel quel. Non : l'abandonner."
                : "Yes: open it again as it was. No: discard it."
        }
    }

    static func structureField(_ field: StructureDraft.Field, _ fr: Bool) -> String {
        switch field {
        case .name: fr ? "Nom" : "Name"
        case .legalForm: fr ? "Forme juridique" : "Legal form"
        case .siret: "SIRET"
        case .address: fr ? "Adresse" : "Address"
        case .postcode: fr ? "Code postal" : "Postcode"
        case .town: fr ? "Ville" : "Town"
        case .departement: fr ? "Département" : "Département"
        case .sector: fr ? "Secteur" : "Sector"
        case .headcount: fr ? "Effectif (ETP)" : "Headcount (FTE)"
        case .website: fr ? "Site web" : "Website"
        case .problem: fr ? "Problématique" : "Problem statement"
        case .notes: "Notes"
        case .contacts: "Contacts"
        case .cohorts: fr ? "Cohortes" : "Cohorts"
        }
    }

    static func cohortField(_ field: CohortDraft.Field, _ fr: Bool) -> String {
        switch field {
        case .name: fr ? "Nom" : "Name"
        case .theme: fr ? "Thème" : "Theme"
        case .start: fr ? "Début" : "Start"
        case .end: fr ? "Fin" : "End"
        case .summary: fr ? "Description" : "Description"
        case .projectTitle: fr ? "Projet collectif" : "Collective project"
        case .projectSummary: fr ? "Résumé du projet" : "Project summary"
        case .projectStage: fr ? "Étape du projet" : "Project stage"
        case .members: fr ? "Membres" : "Members"
        }
    }

    static func contactField(_ field: ContactDraft.Field, _ fr: Bool) -> String {
        switch field {
        case .name: fr ? "Nom" : "Name"
        case .role: fr ? "Fonction" : "Role"
        case .email: "E-mail"
        case .phone: fr ? "Téléphone" : "Phone"
        }
    }

    static func issue(_ issue: FieldIssue, _ fr: Bool) -> String {
        switch issue {
        case .required: return fr ? "Obligatoire" : "Required"
        case .siret(.wrongLength(let n)):
            return fr ? "Un SIRET a 14 chiffres (ici \(n))" : "A SIRET has 14 digits (here \(n))"
        case .siret(.notDigits):
            return fr ? "Un SIRET ne contient que des chiffres" : "A SIRET has digits only"
        case .siret(.checksum):
            return fr
                ? "SIRET invalide : la clé de contrôle ne correspond pas"
                : "Invalid SIRET: the check digit is wrong"
        case .duplicateSiret(let name):
            return fr ? "Déjà le SIRET de « \(name) »" : "Already the SIRET of “\(name)”"
        case .postcodeFormat: return fr ? "Un code postal a 5 chiffres" : "A postcode has 5 digits"
        case .postcodeMismatch(let postcode, let chosen):
            let a = Departement.name(postcode).map { "\($0) (\(postcode))" } ?? postcode
            let b = Departement.name(chosen).map { "\($0) (\(chosen))" } ?? chosen
            return fr ? "Ce code postal est dans : \(a), pas \(b)" : "This postcode is in \(a), not \(b)"
        case .outsideNormandy(let d):
            return fr
                ? "Hors Normandie (département \(d)) : accepté"
                : "Outside Normandy (département \(d)): accepted"
        case .email:
            return fr ? "Adresse invalide (ex. nom@domaine.fr)" : "Invalid address (e.g. name@domain.fr)"
        case .phone:
            return fr
                ? "Numéro invalide (ex. 02 31 00 00 00, +33 2 31 00 00 00)"
                : "Invalid number (e.g. 02 31 00 00 00)"
        case .date: return fr ? "Date attendue : JJ/MM/AAAA" : "Date expected: DD/MM/YYYY"
        case .endBeforeStart: return fr ? "La fin précède le début" : "The end is before the start"
        case .number: return fr ? "Nombre attendu (ex. 12,5)" : "Number expected (e.g. 12.5)"
        case .negative: return fr ? "Ne peut pas être négatif" : "Cannot be negative"
        case .outOfRange(let range): return outOfRange(range, fr)
        case .notWhole: return fr ? "Nombre entier attendu" : "Whole number expected"
        case .tooLong(let maximum):
            let count = DecimalFormat.grouped(Double(maximum), separator: "\u{202F}")
            return fr ? "Trop long : \(count) caractères au plus" : "Too long: \(count) characters at most"
        case .invalidContact:
            return fr
                ? "Un contact est à compléter (Entrée pour l'ouvrir)"
                : "A contact needs fixing (Enter opens it)"
        case .time: return fr ? "Heure attendue : 14h30 ou 14:30" : "Time expected: 14h30 or 14:30"
        case .duration:
            return fr
                ? "Durée attendue, de 1 min à 24h : 2h, 1h30 ou 90 min"
                : "Length expected, from 1 min to 24h: 2h, 1h30 or 90 min"
        case .url: return fr ? "Adresse web attendue : https://…" : "Web address expected: https://…"
        case .occurrences(let maximum):
            return fr ? "Nombre de séances : de 2 à \(maximum)" : "Number of meetings: 2 to \(maximum)"
        case .invalidEntry:
            return fr
                ? "Une journée saisie est à compléter (Entrée pour l'ouvrir)"
                : "A day entry needs fixing (Enter opens it)"
        case .invalidAgendaItem:
            return fr
                ? "Un point de l'ordre du jour est à compléter (Entrée pour l'ouvrir)"
                : "An agenda item needs fixing (Enter opens it)"
        case .agendaLongerThanMeeting(let agenda, let meeting):
            return fr
                ? "L'ordre du jour dure \(ClockParsing.durationText(agenda)), la séance \(ClockParsing.durationText(meeting)) : accepté"
                : "The agenda takes \(ClockParsing.durationText(agenda)), the meeting \(ClockParsing.durationText(meeting)): accepted"
        }
    }

    /// `Entre 0 et 100 000` — the range a number must fall in.
    static func outOfRange(_ range: ClosedRange<Double>, _ fr: Bool) -> String {
        let low = number(range.lowerBound, fr)
        let high = number(range.upperBound, fr)
        return fr ? "Hors limites : entre \(low) et \(high)" : "Out of range: between \(low) and \(high)"
    }

    /// A bound as people read it: `100 000`, `0,8`, `-1 000 000 000 000`.
    static func number(_ value: Double, _ fr: Bool) -> String {
        if value == value.rounded() { return DecimalFormat.grouped(value, separator: "\u{202F}") }
        return DecimalFormat.string(value, lang: fr ? .fr : .en, maxFractionDigits: 3)
    }

    static func undone(_ action: String, _ summary: String, _ fr: Bool) -> String {
        switch action {
        case "insert": fr ? "Annulé : création de « \(summary) »" : "Undone: creation of “\(summary)”"
        case "delete": fr ? "Annulé : suppression de « \(summary) »" : "Undone: deletion of “\(summary)”"
        default: fr ? "Annulé : modification de « \(summary) »" : "Undone: change to “\(summary)”"
        }
    }
}
