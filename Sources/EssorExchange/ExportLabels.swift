import EssorCore

/// The words of exported documents (iCalendar descriptions, attendance
/// sheets), in the interface language.
struct ExportLabels {
    let fr: Bool

    init(_ lang: Lang) { fr = lang == .fr }

    var cohort: String { fr ? "Cohorte" : "Cohort" }
    var kind: String { "Type" }
    var facilitators: String { fr ? "Animation" : "Facilitators" }
    var partners: String { fr ? "Partenaires" : "Partners" }
    var agenda: String { fr ? "Ordre du jour" : "Agenda" }
    var invited: String { fr ? "Structures invitées" : "Invited organisations" }
    var link: String { fr ? "Lien visio" : "Video link" }
    var notes: String { "Notes" }
    var sheetTitle: String { fr ? "Feuille d'émargement" : "Attendance sheet" }
    var programme: String { fr ? "Programme" : "Programme" }
    var funders: String { fr ? "Financeurs" : "Funders" }
    var meeting: String { fr ? "Séance" : "Meeting" }
    var date: String { "Date" }
    var times: String { fr ? "Horaires" : "Times" }
    var place: String { fr ? "Lieu" : "Place" }
    var structure: String { fr ? "Structure" : "Organisation" }
    var name: String { fr ? "Nom" : "Name" }
    var role: String { fr ? "Fonction" : "Role" }
    var arrival: String { fr ? "Arrivée" : "Arrival" }
    var signature: String { "Signature" }
    var extraRows: String { fr ? "Personnes non inscrites" : "Unlisted participants" }

    func kind(_ kind: MeetingKind) -> String {
        switch kind {
        case .workshop: fr ? "Atelier collectif" : "Collective workshop"
        case .oneToOne: fr ? "Rendez-vous individuel" : "One-to-one meeting"
        case .steering: fr ? "Comité de pilotage" : "Steering committee"
        case .webinar: fr ? "Webinaire" : "Webinar"
        }
    }

    func weekday(_ date: LocalDate) -> String {
        let names =
            fr
            ? ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
            : ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        return names[date.weekday - 1]
    }

    func month(_ month: Int) -> String {
        let names =
            fr
            ? [
                "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                "octobre",
                "novembre", "décembre",
            ]
            : [
                "January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October",
                "November", "December",
            ]
        return names[month - 1]
    }

    /// `jeudi 15 janvier 2027`.
    func longDate(_ date: LocalDate) -> String {
        fr
            ? "\(weekday(date)) \(date.day == 1 ? "1er" : String(date.day)) \(month(date.month)) \(date.year)"
            : "\(weekday(date)) \(date.day) \(month(date.month)) \(date.year)"
    }

    func time(_ t: LocalDateTime) -> String { fr ? t.frenchTime : t.clockTime }
}
