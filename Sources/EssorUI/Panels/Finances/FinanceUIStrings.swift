import EssorCore

/// The Finances panel's words: figures, ratios and their formulas, flags,
/// rules, instruments, the grids and their messages.
public enum FinanceUIMsg: Equatable, Sendable {
    case figure(FinancialYear.Figure)
    case ratio(RatioKind)
    case flag(FinanceFlag)
    case rule(FinancingRule)
    case instrument(FinancingInstrument)
    case status(FinancingStatus)
    case kind(ProjectLine.Kind)
    case colYear, colSubsidies, colCash, colEquity, colCAF, colResult, colFlag
    case accountsHeading
    case ratiosHeading(Int)
    case projectHeading(String)
    case orientationHeading, financingHeading
    case noAccounts, noProject, noRisk, noFinancing
    case effectLine(year: Int, change: String, cash: String, days: String, equity: String)
    case atRisk(year: Int)
    case riskCash(year: Int, gap: String)
    case riskEquity(year: Int, amount: String)
    case suggestion(instruments: String, amount: String, rule: String)
    case financingLine(instrument: String, amount: String, status: String, partner: String?)
    case baseYear(Int)
    case noBaseYear
    case na
    // Grids
    case accountsTitle(String)
    case modelTitle(String)
    case sharesTitle(String)
    case gridKeys, modelKeys, sharesKeys
    case totalExpenses, totalIncome, balance, totalPercent
    case colLine, colKind, colPercent, colContribution, colDays
    case colPart(Int)
    case dayRate(String)
    case newLine
    case badNumber(String, NumberReader.Problem)
    case unsaved
    case saved(String)
    case chooseCohort
    case recorded(String)
    case thresholdsNote(FinanceThresholds)
    case amountPrompt
    case gridConflict
}

