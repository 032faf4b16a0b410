import EssorCore

/// What a row of the report explains: for an indicator, its rule and
/// the enterprises counted and not counted with why; for the figures,
/// their breakdown, drawn as bar charts.
enum ReportDetailContent {
    /// The most entries of one list the panel shows: a programme's lists
    /// run to every structure, which the exported report prints whole.
    static let listLimit = 500

    /// The first `listLimit` lines of a list, and a line saying how many
    /// more there are.
    static func capped<T>(_ list: [T], fr: Bool, _ line: (T) -> DetailLine) -> [DetailLine] {
        var out = list.prefix(listLimit).map(line)
        if list.count > listLimit {
            out.append(.paragraph(ReportStrings.text(.more(list.count - listLimit), fr), .muted))
        }
        return out
    }

    static func title(_ id: Int64, _ state: AppState) -> String {
        ReportRow(rawValue: id)?.title(state.lang == .fr) ?? ""
    }

    static func lines(_ id: Int64, _ state: AppState) -> [DetailLine] {
        guard let report = state.indicatorReport, let row = ReportRow(rawValue: id) else {
            return [.paragraph(ReportStrings.text(.computing, state.lang == .fr), .muted)]
        }
        let f = state.format
        let fr = state.lang == .fr
        let t = { (msg: ReportMsg) in ReportStrings.text(msg, fr) }
        var lines: [DetailLine] = [
            .field(
                t(.periodLabel), t(.period(from: f.date(report.period.from), to: f.date(report.period.to)))),
            .field(t(.scopeLabel), state.scopeName ?? state.text(.allCohorts)),
        ]
        if let code = row.code {
            lines += indicator(report.indicator(code), report, state)
            return lines
        }
        switch row {
        case .hours:
            lines.append(.field(t(.thresholdLabel), f.duration(minutes: report.thresholdMinutes)))
            lines += [.blank, .heading(t(.byMonth))]
            let top = Double(report.months.map(\.minutes).max() ?? 0)
            for month in report.months {
                lines.append(
                    .bar(
                        month.month.monthYear,
                        filled: top > 0 ? Double(month.minutes) / top : 0, reach: 0,
                        value: f.duration(minutes: month.minutes)))
            }
            lines += [.blank, .heading(t(.byCohort))]
            let members = Double(report.cohorts.map(\.members).max() ?? 0)
            for cohort in report.cohorts {
                lines.append(
                    .bar(
                        cohort.name, filled: members > 0 ? Double(cohort.supported) / members : 0,
                        reach: members > 0 ? Double(cohort.members) / members : 0,
                        value: t(
                            .cohortLine(
                                hours: f.duration(minutes: cohort.minutes), supported: cohort.supported,
                                members: cohort.members))))
            }
            lines += [.blank, .heading(t(.byEnterprise))]
            if !report.hasLists { lines.append(.paragraph(t(.listsComing), .muted)) }
            lines += capped(report.hours, fr: fr) { entry in
                let line = DetailLine.field(
                    entry.enterprise.label,
                    "\(f.duration(minutes: entry.minutes)) · \(t(.meetingsCount(entry.meetings)))")
                return .keyed(.structureRecord(entry.enterprise.structureIDs[0]), line)
            }
        case .participants:
            lines += [.blank, .heading(t(.byPerson))]
            if !report.hasLists {
                lines.append(.paragraph(t(.listsComing), .muted))
            } else if report.people.isEmpty {
                lines.append(.paragraph(t(.none), .muted))
            }
            lines += capped(report.people, fr: fr) { person in
                .field(person.person, "\(f.duration(minutes: person.minutes)) · \(person.structure)")
            }
        case .meetings:
            lines += [.blank, .heading(t(.byKind))]
            for kind in report.kinds {
                lines.append(
                    .field(
                        state.text(.meetingKind(kind.kind)),
                        t(
                            .kindLine(
                                held: kind.held, hours: f.duration(minutes: kind.minutesHeld),
                                planned: kind.planned))))
            }
        default:
            lines += [.blank, .heading(t(.byPartner))]
            let top = report.partners.map(\.planned).max() ?? 0
            if report.partners.isEmpty { lines.append(.paragraph(t(.none), .muted)) }
            for partner in report.partners {
                lines.append(
                    .bar(
                        partner.partner, filled: top > 0 ? partner.used / top : 0,
                        reach: top > 0 ? partner.planned / top : 0,
                        value: "\(f.number(partner.used)) / \(f.days(partner.planned))"))
            }
            lines += [.blank, .paragraph(t(.partnersNote), .muted)]
        }
        return lines
    }

    static func indicator(_ indicator: Indicator, _ report: IndicatorReport, _ state: AppState)
        -> [DetailLine]
    {
        let f = state.format
        let fr = state.lang == .fr
        let t = { (msg: ReportMsg) in ReportStrings.text(msg, fr) }
        let value = IndicatorTexts.value(indicator, f.lang == .fr)
        var lines: [DetailLine] = [.field(t(.valueLabel), value)]
        if let amount = indicator.amount { lines.append(.field(t(.amountLabel), f.money(amount))) }
        if indicator.code == .rco01 {
            for size in EnterpriseSize.allCases {
                lines.append(.field(size.name(fr), String(indicator.bySize[size] ?? 0)))
            }
        }
        lines += [
            .field(t(.ruleLabel), indicator.code.rule(fr, thresholdMinutes: report.thresholdMinutes)),
            .blank, .paragraph(t(.openHint), .muted),
        ]
        func entries(_ list: [IndicatorLine], role: Role) -> [DetailLine] {
            capped(list, fr: fr) { line in
                let name = line.enterprise.label + (line.enterprise.siren.map { " (\($0))" } ?? "")
                return .keyed(
                    .structureRecord(line.enterprise.structureIDs[0]),
                    .bullet(name + (fr ? "\u{00A0}: " : ": ") + IndicatorTexts.line(line, fr), role))
            }
        }
        guard report.hasLists else {
            return lines + [
                .blank, .field(t(.counted(indicator.countedCount)), ""),
                .field(t(.notCounted(indicator.notCountedCount)), ""), .blank,
                .paragraph(t(.listsComing), .muted),
            ]
        }
        lines += [.blank, .heading(t(.counted(indicator.countedCount)))]
        lines +=
            indicator.counted.isEmpty
            ? [.paragraph(t(.none), .muted)] : entries(indicator.counted, role: .normal)
        lines += [.blank, .heading(t(.notCounted(indicator.notCountedCount)))]
        lines +=
            indicator.notCounted.isEmpty
            ? [.paragraph(t(.none), .muted)] : entries(indicator.notCounted, role: .muted)
        if indicator.unlisted > 0 { lines += [.blank, .paragraph(t(.unlisted(indicator.unlisted)), .muted)] }
        return lines
    }
}
