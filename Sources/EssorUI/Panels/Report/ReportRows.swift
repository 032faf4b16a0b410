import EssorCore

/// The rows of the Rapport panel: the six indicators, then the figures
/// around them. The id of a row is its position from 1.
enum ReportRow: Int64, CaseIterable {
    case rco01 = 1
    case rco02, rco03, rco04, rco05, rcr01
    case hours, participants, meetings, partners

    var code: IndicatorCode? {
        switch self {
        case .rco01: .rco01
        case .rco02: .rco02
        case .rco03: .rco03
        case .rco04: .rco04
        case .rco05: .rco05
        case .rcr01: .rcr01
        default: nil
        }
    }

    func title(_ fr: Bool) -> String {
        if let code { return "\(code.rawValue) \(code.title(fr))" }
        switch self {
        case .hours: return ReportStrings.text(.hoursRow, fr)
        case .participants: return ReportStrings.text(.participantsRow, fr)
        case .meetings: return ReportStrings.text(.meetingsRow, fr)
        default: return ReportStrings.text(.partnersRow, fr)
        }
    }

    /// Every title in both languages, folded, for `/`.
    var searchKey: [UInt8] {
        Array(SearchFolding.fold(title(true) + " " + title(false)).utf8)
    }

    /// The value column and the detail column.
    func cells(_ report: IndicatorReport, _ f: Format) -> [String] {
        let fr = f.lang == .fr
        let t = { (msg: ReportMsg) in ReportStrings.text(msg, fr) }
        if let code {
            let indicator = report.indicator(code)
            let value = IndicatorTexts.value(indicator, f.lang == .fr)
            let detail: String
            switch code {
            case .rco01:
                detail = EnterpriseSize.allCases.compactMap { size in
                    let n = indicator.bySize[size] ?? 0
                    return n == 0 ? nil : "\(size.name(fr)) \(n)"
                }.joined(separator: " · ")
            case .rco02, .rco03: detail = t(.amountGranted(f.money(indicator.amount ?? 0)))
            default: detail = t(.notCounted(indicator.notCountedCount))
            }
            return [title(fr), value, detail]
        }
        switch self {
        case .hours:
            return [
                title(fr), f.duration(minutes: report.supportMinutes),
                t(.enterprisesAttended(report.attended, of: report.enterprises)),
            ]
        case .participants:
            return [title(fr), String(report.participants), ""]
        case .meetings:
            let held = report.kinds.reduce(0) { $0 + $1.held }
            let kinds = report.kinds.filter { $0.held > 0 }.map {
                "\(f.text(.meetingKindShort($0.kind))) \($0.held)"
            }
            return [title(fr), String(held), kinds.joined(separator: " · ")]
        default:
            let planned = report.partners.reduce(0) { $0 + $1.planned }
            let used = report.partners.reduce(0) { $0 + $1.used }
            return [
                title(fr), f.number(used), t(.partnerDaysShort(planned: f.number(planned))),
            ]
        }
    }
}
