import EssorCore

/// The Rapport panel's words.
public enum ReportMsg: Equatable, Sendable {
    case colIndicator, colValue, colDetail
    case hoursRow, participantsRow, meetingsRow, partnersRow
    case enterprisesAttended(Int, of: Int)
    case partnerDaysShort(planned: String)
    case amountGranted(String)
    case counted(Int)
    case notCounted(Int)
    case unlisted(Int)
    case valueLabel, amountLabel, ruleLabel, periodLabel, scopeLabel, thresholdLabel
    case byMonth, byCohort, byEnterprise, byPerson, byKind, byPartner
    case cohortLine(hours: String, supported: Int, members: Int)
    case kindLine(held: Int, hours: String, planned: Int)
    case meetingsCount(Int)
    case openHint
    case period(from: String, to: String)
    case periodExpected
    case badPeriod(String)
    case periodNotADate(String)
    case periodReversed
    case periodTooLong(years: Int)
    case partnersNote
    case none
    case computing
    /// The figures are shown, their lists are being made.
    case listsComing
    /// A list cut in the panel: how many more the exported report has.
    case more(Int)
}

enum ReportStrings {
    static func text(_ msg: ReportMsg, _ fr: Bool) -> String {
        switch msg {
        case .colIndicator: tr("Indicator", fr)
        case .colValue: tr("Value", fr)
        case .colDetail: tr("Detail", fr)
        case .hoursRow: tr("Hours of support", fr)
        case .participantsRow: tr("Distinct participants", fr)
        case .meetingsRow: tr("Meetings by kind", fr)
        case .partnersRow: tr("Partners' days", fr)
        case .enterprisesAttended(let n, let total):
            trn("%1$d enterprise of %2$s came", "%1$d enterprises of %2$s came", n, fr, String(total))
        case .partnerDaysShort(let planned): tr("of %s days planned", fr, planned)
        case .amountGranted(let amount): tr("%s granted", fr, amount)
        case .counted(let n): tr("Counted (%d)", fr, n)
        case .notCounted(let n): tr("Not counted (%d)", fr, n)
        case .unlisted(let n):
            trn(
                "%d other enterprise of the scope has nothing of this kind recorded.",
                "%d other enterprises of the scope have nothing of this kind recorded.", n, fr)
        case .valueLabel: tr("Value", fr)
        case .amountLabel: tr("Amount granted", fr)
        case .ruleLabel: tr("Rule", fr)
        case .periodLabel: tr("Period", fr)
        case .scopeLabel: tr("Scope", fr)
        case .thresholdLabel: tr("Threshold (RCO04)", fr)
        case .byMonth: tr("Hours of support per month", fr)
        case .byCohort: tr("Enterprises supported per cohort", fr)
        case .byEnterprise: tr("Hours per enterprise", fr)
        case .byPerson: tr("Hours of support per person", fr)
        case .byKind: tr("Meetings by kind", fr)
        case .byPartner: tr("Partners' days used and planned", fr)
        case .cohortLine(let hours, let supported, let members):
            "\(supported)/\(members) · \(hours)"
        case .kindLine(let held, let hours, let planned):
            trn(
                "%1$d held (%2$s), %3$s to come", "%1$d held (%2$s), %3$s to come", held, fr, hours,
                String(planned))
        case .meetingsCount(let n): trn("%d meeting", "%d meetings", n, fr)
        case .openHint: tr("Enter on an organisation opens it.", fr)
        case .period(let from, let to): tr("from %1$s to %2$s", fr, from, to)
        case .periodExpected: tr("Two dates expected: :periode 01/01/2026 31/12/2026", fr)
        case .badPeriod(let text):
            tr("Not a period: « %s » (two dates, the first not after the second)", fr, text)
        case .periodNotADate(let word): tr("Not a date: « %s » (DD/MM/YYYY or YYYY-MM-DD)", fr, word)
        case .periodReversed: tr("The first date is after the second: nothing changed", fr)
        case .periodTooLong(let years): tr("A report covers %d years at most: nothing changed", fr, years)
        case .partnersNote:
            tr("The partners' missions of the scope as they stand today, whatever the period.", fr)
        case .none: tr("None.", fr)
        case .computing: tr("Computing the indicators…", fr)
        case .listsComing: tr("Making the lists of enterprises… (they show here when ready)", fr)
        case .more(let n):
            trn(
                "… and %d more, in the report that x writes.", "… and %d more, in the report that x writes.",
                n,
                fr)
        }
    }
}
