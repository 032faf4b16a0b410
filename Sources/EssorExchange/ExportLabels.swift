import EssorCore

/// The words of exported documents (iCalendar descriptions, attendance
/// sheets), in the interface language.
struct ExportLabels {
    let fr: Bool

    init(_ lang: Lang) { fr = lang == .fr }

    var cohort: String { tr("Cohort", fr) }
    var kind: String { "Type" }
    var facilitators: String { tr("Facilitators", fr) }
    var partners: String { tr("Partners", fr) }
    var agenda: String { tr("Agenda", fr) }
    var invited: String { tr("Invited organisations", fr) }
    var link: String { tr("Video link", fr) }
    var notes: String { "Notes" }
    var sheetTitle: String { tr("Attendance sheet", fr) }
    var programme: String { tr("Programme", fr) }
    var funders: String { tr("Funders", fr) }
    var meeting: String { tr("Meeting", fr) }
    var date: String { "Date" }
    var times: String { tr("Times", fr) }
    var place: String { tr("Place", fr) }
    var structure: String { tr("Organisation", fr) }
    var name: String { tr("Name", fr) }
    var role: String { tr("Role", fr) }
    var arrival: String { tr("Arrival", fr) }
    var signature: String { "Signature" }
    var extraRows: String { tr("Unlisted participants", fr) }

    func kind(_ kind: MeetingKind) -> String {
        switch kind {
        case .workshop: tr("Collective workshop", fr)
        case .oneToOne: tr("One-to-one meeting", fr)
        case .steering: tr("Steering committee", fr)
        case .webinar: tr("Webinar", fr)
        }
    }

    func weekday(_ date: LocalDate) -> String { CalendarNames.weekday(date.weekday, fr) }

    func month(_ month: Int) -> String { CalendarNames.month(month, fr) }

    /// `jeudi 15 janvier 2027`.
    func longDate(_ date: LocalDate) -> String {
        fr
            ? "\(weekday(date)) \(date.day == 1 ? "1er" : String(date.day)) \(month(date.month)) \(date.year)"
            : "\(weekday(date)) \(date.day) \(month(date.month)) \(date.year)"
    }

    func time(_ t: LocalDateTime) -> String { fr ? t.frenchTime : t.clockTime }
}
