import EssorCore
import EssorStore
import Foundation

/// The catalogue: French first, English beside it.
public enum Strings {
    /// Any failure as a sentence in `lang`: essor's own errors from the
    /// catalogue, others (the system's) as they describe themselves.
    public static func describe(_ error: Error, _ lang: Lang) -> String {
        let fr = lang == .fr
        switch error {
        case let error as FileError: return CommandLineStrings.fileError(error, fr)
        case let error as StoreError: return CommandLineStrings.storeError(error, fr)
        default: return (error as NSError).localizedDescription
        }
    }

    public static func text(_ msg: Msg, _ lang: Lang) -> String {
        let fr = lang == .fr
        switch msg {
        case .panel(let panel): return panelName(panel, fr)
        case .allCohorts: return fr ? "Toutes les cohortes" : "All cohorts"
        case .scopeLabel(let name): return fr ? "Cohorte : \(name)" : "Cohort: \(name)"

        case .colName: return fr ? "Nom" : "Name"
        case .colCohort: return fr ? "Cohorte" : "Cohort"
        case .colTheme: return fr ? "Thème" : "Theme"
        case .colPeriod: return fr ? "Période" : "Period"
        case .colStatus: return fr ? "Statut" : "Status"
        case .colStructuresShort: return fr ? "Struct." : "Orgs"
        case .colMeetingsShort: return fr ? "Séances" : "Meetings"
        case .colLegalForm: return fr ? "Forme" : "Form"
        case .colTown: return fr ? "Ville" : "Town"
        case .colDepartement: return fr ? "Dép." : "Dept"
        case .colCohorts: return fr ? "Cohortes" : "Cohorts"
        case .colDate: return "Date"
        case .colTime: return fr ? "Heure" : "Time"
        case .colDuration: return fr ? "Durée" : "Length"
        case .colKind: return "Type"
        case .colTitle: return fr ? "Intitulé" : "Title"
        case .colPlace: return fr ? "Lieu" : "Place"
        case .colExpertise: return "Expertise"
        case .colDaysPlanned: return fr ? "Jours" : "Days"
        case .colMissions: return "Missions"

        case .cohortStatus(let status):
            switch status {
            case .upcoming: return fr ? "à venir" : "upcoming"
            case .running: return fr ? "en cours" : "running"
            case .finished: return fr ? "terminée" : "finished"
            }
        case .legalForm(let form): return legalForm(form, fr)
        case .meetingKind(let kind):
            switch kind {
            case .workshop: return fr ? "Atelier collectif" : "Collective workshop"
            case .oneToOne: return fr ? "Rendez-vous individuel" : "One-to-one meeting"
            case .steering: return fr ? "Comité de pilotage" : "Steering committee"
            case .webinar: return fr ? "Webinaire" : "Webinar"
            }
        case .meetingKindShort(let kind):
            switch kind {
            case .workshop: return fr ? "Atelier" : "Workshop"
            case .oneToOne: return fr ? "Individuel" : "One-to-one"
            case .steering: return fr ? "COPIL" : "Steering"
            case .webinar: return fr ? "Webinaire" : "Webinar"
            }
        case .projectStage(let stage):
            switch stage {
            case .idee: return fr ? "idée" : "idea"
            case .conception: return fr ? "conception" : "design"
            case .test: return fr ? "test" : "pilot"
            case .lance: return fr ? "lancé" : "launched"
            }
        case .assignmentStatus(let status):
            switch status {
            case .planned: return fr ? "prévue" : "planned"
            case .ongoing: return fr ? "en cours" : "ongoing"
            case .done: return fr ? "terminée" : "done"
            }
        case .attendanceStatus(let status):
            switch status {
            case .present: return fr ? "présent" : "present"
            case .absent: return "absent"
            case .excused: return fr ? "excusé" : "excused"
            }

        case .structuresCount(let n):
            return fr
                ? plural(n, "structure", "structures", fr) : plural(n, "organisation", "organisations", fr)
        case .cohortsCount(let n):
            return plural(n, fr ? "cohorte" : "cohort", fr ? "cohortes" : "cohorts", fr)
        case .meetingsCount(let n):
            return plural(n, fr ? "séance" : "meeting", fr ? "séances" : "meetings", fr)
        case .partnersCount(let n):
            return plural(n, fr ? "partenaire" : "partner", fr ? "partenaires" : "partners", fr)
        case .upcomingCount(let n): return fr ? "\(n) à venir" : "\(n) upcoming"
        case .filtered(let shown, let total): return "\(shown)/\(total)"
        case .filterLabel(let text): return fr ? "filtre « \(text) »" : "filter “\(text)”"
        case .sortLabel(let sort): return (fr ? "tri : " : "sort: ") + sortName(sort, fr)

        case .emptyStore:
            return fr
                ? "Ce stock est vide. « essor demo » ouvre le programme de démonstration."
                : "This store is empty. “essor demo” opens the demonstration programme."
        case .noMatch(let text):
            return fr
                ? "Rien ne correspond à « \(text) ». Échap efface le filtre."
                : "Nothing matches “\(text)”. Esc clears the filter."
        case .noMembers:
            return fr ? "Aucune structure dans cette cohorte." : "No organisation in this cohort."
        case .noMeetings: return fr ? "Aucune séance." : "No meetings."
        case .noPartners: return fr ? "Aucun partenaire." : "No partners."

        case .fieldLegalForm: return fr ? "Forme juridique" : "Legal form"
        case .fieldSiret: return "SIRET"
        case .fieldAddress: return fr ? "Adresse" : "Address"
        case .fieldDepartement: return fr ? "Département" : "Département"
        case .fieldSector: return fr ? "Secteur" : "Sector"
        case .fieldHeadcount: return fr ? "Effectif" : "Headcount"
        case .fieldWebsite: return fr ? "Site web" : "Website"
        case .fieldCohorts: return fr ? "Cohortes" : "Cohorts"
        case .fieldContacts: return "Contacts"
        case .fieldProblem: return fr ? "Problématique" : "Problem statement"
        case .fieldNotes: return "Notes"
        case .fieldPartners: return fr ? "Partenaires" : "Partners"
        case .fieldMeetings: return fr ? "Séances" : "Meetings"
        case .fieldNextMeeting: return fr ? "Prochaine séance" : "Next meeting"
        case .fieldProject: return fr ? "Projet collectif" : "Collective project"
        case .fieldStage: return fr ? "Étape" : "Stage"
        case .fieldMembers(let n): return fr ? "Structures membres (\(n))" : "Member organisations (\(n))"
        case .fieldTheme: return fr ? "Thème" : "Theme"
        case .fieldPeriod: return fr ? "Période" : "Period"
        case .fieldStatus: return fr ? "Statut" : "Status"
        case .fieldAgenda: return fr ? "Ordre du jour" : "Agenda"
        case .fieldInvited(let n): return fr ? "Structures invitées (\(n))" : "Invited organisations (\(n))"
        case .fieldAttendance: return fr ? "Émargement" : "Attendance"
        case .fieldVideoLink: return fr ? "Lien visio" : "Video link"
        case .fieldFacilitators: return fr ? "Animation" : "Facilitation"
        case .fieldMissions: return "Missions"
        case .fieldUpcomingMeetings: return fr ? "Prochaines séances" : "Upcoming meetings"
        case .fieldCohort: return fr ? "Cohorte" : "Cohort"
        case .fieldKind: return "Type"
        case .fieldWhen: return fr ? "Quand" : "When"
        case .fieldPlace: return fr ? "Lieu" : "Place"
        case .fieldExpertise: return "Expertise"
        case .fieldSummary: return fr ? "Présentation" : "About"
        case .fieldProgramme: return fr ? "Programme" : "Programme"
        case .headcountValue(let value): return fr ? "\(value) ETP" : "\(value) FTE"
        case .meetingsAttendance(let invited, let present):
            return fr
                ? "\(plural(invited, "invitation", "invitations", fr)), \(plural(present, "présence", "présences", fr))"
                : "\(plural(invited, "invitation", "invitations", fr)), \(present) attended"
        case .meetingsTally(let past, let upcoming):
            return fr
                ? "\(plural(past, "passée", "passées", fr)), \(upcoming) à venir"
                : "\(past) past, \(upcoming) upcoming"
        case .pastMeetingsCount(let n):
            return fr
                ? plural(n, "séance passée", "séances passées", fr)
                : plural(n, "past meeting", "past meetings", fr)
        case .daysValue(let value): return fr ? "\(value) j" : "\(value) d"
        case .minutesValue(let n): return "\(n) min"
        case .none: return fr ? "aucune" : "none"
        case .invalidSiret: return fr ? "clé de contrôle invalide" : "invalid check digit"
        case .forStructure(let name): return fr ? "pour \(name)" : "for \(name)"
        case .whole: return fr ? "toute la cohorte" : "whole cohort"

        case .scopeSet(let name):
            return fr
                ? "Cohorte « \(name) » : * ou Échap pour tout afficher"
                : "Cohort “\(name)”: * or Esc shows all"
        case .scopeCleared: return fr ? "Toutes les cohortes affichées" : "Showing all cohorts"
        case .unknownCommand(let text):
            return fr
                ? "Commande inconnue : \(text) (? pour l'aide)" : "Unknown command: \(text) (? for help)"
        case .cohortExpected:
            return fr ? "Nom de cohorte attendu : :cohorte NOM" : "Cohort name expected: :cohort NAME"
        case .cohortNotFound(let text): return fr ? "Aucune cohorte « \(text) »" : "No cohort “\(text)”"
        case .cohortAmbiguous(let names):
            return (fr ? "Plusieurs cohortes : " : "Several cohorts: ") + names.joined(separator: ", ")
        case .pasteRefused:
            return fr
                ? "Collage ignoré : aucun champ de saisie n'est ouvert ici (? montre les touches qui en ouvrent un)"
                : "Paste ignored: no text field is open here (? shows the keys that open one)"
        case .storeUpdated:
            return fr ? "Données mises à jour par un autre processus" : "Data updated by another process"
        case .storeError(let detail): return fr ? "Erreur du stock : \(detail)" : "Store error: \(detail)"
        case .filterPrompt: return fr ? "Filtre : " : "Filter: "
        case .commandPrompt: return ":"
        case .helpTitle: return fr ? "Aide — touches" : "Help — keys"
        case .helpFooter: return fr ? "Échap, ? ou q pour fermer" : "Esc, ? or q to close"
        case .helpCommandsSection: return fr ? "Commandes (après :)" : "Commands (after :)"
        case .tooSmall: return fr ? "Terminal trop petit" : "Terminal too small"
        case .tooSmallDetail(let w, let h, let mw, let mh):
            return fr ? "\(w)×\(h) : il faut au moins \(mw)×\(mh)" : "\(w)×\(h): needs at least \(mw)×\(mh)"

        case .context(let context): return contextName(context, fr)
        case .command(let command): return commandDescription(command, fr)
        case .keyHelp(let help): return KeyHelpStrings.text(help, fr)
        case .keyHint(let help): return KeyHelpStrings.hint(help, fr)
        case .commandHint(let command): return commandHint(command, fr)
        case .lineCommand(let command): return lineCommandDescription(command, fr)
        case .keyName(let key): return keyName(key, fr)
        case .cli(let message): return CommandLineStrings.text(message, fr)
        case .config(let problem): return ConfigStrings.text(problem, fr)
        case .themeChosen(let name): return fr ? "Thème « \(name) »" : "Theme “\(name)”"
        case .themeNotFound(let name, let available):
            return (fr ? "Thème « \(name) » introuvable. Thèmes : " : "No theme “\(name)”. Themes: ")
                + available.joined(separator: ", ")
        case .themesAvailable(let current, let names):
            return (fr ? "Thème « \(current) ». Thèmes : " : "Theme “\(current)”. Themes: ")
                + names.joined(separator: ", ")
        case .form(let message): return FormStrings.text(message, fr)
        case .meeting(let message): return MeetingStrings.text(message, fr)
        case .partner(let message): return PartnerStrings.text(message, fr)
        case .store(let message): return StoreStrings.text(message, fr)
        case .financeUI(let message): return FinanceUIStrings.text(message, fr)
        }
    }

