/// Word lists for synthetic stores: French names with accents, œ and
/// apostrophes, and a few in other scripts and with emoji, so that
/// measurements include the text real users type.
enum SyntheticNames {
    static let heads = [
        "Association", "Coopérative", "Les Ateliers", "La Ressourcerie", "Épicerie Solidaire",
        "Jardin Partagé",
        "L'Atelier", "Recyclerie", "Tiers-lieu", "Maison", "Régie de Quartier", "Collectif", "Réseau",
        "Fabrique", "Chantier d'Insertion", "Union", "Mutuelle", "Fondation", "Amicale", "Cuisine Centrale",
        "Les Paniers", "Œuvre", "Café Associatif", "Garage Solidaire", "Crèche Parentale",
        "Entreprise Adaptée",
    ]
    static let cores = [
        "du Bocage", "des Deux Rives", "de l'Orne", "du Vélo", "Commune", "du Bois", "de l'Énergie Citoyenne",
        "des Saveurs", "de la Côte", "du Perche", "du Pays d'Auge", "de la Vallée", "des Marais",
        "du Cotentin",
        "de la Seine", "des Écluses", "du Bessin", "de la Hague", "des Falaises", "du Lieuvin", "du Vexin",
        "de l'Avre", "des Collines", "du Littoral", "de la Forêt", "des Prés", "du Marché", "de l'Œuvre",
    ]
    static let tails = [
        "", "", "", "", "Solidaire", "Normande", "Citoyenne", "et Partage", "Durable", "pour Tous",
        "en Transition",
        "Nouvelle", "d'Avenir", "Coopérative",
    ]
    static let foreign = [
        "東京協同組合", "合作社 新星", "협동조합 바다", "Coop 🌱 Verte", "Ressourcerie ♻️", "Épicerie 🥕 du Coin",
    ]

    /// (postcode, town), in Normandy and beyond.
    static let towns: [(String, String)] = [
        ("14000", "Caen"), ("14100", "Lisieux"), ("14400", "Bayeux"), ("14500", "Vire Normandie"),
        ("14600", "Honfleur"), ("14700", "Falaise"), ("27000", "Évreux"), ("27200", "Vernon"),
        ("27300", "Bernay"),
        ("27400", "Louviers"), ("27500", "Pont-Audemer"), ("50000", "Saint-Lô"),
        ("50100", "Cherbourg-en-Cotentin"),
        ("50200", "Coutances"), ("50300", "Avranches"), ("50400", "Granville"), ("61000", "Alençon"),
        ("61100", "Flers"), ("61200", "Argentan"), ("61300", "L'Aigle"), ("61400", "Mortagne-au-Perche"),
        ("76000", "Rouen"), ("76200", "Dieppe"), ("76400", "Fécamp"), ("76500", "Elbeuf"),
        ("76600", "Le Havre"),
        ("35000", "Rennes"), ("44000", "Nantes"), ("59000", "Lille"), ("69001", "Lyon"), ("75011", "Paris"),
        ("13001", "Marseille"), ("31000", "Toulouse"), ("33000", "Bordeaux"), ("67000", "Strasbourg"),
    ]

    static let sectors = [
        "Réemploi", "Insertion", "Alimentation durable", "Mobilités douces", "Énergie", "Médiation numérique",
        "Culture", "Petite enfance", "Aide à domicile", "Bâtiment", "Espaces verts", "Tourisme solidaire",
    ]

    static let firstNames = [
        "Camille", "Léa", "Hugo", "Inès", "Théo", "Chloé", "Nathan", "Zoé", "Noé", "Élise", "Gaël", "Maëlle",
        "Jérôme", "Anaïs", "Loïc", "Héloïse", "François", "Bérénice",
    ]
    static let lastNames = [
        "Martin", "Lefèvre", "Lemoine", "Hébert", "Leroux", "Duval", "Guérin", "Marie", "Lebrun", "Le Goff",
        "Boucher", "Delacroix", "D'Almeida", "Öztürk", "Nguyễn",
    ]

    static let cohortThemes = [
        "Numérique", "Transition écologique", "Commande publique", "Alimentation durable", "Mobilité",
        "Emploi et insertion", "Habitat", "Culture et territoires",
    ]

    static let meetingTitles = [
        "Atelier de co-construction", "Lancement de la cohorte", "Diagnostic partagé", "Comité de pilotage",
        "Modèle économique", "Point d'étape", "Restitution", "Webinaire thématique", "Rendez-vous individuel",
    ]

    static let expertises = [
        "Finance solidaire", "Droit", "Stratégie", "Numérique", "Communication", "Gestion",
    ]
}
