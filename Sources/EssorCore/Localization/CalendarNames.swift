/// The names of the days and months, from the catalogue: one list for
/// the interface, the exports and the printed sheets.
public enum CalendarNames {
    /// `Monday`…`Sunday` (`lundi`…), `weekday` 1 to 7 from Monday.
    public static func weekday(_ weekday: Int, _ fr: Bool) -> String {
        switch weekday {
        case 1: trc("weekday", "Monday", fr)
        case 2: trc("weekday", "Tuesday", fr)
        case 3: trc("weekday", "Wednesday", fr)
        case 4: trc("weekday", "Thursday", fr)
        case 5: trc("weekday", "Friday", fr)
        case 6: trc("weekday", "Saturday", fr)
        default: trc("weekday", "Sunday", fr)
        }
    }

    /// `Mon`…`Sun` (`lun.`…).
    public static func shortWeekday(_ weekday: Int, _ fr: Bool) -> String {
        switch weekday {
        case 1: trc("short weekday", "Mon", fr)
        case 2: trc("short weekday", "Tue", fr)
        case 3: trc("short weekday", "Wed", fr)
        case 4: trc("short weekday", "Thu", fr)
        case 5: trc("short weekday", "Fri", fr)
        case 6: trc("short weekday", "Sat", fr)
        default: trc("short weekday", "Sun", fr)
        }
    }

    /// `January`…`December` (`janvier`…), `month` 1 to 12.
    public static func month(_ month: Int, _ fr: Bool) -> String {
        switch month {
        case 1: trc("month", "January", fr)
        case 2: trc("month", "February", fr)
        case 3: trc("month", "March", fr)
        case 4: trc("month", "April", fr)
        case 5: trc("month", "May", fr)
        case 6: trc("month", "June", fr)
        case 7: trc("month", "July", fr)
        case 8: trc("month", "August", fr)
        case 9: trc("month", "September", fr)
        case 10: trc("month", "October", fr)
        case 11: trc("month", "November", fr)
        default: trc("month", "December", fr)
        }
    }

    /// `Jan`…`Dec` (`janv.`…), `month` 1 to 12: column headings.
    public static func shortMonth(_ month: Int, _ fr: Bool) -> String {
        switch month {
        case 1: trc("short month", "Jan", fr)
        case 2: trc("short month", "Feb", fr)
        case 3: trc("short month", "Mar", fr)
        case 4: trc("short month", "Apr", fr)
        case 5: trc("short month", "May", fr)
        case 6: trc("short month", "Jun", fr)
        case 7: trc("short month", "Jul", fr)
        case 8: trc("short month", "Aug", fr)
        case 9: trc("short month", "Sep", fr)
        case 10: trc("short month", "Oct", fr)
        case 11: trc("short month", "Nov", fr)
        default: trc("short month", "Dec", fr)
        }
    }
}
