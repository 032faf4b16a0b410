import EssorCore
import EssorStore

/// Messages of the Séances panel: its views, meeting form, attendance,
/// conflicts and exports.
public enum MeetingMsg: Equatable, Sendable {
    case field(MeetingDraft.Field)
    case agendaField(AgendaItemDraft.Field)
    case recurrence(Recurrence)
    case newMeetingTitle
    case newAgendaItemTitle
    case addAgendaHint
    case addPartnerHint
    case partnerPickerTitle
    case timePlaceholder
    case durationPlaceholder
    case viewLabel(MeetingsView)
    case when(MeetingWhen)
    case kindFilter(MeetingKind?)
    case weekOf(String)
    case noMeetingThatDay
    case dayMeetings(String, Int)
    case datePrompt
    case dateExpected(String)
    case conflictsHeading(Int)
    case conflictLine(title: String, when: String, reasons: [ConflictReason])
    case conflictTitle(Int)
    case conflictQuestion
    case seriesTitle(Int)
    case seriesOne
    case seriesFollowing(Int)
    case seriesHint
    case created(title: String, count: Int)
    case updated(title: String, count: Int)
    case series(Int)
    case attendanceTitle(String)
    case attendanceStatus(AttendanceStatus?)
    case attendanceColumns
    case attendanceSaved(present: Int, total: Int)
    case personPrompt
    case personUnnamed
    case arrivalPrompt
    case exportTitle
    case exportChoices
    case exported([String])
    case exportFailed(String)
    // Atelier
    case workshopTitle(String)
    case workshopOrder(WorkshopOrder)
    case deleteContribution(String)
    case captured(WorkshopItemKind)
    case itemKind(WorkshopItemKind)
    case contributionsTab(Int)
    case checkInTab(present: Int, total: Int)
    case actionsTab(Int)
    case capturePrompt
    case votesPrompt
    case currentItem(index: Int, count: Int, title: String)
    case sessionTime(spent: String, planned: String)
    case noAgenda
    case paused
    case noContributions
    case noPendingActions
    case pendingFrom(String)
    case votesCount(Int)
    case following
}

