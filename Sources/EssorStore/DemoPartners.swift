import EssorCore

/// The demo's partners, named in the programme's presentation, and their
/// missions. Contacts are teams, never people.
enum DemoPartners {
    struct Entry {
        let partner: Partner
        let contacts: [Contact]
    }

    struct AssignmentEntry {
        let partner: String
        let cohort: Int
        let structure: String?
        let mission: String
        let days: Double
        let status: AssignmentStatus
    }

    static let franceActive = "France Active Normandie"
    static let bartle = "Bartle"
    static let fair = "FAIR avocats"
    static let fei = "FEI"

    static let all: [Entry] = [
        Entry(
            partner: Partner(
                id: 0, name: franceActive, expertise: "Finance solidaire",
                summary: """
                    Membre du réseau France Active : accompagnement des stratégies économiques, \
                    financement (primes, apports en capitaux, prêts, garanties d'emprunt \
                    bancaire) et mise en réseau des entrepreneurs engagés.
                    """, website: ""),
            contacts: [
                Contact(
                    name: "Pôle Coopérations", role: "Coordination de l'intervention ESSor",
                    email: "cooperations@france-active-normandie.example")
            ]),
        Entry(
            partner: Partner(
                id: 0, name: bartle, expertise: "Stratégie et innovation",
                summary: "Conseil en stratégie : design du projet collectif et de son modèle.",
                website: ""),
            contacts: [Contact(name: "Équipe conseil", role: "Missions ESSor", email: "essor@bartle.example")]
        ),
        Entry(
            partner: Partner(
                id: 0, name: fair, expertise: "Droit",
                summary: """
                    Cabinet d'avocats : formes juridiques de l'ESS, statuts des structures \
                    communes, groupements et marchés publics.
                    """, website: ""),
            contacts: [
                Contact(
                    name: "Secrétariat", role: "Prise de rendez-vous", email: "contact@fair-avocats.example")
            ]),
        Entry(
            partner: Partner(
                id: 0, name: fei, expertise: "Développement de projets",
                summary: "Partenaire du dispositif ; missions de mise en relation et d'essaimage.",
                website: ""),
            contacts: [Contact(name: "Accueil", role: "", email: "contact@fei.example")]),
    ]

    static func assignments(today: LocalDate) -> [AssignmentEntry] {
        let financial = "Étudier les documents financiers de chaque structure accompagnée"
        let modelling = "Outiller et accompagner la modélisation économique et financière du projet collectif"
        let effects = """
            Évaluer les incidences financières du projet collectif sur chaque structure porteuse \
            et orienter vers des financements adaptés
            """
        var entries: [AssignmentEntry] = []
        for cohort in 0..<3 {
            entries += [
                AssignmentEntry(
                    partner: franceActive, cohort: cohort, structure: nil, mission: financial, days: 5,
                    status: .done),
                AssignmentEntry(
                    partner: franceActive, cohort: cohort, structure: nil, mission: modelling, days: 4,
                    status: .done),
                AssignmentEntry(
                    partner: franceActive, cohort: cohort, structure: nil, mission: effects, days: 3,
                    status: .done),
            ]
        }
        entries += [
            AssignmentEntry(
                partner: franceActive, cohort: 3, structure: nil, mission: financial, days: 5,
                status: .ongoing),
            AssignmentEntry(
                partner: franceActive, cohort: 3, structure: nil, mission: modelling, days: 4,
                status: .planned),
            AssignmentEntry(
                partner: franceActive, cohort: 3, structure: "Épicerie Solidaire du Bessin",
                mission: "Diagnostic de trésorerie et plan de financement (structure fragile)",
                days: 1.5, status: .ongoing),
            AssignmentEntry(
                partner: bartle, cohort: 0, structure: nil,
                mission: "Stratégie et design du projet collectif", days: 5, status: .done),
            AssignmentEntry(
                partner: bartle, cohort: 3, structure: nil,
                mission: "Animation des ateliers de co-construction", days: 4, status: .ongoing),
            AssignmentEntry(
                partner: fair, cohort: 1, structure: nil,
                mission: "Choix de la forme juridique de la filière (SCIC)", days: 3, status: .done),
            AssignmentEntry(
                partner: fair, cohort: 2, structure: nil,
                mission: "Groupement momentané d'entreprises et réponse aux marchés publics",
                days: 4, status: .done),
            AssignmentEntry(
                partner: fair, cohort: 3, structure: nil,
                mission: "Statuts de la légumerie coopérative", days: 2, status: .planned),
            AssignmentEntry(
                partner: fei, cohort: 1, structure: nil,
                mission: "Essaimage de la filière sur d'autres territoires", days: 3, status: .done),
            AssignmentEntry(
                partner: fei, cohort: 2, structure: nil,
                mission: "Mise en relation avec les acheteurs publics", days: 2, status: .done),
        ]
        return entries
    }
}