    /// French uses the singular for 0 and 1, English for 1 only.
    static func plural(_ n: Int, _ singular: String, _ plural: String, _ fr: Bool) -> String {
        let one = fr ? n <= 1 : n == 1
        return "\(n) \(one ? singular : plural)"
    }

    static func panelName(_ panel: PanelID, _ fr: Bool) -> String {
        switch panel {
        case .cohorts: fr ? "Cohortes" : "Cohorts"
        case .structures: fr ? "Structures" : "Organisations"
        case .meetings: fr ? "Séances" : "Meetings"
        case .partners: fr ? "Partenaires" : "Partners"
        case .finances: "Finances"
        }
    }

    static func legalForm(_ form: LegalForm, _ fr: Bool) -> String {
        switch form {
        case .association: "Association"
        case .scop: "SCOP"
        case .scic: "SCIC"
        case .cooperative: fr ? "Coopérative" : "Cooperative"
        case .mutuelle: fr ? "Mutuelle" : "Mutual"
        case .fondation: fr ? "Fondation" : "Foundation"
        case .esus: fr ? "Entreprise ESUS" : "ESUS company"
        case .autre: fr ? "Autre" : "Other"
        }
    }

    static func sortName(_ sort: StructureSort, _ fr: Bool) -> String {
        switch sort {
        case .name: fr ? "nom" : "name"
        case .town: fr ? "ville" : "town"
        case .departement: fr ? "département" : "département"
        case .legalForm: fr ? "forme juridique" : "legal form"
        }
    }

