import EssorCore
import EssorStore

/// A structure's finances: its accounts, the latest ratios with their
/// formulas, what each collective project does to it, the suggested
/// financing with the rule behind each, and the financing chosen.
enum FinanceDetailContent {
    static func lines(_ d: FinanceDetail, _ state: AppState) -> [DetailLine] {
        let f = state.format
        func t(_ m: FinanceUIMsg) -> String { state.text(.financeUI(m)) }
        var lines: [DetailLine] = [.heading(t(.accountsHeading))]
        if d.years.isEmpty {
            lines.append(.paragraph(t(.noAccounts), .muted))
        } else {
            // The last three years, oldest first.
            let shown = d.years.suffix(3)
            func row(_ cells: [String]) -> String { cells.joined(separator: " · ") }
            lines.append(.field("", row(shown.map { String($0.year) }), .header))
            for figure in FinancialYear.Figure.allCases {
                let values = shown.map { year in
                    year[figure].map { figure == .fte ? f.figure($0, .fte) : f.kilo($0) } ?? "—"
                }
                lines.append(.field(t(.figure(figure)), row(values)))
            }
        }
        if let latest = d.years.last {
            lines += [.blank, .heading(t(.ratiosHeading(latest.year)))]
            let ratios = d.ratios(latest)
            // The diagnostic's ratios show once their figures are entered;
            // until then one line says which to enter.
            for ratio in ratios where ratio.isShown {
                let value = ratio.value.map { ratioValue(ratio.kind, $0, f, state) } ?? t(.na)
                let flag = ratio.flag == .unknown ? "" : " (\(t(.flag(ratio.flag))))"
                lines.append(.field(t(.ratio(ratio.kind)), value + flag, role(ratio.flag) ?? .normal))
                lines.append(.paragraph(formula(ratio, f, state), .muted))
            }
            if ratios.contains(where: { !$0.isShown }) {
                lines.append(
                    .paragraph(
                        t(diagnosticMissing(ratios, latest)), .muted))
            }
            if let gap = FinancialRatios.netCashGap(latest) {
                lines.append(.paragraph(t(netCashGap(latest, gap, f)), .warning))
            }
            let state = FinancialRatios.overall(ratios)
            lines.append(
                .paragraph(
                    t(.stateDecided(state, FinancialRatios.deciding(ratios))), role(state) ?? .normal))
            lines.append(.paragraph(t(.thresholdsNote(d.thresholds)), .muted))
        }
        lines += [.blank]
        if d.projects.isEmpty { lines.append(.paragraph(t(.noProject), .muted)) }
        for (index, project) in d.projects.enumerated() {
            lines.append(.heading(t(.projectHeading(project.cohortName))))
            let e = project.effects
            lines.append(.paragraph(e.baseYear.map { t(.baseYear($0)) } ?? t(.noBaseYear), .muted))
            // Effects computed on a budget whose sharing does not add up say so.
            for gap in project.model.sharingGaps {
                lines.append(
                    .paragraph(
                        t(
                            .budgetUneven(
                                line: gap.label, year: gap.year, shared: f.money(gap.sharing.shared),
                                amount: f.money(gap.sharing.amount))), .warning))
            }
            // So do the months of a cash plan that do not make their year.
            for uneven in CashPlan(project.model).unevenLines
            where project.model.lines.indices.contains(uneven.line) {
                lines.append(
                    .paragraph(
                        t(
                            .planUnevenLine(
                                line: project.model.lines[uneven.line].label, year: project.model.startYear,
                                planned: f.money(uneven.planned), amount: f.money(uneven.amount))), .warning))
            }
            for year in e.years {
                let sign = year.resultChange > 0 ? "+" : ""
                let days =
                    year.cashDays.map { f.days($0.rounded()) } ?? t(.na)
                lines.append(
                    .bullet(
                        t(
                            .effectLine(
                                year: year.year, change: sign + f.money(year.resultChange),
                                cash: year.cash.map(f.money) ?? t(.na), days: days,
                                equity: year.equity.map(f.money) ?? t(.na))), role(year.flag) ?? .normal))
            }
            if let low = e.lowestMonth, let first = e.years.first {
                lines.append(
                    .paragraph(
                        t(.lowestMonth(year: first.year, month: low.month, cash: f.money(low.cash))),
                        low.cash < 0 ? .warning : .muted))
            }
            if let year = e.atRiskYear {
                lines.append(.paragraph(t(.atRisk(year: year)), .error))
                for reason in e.reasons {
                    switch reason {
                    case .cash(let year, let gap):
                        lines.append(.bullet(t(.riskCash(year: year, gap: f.money(gap))), .warning))
                    case .equity(let year, let equity):
                        lines.append(.bullet(t(.riskEquity(year: year, amount: f.money(equity))), .warning))
                    case .cashMonth(let year, let month, let cash):
                        lines.append(
                            .bullet(
                                t(.riskCashMonth(year: year, month: month, cash: f.money(cash))), .warning))
                    }
                }
                lines += [.blank, .heading(t(.orientationHeading))]
                for (n, suggestion) in project.suggestions.enumerated() {
                    var instruments = suggestion.parts.map { part in
                        let limit: String =
                            switch part.limit {
                            case .ceiling(let most)?: " " + t(.partCeiling(f.money(most)))
                            case .floor(let least)?: " " + t(.partFloor(f.money(least)))
                            case .coverage(let share, let loan)?:
                                " " + t(.partCoverage(share: f.percent(share / 100), loan: f.money(loan)))
                            case nil: ""
                            }
                        return t(.instrument(part.instrument)) + " " + f.money(part.amount) + limit
                    }.joined(separator: " + ")
                    if suggestion.uncovered > 0 {
                        instruments += t(.uncovered(f.money(suggestion.uncovered)))
                    }
                    let kept = suggestion.isKept(by: d.financings, cohort: project.cohortID)
                    let text = t(
                        .suggestion(
                            instruments: instruments, amount: f.money(suggestion.amount),
                            rule: suggestion.rule.rawValue + " : " + t(.rule(suggestion.rule))))
                    lines.append(
                        .keyed(
                            .financingSuggestion(project: index, index: n),
                            .bullet(kept ? t(.keptSuggestion(text)) : text, kept ? .muted : .accent)))
                }
            } else if e.baseYear != nil, e.missing.isEmpty {
                lines.append(.paragraph(t(.noRisk), .success))
            }
            if let base = e.baseYear, !e.missing.isEmpty {
                // An unknown figure is not a zero: no risk is ruled out on it.
                lines.append(
                    .paragraph(
                        t(.riskNotJudged(year: base, missing: e.missing, riskFound: e.atRiskYear != nil)),
                        .warning))
            }
            lines.append(.blank)
        }
        lines.append(.heading(t(.financingHeading)))
        if d.financings.isEmpty { lines.append(.paragraph(t(.noFinancing), .muted)) }
        for financing in d.financings {
            var text = t(
                .financingLine(
                    instrument: t(.instrument(financing.instrument)), amount: f.money(financing.amount),
                    status: stages(financing, f, t),
                    partner: financing.partnerID.flatMap { d.partnerNames[$0] }))
            if let cohort = financing.cohortID.flatMap({ d.cohortNames[$0] }) { text += " · " + cohort }
            lines.append(.keyed(.financingRecord(financing.id), .bullet(text)))
        }
        return lines
    }

