import EssorCore

/// What the report's templates (`rapport.html`, `rapport.md`) show: the
/// programme's identity, the indicator table with its rules, the figures
/// per cohort and per kind of meeting, the charts, and each indicator's
/// explanation as an annex. Every text passes `OutputText`.
struct IndicatorReportView {
    struct IndicatorRow {
        var code, title, value, amount, rule: String
        var hasAmount: Bool
        var sizes: [Pair]
        var hasSizes: Bool
        /// `micro 4 · petite 3 · …`.
        var sizesText: String
    }

    struct Pair {
        var key, value: String
    }

    struct Line {
        var name, siren, detail: String
    }

    struct Annex {
        var code, title: String
        var counted: [Line]
        var notCounted: [Line]
        var hasCounted, hasNotCounted: Bool
        var unlisted: String
        var hasUnlisted: Bool
    }

    struct Cells {
        var cells: [String]
    }

    struct Labels {
        var colon, scope, period, threshold, generated, indicators, code, indicator, value, amount,
            rule: String
        var cohorts, cohort, hours, supported, members, kinds, kind, held, heldHours, planned,
            partners: String
        var partner: String
        var daysPlanned, daysUsed, charts, annexes, counted, notCounted, enterprise, siren, detail,
            people: String
        var person, structure, meetings, operation, funders, summary, programme, none: String
        var monthsChart, cohortsChart, partnersChart, partnersNote: String
    }

    var lang: String
    var labels: Labels
    var identity: IdentityView
    var heading, running, scope, period, threshold, generated: String
    var summary: [Pair]
    var indicators: [IndicatorRow]
    var cohorts: [Cells]
    var hasCohorts: Bool
    var kinds: [Cells]
    var partners: [Cells]
    var hasPartners: Bool
    var monthsChart, cohortsChart, partnersChart: String
    var annexes: [Annex]
    var people: [Cells]
    var hasPeople: Bool

