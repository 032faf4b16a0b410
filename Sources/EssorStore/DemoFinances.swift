import EssorCore

/// The demo's accounts (three closed years per structure, invented but
/// plausible for their size and legal form) and the example cohort's
/// project budget, in which the Épicerie Solidaire du Bessin, already
/// fragile, runs out of cash.
enum DemoFinances {
    /// Figures of a structure: its size sets the scale, its legal form the
    /// share of grants; a few are set by hand to tell a story.
    static func years(for entry: DemoStructures.Entry, index: Int, lastYear: Int) -> [FinancialYear] {
        if entry.name == "Épicerie Solidaire du Bessin" {
            return [
                year(
                    lastYear - 2, produits: 150_000, subventions: 96_000, charges: 148_000, masse: 94_000,
                    fondsPropres: 19_000, bilan: 52_000, tresorerie: 21_000, dettes: 14_000, amort: 3_000,
                    etp: 3.5),
                year(
                    lastYear - 1, produits: 146_000, subventions: 98_000, charges: 151_000, masse: 96_000,
                    fondsPropres: 14_000, bilan: 47_000, tresorerie: 14_500, dettes: 13_000, amort: 3_000,
                    etp: 3.5),
                year(
                    lastYear, produits: 142_000, subventions: 99_500, charges: 150_000, masse: 97_000,
                    fondsPropres: 6_000, bilan: 41_000, tresorerie: 9_500, dettes: 12_000, amort: 3_000,
                    etp: 3.5),
            ]
        }
        let grants: Double =
            switch entry.form {
            case .association, .foundation: 0.45
            case .scic: 0.22
            case .esus: 0.18
            case .mutual: 0.1
            default: 0.06
            }
        let people = max(1, entry.headcount)
        // A small, repeatable wobble per structure and year.
        func wobble(_ year: Int) -> Double { Double((index * 37 + year * 11) % 9 - 4) / 100 }
        return (0..<3).map { back in
            let y = lastYear - 2 + back
            let masse = (people * 34_000 * (1 + 0.03 * Double(back))).rounded()
            let charges = (masse / 0.68).rounded()
            let result = (charges * (0.015 + wobble(y) / 4)).rounded()
            let produits = charges + result
            let bilan = (produits * 0.55).rounded()
            return year(
                y, produits: produits, subventions: (produits * (grants + wobble(y) / 3)).rounded(),
                charges: charges,
                masse: masse, fondsPropres: (bilan * (0.3 + wobble(y))).rounded(), bilan: bilan,
                tresorerie: (charges * (75 + Double((index * 13) % 60)) / 365).rounded(),
                dettes: (bilan * 0.2).rounded(), amort: (charges * 0.03).rounded(), etp: people)
        }
    }

    /// France Active's financing in the example cohort: a grant and a
    /// guarantee granted, an honour loan still applied for (the Épicerie
    /// du Bessin's, whose orientation the Finances panel suggests, is left
    /// to be chosen).
    static func financings(ids: [String: StructureID], today: LocalDate) -> [Financing] {
        [
            Financing(
                structureID: ids["Les Paniers de la Vallée d'Eure"]!, cohortID: nil, instrument: .grant,
                amount: 15_000,
                status: .granted, note: "Prime d'amorçage de la plateforme de paniers", rule: .launchCost,
                grantedOn: today.adding(days: -20)),
            Financing(
                structureID: ids["Les Paniers de la Vallée d'Eure"]!, cohortID: nil, instrument: .honourLoan,
                amount: 8_000, status: .requested, note: "Comité de février"),
            Financing(
                structureID: ids["Cuisine Centrale d'Argentan"]!, cohortID: nil, instrument: .guarantee,
                amount: 30_000, status: .granted, note: "Garantie du prêt bancaire de la légumerie",
                grantedOn: today.adding(days: -40)),
        ]
    }

    /// One year; the balance sheet's four figures of the diagnostic are
    /// derived so that it adds up: stable resources are equity and
    /// financial debt, the other liabilities short-term debts, and what
    /// the assets hold besides cash is `immobilise` of fixed assets and
    /// the rest stocks and receivables (fonds de roulement − BFR is then
    /// the cash).
    static func year(
        _ y: Int, produits: Double, subventions: Double, charges: Double, masse: Double, fondsPropres: Double,
        bilan: Double, tresorerie: Double, dettes: Double, amort: Double, etp: Double,
        immobilise: Double = 0.55
    ) -> FinancialYear {
        let stable = fondsPropres + dettes
        let fixed = ((bilan - tresorerie) * immobilise).rounded()
        return FinancialYear(
            structureID: 0, year: y,
            values: [
                .income: produits, .grants: subventions, .expenses: charges, .payroll: masse,
                .result: produits - charges, .equity: fondsPropres, .balanceSheetTotal: bilan,
                .cash: tresorerie, .financialDebt: dettes, .depreciation: amort,
                .stableResources: stable, .fixedAssets: fixed, .currentAssets: bilan - tresorerie - fixed,
                .operatingDebts: bilan - stable, .fte: etp,
            ])
    }

    /// The example cohort's shared vegetable kitchen (légumerie), over
    /// three years from next year.
    static func model(cohort: CohortID, startYear: Int, ids: [String: StructureID]) -> ProjectModel {
        func share(_ name: String, _ percent: Double) -> ProjectShare {
            ProjectShare(structureID: ids[name]!, mode: .percent(percent))
        }
        let cuisine = "Cuisine Centrale d'Argentan"
        let table = "La Table Partagée"
        let maraichers = "Maraîchers du Pays de Caux"
        let epicerie = "Épicerie Solidaire du Bessin"
        return ProjectModel(
            cohortID: cohort, startYear: startYear, years: 3, dayRate: 350,
            lines: [
                ProjectLine(
                    kind: .expense, label: "Équipement de la légumerie", amounts: [48_000, 0, 0],
                    shares: [
                        share(cuisine, 40), share(table, 25), share(maraichers, 20), share(epicerie, 15),
                    ],
                    // Paid on delivery and installation.
                    months: [0, 30_000, 18_000, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
                ProjectLine(
                    kind: .expense, label: "Coordination du collectif (0,5 ETP)",
                    amounts: [22_000, 22_500, 23_000],
                    shares: [
                        ProjectShare(structureID: ids[cuisine]!, mode: .fixed(cash: 0, staffDays: 20)),
                        share(table, 40), share(maraichers, 30), share(epicerie, 30),
                    ]),
                ProjectLine(
                    kind: .expense, label: "Loyer et énergie de la légumerie",
                    amounts: [9_000, 9_000, 9_000],
                    shares: [share(cuisine, 50), share(table, 30), share(epicerie, 20)]),
                ProjectLine(
                    kind: .income, label: "Ventes de légumes préparés", amounts: [15_000, 45_000, 70_000],
                    shares: [
                        share(cuisine, 35), share(table, 25), share(maraichers, 25), share(epicerie, 15),
                    ],
                    // From April, once the kitchen runs.
                    months: [0, 0, 0, 1_000, 1_200, 1_400, 1_600, 1_800, 1_800, 2_000, 2_100, 2_100]),
                ProjectLine(
                    kind: .income, label: "Aide régionale au lancement", amounts: [20_000, 0, 0],
                    shares: [
                        share(cuisine, 40), share(table, 25), share(maraichers, 20), share(epicerie, 15),
                    ],
                    // Paid in November, after the costs it funds.
                    months: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20_000, 0]),
            ])
    }
}
