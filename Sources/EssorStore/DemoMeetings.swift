import EssorCore

/// The demo's meetings: about seven per historical cohort and ten for the
/// example cohort, around `today`.
public enum DemoMeetings {
    struct Entry {
        let cohort: Int
        let kind: MeetingKind
        let title: String
        let date: LocalDate
        let hour: Int
        let minute: Int
        let minutes: Int
        let place: String
        var videoLink = ""
        var structure: String?
        var partners: [String] = []
        var agenda: [AgendaItem] = []
        var notes = ""
    }

    static func day(_ y: Int, _ m: Int, _ d: Int) -> LocalDate { LocalDate(year: y, month: m, day: d)! }

    static func workshopAgenda(_ topic: String, _ owner: String = "SocialCOBizz") -> [AgendaItem] {
        [
            AgendaItem(title: "Accueil et tour de table", minutes: 15, owner: "SocialCOBizz"),
            AgendaItem(title: "Retour sur la séance précédente", minutes: 15, owner: "SocialCOBizz"),
            AgendaItem(title: topic, minutes: 90, owner: owner),
            AgendaItem(title: "Décisions et prochaines étapes", minutes: 30, owner: "SocialCOBizz"),
        ]
    }

    static let caen = "Caen — salle de la Coopération"
    static let rouen = "Rouen — tiers-lieu des Docks, salle 2"
    static let visio = "Visioconférence"

    static func all(today: LocalDate) -> [Entry] {
        historical + example(today: today)
    }

