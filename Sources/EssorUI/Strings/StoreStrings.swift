import EssorCore
import EssorStore

/// Messages about the shared store: read-only sessions, other people's
/// changes, history, and merging a conflicting edit.
public enum StoreMsg: Equatable, Sendable {
    case readOnlyBadge
    case readOnlyRefused(ReadOnlyReason)
    case changedBy(author: String, action: String, summary: String)
    case changesBy(count: Int, authors: [String])
    case historyTitle(String)
    case storeHistoryTitle
    case historyEmpty
    case historyLine(when: String, author: String, action: String)
    case action(String)
    case difference(column: String, before: String, after: String)
    case empty
    case mergeTitle
    case mergeIntro(author: String?)
    case mergeMine
    case mergeTheirs
    case mergeKeys
    case mergeReady
    case recordGone
}

enum StoreStrings {
    /// A stored column as the forms name it (history shows these).
    static func columnLabel(_ column: String, _ fr: Bool) -> String {
        let labels: [String: (String, String)] = [
            "name": ("Nom", "Name"), "legal_form": ("Forme juridique", "Legal form"),
            "siret": ("SIRET", "SIRET"),
            "address": ("Adresse", "Address"), "postcode": ("Code postal", "Postcode"),
            "town": ("Ville", "Town"),
            "departement": ("Département", "Département"), "sector": ("Secteur", "Sector"),
            "headcount": ("Effectif", "Headcount"), "website": ("Site web", "Website"),
            "problem": ("Problématique", "Problem"), "notes": ("Notes", "Notes"), "theme": ("Thème", "Theme"),
            "start_date": ("Début", "Start"), "end_date": ("Fin", "End"), "summary": ("Résumé", "Summary"),
            "title": ("Intitulé", "Title"), "kind": ("Type", "Kind"), "starts_at": ("Début", "Start"),
            "duration_minutes": ("Durée (min)", "Duration (min)"), "place": ("Lieu", "Place"),
            "video_link": ("Visio", "Video link"), "facilitators": ("Animation", "Facilitators"),
            "mission": ("Mission", "Mission"), "days_planned": ("Jours prévus", "Days planned"),
            "status": ("Statut", "Status"), "expertise": ("Expertise", "Expertise"),
            "project_title": ("Projet", "Project"), "project_summary": ("Projet (résumé)", "Project summary"),
            "project_stage": ("Étape du projet", "Project stage"),
        ]
        guard let label = labels[column] else { return column }
        return fr ? label.0 : label.1
    }

    static func text(_ msg: StoreMsg, _ fr: Bool) -> String {
        switch msg {
        case .readOnlyBadge: return fr ? "LECTURE SEULE" : "READ ONLY"
        case .readOnlyRefused(let reason):
            return (fr ? "Lecture seule (" : "Read only (") + CommandLineStrings.readOnlyReason(reason, fr)
                + (fr ? ") : rien n'est modifié." : "): nothing is changed.")
        case .changedBy(let author, let action, let summary):
            return fr
                ? "\(author) : \(text(.action(action), fr)) de « \(summary) »"
                : "\(author): \(text(.action(action), fr)) of “\(summary)”"
        case .changesBy(let count, let authors):
            return fr
                ? "\(count) modifications par \(authors.joined(separator: ", "))"
                : "\(count) changes by \(authors.joined(separator: ", "))"
        case .historyTitle(let name): return fr ? "Historique — \(name)" : "History — \(name)"
        case .storeHistoryTitle: return fr ? "Historique du stock" : "Store history"
        case .historyEmpty: return fr ? "Aucune modification enregistrée" : "No change recorded"
        case .historyLine(let when, let author, let action):
            return "\(when) · \(author) · \(text(.action(action), fr))"
        case .action(let action):
            switch action {
            case "insert": return fr ? "création" : "creation"
            case "delete": return fr ? "suppression" : "deletion"
            case "undo": return fr ? "annulation" : "undo"
            default: return fr ? "modification" : "change"
            }
        case .difference(let column, let before, let after):
            return "\(columnLabel(column, fr)) : \(before) → \(after)"
        case .empty: return fr ? "(vide)" : "(empty)"
        case .mergeTitle:
            return fr
                ? "Modifiée par ailleurs pendant votre saisie" : "Changed elsewhere while you were editing"
        case .mergeIntro(let author):
            let who = author.map { fr ? " par \($0)" : " by \($0)" } ?? ""
            return fr
                ? "Cette fiche a été modifiée\(who) pendant votre saisie. Chaque champ différent est proposé du côté qui l'a changé ; ceux marqués ! ont été changés des deux côtés : choisissez."
                : "This record was changed\(who) while you were editing. Each differing field is preset to the side that changed it; those marked ! were changed on both sides: choose."
        case .mergeMine: return fr ? "la vôtre" : "yours"
        case .mergeTheirs: return fr ? "l'autre" : "theirs"
        case .mergeKeys:
            return fr
                ? "↑↓ champ · ← la vôtre · → l'autre · Espace : échanger · v toutes les vôtres · a toutes les autres · Entrée : reprendre le formulaire · Échap : annuler"
                : "↑↓ field · ← yours · → theirs · Space: swap · v all yours · a all theirs · Enter: back to the form · Esc: cancel"
        case .mergeReady:
            return fr
                ? "Fusion faite : vérifiez le formulaire puis Entrée pour enregistrer"
                : "Merged: check the form, then Enter to save"
        case .recordGone:
            return fr
                ? "Cette fiche a été supprimée par ailleurs : Entrée pour l'enregistrer comme nouvelle, Échap pour abandonner"
                : "This record was deleted elsewhere: Enter saves it as a new one, Esc drops it"
        }
    }
}