enum MeetingStrings {
    static func text(_ msg: MeetingMsg, _ fr: Bool) -> String {
        switch msg {
        case .field(let field): return self.field(field, fr)
        case .agendaField(let field):
            switch field {
            case .title: return fr ? "Point" : "Item"
            case .minutes: return fr ? "Durée" : "Length"
            case .owner: return fr ? "Porté par" : "Led by"
            }
        case .recurrence(let recurrence):
            switch recurrence {
            case .none: return fr ? "aucune" : "none"
            case .weekly: return fr ? "chaque semaine" : "every week"
            case .biweekly: return fr ? "toutes les deux semaines" : "every two weeks"
            case .monthly: return fr ? "chaque mois (même jour de la semaine)" : "every month (same weekday)"
            }
        case .newMeetingTitle: return fr ? "Nouvelle séance" : "New meeting"
        case .newAgendaItemTitle: return fr ? "Nouveau point de l'ordre du jour" : "New agenda item"
        case .addAgendaHint: return fr ? "aucun point — + pour en ajouter" : "no items — + to add one"
        case .addPartnerHint:
            return fr ? "aucun partenaire — + pour en ajouter" : "no partners — + to add one"
        case .partnerPickerTitle: return fr ? "Ajouter un partenaire" : "Add a partner"
        case .timePlaceholder: return "14h30"
        case .durationPlaceholder: return fr ? "2h, 1h30, 90 min" : "2h, 1h30, 90 min"
        case .viewLabel(let view):
            switch view {
            case .agenda: return fr ? "vue agenda" : "agenda view"
            case .week: return fr ? "vue semaine" : "week view"
            case .month: return fr ? "vue mois" : "month view"
            }
        case .when(let when):
            switch when {
            case .all: return fr ? "toutes" : "all"
            case .upcoming: return fr ? "à venir" : "upcoming"
            case .past: return fr ? "passées" : "past"
            }
        case .kindFilter(let kind):
            guard let kind else { return fr ? "tous types" : "all kinds" }
            return Strings.text(.meetingKindShort(kind), fr ? .fr : .en)
        case .weekOf(let date): return fr ? "semaine du \(date)" : "week of \(date)"
        case .noMeetingThatDay: return fr ? "Aucune séance ce jour-là" : "No meeting that day"
        case .dayMeetings(let day, let n):
            return "\(day) · " + Strings.plural(n, fr ? "séance" : "meeting", fr ? "séances" : "meetings", fr)
        case .datePrompt: return fr ? "Aller au : " : "Go to: "
        case .dateExpected(let text):
            return fr
                ? "Date non reconnue « \(text) » : JJ/MM/AAAA ou AAAA-MM-JJ"
                : "Date not understood “\(text)”: DD/MM/YYYY or YYYY-MM-DD"
        case .conflictsHeading(let n): return fr ? "Conflits (\(n))" : "Conflicts (\(n))"
        case .conflictLine(let title, let when, let reasons):
            return "\(title) (\(when))\(fr ? " : " : ": ")" + summary(reasons, fr)
        case .conflictTitle(let n):
            return fr
                ? (n == 1
                    ? "Cette séance est en conflit avec une autre"
                    : "Cette séance est en conflit avec \(n) autres")
                : (n == 1 ? "This meeting conflicts with another" : "This meeting conflicts with \(n) others")
        case .conflictQuestion: return fr ? "Enregistrer quand même ?" : "Save anyway?"
        case .seriesTitle(let n):
            return fr
                ? "Cette séance fait partie d'une série (\(n) après elle)"
                : "This meeting is part of a series (\(n) after it)"
        case .seriesOne: return fr ? "c : cette séance seulement" : "c: this meeting only"
        case .seriesFollowing(let n):
            return fr ? "s : celle-ci et les \(n) suivantes" : "s: this one and the \(n) after it"
        case .seriesHint: return fr ? "Échap : revenir au formulaire" : "Esc: back to the form"
        case .created(let title, let count):
            return count == 1
                ? (fr ? "Séance créée : « \(title) »" : "Meeting created: “\(title)”")
                : (fr ? "\(count) séances créées : « \(title) »" : "\(count) meetings created: “\(title)”")
        case .updated(let title, let count):
            return count == 1
                ? (fr ? "Enregistré : « \(title) »" : "Saved: “\(title)”")
                : (fr
                    ? "Enregistré : « \(title) » et les \(count - 1) suivantes"
                    : "Saved: “\(title)” and the \(count - 1) after it")
        case .series(let n): return fr ? "série (\(n) séances)" : "series (\(n) meetings)"
        case .attendanceTitle(let title): return fr ? "Émargement — \(title)" : "Attendance — \(title)"
        case .attendanceStatus(let status):
            switch status {
            case nil: return fr ? "—" : "—"
            case .present?: return fr ? "présent" : "present"
            case .absent?: return fr ? "absent" : "absent"
            case .excused?: return fr ? "excusé" : "excused"
            }
        case .attendanceColumns:
            return fr ? "Structure|Personne|Présence|Arrivée" : "Organisation|Person|Attendance|Arrival"
        case .attendanceSaved(let present, let total):
            return fr
                ? "Émargement enregistré : \(present) \(present <= 1 ? "présent" : "présents") sur \(total)"
                : "Attendance saved: \(present) present of \(total)"
        case .personPrompt: return fr ? "Nom de la personne : " : "Person's name: "
        case .personUnnamed: return fr ? "(personne à préciser)" : "(person to name)"
        case .arrivalPrompt: return fr ? "Heure d'arrivée : " : "Arrival time: "
        case .exportTitle: return fr ? "Exporter" : "Export"
        case .exportChoices:
            return fr
                ? "e : feuille d'émargement de la séance (Markdown et HTML) · i : agenda iCalendar (.ics)"
                : "e: attendance sheet of the meeting (Markdown and HTML) · i: iCalendar agenda (.ics)"
        case .exported(let paths): return (fr ? "Écrit : " : "Written: ") + paths.joined(separator: ", ")
        case .exportFailed(let reason): return (fr ? "Export impossible : " : "Export failed: ") + reason
        case .workshopTitle(let title): return (fr ? "Atelier — " : "Workshop — ") + title
        case .workshopOrder(let order):
            switch order {
            case .time: return fr ? "tri : dans l'ordre de la saisie" : "order: as captured"
            case .votes: return fr ? "tri : par voix" : "order: by votes"
            case .tags: return fr ? "tri : par étiquette" : "order: by tag"
            }
        case .deleteContribution(let text): return fr ? "Supprimer « \(text) » ?" : "Delete “\(text)”?"
        case .captured(let kind):
            return (fr ? "Enregistré : " : "Saved: ") + text(.itemKind(kind), fr)
        case .itemKind(let kind):
            switch kind {
            case .idea: return fr ? "idée" : "idea"
            case .question: return "question"
            case .decision: return fr ? "décision" : "decision"
            case .action: return "action"
            }
        case .contributionsTab(let n): return "Contributions (\(n))"
        case .checkInTab(let present, let total):
            return (fr ? "Présences " : "Check-in ") + "\(present)/\(total)"
        case .actionsTab(let n): return (fr ? "Actions à revoir (" : "Actions to review (") + "\(n))"
        case .capturePrompt: return fr ? "Saisie : " : "Capture: "
        case .votesPrompt: return fr ? "Nombre de voix : " : "Votes: "
        case .currentItem(let index, let count, let title): return "\(index)/\(count) · \(title)"
        case .sessionTime(let spent, let planned):
            return fr ? "Séance : \(spent) sur \(planned) prévues" : "Session: \(spent) of \(planned) planned"
        case .noAgenda:
            return fr
                ? "Pas d'ordre du jour : e sur la séance pour en ajouter"
                : "No agenda: e on the meeting to add one"
        case .paused: return fr ? "en pause — Espace pour démarrer" : "paused — Space to start"
        case .noContributions:
            return fr
                ? "Rien encore — Entrée pour saisir une idée, une question, une décision ou une action"
                : "Nothing yet — Enter to capture an idea, a question, a decision or an action"
        case .noPendingActions:
            return fr
                ? "Aucune action en attente des séances précédentes" : "No action left from earlier meetings"
        case .pendingFrom(let when): return fr ? "séance du \(when)" : "meeting of \(when)"
        case .votesCount(let n): return "+\(n)"
        case .following: return fr ? "suivi en direct (lecture seule)" : "following live (read only)"
        }
    }