enum FinanceUIStrings {
    static func text(_ msg: FinanceUIMsg, _ fr: Bool) -> String {
        switch msg {
        case .amountPrompt: return fr ? "Montant (€) : " : "Amount (€): "
        case .gridConflict:
            return fr
                ? "Quelqu'un d'autre a enregistré entre-temps : rien n'a été écrit. Notez vos chiffres, puis Échap deux fois et rouvrez pour repartir de sa version."
                : "Someone else saved meanwhile: nothing was written. Note your figures, then Esc twice and reopen to start from their version."
        case .figure(let f): return figure(f, fr)
        case .ratio(let r): return ratio(r, fr)
        case .flag(let flag):
            switch flag {
            case .green: return fr ? "vert" : "green"
            case .orange: return "orange"
            case .red: return fr ? "rouge" : "red"
            case .unknown: return "—"
            }
        case .rule(let rule):
            switch rule {
            case .cashFirstYear:
                return fr
                    ? "trésorerie sous le seuil rouge dès la 1re année → garantie + prêt"
                    : "cash under the red threshold in year 1 → guarantee + loan"
            case .cashLater:
                return fr
                    ? "trésorerie sous le seuil rouge plus tard → prêt participatif"
                    : "cash under the red threshold later → participative loan"
            case .negativeEquity:
                return fr
                    ? "fonds propres négatifs → apport en fonds propres"
                    : "negative equity → equity contribution"
            case .launchCost:
                return fr ? "coût de lancement ponctuel → prime" : "one-off launch cost → grant"
            }
        case .instrument(let i):
            switch i {
            case .prime: return fr ? "prime" : "grant"
            case .apportFondsPropres: return fr ? "apport en fonds propres" : "equity contribution"
            case .titresParticipatifs: return fr ? "titres participatifs" : "participative securities"
            case .contratApportAssociatif:
                return fr ? "contrat d'apport associatif" : "associative contribution"
            case .pretParticipatif: return fr ? "prêt participatif" : "participative loan"
            case .pretHonneur: return fr ? "prêt d'honneur" : "honour loan"
            case .garantie: return fr ? "garantie d'emprunt bancaire" : "bank-loan guarantee"
            }
        case .status(let s):
            switch s {
            case .envisagee: return fr ? "envisagée" : "considered"
            case .demandee: return fr ? "demandée" : "applied for"
            case .accordee: return fr ? "accordée" : "granted"
            case .refusee: return fr ? "refusée" : "refused"
            }
        case .kind(let k): return k == .expense ? (fr ? "charge" : "expense") : (fr ? "produit" : "income")
        case .colYear: return fr ? "Année" : "Year"
        case .colSubsidies: return fr ? "Subv." : "Grants"
        case .colCash: return fr ? "Tréso" : "Cash"
        case .colEquity: return fr ? "FP/bilan" : "Equity"
        case .colCAF: return "CAF"
        case .colResult: return fr ? "Résultats" : "Results"
        case .colFlag: return fr ? "État" : "State"
        case .accountsHeading: return fr ? "Comptes" : "Accounts"
        case .ratiosHeading(let y): return fr ? "Ratios \(y)" : "Ratios \(y)"
        case .projectHeading(let cohort):
            return fr ? "Projet collectif — \(cohort)" : "Collective project — \(cohort)"
        case .orientationHeading: return fr ? "Orientation financière" : "Financing orientation"
        case .financingHeading: return fr ? "Financements retenus" : "Financing chosen"
        case .noAccounts:
            return fr
                ? "Aucun compte saisi : e pour saisir, ou essor import finances"
                : "No accounts: e to enter them, or essor import finances"
        case .noProject:
            return fr
                ? "Aucun projet collectif modélisé pour ses cohortes (m dans une cohorte)"
                : "No collective project modelled for its cohorts (m in a cohort)"
        case .noRisk: return fr ? "Pas de risque décelé" : "No risk found"
        case .noFinancing:
            return fr
                ? "Aucun (Entrée sur une suggestion pour la retenir)"
                : "None (Enter on a suggestion to keep it)"
        case .effectLine(let year, let change, let cash, let days, let equity):
            return fr
                ? "\(year) : résultat \(change), trésorerie \(cash) (\(days)), fonds propres \(equity)"
                : "\(year): result \(change), cash \(cash) (\(days)), equity \(equity)"
        case .atRisk(let year): return fr ? "À risque dès \(year)" : "At risk from \(year)"
        case .riskCash(let year, let gap):
            return fr
                ? "Trésorerie sous le seuil rouge en \(year) ; \(gap) pour revenir au seuil orange"
                : "Cash under the red threshold in \(year); \(gap) to get back to orange"
        case .riskEquity(let year, let amount):
            return fr
                ? "Fonds propres négatifs en \(year) (\(amount))" : "Negative equity in \(year) (\(amount))"
        case .suggestion(let instruments, let amount, let rule):
            return fr
                ? "\(instruments), environ \(amount) — règle : \(rule)"
                : "\(instruments), about \(amount) — rule: \(rule)"
        case .financingLine(let instrument, let amount, let status, let partner):
            return "\(instrument) · \(amount) · \(status)" + (partner.map { " · \($0)" } ?? "")
        case .baseYear(let y): return fr ? "À partir des comptes \(y)" : "From the \(y) accounts"
        case .noBaseYear:
            return fr
                ? "Sans comptes : effets sur le résultat seulement"
                : "No accounts: effects on the result only"
        case .na: return fr ? "n/d" : "n/a"
        case .accountsTitle(let name): return fr ? "Comptes — \(name)" : "Accounts — \(name)"
        case .modelTitle(let name): return fr ? "Budget du projet — \(name)" : "Project budget — \(name)"
        case .sharesTitle(let line): return fr ? "Répartition — \(line)" : "Sharing — \(line)"
        case .gridKeys:
            return fr
                ? "←↑↓→ cellule · Entrée ou chiffre : saisir · a année de plus · d supprimer l'année · Ctrl-S enregistrer · Échap fermer"
                : "←↑↓→ cell · Enter or a digit: type · a add a year · d delete the year · Ctrl-S save · Esc close"
        case .modelKeys:
            return fr
                ? "Entrée : saisir · a ligne · d supprimer · Espace charge/produit · r répartition · + / - année · Ctrl-S enregistrer · Échap fermer"
                : "Enter: type · a line · d delete · Space expense/income · r sharing · + / - year · Ctrl-S save · Esc close"
        case .sharesKeys:
            return fr
                ? "% ou apport fixe (€ et jours valorisés) · t valeur d'une journée · Échap revenir au budget"
                : "% or a fixed contribution (€ and valued days) · t value of a day · Esc back to the budget"
        case .totalExpenses: return fr ? "Total des charges" : "Total expenses"
        case .totalIncome: return fr ? "Total des produits" : "Total income"
        case .balance: return fr ? "Solde" : "Balance"
        case .totalPercent: return fr ? "Total des %" : "Total %"
        case .colLine: return fr ? "Ligne" : "Line"
        case .colKind: return fr ? "Type" : "Kind"
        case .colPercent: return "%"
        case .colContribution: return fr ? "Apport €" : "Cash €"
        case .colDays: return fr ? "Jours" : "Days"
        case .colPart(let year): return fr ? "Part \(year)" : "Share \(year)"
        case .dayRate(let amount): return fr ? "1 journée = \(amount)" : "1 day = \(amount)"
        case .newLine: return fr ? "Nouvelle ligne" : "New line"
        case .badNumber(let text, .notANumber):
            return fr
                ? "« \(text) » n'est pas un nombre (ex. 1 234,56)"
                : "“\(text)” is not a number (e.g. 1 234,56)"
        case .badNumber(let text, .outOfRange(let range)):
            return "« \(text) » : " + FormStrings.outOfRange(range, fr).lowercasedFirst
        case .badNumber(let text, .notWhole):
            return fr ? "« \(text) » : nombre entier attendu" : "“\(text)”: whole number expected"
        case .unsaved:
            return fr
                ? "Modifications non enregistrées : Ctrl-S enregistre, Échap à nouveau les abandonne"
                : "Unsaved changes: Ctrl-S saves, Esc again drops them"
        case .saved(let name): return fr ? "Enregistré : « \(name) »" : "Saved: “\(name)”"
        case .chooseCohort:
            return fr
                ? "Choisissez d'abord une cohorte (1, puis Entrée sur la cohorte) pour modéliser son projet"
                : "Choose a cohort first (1, then Enter on it) to model its project"
        case .recorded(let what): return fr ? "Retenu : \(what)" : "Kept: \(what)"
        case .thresholdsNote(let t):
            func n(_ v: Double) -> String {
                DecimalFormat.string(v, lang: fr ? .fr : .en, maxFractionDigits: 1)
            }
            func p(_ v: Double) -> String { n(v * 100) + " %" }
            return fr
                ? "Seuils : trésorerie rouge < \(n(t[.cashDaysRed])) j, orange < \(n(t[.cashDaysOrange])) j ; subventions rouge > \(p(t[.subsidyRed])), orange > \(p(t[.subsidyOrange])) ; fonds propres rouge < \(p(t[.equityRed])), orange < \(p(t[.equityOrange])) (essor seuils pour les changer)"
                : "Thresholds: cash red < \(n(t[.cashDaysRed])) d, orange < \(n(t[.cashDaysOrange])) d; grants red > \(p(t[.subsidyRed])), orange > \(p(t[.subsidyOrange])); equity red < \(p(t[.equityRed])), orange < \(p(t[.equityOrange])) (essor seuils changes them)"
        }
    }