    static let historical: [Entry] = [
        // Numérique, September 2022 – January 2023.
        Entry(
            cohort: 0, kind: .workshop, title: "Lancement de la cohorte", date: day(2022, 9, 15),
            hour: 14, minute: 0, minutes: 180, place: caen,
            agenda: workshopAgenda("Présentation des problématiques de chaque structure")),
        Entry(
            cohort: 0, kind: .workshop, title: "Diagnostic partagé des usages numériques",
            date: day(2022, 10, 6), hour: 9, minute: 30, minutes: 180, place: caen,
            partners: [DemoPartners.bartle], agenda: workshopAgenda("Cartographie des outils", "Bartle")),
        Entry(
            cohort: 0, kind: .oneToOne, title: "Documents financiers — Coop des Deux Rives",
            date: day(2022, 10, 20), hour: 10, minute: 0, minutes: 90, place: rouen,
            structure: "Coop des Deux Rives", partners: [DemoPartners.franceActive]),
        Entry(
            cohort: 0, kind: .workshop, title: "Scénarios de mutualisation", date: day(2022, 11, 10),
            hour: 14, minute: 0, minutes: 180, place: caen, partners: [DemoPartners.bartle],
            agenda: workshopAgenda("Trois scénarios, leurs coûts et leurs risques", "Bartle")),
        Entry(
            cohort: 0, kind: .webinar, title: "Outils libres et données partagées",
            date: day(2022, 12, 1), hour: 11, minute: 0, minutes: 60, place: visio,
            videoLink: "https://visio.socialcobizz.example/essor-numerique"),
        Entry(
            cohort: 0, kind: .steering, title: "Comité de pilotage — modèle économique",
            date: day(2022, 12, 15), hour: 14, minute: 0, minutes: 120, place: caen,
            partners: [DemoPartners.franceActive, DemoPartners.bartle]),
        Entry(
            cohort: 0, kind: .workshop, title: "Restitution et feuille de route",
            date: day(2023, 1, 19), hour: 14, minute: 0, minutes: 180, place: caen,
            partners: [DemoPartners.franceActive],
            agenda: workshopAgenda("Feuille de route du pôle numérique")),
        // Transition écologique, October 2022 – June 2023.
        Entry(
            cohort: 1, kind: .workshop, title: "Lancement de la cohorte", date: day(2022, 10, 13),
            hour: 9, minute: 30, minutes: 180, place: rouen,
            agenda: workshopAgenda("Les filières que chacun veut structurer")),
        Entry(
            cohort: 1, kind: .workshop, title: "Cartographie des gisements et des débouchés",
            date: day(2022, 11, 24), hour: 9, minute: 30, minutes: 180, place: rouen,
            partners: [DemoPartners.fei], agenda: workshopAgenda("Gisements de matériaux", "FEI")),
        Entry(
            cohort: 1, kind: .oneToOne, title: "Documents financiers — Recyclerie de la Risle",
            date: day(2023, 1, 12), hour: 14, minute: 0, minutes: 90,
            place: "Pont-Audemer — locaux de la recyclerie",
            structure: "Recyclerie de la Risle", partners: [DemoPartners.franceActive]),
        Entry(
            cohort: 1, kind: .workshop, title: "Quelle forme juridique pour la filière ?",
            date: day(2023, 2, 9), hour: 14, minute: 0, minutes: 180, place: rouen,
            partners: [DemoPartners.fair],
            agenda: workshopAgenda("SCIC, association, GIE : comparer", "FAIR avocats")),
        Entry(
            cohort: 1, kind: .steering, title: "Comité de pilotage", date: day(2023, 3, 16),
            hour: 10, minute: 0, minutes: 120, place: rouen, partners: [DemoPartners.franceActive]),
        Entry(
            cohort: 1, kind: .workshop, title: "Modèle économique de la plateforme de réemploi",
            date: day(2023, 4, 20), hour: 9, minute: 30, minutes: 180, place: rouen,
            partners: [DemoPartners.franceActive],
            agenda: workshopAgenda("Compte de résultat prévisionnel", "France Active Normandie")),
        Entry(
            cohort: 1, kind: .workshop, title: "Clôture et suites", date: day(2023, 6, 22),
            hour: 14, minute: 0, minutes: 180, place: rouen, agenda: workshopAgenda("Plan d'essaimage")),
        // Commande publique, October 2022 – June 2023.
        Entry(
            cohort: 2, kind: .workshop, title: "Lancement de la cohorte", date: day(2022, 10, 20),
            hour: 14, minute: 0, minutes: 180, place: caen,
            agenda: workshopAgenda("Expériences des marchés publics")),
        Entry(
            cohort: 2, kind: .webinar, title: "Lire un dossier de consultation", date: day(2022, 11, 17),
            hour: 11, minute: 0, minutes: 60, place: visio,
            videoLink: "https://visio.socialcobizz.example/essor-commande-publique",
            partners: [DemoPartners.fair]),
        Entry(
            cohort: 2, kind: .workshop, title: "Le groupement momentané d'entreprises",
            date: day(2023, 1, 26), hour: 14, minute: 0, minutes: 180, place: caen,
            partners: [DemoPartners.fair], agenda: workshopAgenda("Convention de groupement", "FAIR avocats")),
        Entry(
            cohort: 2, kind: .oneToOne, title: "Documents financiers — La Table Partagée",
            date: day(2023, 2, 16), hour: 10, minute: 0, minutes: 90, place: "Le Havre — La Table Partagée",
            structure: "La Table Partagée", partners: [DemoPartners.franceActive]),
        Entry(
            cohort: 2, kind: .workshop, title: "Rencontre avec des acheteurs publics",
            date: day(2023, 3, 23), hour: 9, minute: 30, minutes: 180, place: caen,
            partners: [DemoPartners.fei], agenda: workshopAgenda("Ce qu'attendent les acheteurs", "FEI")),
        Entry(
            cohort: 2, kind: .steering, title: "Comité de pilotage", date: day(2023, 5, 11),
            hour: 14, minute: 0, minutes: 120, place: caen,
            partners: [DemoPartners.franceActive, DemoPartners.fair]),
        Entry(
            cohort: 2, kind: .workshop, title: "Première réponse commune et clôture",
            date: day(2023, 6, 29), hour: 14, minute: 0, minutes: 180, place: caen,
            agenda: workshopAgenda("Retour sur la première réponse du groupement")),
    ]

    /// The working day `days` after `today` (a weekend moves to Monday).
    public static func workday(_ today: LocalDate, _ days: Int) -> LocalDate {
        let date = today.adding(days: days)
        return date.weekday >= 6 ? date.adding(days: 8 - date.weekday) : date
    }

