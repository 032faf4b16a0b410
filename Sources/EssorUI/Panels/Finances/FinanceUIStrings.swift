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
    /// The overall state and the ratios that set it.
    case stateDecided(FinanceFlag, [RatioKind])
    /// How the five flags and the overall state are decided, one rule per line.
    case stateRules
    case projectHeading(String)
    case orientationHeading, financingHeading
    case noAccounts, noProject, noRisk, noFinancing
    case effectLine(year: Int, change: String, cash: String, days: String, equity: String)
    case atRisk(year: Int)
    /// A suggested instrument's amount cut at its ceiling, raised to its
    /// minimum, or a guarantee's share of a bank loan.
    case partCeiling(String)
    case partFloor(String)
    case partCoverage(share: String, loan: String)
    /// What a suggestion's instruments leave uncovered.
    case uncovered(String)
    /// A suggestion whose instruments are already kept.
    case keptSuggestion(String)
    /// Enter on a suggestion already kept.
    case alreadyKept(String)
    /// The base year lacks figures the risk is judged on.
    case riskNotJudged(year: Int, missing: [FinancialYear.Figure], riskFound: Bool)
    case riskCash(year: Int, gap: String)
    case riskEquity(year: Int, amount: String)
    /// Cash below zero at the end of a month of the first year.
    case riskCashMonth(year: Int, month: Int, cash: String)
    /// The first year's lowest cash by the monthly plan.
    case lowestMonth(year: Int, month: Int, cash: String)
    case suggestion(instruments: String, amount: String, rule: String)
    case financingLine(instrument: String, amount: String, status: String, partner: String?)
    case baseYear(Int)
    case noBaseYear
    case na
    // Grids
    case accountsTitle(String)
    case modelTitle(String)
    case sharesTitle(String)
    case gridKeys, modelKeys, sharesKeys, cashPlanKeys
    case cashPlanTitle(name: String, year: Int)
    case colPlanned, cashAtMonthEnd
    case colBudgetYear(Int)
    /// The project's lowest cash at a month's end, from zero.
    case planLowest(month: String, year: Int, cash: String, negative: Bool)
    /// Lines whose months do not add up to the year's amount.
    case planUneven(count: Int, first: String, planned: String, amount: String)
    /// In a member's detail: a line whose months do not make its year.
    case planUnevenLine(line: String, year: Int, planned: String, amount: String)
    case totalExpenses, totalIncome, balance, totalShares
    case lineAmount(Int)
    /// What a line's sharing charges against its amount, that year, and
    /// what is left over (nil: it adds up).
    case sharingStatus(year: Int, shared: String, amount: String, gap: String?, over: Bool)
    case sharingNone
    case sharingRule(rest: String)
    /// The other years a line's sharing does not add up in.
    case sharingOtherYears([Int], shownAddsUp: Bool)
    /// Budget lines whose sharing does not add up, and the first of them.
    case sharingGaps(count: Int, first: String, year: Int)
    /// Ctrl-S on a budget with such a line: the second one saves.
    case saveWithGaps(line: String, year: Int, shared: String, amount: String)
    /// In the detail, above effects computed on such a budget.
    case budgetUneven(line: String, year: Int, shared: String, amount: String)
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
    /// The diagnostic's ratios not computed, and the balance sheet figures
    /// they lack.
    case diagnosticMissing([RatioKind], [FinancialYear.Figure])
    /// Net cash (FR − BFR), the cash entered, and how far apart they are.
    case netCashGap(netCash: String, cash: String, gap: String)
    /// A threshold in the unit it is shown and typed in (`30 j`, `80 %`).
    case thresholdValue(FinanceThresholds.Key, Double)
    case amountPrompt
    /// An unknown figure a rule counts as zero.
    case naCountedAsZero(String)
    case dayPrompt
    case notADay(String)
    case badDay(Financing.DayProblem)
    case gridConflict
    case confirmDeleteFinancing(String)
}

