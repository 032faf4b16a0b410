import EssorCore

/// Dates, times, durations and numbers the way the interface language
/// writes them: `JJ/MM/AAAA`, 24-hour `14h30`, decimal comma in French.
public struct Format: Sendable {
    public let lang: Lang
    public let clock: WallClock
    public let dates: DateStyle

    public init(lang: Lang, clock: WallClock, dates: DateStyle = .dayMonthYear) {
        self.lang = lang
        self.clock = clock
        self.dates = dates
    }

    public func text(_ msg: Msg) -> String { Strings.text(msg, lang) }
    public func text(_ msg: FormMsg) -> String { Strings.text(.form(msg), lang) }
    public func text(_ msg: MeetingMsg) -> String { Strings.text(.meeting(msg), lang) }
    public func text(_ msg: PartnerMsg) -> String { Strings.text(.partner(msg), lang) }
    public func text(_ msg: StoreMsg) -> String { Strings.text(.store(msg), lang) }

    /// A colon between a label and its text: French puts a space before it.
    public var colon: String { lang == .fr ? " : " : ": " }

    public func date(_ date: LocalDate) -> String {
        switch dates {
        case .dayMonthYear: date.dayMonthYear
        case .iso: date.iso
        }
    }

    public func weekday(_ date: LocalDate) -> String {
        CalendarNames.shortWeekday(date.weekday, lang == .fr)
    }

    /// `jeu. 15/01/2027`.
    public func dayWithWeekday(_ date: LocalDate) -> String { "\(weekday(date)) \(self.date(date))" }

    public func time(_ time: LocalDateTime) -> String {
        lang == .fr ? time.frenchTime : time.clockTime
    }

    /// `3h`, `1h30`, `45 min`.
    public func duration(minutes: Int) -> String {
        if minutes < 60 { return "\(minutes) min" }
        let m = minutes % 60
        return m == 0 ? "\(minutes / 60)h" : "\(minutes / 60)h\(LocalDate.pad(m, 2))"
    }

    /// `jeu. 15/01/2027, 14h30–17h30`.
    public func meetingWhen(_ meeting: Meeting) -> String {
        let start = clock.local(meeting.start)
        let end = clock.local(meeting.end)
        let endText = end.date == start.date ? time(end) : "\(date(end.date)) \(time(end))"
        return "\(dayWithWeekday(start.date)), \(time(start))–\(endText)"
    }

    /// `09/2022 – 01/2023`.
    public func period(_ start: LocalDate, _ end: LocalDate) -> String {
        "\(start.monthYear) – \(end.monthYear)"
    }

    public func number(_ value: Double) -> String { DecimalFormat.string(value, lang: lang) }

    public func days(_ value: Double) -> String { text(.daysValue(number(value))) }

    /// `12 345 €` (a no-break space between thousands in French),
    /// `€12,345` in English; whole euros.
    public func money(_ value: Double) -> String { DecimalFormat.euros(value, lang: lang) }

    /// The amount to the cent when it has cents (history, where an auditor
    /// compares them), else as `money`.
    public func money(_ value: Double, cents: Bool) -> String {
        DecimalFormat.euros(value, lang: lang, cents: cents)
    }

    /// A figure of the accounts as it was typed (`185 300,50 €`, `1,25`).
    public func figure(_ value: Double, _ figure: FinancialYear.Figure) -> String {
        DecimalFormat.figure(value, figure, lang: lang)
    }

    /// `-35 167`: whole euros without the sign, grouped, in a column whose
    /// title says they are euros (the cash plan's months).
    public func euroCell(_ value: Double) -> String {
        DecimalFormat.grouped(value, separator: lang == .fr ? "\u{202F}" : ",")
    }

    /// `457 k€`, `9,5 k€`: amounts in a narrow column.
    public func kilo(_ value: Double) -> String {
        let k = value / 1000
        // Whole thousands from 100 k€, grouped like euros (1 329 k€).
        let text =
            abs(k) >= 100
            ? DecimalFormat.grouped(k, separator: lang == .fr ? "\u{202F}" : ",")
            : DecimalFormat.string(k, lang: lang, maxFractionDigits: 1)
        return lang == .fr ? "\(text)\u{00A0}k€" : "€\(text)k"
    }

    /// `12,5 %` from 0.125.
    public func percent(_ ratio: Double) -> String {
        DecimalFormat.string(ratio * 100, lang: lang) + (lang == .fr ? " %" : "%")
    }
}