    static func contextName(_ context: KeyContext, _ fr: Bool) -> String {
        switch context {
        case .global: fr ? "Partout" : "Everywhere"
        case .list: fr ? "Listes" : "Lists"
        case .cohorts: fr ? "Cohortes" : "Cohorts"
        case .structures: fr ? "Structures" : "Organisations"
        case .detail: fr ? "Fiche détaillée" : "Detail"
        case .editableDetail:
            fr
                ? "Fiche d'une cohorte, d'une structure, d'une séance ou d'un partenaire"
                : "Detail of a record"
        case .input: fr ? "Filtre et ligne de commande" : "Filter and command line"
        case .text: fr ? "Édition de texte" : "Text editing"
        case .form: fr ? "Formulaires" : "Forms"
        case .textArea: fr ? "Texte sur plusieurs lignes" : "Multi-line text"
        case .choice: fr ? "Listes de choix" : "Choices"
        case .listField: fr ? "Contacts, cohortes, membres" : "Contacts, cohorts, members"
        case .dialog: fr ? "Confirmations" : "Confirmations"
        case .meetings: fr ? "Séances" : "Meetings"
        case .partners: fr ? "Partenaires" : "Partners"
        case .assignable: fr ? "Cohortes et structures" : "Cohorts and organisations"
        case .calendar: fr ? "Séances : semaine et mois" : "Meetings: week and month"
        case .meetingDetail: fr ? "Fiche d'une séance" : "A meeting's detail"
        case .seriesDialog: fr ? "Modifier une série" : "Editing a series"
        case .exportDialog: fr ? "Exporter" : "Export"
        case .attendance: fr ? "Émargement" : "Attendance"
        case .workshop: fr ? "Atelier" : "Workshop"
        case .workshopContributions: fr ? "Atelier : contributions" : "Workshop: contributions"
        case .workshopCheckIn: fr ? "Atelier : présences" : "Workshop: check-in"
        case .workshopActions: fr ? "Atelier : actions à revoir" : "Workshop: actions to review"
        case .capture: fr ? "Atelier : ligne de saisie" : "Workshop: capture line"
        case .follow: fr ? "Atelier suivi (vidéoprojecteur)" : "Followed workshop (projector)"
        case .merge:
            fr ? "Fusion avec la version enregistrée ailleurs" : "Merging with the version saved elsewhere"
        case .finances: "Finances"
        case .grid: fr ? "Grilles : comptes et budget du projet" : "Grids: accounts and project budget"
        case .financeDetail: fr ? "Fiche financière" : "Finance detail"
        case .picker: fr ? "Choix d'une structure" : "Picking an organisation"
        case .help: fr ? "Aide" : "Help"
        }
    }