    /// The example cohort's meetings, placed relative to `today`.
    static func example(today: LocalDate) -> [Entry] {
        let argentan = "Argentan — cuisine centrale, salle de réunion"
        let bayeux = "Bayeux — Épicerie Solidaire du Bessin"
        return [
            Entry(
                cohort: 3, kind: .workshop, title: "Lancement de la cohorte", date: workday(today, -63),
                hour: 14, minute: 0, minutes: 180, place: argentan,
                agenda: workshopAgenda("Les besoins d'approvisionnement de chacun")),
            Entry(
                cohort: 3, kind: .workshop, title: "Diagnostic des flux de produits frais",
                date: workday(today, -42), hour: 9, minute: 30, minutes: 180, place: argentan,
                partners: [DemoPartners.bartle],
                agenda: workshopAgenda("Qui produit, qui achète, quand", "Bartle")),
            Entry(
                cohort: 3, kind: .oneToOne, title: "Documents financiers — Épicerie Solidaire du Bessin",
                date: workday(today, -28), hour: 10, minute: 0, minutes: 90, place: bayeux,
                structure: "Épicerie Solidaire du Bessin", partners: [DemoPartners.franceActive],
                notes: "Trésorerie tendue : trois mois de charges. Étudier un prêt d'honneur."),
            Entry(
                cohort: 3, kind: .workshop, title: "Scénarios pour une légumerie partagée",
                date: workday(today, -14), hour: 14, minute: 0, minutes: 180, place: argentan,
                partners: [DemoPartners.bartle],
                agenda: workshopAgenda("Trois scénarios de légumerie", "Bartle")),
            Entry(
                cohort: 3, kind: .workshop, title: "Co-construction du modèle économique",
                date: workday(today, 2), hour: 14, minute: 30, minutes: 180, place: argentan,
                partners: [DemoPartners.franceActive, DemoPartners.bartle],
                agenda: workshopAgenda("Volumes, prix et charges de la légumerie", "France Active Normandie")),
            Entry(
                cohort: 3, kind: .oneToOne, title: "Documents financiers — Cuisine Centrale d'Argentan",
                date: workday(today, 6), hour: 10, minute: 0, minutes: 90, place: argentan,
                structure: "Cuisine Centrale d'Argentan", partners: [DemoPartners.franceActive]),
            Entry(
                cohort: 3, kind: .webinar, title: "La loi EGalim et la restauration collective",
                date: workday(today, 9), hour: 11, minute: 0, minutes: 60, place: visio,
                videoLink: "https://visio.socialcobizz.example/essor-alimentation"),
            Entry(
                cohort: 3, kind: .workshop, title: "Statuts de la légumerie coopérative",
                date: workday(today, 23), hour: 14, minute: 0, minutes: 180, place: argentan,
                partners: [DemoPartners.fair],
                agenda: workshopAgenda("SCIC : sociétaires et gouvernance", "FAIR avocats")),
            Entry(
                cohort: 3, kind: .steering, title: "Comité de pilotage", date: workday(today, 37),
                hour: 10, minute: 0, minutes: 120, place: argentan,
                partners: [DemoPartners.franceActive, DemoPartners.bartle]),
            Entry(
                cohort: 3, kind: .workshop, title: "Restitution du projet collectif",
                date: workday(today, 100), hour: 14, minute: 0, minutes: 180, place: argentan,
                agenda: workshopAgenda("Plan de financement et calendrier")),
        ]
    }

    /// The week an example meeting's attendance is drawn from: its week
    /// had the demo been built on Wednesday 2 December 2026. The example
    /// cohort moves with today, so drawing from its real week would change
    /// who came (and the figures the report shows) from one week to the
    /// next; this way a demo built on any day tells the same story.
    static func exampleWeek(of date: LocalDate, today: LocalDate) -> Int {
        let days = date.daysSinceEpoch - today.daysSinceEpoch
        let weeks = days >= 0 ? days / 7 : -((-days + 6) / 7)
        return referenceWeek + weeks
    }

    /// The week, counted from 1 January 1970 as `start / 604 800`, of
    /// 2 December 2026 at noon in Paris.
    static let referenceWeek = 2969

    /// Deterministic attendance for a past meeting of week `week`: most
    /// came, a few excused themselves, one in seven was absent.
    static func attendance(invited: [StructureID], people: [StructureID: String], start: Int64, week: Int)
        -> [Attendance]
    {
        invited.enumerated().map { index, structure in
            // Meetings fall on the same weekdays, so mix in the week number.
            let roll = (Int(structure) * 3 + week * 5 + index) % 7
            let status: AttendanceStatus = roll == 0 ? .absent : roll == 1 ? .excused : .present
            return Attendance(
                structureID: structure, person: people[structure] ?? "",
                status: status, arrivedAt: status == .present ? start + Int64(roll * 60) : nil)
        }
    }
}
