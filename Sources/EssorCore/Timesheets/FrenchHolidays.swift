/// The public holidays of France (outside Alsace-Moselle and the
/// overseas departments), computed for any year: eight fixed days and the
/// three that follow Easter (Easter Monday, Ascension, Whit Monday). Code
/// du travail, art. L3133-1.
public enum FrenchHolidays {
    /// A public holiday.
    public enum Holiday: String, CaseIterable, Sendable {
        case newYear = "jour_de_l_an"
        case easterMonday = "lundi_de_paques"
        case labourDay = "fete_du_travail"
        case victory1945 = "victoire_1945"
        case ascension = "ascension"
        case whitMonday = "lundi_de_pentecote"
        case bastilleDay = "fete_nationale"
        case assumption = "assomption"
        case allSaints = "toussaint"
        case armistice = "armistice_1918"
        case christmas = "noel"

        public func name(_ fr: Bool) -> String {
            switch self {
            case .newYear: tr("New Year's Day", fr)
            case .easterMonday: tr("Easter Monday", fr)
            case .labourDay: tr("Labour Day", fr)
            case .victory1945: tr("Victory in Europe Day", fr)
            case .ascension: tr("Ascension Day", fr)
            case .whitMonday: tr("Whit Monday", fr)
            case .bastilleDay: tr("Bastille Day", fr)
            case .assumption: tr("Assumption Day", fr)
            case .allSaints: tr("All Saints' Day", fr)
            case .armistice: tr("Armistice Day", fr)
            case .christmas: tr("Christmas Day", fr)
            }
        }
    }

    /// Easter Sunday of a Gregorian year (the anonymous Gregorian
    /// algorithm, Meeus/Jones/Butcher).
    public static func easter(_ year: Int) -> LocalDate {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        // Always a day of March or April.
        return LocalDate(year: year, month: month, day: day)!
    }

    /// The eleven holidays of `year`, in calendar order.
    public static func holidays(of year: Int) -> [(date: LocalDate, holiday: Holiday)] {
        let easter = easter(year)
        func fixed(_ month: Int, _ day: Int) -> LocalDate { LocalDate(year: year, month: month, day: day)! }
        let days: [(LocalDate, Holiday)] = [
            (fixed(1, 1), .newYear), (easter.adding(days: 1), .easterMonday), (fixed(5, 1), .labourDay),
            (fixed(5, 8), .victory1945), (easter.adding(days: 39), .ascension),
            (easter.adding(days: 50), .whitMonday), (fixed(7, 14), .bastilleDay), (fixed(8, 15), .assumption),
            (fixed(11, 1), .allSaints), (fixed(11, 11), .armistice), (fixed(12, 25), .christmas),
        ]
        return days.sorted { $0.0 < $1.0 }.map { (date: $0.0, holiday: $0.1) }
    }

    /// The holiday `date` is, if any.
    public static func holiday(on date: LocalDate) -> Holiday? {
        holidays(of: date.year).first { $0.date == date }?.holiday
    }
}