enum FinanceUIStrings {
    static func text(_ msg: FinanceUIMsg, _ fr: Bool) -> String {
        switch msg {
        case .amountPrompt: return tr("Amount (€): ", fr)
        case .naCountedAsZero(let zero): return tr("n/a, counted %s", fr, zero)
        case .dayPrompt: return tr("Day of this stage (DD/MM/YYYY): ", fr)
        case .notADay(let text): return tr("Not a date: « %s » (DD/MM/YYYY or YYYY-MM-DD)", fr, text)
        case .badDay(.noStage):
            return tr("Under consideration has no day: s moves the financing on first", fr)
        case .badDay(.future): return tr("That day has not come yet: a stage is dated once reached", fr)
        case .badDay(.before(let stage, let day)):
            return tr(
                "Before “%1$s” on %2$s: a stage comes after the earlier ones", fr, stage.name(fr),
                day.dayMonthYear)
        case .confirmDeleteFinancing(let what): return tr("Remove the financing “%s”?", fr, what)
        case .gridConflict:
            return tr(
                "Someone else saved meanwhile: nothing was written. Note your figures, then Esc twice and reopen to start from their version.",
                fr)
        case .figure(let f): return figure(f, fr)
        case .ratio(let r): return ratio(r, fr)
        case .flag(let flag):
            switch flag {
            case .green: return tr("green", fr)
            case .orange: return "orange"
            case .red: return tr("red", fr)
            case .unknown: return "—"
            case .incomplete: return tr("incomplete", fr)
            }
        case .rule(let rule):
            switch rule {
            case .cashFirstYear:
                return tr(
                    "cash under the red threshold in year 1 → loan, and a guaranteed bank loan beyond it", fr)
            case .cashLater:
                return tr("cash under the red threshold later → participative loan", fr)
            case .negativeEquity:
                return tr("negative equity → equity contribution", fr)
            case .launchCost:
                return tr("one-off launch cost → grant", fr)
            }
        case .instrument(let i): return i.name(fr)
        case .status(let s): return s.name(fr)
        case .kind(let k): return k == .expense ? (tr("expense", fr)) : (tr("income", fr))
        case .colYear: return tr("Year", fr)
        case .colSubsidies: return tr("Grants", fr)
        case .colCash: return trc("column", "Cash", fr)
        case .colEquity: return trc("column", "Equity", fr)
        case .colCAF: return "CAF"
        case .colResult: return tr("Results", fr)
        case .colFlag: return tr("State", fr)
        case .accountsHeading: return tr("Accounts", fr)
        case .ratiosHeading(let y): return tr("Ratios %s", fr, y)
        case .stateRules:
            return [
                tr("How a structure's state is decided (latest year of accounts):", fr),
                tr(
                    "  grant dependency = subventions / produits: red over subventions_rouge, orange over subventions_orange",
                    fr),
                tr(
                    "  cash in days = trésorerie × 365 / (charges − amortissements): red under tresorerie_jours_rouge, orange under tresorerie_jours_orange",
                    fr),
                tr(
                    "  equity ratio = fonds propres / total du bilan: red under fonds_propres_rouge, orange under fonds_propres_orange",
                    fr),
                tr("  CAF = résultat + amortissements: red under caf_rouge (never orange)", fr),
                tr(
                    "  result trend = résultat − résultat of the year before: red when a negative result falls, orange when it falls or is negative (no threshold)",
                    fr),
                tr(
                    "  working capital (FR) = ressources stables − actif immobilisé net: red when negative (no threshold)",
                    fr),
                tr(
                    "  working capital need (BFR) = stocks et créances − dettes d'exploitation: orange when it exceeds the FR (no threshold)",
                    fr),
                tr("  net cash = FR − BFR: red when negative (no threshold)", fr),
                tr(
                    "  state: red if one ratio is red; else incomplete if one of the first five cannot be computed (FR, BFR and net cash each count once their own figures are entered); else orange if one is orange; else green",
                    fr),
            ].joined(separator: "\n")
        case .stateDecided(let flag, let kinds):
            let names = kinds.map { ratio($0, fr) }.joined(separator: ", ")
            switch flag {
            case .red: return tr("State: red, set by: %s (red as soon as one ratio is)", fr, names)
            case .incomplete:
                return tr(
                    "State: incomplete: %s cannot be computed (figures missing); no state is green without them",
                    fr, names)
            case .orange: return tr("State: orange, set by: %s", fr, names)
            case .green: return tr("State: green (no ratio orange or red)", fr)
            case .unknown: return tr("State: none (no accounts)", fr)
            }
        case .projectHeading(let cohort):
            return tr("Collective project — %s", fr, cohort)
        case .orientationHeading: return tr("Financing orientation", fr)
        case .financingHeading: return tr("Financing chosen", fr)
        case .noAccounts:
            return tr("No accounts: e to enter them, or essor import finances", fr)
        case .noProject:
            return tr("No collective project modelled for its cohorts (m in a cohort)", fr)
        case .noRisk: return tr("No risk found", fr)
        case .keptSuggestion(let text): return tr("%s — kept (under Financing chosen)", fr, text)
        case .alreadyKept(let what):
            return tr("Already kept: %s (under Financing chosen: e, p, s or d there)", fr, what)
        case .riskNotJudged(let year, let missing, let riskFound):
            let names = missing.map { figure($0, fr) }.joined(separator: ", ")
            return riskFound
                ? tr(
                    "Not judged on: %1$s of %2$s, unknown (e in the list enters the accounts)", fr, names,
                    String(year))
                : tr(
                    "No risk can be ruled out: %1$s of %2$s, unknown (e in the list enters the accounts)", fr,
                    names,
                    String(year))
        case .noFinancing:
            return tr("None (Enter on a suggestion to keep it)", fr)
        case .effectLine(let year, let change, let cash, let days, let equity):
            return tr(
                "%1$s: result %2$s, cash %3$s (%4$s), equity %5$s", fr, year, change, cash, days, equity)
        case .atRisk(let year): return tr("At risk from %s", fr, year)
        case .riskCash(let year, let gap):
            return tr("Cash under the red threshold in %1$s; %2$s to get back to orange", fr, year, gap)
        case .riskEquity(let year, let amount):
            return tr("Negative equity in %1$s (%2$s)", fr, year, amount)
        case .riskCashMonth(let year, let month, let cash):
            return tr(
                "Cash below zero within %1$s: %2$s at the end of %3$s, before income comes in (monthly cash plan)",
                fr, String(year), cash, CalendarNames.month(month, fr))
        case .lowestMonth(let year, let month, let cash):
            return tr(
                "Lowest cash in %1$s (monthly cash plan, p in the budget): %2$s at the end of %3$s", fr,
                String(year), cash, CalendarNames.month(month, fr))
        case .suggestion(let instruments, let amount, let rule):
            return tr("%1$s, for a gap of about %2$s — rule: %3$s", fr, instruments, amount, rule)
        case .partCeiling(let most): return tr("(its ceiling, %s)", fr, most)
        case .partFloor(let least): return tr("(its minimum, %s)", fr, least)
        case .partCoverage(let share, let loan): return tr("(%1$s of a bank loan of %2$s)", fr, share, loan)
        case .uncovered(let rest): return tr("; %s left to find", fr, rest)
        case .financingLine(let instrument, let amount, let status, let partner):
            return "\(instrument) · \(amount) · \(status)" + (partner.map { " · \($0)" } ?? "")
        case .baseYear(let y): return tr("From the %s accounts", fr, y)
        case .noBaseYear:
            return tr("No accounts: effects on the result only", fr)
        case .na: return tr("n/a", fr)
        case .accountsTitle(let name): return tr("Accounts — %s", fr, name)
        case .modelTitle(let name): return tr("Project budget — %s", fr, name)
        case .sharesTitle(let line): return tr("Sharing — %s", fr, line)
        case .gridKeys:
            return tr(
                "←↑↓→ cell · Enter or a digit: type · a/A a year after/before · d delete the year · Ctrl-S save · Esc close",
                fr)
        case .modelKeys:
            return tr(
                "Enter: type · a line · d delete · Space expense/income · r sharing · p cash plan · +/- year · Ctrl-S save · Esc close",
                fr)
        case .cashPlanKeys:
            return tr(
                "Enter/digit: type the month · = spread evenly · Ctrl-S save · Esc back to the budget", fr)
        case .cashPlanTitle(let name, let year):
            return tr("Cash plan %1$s (€) — %2$s", fr, String(year), name)
        case .colPlanned: return tr("Months' total", fr)
        case .colBudgetYear(let year): return tr("Budget %s", fr, String(year))
        case .cashAtMonthEnd: return tr("Cumulated cash", fr)
        case .planLowest(let month, let year, let cash, let negative):
            return negative
                ? tr(
                    "Lowest point: %1$s at the end of %2$s %3$s, to be bridged before the income comes in",
                    fr,
                    cash, month, String(year))
                : tr(
                    "Lowest point: %1$s at the end of %2$s %3$s, never below zero", fr, cash, month,
                    String(year))
        case .planUneven(let count, let first, let planned, let amount):
            return trn(
                "%1$d line's months do not add up to its year: “%2$s” plans %3$s of %4$s; the budget's amount is paid in the months' proportions",
                "%1$d lines' months do not add up to their year: the first, “%2$s”, plans %3$s of %4$s; the budget's amounts are paid in the months' proportions",
                count,
                fr, first, planned, amount)
        case .planUnevenLine(let line, let year, let planned, let amount):
            return tr(
                "Cash plan: “%1$s” plans %2$s over the months of %3$s for %4$s in the budget; the budget's amount is paid in the months' proportions (evenly when they come to nothing)",
                fr, line, planned, String(year), amount)
        case .sharesKeys:
            return tr(
                "%% or a fixed contribution (€ and valued days) · t value of a day · Esc back to the budget",
                fr)
        case .totalExpenses: return tr("Total expenses", fr)
        case .totalIncome: return tr("Total income", fr)
        case .balance: return tr("Balance", fr)
        case .totalShares: return tr("Total shared", fr)
        case .lineAmount(let year): return tr("Line amount %s", fr, year)
        case .sharingStatus(let year, let shared, let amount, nil, _):
            return tr("%1$s: %2$s shared of %3$s — the line adds up", fr, year, shared, amount)
        case .sharingStatus(let year, let shared, let amount, let gap?, true):
            return tr("%1$s: %2$s charged for %3$s — %4$s too much", fr, year, shared, amount, gap)
        case .sharingStatus(let year, let shared, let amount, let gap?, false):
            return tr("%1$s: %2$s shared of %3$s — %4$s borne by no one", fr, year, shared, amount, gap)
        case .sharingNone:
            return tr("Shared by no one: the collective bears the whole line", fr)
        case .sharingRule(let rest):
            return tr(
                "Rule: fixed contributions (€ + days × day value) first, the %% share the rest (%s)", fr, rest
            )
        case .sharingOtherYears(let years, let shownAddsUp):
            let list = years.map(String.init).joined(separator: ", ")
            return shownAddsUp
                ? tr("Does not add up in %s: r on that year's cell in the budget shows its parts", fr, list)
                : tr(
                    "Does not add up in %s either: r on that year's cell in the budget shows its parts", fr,
                    list)
        case .sharingGaps(let count, let first, let year):
            return trn(
                "%1$d line does not add up (“%2$s” in %3$s): r shows its sharing",
                "%1$d lines do not add up (first: “%2$s” in %3$s): r shows the sharing", count, fr, first,
                year)
        case .budgetUneven(let line, let year, let shared, let amount):
            return tr(
                "The budget line “%1$s” does not add up in %2$s (%3$s shared of %4$s): these effects follow its shares as typed",
                fr, line, year, shared, amount)
        case .saveWithGaps(let line, let year, let shared, let amount):
            return tr(
                "“%1$s” does not add up in %2$s (%3$s of %4$s): Ctrl-S again saves it", fr, line,
                year, shared, amount)
        case .colLine: return tr("Line", fr)
        case .colKind: return tr("Kind", fr)
        case .colPercent: return "%"
        case .colContribution: return tr("Cash €", fr)
        case .colDays: return tr("Days", fr)
        case .colPart(let year): return tr("Share %s", fr, year)
        case .dayRate(let amount): return tr("1 day = %s", fr, amount)
        case .newLine: return tr("New line", fr)
        case .badNumber(let text, .notANumber):
            return tr("“%s” is not a number (e.g. 1 234,56)", fr, text)
        case .badNumber(let text, .outOfRange(let range)):
            return "« \(text) » : " + FormStrings.outOfRange(range, fr).lowercasedFirst
        case .badNumber(let text, .notWhole):
            return tr("“%s”: whole number expected", fr, text)
        case .badNumber(let text, .finerThanCent):
            return tr("“%s”: to the cent at most (e.g. 1 234,56)", fr, text)
        case .badNumber(let text, .finerThanMinute):
            return tr("“%s”: to the minute at most (e.g. 0h20)", fr, text)
        case .unsaved:
            return tr("Unsaved changes: Ctrl-S saves, Esc again drops them", fr)
        case .saved(let name): return tr("Saved: “%s”", fr, name)
        case .chooseCohort:
            return tr("Choose a cohort first (1, then Enter on it) to model its project", fr)
        case .recorded(let what): return tr("Kept: %s", fr, what)
        case .thresholdsNote(let t):
            func v(_ key: FinanceThresholds.Key) -> String { text(.thresholdValue(key, t[key]), fr) }
            return tr(
                "Thresholds: cash red < %1$s, orange < %2$s; grants red > %3$s, orange > %4$s; equity red < %5$s, orange < %6$s; CAF red < %7$s (essor seuils changes them)",
                fr, v(.cashDaysRed), v(.cashDaysOrange), v(.subsidyRed), v(.subsidyOrange), v(.equityRed),
                v(.equityOrange), v(.cafRed))
        case .diagnosticMissing(let ratios, let missing):
            return tr(
                "%1$s: not computed without %2$s (e enters them, or essor import fec)", fr,
                ratios.map { ratio($0, fr) }.joined(separator: ", "),
                missing.map { figure($0, fr) }.joined(separator: ", "))
        case .netCashGap(let netCash, let cash, let gap):
            return tr(
                "Net cash (FR − BFR), %1$s, and the cash entered, %2$s, are %3$s apart: the balance sheet figures do not add up (typed from different statements, or one left out)",
                fr, netCash, cash, gap)
        case .thresholdValue(let key, let stored):
            let lang: Lang = fr ? .fr : .en
            let value = key.shown(stored)
            switch key.unit {
            case .days:
                // A no-break space: a wrapped note never leaves the unit alone.
                return DecimalFormat.string(value, lang: lang, maxFractionDigits: 1) + "\u{00A0}"
                    + trc("days, abbreviated", "d", fr)
            case .percent: return DecimalFormat.string(value, lang: lang, maxFractionDigits: 1) + "\u{00A0}%"
            case .euros: return DecimalFormat.euros(value, lang: lang, cents: true)
            }
        }
    }