    static func commandDescription(_ command: Command, _ fr: Bool) -> String {
        switch command {
        case .quit: fr ? "Quitter" : "Quit"
        case .help: fr ? "Afficher cette aide" : "Show this help"
        case .commandLine: fr ? "Ligne de commande" : "Command line"
        case .redraw: fr ? "Redessiner l'écran" : "Redraw the screen"
        case .nextTheme: fr ? "Thème suivant (retenu pour la prochaine fois)" : "Next theme (remembered)"
        case .panelCohorts: fr ? "Panneau Cohortes" : "Cohorts panel"
        case .panelStructures: fr ? "Panneau Structures" : "Organisations panel"
        case .panelMeetings: fr ? "Panneau Séances" : "Meetings panel"
        case .panelPartners: fr ? "Panneau Partenaires" : "Partners panel"
        case .toggleFocus: fr ? "Passer de la liste à la fiche" : "Switch between list and detail"
        case .toggleDetailPane:
            fr ? "Masquer ou afficher la fiche à côté de la liste" : "Hide or show the detail beside the list"
        case .clearScope: fr ? "Afficher toutes les cohortes" : "Show all cohorts"
        case .back: fr ? "Revenir en arrière" : "Go back"
        case .moveUp: fr ? "Ligne précédente" : "Previous line"
        case .moveDown: fr ? "Ligne suivante" : "Next line"
        case .pageUp: fr ? "Page précédente" : "Previous page"
        case .pageDown: fr ? "Page suivante" : "Next page"
        case .top: fr ? "Début" : "First line"
        case .bottom: fr ? "Fin" : "Last line"
        case .open: fr ? "Ouvrir la fiche" : "Open the detail"
        case .filter:
            fr
                ? "Filtrer en tapant (sans accents ni majuscules)"
                : "Filter as you type (ignores accents and case)"
        case .cycleSort: fr ? "Changer le tri" : "Change the sort order"
        case .inputConfirm: fr ? "Valider" : "Confirm"
        case .inputCancel: fr ? "Annuler" : "Cancel"
        case .add: fr ? "Ajouter" : "Add"
        case .edit:
            fr ? "Modifier (sur une ligne de la fiche : ce champ)" : "Edit (on a detail line: that field)"
        case .delete: fr ? "Supprimer (après confirmation)" : "Delete (after confirming)"
        case .undo: fr ? "Annuler la dernière modification de la session" : "Undo this session's last change"
        case .cursorLeft: fr ? "Caractère précédent" : "Previous character"
        case .cursorRight: fr ? "Caractère suivant" : "Next character"
        case .cursorStart: fr ? "Début de la ligne" : "Start of the line"
        case .cursorEnd: fr ? "Fin de la ligne" : "End of the line"
        case .wordLeft: fr ? "Mot précédent" : "Previous word"
        case .wordRight: fr ? "Mot suivant" : "Next word"
        case .deleteBackward: fr ? "Effacer le caractère précédent" : "Delete the previous character"
        case .deleteForward:
            fr ? "Effacer le caractère sous le curseur" : "Delete the character under the cursor"
        case .deleteToStart: fr ? "Effacer jusqu'au début" : "Delete to the start"
        case .deleteToEnd: fr ? "Effacer jusqu'à la fin" : "Delete to the end"
        case .deleteWord: fr ? "Effacer le mot précédent" : "Delete the previous word"
        case .newline: fr ? "Nouvelle ligne" : "New line"
        case .nextField: fr ? "Champ suivant" : "Next field"
        case .previousField: fr ? "Champ précédent" : "Previous field"
        case .save: fr ? "Enregistrer" : "Save"
        case .cancel:
            fr ? "Annuler (demande avant de perdre une saisie)" : "Cancel (asks before losing changes)"
        case .previousOption: fr ? "Choix précédent" : "Previous choice"
        case .nextOption: fr ? "Choix suivant" : "Next choice"
        case .addItem: fr ? "Ajouter un élément" : "Add an item"
        case .removeItem: fr ? "Retirer l'élément" : "Remove the item"
        case .editItem: fr ? "Ouvrir l'élément" : "Open the item"
        case .toggleItem: fr ? "Cocher ou décocher" : "Tick or untick"
        case .yes: fr ? "Oui" : "Yes"
        case .no: fr ? "Non" : "No"
        case .cycleView: fr ? "Vue agenda, semaine ou mois" : "Agenda, week or month view"
        case .today: fr ? "Aller à aujourd'hui" : "Go to today"
        case .goToDate: fr ? "Aller à une date" : "Go to a date"
        case .kindFilter: fr ? "Filtrer par type de séance" : "Filter by kind of meeting"
        case .whenFilter: fr ? "Toutes, à venir ou passées" : "All, upcoming or past"
        case .attendance: fr ? "Émargement : qui est venu" : "Attendance: who came"
        case .export: fr ? "Exporter (émargement, iCalendar)" : "Export (attendance sheet, iCalendar)"
        case .previousDay: fr ? "Jour précédent" : "Previous day"
        case .nextDay: fr ? "Jour suivant" : "Next day"
        case .previousPeriod: fr ? "Mois (ou semaine) précédent" : "Previous month (or week)"
        case .nextPeriod: fr ? "Mois (ou semaine) suivant" : "Next month (or week)"
        case .markPresent: fr ? "Marquer présent" : "Mark present"
        case .markAbsent: fr ? "Marquer absent" : "Mark absent"
        case .markExcused: fr ? "Marquer excusé" : "Mark excused"
        case .setArrival: fr ? "Heure d'arrivée" : "Arrival time"
        case .addPerson: fr ? "Ajouter une personne" : "Add a person"
        case .seriesOne: fr ? "Cette séance seulement" : "This meeting only"
        case .seriesFollowing: fr ? "Celle-ci et les suivantes" : "This one and the following"
        case .exportAttendance: fr ? "Feuille d'émargement" : "Attendance sheet"
        case .exportCalendar: fr ? "Agenda iCalendar (.ics)" : "iCalendar file (.ics)"
        case .workshop: fr ? "Animer l'atelier de cette séance" : "Run this meeting's workshop"
        case .startPause: fr ? "Démarrer ou suspendre le minuteur" : "Start or pause the timer"
        case .nextItem: fr ? "Point suivant de l'ordre du jour" : "Next agenda item"
        case .previousItem: fr ? "Point précédent" : "Previous agenda item"
        case .addMinute: fr ? "Une minute de plus pour ce point" : "One more minute for this item"
        case .capture:
            fr
                ? "Saisir : idée, question:, décision:, action: … @porteur JJ/MM #étiquette"
                : "Capture: idea, question:, decision:, action: … @owner DD/MM #tag"
        case .voteUp: fr ? "Une voix de plus" : "One more vote"
        case .voteDown: fr ? "Une voix de moins" : "One vote less"
        case .voteCount: fr ? "Saisir le nombre de gommettes" : "Enter a dot-vote count"
        case .nextPane:
            fr ? "Contributions, présences, actions à revoir" : "Contributions, check-in, actions to review"
        case .toggleDone: fr ? "Cocher l'action comme faite" : "Tick the action off"
        case .exportMinutes: fr ? "Exporter le compte rendu" : "Export the minutes"
        case .addMission: fr ? "Nouvelle mission pour ce partenaire" : "New mission for this partner"
        case .assignPartner: fr ? "Confier une mission à un partenaire" : "Assign a partner a mission"
        case .history:
            fr ? "Historique de la fiche (qui a changé quoi)" : "The record's history (who changed what)"
        case .keepAllMine: fr ? "Garder toutes vos valeurs" : "Keep all your values"
        case .takeAllTheirs: fr ? "Prendre toutes les autres valeurs" : "Take all the other values"
        case .panelFinances: fr ? "Panneau Finances" : "Finances panel"
        case .editAccounts: fr ? "Saisir les comptes de la structure" : "Enter the organisation's accounts"
        case .editModel: fr ? "Budget du projet collectif de la cohorte" : "The cohort's project budget"
        case .addRow:
            fr ? "Ajouter une ligne (une année dans les comptes)" : "Add a line (a year in accounts)"
        case .deleteRow:
            fr ? "Supprimer la ligne (l'année dans les comptes)" : "Delete the line (the year in accounts)"
        case .toggleKind: fr ? "Charge ou produit" : "Expense or income"
        case .shares: fr ? "Répartition de la ligne entre structures" : "Share the line between organisations"
        case .dayRate: fr ? "Valeur d'une journée de travail" : "Value of a day of work"
        case .addYear: fr ? "Une année de plus au budget" : "One more year in the budget"
        case .removeYear: fr ? "Une année de moins au budget" : "One year less in the budget"
        case .recordFinancing: fr ? "Retenir la suggestion de financement" : "Keep the suggested financing"
        case .cycleStatus: fr ? "Statut du financement suivant" : "Next status of the financing"
        case .cyclePartner: fr ? "Partenaire financeur suivant" : "Next financing partner"
        }
    }

