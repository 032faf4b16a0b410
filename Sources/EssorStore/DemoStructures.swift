import EssorCore

/// The demo's structures: invented names, people and numbers (phones in the
/// ranges ARCEP reserves for fiction, mail under `.example`); towns and
/// postcodes are real so that département checks hold.
enum DemoStructures {
    struct Entry {
        let name: String
        let form: LegalForm
        let address: String
        let postcode: String
        let town: String
        let sector: String
        let headcount: Double
        let problem: String
        let contacts: [Contact]
        /// Indexes into `DemoCohorts.all`.
        let cohorts: [Int]

        func structure(index: Int) -> Structure {
            // A SIREN that passes Luhn, then the establishment number 0001x.
            let seed = String(81_234_500 + index * 7_919)
            let siren = Siret.appendingCheckDigit(seed)
            let slug = String(
                SearchFolding.fold(name).map { $0.isLetter || $0.isNumber ? $0 : "-" }
                    .split(separator: "-").joined(separator: "-").prefix(28))
            return Structure(
                id: 0, name: name, legalForm: form, siret: Siret.appendingCheckDigit(siren + "0001"),
                address: address, postcode: postcode, town: town,
                departement: Departement.code(forPostcode: postcode) ?? "", sector: sector,
                headcount: headcount, website: "https://\(slug).example", problem: problem,
                creationDate: DemoStructures.created[name])
        }
    }

    static func person(_ name: String, _ role: String, _ domain: String, _ phone: String) -> Contact {
        let login = SearchFolding.fold(name).replacing(" ", with: ".")
        return Contact(name: name, role: role, email: "\(login)@\(domain).example", phone: phone)
    }

    /// Creation dates known for some (the others are left unknown, as
    /// they often are): two are young enough for RCO05 in the example
    /// cohort's first year.
    static let created: [String: LocalDate] = [
        "Épicerie Solidaire du Bessin": LocalDate(year: 2024, month: 3, day: 12)!,
        "Les Paniers de la Vallée d'Eure": LocalDate(year: 2024, month: 9, day: 4)!,
        "Cuisine Centrale d'Argentan": LocalDate(year: 2011, month: 6, day: 20)!,
        "Coop des Deux Rives": LocalDate(year: 2016, month: 1, day: 15)!,
        "Maraîchers du Pays de Caux": LocalDate(year: 2008, month: 4, day: 1)!,
    ]

