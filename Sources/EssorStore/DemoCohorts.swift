import EssorCore

/// The demo's cohorts: the programme's three (periods from its public
/// presentation) and one example running around today.
enum DemoCohorts {
    /// Index of the example cohort in `all(today:)`.
    static let example = 3

    static func all(today: LocalDate) -> [Cohort] {
        [
            Cohort(
                id: 0, name: "Numérique", theme: "Numérique",
                startDate: LocalDate(year: 2022, month: 9, day: 1)!,
                endDate: LocalDate(year: 2023, month: 1, day: 31)!,
                summary: """
                    Structures dont les outils et les usages numériques freinent l'activité : \
                    logiciels dispersés, données non partagées, compétences isolées.
                    """,
                project: CollectiveProject(
                    title: "Pôle numérique mutualisé",
                    summary: """
                        Un bouquet d'outils libres hébergés en commun, un référent partagé pour la \
                        maintenance et un programme de formation entre pairs.
                        """, stage: .launched)),
            Cohort(
                id: 0, name: "Filières de la transition écologique",
                theme: "Transition écologique",
                startDate: LocalDate(year: 2022, month: 10, day: 3)!,
                endDate: LocalDate(year: 2023, month: 6, day: 30)!,
                summary: """
                    Structurer de nouvelles filières locales : réemploi, énergie citoyenne, \
                    mobilités douces et bois bocager.
                    """,
                project: CollectiveProject(
                    title: "Filière de réemploi des matériaux du bâtiment",
                    summary: """
                        Collecte sur les chantiers, plateforme de stockage et revente aux artisans \
                        et aux particuliers, avec des parcours d'insertion.
                        """, stage: .pilot)),
            Cohort(
                id: 0, name: "Accès à la commande publique", theme: "Commande publique",
                startDate: LocalDate(year: 2022, month: 10, day: 10)!,
                endDate: LocalDate(year: 2023, month: 6, day: 30)!,
                summary: """
                    Des structures trop petites pour répondre seules aux marchés publics \
                    d'entretien, de restauration et de services.
                    """,
                project: CollectiveProject(
                    title: "Groupement solidaire de réponse aux marchés publics",
                    summary: """
                        Un groupement momentané d'entreprises de l'ESS, une veille partagée des \
                        appels d'offres et un mandataire commun.
                        """, stage: .launched)),
            Cohort(
                id: 0, name: "Exemple — Alimentation durable", theme: "Alimentation (exemple)",
                startDate: today.adding(days: -70), endDate: today.adding(days: 110),
                summary: """
                    Cohorte d'exemple, inventée pour la démonstration : des structures de l'aide \
                    alimentaire et de la restauration collective veulent s'approvisionner \
                    localement.
                    """,
                project: CollectiveProject(
                    title: "Légumerie et logistique partagées",
                    summary: """
                        Une légumerie coopérative qui prépare les produits de maraîchers locaux \
                        pour les cantines et les épiceries solidaires, avec une tournée de \
                        livraison commune.
                        """, stage: .design)),
        ]
    }
}