    static func commandHint(_ command: Command, _ fr: Bool) -> String {
        switch command {
        case .quit: fr ? "quitter" : "quit"
        case .help: fr ? "aide" : "help"
        case .open: fr ? "ouvrir" : "open"
        case .filter: fr ? "filtrer" : "filter"
        case .cycleSort: fr ? "trier" : "sort"
        case .back: fr ? "retour" : "back"
        case .inputConfirm: fr ? "valider" : "confirm"
        case .inputCancel: fr ? "annuler" : "cancel"
        case .add: fr ? "ajouter" : "add"
        case .edit: fr ? "modifier" : "edit"
        case .nextField: fr ? "champ suivant" : "next field"
        case .save: fr ? "enregistrer" : "save"
        case .cancel: fr ? "annuler" : "cancel"
        case .previousOption: fr ? "choix" : "choose"
        case .nextOption: fr ? "choix" : "choose"
        case .addItem: fr ? "ajouter" : "add"
        case .removeItem: fr ? "retirer" : "remove"
        case .toggleItem: fr ? "cocher" : "tick"
        case .yes: fr ? "oui" : "yes"
        case .no: fr ? "non" : "no"
        case .cycleView: fr ? "vue" : "view"
        case .attendance: fr ? "émargement" : "attendance"
        case .markPresent: fr ? "présent" : "present"
        case .markAbsent: fr ? "absent" : "absent"
        case .markExcused: fr ? "excusé" : "excused"
        case .setArrival: fr ? "arrivée" : "arrival"
        case .addPerson: fr ? "personne" : "person"
        case .seriesOne: fr ? "cette séance" : "this one"
        case .seriesFollowing: fr ? "et les suivantes" : "and following"
        case .exportAttendance: fr ? "émargement" : "attendance"
        case .exportCalendar: "iCalendar"
        case .workshop: fr ? "atelier" : "workshop"
        case .startPause: fr ? "minuteur" : "timer"
        case .nextItem: fr ? "point suivant" : "next item"
        case .capture: fr ? "saisir" : "capture"
        case .nextPane: fr ? "volet" : "pane"
        case .voteUp: fr ? "voter" : "vote"
        case .toggleDone: fr ? "faite" : "done"
        case .addMission: "mission"
        case .assignPartner: fr ? "partenaire" : "partner"
        case .keepAllMine: fr ? "les vôtres" : "all yours"
        case .takeAllTheirs: fr ? "les autres" : "all theirs"
        case .editAccounts: fr ? "comptes" : "accounts"
        case .editModel: fr ? "budget du projet" : "project budget"
        case .addRow: fr ? "ajouter" : "add"
        case .deleteRow: fr ? "supprimer" : "delete"
        case .shares: fr ? "répartition" : "sharing"
        default: commandDescription(command, fr).lowercased()
        }
    }

