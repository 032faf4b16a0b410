/// The words of an indicator's explanation, in the report's language.
public enum IndicatorTexts {
    public static func hours(_ minutes: Int) -> String { ClockParsing.durationText(minutes) }

    public static func number(_ value: Double, _ fr: Bool) -> String {
        DecimalFormat.string(value, lang: fr ? .fr : .en, maxFractionDigits: 2)
    }

    /// An indicator's value as every view prints it (the panel, the
    /// documents, the tables): a count in whole enterprises, jobs (FTE)
    /// to two decimals, as the accounts are typed.
    public static func value(_ indicator: Indicator, _ fr: Bool) -> String {
        indicator.code.isFTE ? number(indicator.value, fr) : String(Int(indicator.value))
    }

    public static func date(_ date: LocalDate, _ fr: Bool) -> String { date.dayMonthYear }

    public static func evidence(_ evidence: Evidence, _ fr: Bool) -> String {
        switch evidence {
        case .support(let minutes, let meetings):
            return trn(
                "%2$s over %1$d meeting", "%2$s over %1$d meetings", meetings.count, fr, hours(minutes))
        case .financing(let instrument, let amount, let day):
            guard let day else {
                return tr(
                    "%1$s %2$s (day granted not recorded)", fr, instrument.name(fr),
                    DecimalFormat.euros(amount, lang: fr ? .fr : .en))
            }
            return tr(
                "%1$s %2$s granted on %3$s", fr, instrument.name(fr),
                DecimalFormat.euros(amount, lang: fr ? .fr : .en), date(day, fr))
        case .size(let size, let year):
            guard let year else { return tr("size %s (no accounts)", fr, size.name(fr)) }
            return tr("size %s (accounts %s)", fr, size.name(fr), String(year))
        case .created(let created, let first):
            return tr("created %s, first support %s", fr, date(created, fr), date(first, fr))
        case .jobs(let beforeYear, let before, let afterYear, let after):
            return tr(
                "%s FTE in %s, %s FTE in %s", fr, number(before, fr), String(beforeYear), number(after, fr),
                String(afterYear))
        case .through(let codes):
            return tr("through %s", fr, codes.map(\.rawValue).joined(separator: ", "))
        }
    }

    public static func exclusion(_ exclusion: Exclusion, _ fr: Bool) -> String {
        switch exclusion {
        case .belowThreshold(let minutes, let threshold):
            return tr("%s recorded, threshold %s", fr, hours(minutes), hours(threshold))
        case .otherKindsOnly(let minutes):
            return tr("%s at steering committees or webinars only", fr, hours(minutes))
        case .invitedNeverPresent(let invitations):
            return trn("invited %d time, never present", "invited %d times, never present", invitations, fr)
        case .noAttendance: return tr("no attendance recorded in the period", fr)
        case .noSiren(let invalid): return invalid ? tr("invalid SIRET", fr) : tr("no SIREN", fr)
        case .notGranted(let status): return tr("financing « %s », not granted", fr, status.name(fr))
        case .grantedOutside(let day): return tr("granted on %s, outside the period", fr, date(day, fr))
        case .createdAfterPeriod(let day):
            return tr("creation date %s after the period: to correct", fr, date(day, fr))
        case .createdAfterSupport(let created, let first):
            return tr(
                "creation date %s after its first support meeting (%s): to correct", fr, date(created, fr),
                date(first, fr))
        case .notSupported(let reason):
            return tr("no financing granted; %s", fr, Self.exclusion(reason, fr))
        case .noCreationDate: return tr("no creation date", fr)
        case .createdLongBefore(let created, let first):
            return tr("created %s, 3 years or more before %s", fr, date(created, fr), date(first, fr))
        case .noSupportMeeting: return tr("financing only: no support meeting to date its start", fr)
        case .noAccountsBefore(let year): return tr("accounts missing for %s", fr, String(year))
        case .noAccountsAfter(let year): return tr("no accounts after %s yet", fr, String(year))
        }
    }

    /// Everything said about one enterprise, joined.
    public static func line(_ line: IndicatorLine, _ fr: Bool) -> String {
        if let reason = line.exclusion { return exclusion(reason, fr) }
        return line.evidence.map { evidence($0, fr) }.joined(separator: fr ? "\u{00A0}; " : "; ")
    }
}