    static let all: [Entry] = [
        Entry(
            name: "Coop des Deux Rives", form: .scop, address: "12 quai du Havre", postcode: "76000",
            town: "Rouen", sector: "Services numériques", headcount: 9,
            problem: """
                Nos outils de gestion sont dispersés entre cinq logiciels et les données des \
                clients ne sont pas partagées entre associés.
                """,
            contacts: [
                person("Camille Roussel", "Gérante", "deux-rives", "02 61 91 10 01"),
                person("Yanis Le Goff", "Développeur", "deux-rives", "06 39 98 10 02"),
            ], cohorts: [0, 3]),
        Entry(
            name: "Clic Solidaire", form: .association, address: "4 rue de Bretagne",
            postcode: "14000", town: "Caen", sector: "Médiation numérique", headcount: 4.5,
            problem: """
                Trop de demandes d'accompagnement aux démarches en ligne pour deux médiatrices ; \
                pas d'outil de prise de rendez-vous.
                """,
            contacts: [person("Inès Moreau", "Coordinatrice", "clic-solidaire", "02 61 91 10 11")],
            cohorts: [0]),
        Entry(
            name: "Les Ateliers du Bocage", form: .association, address: "La Grande Ferme",
            postcode: "14500", town: "Vire Normandie", sector: "Ressourcerie", headcount: 14,
            problem: """
                Les ventes en ligne des objets réemployés restent artisanales et ne couvrent pas \
                le temps passé.
                """,
            contacts: [
                person("Martin Lecoq", "Directeur", "ateliers-bocage", "02 61 91 10 21"),
                person("Sarah Benali", "Encadrante technique", "ateliers-bocage", "06 39 98 10 22"),
            ], cohorts: [0, 1]),
        Entry(
            name: "Réseau Œuvre Commune", form: .association, address: "9 rue des Granges",
            postcode: "61000", town: "Alençon", sector: "Insertion professionnelle", headcount: 22,
            problem: """
                Les salariés en insertion n'ont pas accès aux outils numériques dont les \
                employeurs du territoire ont besoin.
                """,
            contacts: [person("Louise Fleury", "Directrice", "oeuvre-commune", "02 61 91 10 31")],
            cohorts: [0]),
        Entry(
            name: "La Fabrique Cotentine", form: .scic, address: "2 rue de la Marine",
            postcode: "50100", town: "Cherbourg-en-Cotentin", sector: "Tiers-lieu", headcount: 6,
            problem: """
                Le tiers-lieu accueille vingt associations sans système commun de réservation \
                ni de facturation.
                """,
            contacts: [person("Hugo Lemarchand", "Co-gérant", "fabrique-cotentine", "02 61 91 10 41")],
            cohorts: [0]),
        Entry(
            name: "Recyclerie de la Risle", form: .association, address: "Zone du Clos Potier",
            postcode: "27500", town: "Pont-Audemer", sector: "Réemploi", headcount: 11,
            problem: """
                Les matériaux de construction récupérés faute de débouchés finissent en \
                déchetterie.
                """,
            contacts: [person("Nadia Perrin", "Responsable", "recyclerie-risle", "02 61 91 10 51")],
            cohorts: [1]),
        Entry(
            name: "Énergies Citoyennes du Perche", form: .scic, address: "1 place du Marché",
            postcode: "61400", town: "Mortagne-au-Perche", sector: "Énergies renouvelables",
            headcount: 2,
            problem: """
                Des projets photovoltaïques portés par des habitants, mais aucune compétence \
                salariée pour les mener.
                """,
            contacts: [person("Paul Girard", "Président", "energies-perche", "06 39 98 10 61")],
            cohorts: [1]),
        Entry(
            name: "Maraîchers du Pays de Caux", form: .cooperative, address: "Route d'Yport",
            postcode: "76400", town: "Fécamp", sector: "Agriculture biologique", headcount: 8,
            problem: """
                Les légumes déclassés sont perdus faute de transformation ; la logistique vers \
                les villes coûte trop cher à chaque ferme seule.
                """,
            contacts: [person("Chloé Vasseur", "Animatrice", "maraichers-caux", "02 61 91 10 71")],
            cohorts: [1, 3]),
        Entry(
            name: "Vélos en Seine", form: .association, address: "33 rue de la République",
            postcode: "76500", town: "Elbeuf", sector: "Mobilités douces", headcount: 5,
            problem: """
                L'atelier de réparation est saturé et la remise en état des vélos abandonnés \
                n'a pas de modèle économique.
                """,
            contacts: [person("Théo Marchand", "Coordinateur", "velos-seine", "02 61 91 10 81")],
            cohorts: [1]),
        Entry(
            name: "Bois Bocager Normand", form: .scic, address: "Le Bourg",
            postcode: "50000", town: "Saint-Lô", sector: "Filière bois-énergie", headcount: 3,
            problem: """
                Les agriculteurs entretiennent leurs haies mais ne trouvent pas d'acheteurs \
                réguliers pour le bois déchiqueté.
                """,
            contacts: [person("Élise Guérin", "Gérante", "bois-bocager", "02 61 91 10 91")],
            cohorts: [1]),
        Entry(
            name: "Économie Circulaire Pays d'Auge", form: .association,
            address: "18 boulevard Sainte-Anne", postcode: "14100", town: "Lisieux",
            sector: "Économie circulaire", headcount: 7,
            problem: """
                Beaucoup d'initiatives de réemploi sur le territoire, aucune coordination ni \
                outil commun de collecte.
                """,
            contacts: [person("Jeanne Lefort", "Chargée de projet", "eco-circulaire-auge", "02 61 91 11 01")],
            cohorts: [1]),
        Entry(
            name: "Bâtir Ensemble Évreux", form: .association, address: "5 rue Isambard",
            postcode: "27000", town: "Évreux", sector: "Chantier d'insertion (BTP)", headcount: 26,
            problem: """
                Les marchés publics de rénovation sont trop gros pour le chantier d'insertion \
                seul, et les clauses sociales profitent à d'autres.
                """,
            contacts: [person("Karim Haddad", "Directeur", "batir-ensemble", "02 61 91 11 11")],
            cohorts: [2]),
        Entry(
            name: "Les Jardins du Littoral", form: .scop, address: "Chemin des Salines",
            postcode: "50400", town: "Granville", sector: "Espaces verts", headcount: 12,
            problem: """
                Les appels d'offres d'entretien des espaces verts exigent des références et \
                une capacité que la SCOP n'a pas seule.
                """,
            contacts: [person("Lucie Hamon", "Gérante", "jardins-littoral", "02 61 91 11 21")],
            cohorts: [2]),
        Entry(
            name: "La Table Partagée", form: .esus, address: "71 rue de Paris",
            postcode: "76600", town: "Le Havre", sector: "Restauration solidaire", headcount: 15,
            problem: """
                Le restaurant d'insertion veut répondre aux marchés de restauration collective \
                mais ne sait pas chiffrer une offre.
                """,
            contacts: [person("Antoine Duval", "Directeur", "table-partagee", "02 61 91 11 31")],
            cohorts: [2, 3]),
        Entry(
            name: "Blanchisserie Solidaire de l'Orne", form: .esus, address: "ZA de la Blanche",
            postcode: "61100", town: "Flers", sector: "Blanchisserie", headcount: 18,
            problem: """
                Les hôpitaux et les EHPAD du territoire passent par des marchés publics \
                auxquels la blanchisserie n'a jamais répondu.
                """,
            contacts: [
                person("Sophie Renard", "Responsable commerciale", "blanchisserie-orne", "02 61 91 11 41")
            ],
            cohorts: [2]),
        Entry(
            name: "Nettoyage Coopératif de Dieppe", form: .scic, address: "3 rue Duquesne",
            postcode: "76200", town: "Dieppe", sector: "Propreté", headcount: 20,
            problem: """
                Les mairies attribuent les marchés de propreté à de grands groupes ; la SCIC \
                veut se grouper avec d'autres structures d'insertion.
                """,
            contacts: [person("Mehdi Benoît", "Gérant", "nettoyage-dieppe", "02 61 91 11 51")],
            cohorts: [2]),
        Entry(
            name: "Épicerie Solidaire du Bessin", form: .association, address: "6 rue Saint-Jean",
            postcode: "14400", town: "Bayeux", sector: "Aide alimentaire", headcount: 3.5,
            problem: """
                Les dons diminuent et les produits frais manquent ; la trésorerie ne permet pas \
                d'acheter aux producteurs locaux.
                """,
            contacts: [
                person("Margaux Lebrun", "Coordinatrice", "epicerie-bessin", "02 61 91 11 61"),
                person("Gilles Poulain", "Trésorier bénévole", "epicerie-bessin", "06 39 98 11 62"),
            ], cohorts: [3]),
        Entry(
            name: "Les Paniers de la Vallée d'Eure", form: .association,
            address: "14 avenue de Rouen", postcode: "27200", town: "Vernon",
            sector: "Circuits courts", headcount: 4,
            problem: """
                Les paniers de légumes se vendent bien en été, mal en hiver : il faut d'autres \
                débouchés réguliers.
                """,
            contacts: [person("Romain Caron", "Animateur", "paniers-eure", "02 61 91 11 71")],
            cohorts: [3]),
        Entry(
            name: "Cuisine Centrale d'Argentan", form: .scic, address: "Rue de la Noé",
            postcode: "61200", town: "Argentan", sector: "Restauration collective", headcount: 24,
            problem: """
                La loi impose 50 % de produits durables dans les cantines ; la cuisine centrale \
                n'a ni légumerie ni fournisseurs locaux organisés.
                """,
            contacts: [person("Nathalie Morel", "Directrice", "cuisine-argentan", "02 61 91 11 81")],
            cohorts: [3]),
        Entry(
            name: "Fondation Terres Nourricières", form: .foundation,
            address: "Boulevard de Verdun", postcode: "76200", town: "Dieppe",
            sector: "Transition alimentaire", headcount: 5,
            problem: """
                Finance des projets alimentaires isolés ; souhaite soutenir un projet collectif \
                durable plutôt que des actions ponctuelles.
                """,
            contacts: [person("Olivier Lambert", "Délégué général", "terres-nourricieres", "02 61 91 11 91")],
            cohorts: [3]),
        Entry(
            name: "Mutuelle Solidaire du Littoral", form: .mutual, address: "2 place Littré",
            postcode: "50300", town: "Avranches", sector: "Santé et prévention", headcount: 10,
            problem: """
                Les actions de prévention nutrition touchent peu de monde ; la mutuelle cherche \
                des partenaires de terrain.
                """,
            contacts: [
                person("Anne-Sophie Leclerc", "Chargée de prévention", "mutuelle-littoral", "02 61 91 12 01")
            ],
            cohorts: [3]),
    ]
}