    static func lineCommandDescription(_ command: LineCommand, _ fr: Bool) -> String {
        switch command {
        case .quit: fr ? "Quitter" : "Quit"
        case .help: fr ? "Afficher l'aide" : "Show help"
        case .date:
            fr ? "Séances : aller à une date : :date 15/03/2027" : "Meetings: go to a date: :date 15/03/2027"
        case .history: fr ? "Historique du stock : qui a changé quoi" : "Store history: who changed what"
        case .theme:
            fr
                ? "Changer de thème : :theme NOM (sans nom : la liste)"
                : "Change theme: :theme NAME (no name: the list)"
        case .panel(let panel): (fr ? "Panneau " : "Panel ") + panelName(panel, fr)
        case .all: fr ? "Afficher toutes les cohortes" : "Show all cohorts"
        case .cohort: fr ? "Restreindre à une cohorte : :cohorte NOM" : "Scope to a cohort: :cohort NAME"
        case .filter: fr ? "Filtrer la liste : :filtre TEXTE" : "Filter the list: :filter TEXT"
        }
    }

    static func keyName(_ key: Key, _ fr: Bool) -> String {
        switch key {
        case .char(" "): fr ? "Espace" : "Space"
        case .char(let c): String(c)
        case .ctrl(let c): "Ctrl-" + String(c).uppercased()
        case .alt(let c): "Alt-" + String(c)
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: fr ? "PgPréc" : "PgUp"
        case .pageDown: fr ? "PgSuiv" : "PgDn"
        case .home: fr ? "Début" : "Home"
        case .end: fr ? "Fin" : "End"
        case .insert: fr ? "Inser" : "Ins"
        case .delete: fr ? "Suppr" : "Del"
        case .backspace: fr ? "Retour arrière" : "Backspace"
        case .enter: fr ? "Entrée" : "Enter"
        case .escape: fr ? "Échap" : "Esc"
        case .tab: "Tab"
        case .backTab: fr ? "Maj-Tab" : "Shift-Tab"
        case .function(let n): "F\(n)"
        case .resize: fr ? "redimensionnement" : "resize"
        case .paste: fr ? "collage" : "paste"
        }
    }
}