    static func figure(_ f: FinancialYear.Figure, _ fr: Bool) -> String {
        switch f {
        case .income: tr("Operating income", fr)
        case .grants: tr("of which grants", fr)
        case .expenses: tr("Operating expenses", fr)
        case .payroll: tr("of which payroll", fr)
        case .result: tr("Net result", fr)
        case .equity: trc("figure", "Equity", fr)
        case .balanceSheetTotal: tr("Balance sheet total", fr)
        case .cash: trc("figure", "Cash", fr)
        case .financialDebt: tr("Financial debts", fr)
        case .depreciation: tr("Depreciation", fr)
        case .stableResources: tr("Stable resources", fr)
        case .fixedAssets: tr("Net fixed assets", fr)
        case .currentAssets: tr("Stocks and receivables", fr)
        case .operatingDebts: tr("Operating debts", fr)
        case .fte: tr("FTE", fr)
        }
    }

    static func ratio(_ r: RatioKind, _ fr: Bool) -> String {
        switch r {
        case .subsidyDependency: tr("Grant dependency", fr)
        case .cashDays: tr("Cash in days of expenses", fr)
        case .equityRatio: tr("Equity ratio", fr)
        case .selfFinancing: tr("Approx. self-financing capacity", fr)
        case .resultTrend: tr("Result trend", fr)
        case .workingCapital: tr("Working capital (FR)", fr)
        case .workingCapitalNeed: tr("Working capital need (BFR)", fr)
        case .netCash: tr("Net cash (FR − BFR)", fr)
        }
    }
}
