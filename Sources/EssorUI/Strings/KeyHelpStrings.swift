/// What a key does where its command's usual words would mislead: each
/// binding may say it its own way, in the help and in the key hints.
public enum KeyHelp: String, CaseIterable, Sendable {
    case keepMine, takeTheirs, swapSides, backToForm, cancelMerge
    case openItemOrSave, pickThis, closePicker
    case scopeToCohort
    case keepEditing, exportNothing
    case leaveWorkshop, commitCapture, closeCapture, stopFollowing
    case partnerMatrix, previousCohorts, nextCohorts, inMatrix
    case exportFinances, deleteFinancing, financingAmount
    case previousCell, nextCell, typeInCell, inBudget, inShares, closeGrid
    case closeLine
    case onSuggestion, onFinancing, onTicks, inScope
}

enum KeyHelpStrings {
    /// The help's sentence.
    static func text(_ help: KeyHelp, _ fr: Bool) -> String {
        switch help {
        case .keepMine: fr ? "Garder votre valeur" : "Keep your value"
        case .takeTheirs: fr ? "Prendre l'autre valeur" : "Take the other value"
        case .swapSides: fr ? "Échanger les deux valeurs" : "Swap the two values"
        case .backToForm:
            fr ? "Reprendre le formulaire avec ces valeurs" : "Back to the form with these values"
        case .cancelMerge: fr ? "Renoncer à la fusion" : "Give up merging"
        case .openItemOrSave:
            fr
                ? "Ouvrir l'élément (un contact, un point…), ou enregistrer là où rien ne s'ouvre"
                : "Open the item (a contact, an agenda item…), or save where nothing opens"
        case .pickThis: fr ? "Ajouter celle-ci à la liste" : "Add this one to the list"
        case .closePicker: fr ? "Fermer sans rien ajouter" : "Close without adding"
        case .scopeToCohort:
            fr
                ? "Ne montrer que cette cohorte dans les autres panneaux"
                : "Show only this cohort in the other panels"
        case .keepEditing:
            fr ? "Ne rien enregistrer, revenir au formulaire" : "Save nothing, back to the form"
        case .exportNothing: fr ? "Ne rien exporter" : "Export nothing"
        case .leaveWorkshop:
            fr ? "Quitter l'atelier (tout est déjà enregistré)" : "Leave the workshop (all is saved)"
        case .commitCapture:
            fr
                ? "Enregistrer la contribution (la ligne reste ouverte)"
                : "Save the item (the line stays open)"
        case .closeCapture: fr ? "Fermer la ligne de saisie" : "Close the capture line"
        case .stopFollowing: fr ? "Arrêter de suivre l'atelier" : "Stop following the workshop"
        case .partnerMatrix:
            fr ? "Matrice partenaires × cohortes, ou la liste" : "Partners × cohorts matrix, or the list"
        case .previousCohorts: fr ? "Cohortes précédentes (colonnes)" : "Previous cohorts (columns)"
        case .nextCohorts: fr ? "Cohortes suivantes (colonnes)" : "Next cohorts (columns)"
        case .inMatrix: fr ? "dans la matrice" : "in the matrix"
        case .exportFinances:
            fr
                ? "Exporter les finances de la cohorte (Markdown, CSV)"
                : "Export the cohort's finances (Markdown, CSV)"
        case .deleteFinancing: fr ? "Retirer le financement" : "Remove the financing"
        case .financingAmount: fr ? "Changer le montant du financement" : "Change the financing's amount"
        case .previousCell: fr ? "Case précédente" : "Previous cell"
        case .nextCell: fr ? "Case suivante" : "Next cell"
        case .typeInCell: fr ? "Saisir dans la case" : "Type in the cell"
        case .inBudget: fr ? "dans le budget d'un projet" : "in a project's budget"
        case .inShares: fr ? "dans la répartition d'une ligne" : "in a line's sharing"
        case .closeGrid:
            fr ? "Fermer (demande avant de perdre une saisie)" : "Close (asks before losing changes)"
        case .closeLine:
            fr ? "Fermer la ligne (un filtre est effacé)" : "Close the line (a filter is cleared)"
        case .onSuggestion: fr ? "sur une suggestion de financement" : "on a suggested financing"
        case .onFinancing: fr ? "sur un financement retenu" : "on a financing kept"
        case .onTicks: fr ? "sur une liste à cocher" : "on a list of boxes"
        case .inScope: fr ? "quand une cohorte est choisie" : "when a cohort is chosen"
        }
    }

    /// The status line's word for it.
    static func hint(_ help: KeyHelp, _ fr: Bool) -> String {
        switch help {
        case .keepMine: fr ? "la vôtre" : "yours"
        case .takeTheirs: fr ? "l'autre" : "theirs"
        case .swapSides: fr ? "échanger" : "swap"
        case .backToForm: fr ? "reprendre" : "back to form"
        case .cancelMerge: fr ? "renoncer" : "give up"
        case .openItemOrSave: fr ? "ouvrir" : "open"
        case .pickThis: fr ? "ajouter" : "add"
        case .closePicker: fr ? "fermer" : "close"
        case .scopeToCohort: fr ? "cette cohorte" : "this cohort"
        case .keepEditing: fr ? "revenir" : "back"
        case .exportNothing: fr ? "rien" : "nothing"
        case .leaveWorkshop: fr ? "quitter" : "leave"
        case .commitCapture: fr ? "enregistrer" : "save"
        case .closeCapture: fr ? "fermer" : "close"
        case .stopFollowing: fr ? "arrêter" : "stop"
        case .partnerMatrix: fr ? "matrice" : "matrix"
        case .previousCohorts: fr ? "cohortes préc." : "prev. cohorts"
        case .nextCohorts: fr ? "cohortes suiv." : "next cohorts"
        case .inMatrix: fr ? "matrice" : "matrix"
        case .exportFinances: fr ? "exporter" : "export"
        case .deleteFinancing: fr ? "retirer" : "remove"
        case .financingAmount: fr ? "montant" : "amount"
        case .previousCell: fr ? "case préc." : "prev. cell"
        case .nextCell: fr ? "case suiv." : "next cell"
        case .typeInCell: fr ? "saisir" : "type"
        case .inBudget: fr ? "budget" : "budget"
        case .inShares: fr ? "répartition" : "sharing"
        case .closeGrid: fr ? "fermer" : "close"
        case .closeLine: fr ? "fermer" : "close"
        case .onSuggestion, .onFinancing: fr ? "financement" : "financing"
        case .onTicks: fr ? "cocher" : "tick"
        case .inScope: fr ? "cohorte" : "cohort"
        }
    }
}