    static func figure(_ f: FinancialYear.Figure, _ fr: Bool) -> String {
        switch f {
        case .produits: fr ? "Produits d'exploitation" : "Operating income"
        case .subventions: fr ? "dont subventions" : "of which grants"
        case .charges: fr ? "Charges d'exploitation" : "Operating expenses"
        case .masseSalariale: fr ? "dont masse salariale" : "of which payroll"
        case .resultat: fr ? "Résultat net" : "Net result"
        case .fondsPropres: fr ? "Fonds propres" : "Equity"
        case .totalBilan: fr ? "Total du bilan" : "Balance sheet total"
        case .tresorerie: fr ? "Trésorerie" : "Cash"
        case .dettesFinancieres: fr ? "Dettes financières" : "Financial debts"
        case .amortissements: fr ? "Dotations aux amortissements" : "Depreciation"
        case .etp: fr ? "ETP" : "FTE"
        }
    }

    static func ratio(_ r: RatioKind, _ fr: Bool) -> String {
        switch r {
        case .subsidyDependency: fr ? "Dépendance aux subventions" : "Grant dependency"
        case .cashDays: fr ? "Trésorerie en jours de charges" : "Cash in days of expenses"
        case .equityRatio: fr ? "Autonomie financière" : "Equity ratio"
        case .caf: fr ? "CAF approchée" : "Approx. self-financing capacity"
        case .resultTrend: fr ? "Évolution du résultat" : "Result trend"
        }
    }
}