    /// Reasons grouped by kind: `partenaire Bartle ; animation SocialCOBizz ;
    /// 8 structures (Coop des Deux Rives, La Table Partagée…) ; même lieu`.
    static func summary(_ reasons: [ConflictReason], _ fr: Bool) -> String {
        var partners: [String] = []
        var facilitators: [String] = []
        var structures: [String] = []
        var place: String?
        for reason in reasons {
            switch reason {
            case .partner(let name): partners.append(name)
            case .facilitator(let name): facilitators.append(name)
            case .structure(let name): structures.append(name)
            case .place(let name): place = name
            }
        }
        var parts: [String] = []
        if !partners.isEmpty {
            parts.append(
                (partners.count == 1
                    ? (fr ? "partenaire " : "partner ") : (fr ? "partenaires " : "partners "))
                    + partners.joined(separator: ", "))
        }
        if !facilitators.isEmpty {
            parts.append((fr ? "animation " : "facilitator ") + facilitators.joined(separator: ", "))
        }
        switch structures.count {
        case 0: break
        case 1: parts.append((fr ? "structure " : "organisation ") + structures[0])
        case 2...3: parts.append((fr ? "structures " : "organisations ") + structures.joined(separator: ", "))
        default:
            parts.append(
                "\(structures.count) " + (fr ? "structures" : "organisations") + " ("
                    + structures.prefix(2).joined(separator: ", ") + "…)")
        }
        if let place { parts.append(fr ? "même lieu (\(place))" : "same place (\(place))") }
        return parts.joined(separator: fr ? " ; " : "; ")
    }

    static func field(_ field: MeetingDraft.Field, _ fr: Bool) -> String {
        switch field {
        case .cohort: fr ? "Cohorte" : "Cohort"
        case .kind: "Type"
        case .title: fr ? "Intitulé" : "Title"
        case .date: "Date"
        case .time: fr ? "Heure" : "Time"
        case .duration: fr ? "Durée" : "Length"
        case .place: fr ? "Lieu" : "Place"
        case .videoLink: fr ? "Lien visio" : "Video link"
        case .facilitators: fr ? "Animation" : "Facilitators"
        case .agenda: fr ? "Ordre du jour" : "Agenda"
        case .invited: fr ? "Structures invitées" : "Invited organisations"
        case .partners: fr ? "Partenaires" : "Partners"
        case .notes: "Notes"
        case .recurrence: fr ? "Répétition" : "Repeat"
        case .occurrences: fr ? "Nombre de séances" : "Number of meetings"
        }
    }
}
