import EssorCore
import EssorStore

/// The latest ratios and flags of a structure, for `essor show structure`
/// (text and JSON).
public enum FinanceSummary {
    /// A heading and one line per ratio; nothing without accounts.
    public static func lines(_ d: FinanceDetail, _ state: AppState) -> [String] {
        guard let latest = d.years.last else { return [] }
        let f = state.format
        func t(_ m: FinanceUIMsg) -> String { state.text(.financeUI(m)) }
        var lines = ["", t(.ratiosHeading(latest.year))]
        let ratios = d.ratios(latest)
        let shown = ratios.filter(\.isShown)
        let width = shown.map { TextWidth.of(t(.ratio($0.kind))) }.max() ?? 20
        for ratio in shown {
            let label = t(.ratio(ratio.kind))
            let pad = String(repeating: " ", count: max(0, width - TextWidth.of(label)))
            let value =
                ratio.value.map { FinanceDetailContent.ratioValue(ratio.kind, $0, f, state) } ?? t(.na)
            let flag = ratio.flag == .unknown ? "" : " (\(t(.flag(ratio.flag))))"
            lines.append("  \(label)\(pad)  \(value)\(flag)")
        }
        if shown.count < ratios.count {
            lines.append("  " + t(FinanceDetailContent.diagnosticMissing(ratios, latest)))
        }
        if let gap = FinancialRatios.netCashGap(latest) {
            lines.append("  " + t(FinanceDetailContent.netCashGap(latest, gap, f)))
        }
        lines.append(
            "  " + t(.stateDecided(FinancialRatios.overall(ratios), FinancialRatios.deciding(ratios))))
        for project in d.projects {
            if let year = project.effects.atRiskYear {
                lines.append("  \(t(.projectHeading(project.cohortName))) : \(t(.atRisk(year: year)))")
            }
        }
        return lines
    }

    public struct JSON: Encodable {
        let year: Int
        let ratios: [String: Double?]
        let flags: [String: String?]
        @OrNull var atRiskYear: Int?
    }

    public static func json(_ d: FinanceDetail) -> JSON? {
        guard let latest = d.years.last else { return nil }
        let ratios = d.ratios(latest)
        return JSON(
            year: latest.year,
            // Every ratio, null when it cannot be computed.
            ratios: Dictionary(
                uniqueKeysWithValues: RatioKind.allCases.map { kind in
                    (kind.code, ratios.first { $0.kind == kind }?.value ?? nil)
                }),
            flags: Dictionary(
                uniqueKeysWithValues: RatioKind.allCases.map { kind in
                    (kind.code, ratios.first { $0.kind == kind }?.flag.code)
                }),
            atRiskYear: d.projects.compactMap(\.effects.atRiskYear).min())
    }
}