    init(
        _ report: IndicatorReport, programme: Programme?, scopeName: String?, lang: Lang, now: Int64,
        clock: WallClock
    ) {
        let fr = lang == .fr
        let clean = { (text: String) in OutputText.clean(text, for: .file) }
        let hours = IndicatorTexts.hours
        let number = { (value: Double) in IndicatorTexts.number(value, fr) }
        labels = Labels(
            colon: fr ? " :" : ":", scope: tr("Scope", fr), period: tr("Period", fr),
            threshold: tr("Support threshold (RCO04)", fr), generated: tr("Made on", fr),
            indicators: tr("Indicators", fr), code: "Code", indicator: tr("Indicator", fr),
            value: tr("Value", fr), amount: tr("Amount", fr), rule: tr("Rule", fr),
            cohorts: tr("By cohort", fr),
            cohort: tr("Cohort", fr), hours: tr("Hours of support", fr), supported: tr("Supported", fr),
            members: tr("Members", fr), kinds: tr("Meetings by kind", fr), kind: "Type", held: tr("Held", fr),
            heldHours: tr("Length of the meetings held", fr),
            planned: tr("To come", fr), partners: tr("Partners' days", fr), partner: tr("Partner", fr),
            daysPlanned: tr("Days planned", fr), daysUsed: tr("Days used", fr), charts: tr("Charts", fr),
            annexes: tr("Annexes: what each indicator counts", fr), counted: tr("Counted", fr),
            notCounted: tr("Not counted", fr), enterprise: tr("Enterprise", fr), siren: "SIREN",
            detail: tr("Evidence or reason", fr), people: tr("Hours of support per person", fr),
            person: tr("Person", fr), structure: tr("Organisation", fr), meetings: tr("Meetings", fr),
            operation: tr("Operation no.", fr), funders: tr("Funders", fr), summary: tr("Summary", fr),
            programme: tr("Programme", fr), none: tr("None.", fr),
            monthsChart: tr("Hours of support per month", fr),
            cohortsChart: tr("Enterprises supported per cohort", fr),
            partnersChart: tr("Partners' days used and planned", fr),
            partnersNote: tr(
                "The partners' missions of the scope as they stand today, whatever the period.", fr))
        self.lang = fr ? "fr" : "en"
        identity = IdentityView(programme, lang: lang)
        let title = tr("Programme report", fr)
        heading = "\(title) — \(clean(programme?.name ?? "essor"))"
        scope = clean(scopeName ?? tr("All cohorts", fr))
        period = tr(
            "from %1$s to %2$s", fr, IndicatorTexts.date(report.period.from, fr),
            IndicatorTexts.date(report.period.to, fr))
        threshold = hours(report.thresholdMinutes)
        let today = clock.local(now).date
        generated = ExportLabels(lang).longDate(today)
        running = "\(title) — \(scope) — \(period)"
        summary = [
            Pair(key: tr("Enterprises in scope", fr), value: String(report.enterprises)),
            Pair(key: tr("Hours of support", fr), value: hours(report.supportMinutes)),
            Pair(key: tr("Distinct participants", fr), value: String(report.participants)),
        ]
        indicators = report.indicators.map { indicator in
            let value = IndicatorTexts.value(indicator, fr)
            let sizes =
                indicator.code == .rco01
                ? EnterpriseSize.allCases.map {
                    Pair(key: $0.name(fr), value: String(indicator.bySize[$0] ?? 0))
                }
                : []
            return IndicatorRow(
                code: indicator.code.rawValue, title: indicator.code.title(fr), value: value,
                amount: indicator.amount.map { DecimalFormat.euros($0, lang: lang) } ?? "",
                rule: indicator.code.rule(fr, thresholdMinutes: report.thresholdMinutes),
                hasAmount: indicator.amount != nil, sizes: sizes, hasSizes: !sizes.isEmpty,
                sizesText: sizes.map { "\($0.key) \($0.value)" }.joined(separator: " · "))
        }
        cohorts = report.cohorts.map {
            Cells(cells: [clean($0.name), hours($0.minutes), String($0.supported), String($0.members)])
        }
        hasCohorts = !cohorts.isEmpty
        let words = ExportLabels(lang)
        kinds = report.kinds.map {
            Cells(cells: [words.kind($0.kind), String($0.held), hours($0.minutesHeld), String($0.planned)])
        }
        partners = report.partners.map {
            Cells(cells: [clean($0.partner), number($0.planned), number($0.used)])
        }
        hasPartners = !partners.isEmpty
        monthsChart = ReportChartSVG.horizontal(
            report.months.map { month in
                ReportChartSVG.Bar(
                    label: "\(CalendarNames.month(month.month.month, fr)) \(month.month.year)",
                    values: [Double(month.minutes)], texts: [hours(month.minutes)])
            }, title: labels.monthsChart)
        cohortsChart = ReportChartSVG.horizontal(
            report.cohorts.map {
                ReportChartSVG.Bar(
                    label: $0.name, values: [Double($0.supported)], texts: ["\($0.supported) / \($0.members)"]
                )
            }, title: labels.cohortsChart)
        partnersChart = ReportChartSVG.horizontal(
            report.partners.map {
                ReportChartSVG.Bar(
                    label: $0.partner, values: [$0.used, $0.planned],
                    texts: [number($0.used), number($0.planned)])
            }, legend: [labels.daysUsed, labels.daysPlanned], title: labels.partnersChart)
        func line(_ line: IndicatorLine) -> Line {
            Line(
                name: clean(line.enterprise.label), siren: line.enterprise.siren ?? "—",
                detail: clean(IndicatorTexts.line(line, fr)))
        }
        annexes = report.indicators.map { indicator in
            Annex(
                code: indicator.code.rawValue, title: indicator.code.title(fr),
                counted: indicator.counted.map(line),
                notCounted: indicator.notCounted.map(line), hasCounted: !indicator.counted.isEmpty,
                hasNotCounted: !indicator.notCounted.isEmpty,
                unlisted: trn(
                    "%d other enterprise of the scope has nothing of this kind recorded.",
                    "%d other enterprises of the scope have nothing of this kind recorded.",
                    indicator.unlisted, fr),
                hasUnlisted: indicator.unlisted > 0)
        }
        people = report.people.map {
            Cells(cells: [clean($0.person), clean($0.structure), hours($0.minutes)])
        }
        hasPeople = !people.isEmpty
    }
}