    /// Where a financing stands and since when, then the days of the
    /// stages it went through: « en comité 12/11/2026 (demandée
    /// 03/11/2026) ».
    static func stages(_ financing: Financing, _ f: Format, _ t: (FinanceUIMsg) -> String) -> String {
        var text = t(.status(financing.status))
        if let day = financing.day(of: financing.status) { text += " " + f.date(day) }
        let earlier = FinancingStatus.stages.filter { $0 != financing.status }.compactMap { stage in
            financing.day(of: stage).map { t(.status(stage)) + " " + f.date($0) }
        }
        if !earlier.isEmpty { text += " (" + earlier.joined(separator: ", ") + ")" }
        return text
    }

    /// The diagnostic's ratios left out, and the figures they lack.
    static func diagnosticMissing(_ ratios: [Ratio], _ year: FinancialYear) -> FinanceUIMsg {
        .diagnosticMissing(
            ratios.filter { !$0.isShown }.map(\.kind), year.missing(FinancialYear.balanceSheetFigures))
    }

    /// The message of a trésorerie nette that is not the cash entered.
    static func netCashGap(_ year: FinancialYear, _ gap: Double, _ f: Format) -> FinanceUIMsg {
        let cash = year[.cash] ?? 0
        return .netCashGap(netCash: f.money(cash + gap), cash: f.money(cash), gap: f.money(abs(gap)))
    }

    static func ratioValue(_ kind: RatioKind, _ value: Double, _ f: Format, _ state: AppState) -> String {
        switch kind {
        case .subsidyDependency, .equityRatio: f.percent(value)
        case .cashDays: tr("%s days", state.lang == .fr, f.number(value))
        case .selfFinancing, .resultTrend: (value > 0 && kind == .resultTrend ? "+" : "") + f.money(value)
        case .workingCapital, .workingCapitalNeed, .netCash: f.money(value)
        }
    }

    /// The formula with the year's numbers in it.
    static func formula(_ ratio: Ratio, _ f: Format, _ state: AppState) -> String {
        let fr = state.lang == .fr
        let na = state.text(.financeUI(.na))
        let o = ratio.operands.map { value in value.map { $0 < 0 ? "(\(f.money($0)))" : f.money($0) } ?? na }
        func at(_ i: Int) -> String { i < o.count ? o[i] : na }
        // An unknown depreciation counts as none: the formula says so.
        func depreciation(_ i: Int) -> String {
            i < ratio.operands.count && ratio.operands[i] == nil
                ? state.text(.financeUI(.naCountedAsZero(f.money(0)))) : at(i)
        }
        switch ratio.kind {
        case .subsidyDependency:
            return tr("grants / income = %1$s / %2$s", fr, at(0), at(1))
        case .cashDays:
            return tr(
                "cash × 365 / (expenses − depreciation) = %1$s × 365 / (%2$s − %3$s)", fr, at(0), at(1),
                depreciation(2))
        case .equityRatio:
            return tr("equity / balance sheet total = %1$s / %2$s", fr, at(0), at(1))
        case .selfFinancing:
            return tr("result + depreciation = %1$s + %2$s", fr, at(0), depreciation(1))
        case .resultTrend:
            return
                (tr("this year's result − last year's = ", fr))
                + "\(at(0)) − \(at(1))"
        case .workingCapital:
            return tr("stable resources − net fixed assets = %1$s − %2$s", fr, at(0), at(1))
        case .workingCapitalNeed:
            return tr("stocks and receivables − operating debts = %1$s − %2$s", fr, at(0), at(1))
        case .netCash:
            return tr("working capital − working capital need = %1$s − %2$s", fr, at(0), at(1))
        }
    }

    static func role(_ flag: FinanceFlag) -> Role? { FinanceTable.role(flag) }
}
