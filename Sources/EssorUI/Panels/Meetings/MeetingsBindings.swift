import EssorCore

/// The Séances panel's keys: the agenda, the week and month views, a
/// meeting's detail, the series and export questions, the attendance sheet.
enum MeetingsBindings {
    static let all: [KeyBinding] = meetings + calendar + detail + dialogs + attendance

    static let meetings: [KeyBinding] = [
        KeyBinding([.char("a")], .add, .meetings, hint: true, writes: true) { $0.add() },
        KeyBinding([.char("e")], .edit, .meetings, writes: true) { $0.edit() },
        KeyBinding([.char("d")], .delete, .meetings, writes: true) { $0.delete() },
        KeyBinding([.char("u")], .undo, .meetings, writes: true) { _ in [.undo] },
        KeyBinding([.char("v")], .cycleView, .meetings, hint: true) { $0.cycleMeetingsView() },
        KeyBinding([.char("t")], .today, .meetings) { $0.goToday() },
        KeyBinding([.char("g")], .goToDate, .meetings) { $0.askDate() },
        KeyBinding([.char("f")], .kindFilter, .meetings) { $0.cycleKindFilter() },
        KeyBinding([.char("P")], .whenFilter, .meetings) { $0.cycleWhenFilter() },
        KeyBinding([.char("p")], .attendance, .meetings, writes: true) { $0.openAttendance() },
        KeyBinding([.char("x")], .export, .meetings) { $0.askExport() },
        KeyBinding([.char("w")], .workshop, .meetings) { $0.openSelectedWorkshop() },
    ]

    static let calendar: [KeyBinding] = [
        KeyBinding([.left, .char("h")], .previousDay, .calendar) { $0.calendarCommand(.previousDay) },
        KeyBinding([.right, .char("l")], .nextDay, .calendar) { $0.calendarCommand(.nextDay) },
        KeyBinding([.up, .char("k")], .moveUp, .calendar) { $0.calendarCommand(.moveUp) },
        KeyBinding([.down, .char("j")], .moveDown, .calendar) { $0.calendarCommand(.moveDown) },
        KeyBinding([.pageUp, .ctrl("b")], .previousPeriod, .calendar) { $0.calendarCommand(.previousPeriod) },
        KeyBinding([.pageDown, .ctrl("f")], .nextPeriod, .calendar) { $0.calendarCommand(.nextPeriod) },
        KeyBinding([.enter], .open, .calendar, hint: true) { $0.open() },
    ]

    static let detail: [KeyBinding] = [
        KeyBinding([.char("p")], .attendance, .meetingDetail, hint: true, writes: true) {
            $0.openAttendance()
        },
        KeyBinding([.char("x")], .export, .meetingDetail) { $0.askExport() },
        KeyBinding([.char("w")], .workshop, .meetingDetail, hint: true) { $0.openSelectedWorkshop() },
    ]

    static let dialogs: [KeyBinding] = [
        KeyBinding([.char("c"), .enter], .seriesOne, .seriesDialog, hint: true) {
            $0.answerDialog(.seriesOne)
        },
        KeyBinding([.char("s")], .seriesFollowing, .seriesDialog, hint: true) {
            $0.answerDialog(.seriesFollowing)
        },
        KeyBinding([.escape], .no, .seriesDialog, hint: true, help: .keyHelp(.keepEditing)) {
            $0.answerDialog(.no)
        },
        KeyBinding([.char("e")], .exportAttendance, .exportDialog, hint: true) {
            $0.answerDialog(.exportAttendance)
        },
        KeyBinding([.char("i")], .exportCalendar, .exportDialog, hint: true) {
            $0.answerDialog(.exportCalendar)
        },
        KeyBinding([.char("d")], .exportAuditPack, .exportDialog, hint: true) {
            $0.answerDialog(.exportAuditPack)
        },
        KeyBinding([.escape, .char("n")], .no, .exportDialog, hint: true, help: .keyHelp(.exportNothing)) {
            $0.answerDialog(.no)
        },
    ]

    static let attendance: [KeyBinding] = [
        KeyBinding([.up, .char("k")], .moveUp, .attendance) { $0.attendanceCommand(.moveUp) },
        KeyBinding([.down, .char("j")], .moveDown, .attendance) { $0.attendanceCommand(.moveDown) },
        KeyBinding([.pageUp], .pageUp, .attendance) { $0.attendanceCommand(.pageUp) },
        KeyBinding([.pageDown], .pageDown, .attendance) { $0.attendanceCommand(.pageDown) },
        KeyBinding([.char("p"), .char(" ")], .markPresent, .attendance, hint: true) {
            $0.attendanceCommand(.markPresent)
        },
        KeyBinding([.char("a")], .markAbsent, .attendance, hint: true) { $0.attendanceCommand(.markAbsent) },
        KeyBinding([.char("x")], .markExcused, .attendance, hint: true) {
            $0.attendanceCommand(.markExcused)
        },
        KeyBinding([.char("h")], .setArrival, .attendance, hint: true) { $0.attendanceCommand(.setArrival) },
        KeyBinding([.char("+")], .addPerson, .attendance, hint: true) { $0.attendanceCommand(.addPerson) },
        KeyBinding([.char("d"), .delete], .removePerson, .attendance) { $0.attendanceCommand(.removePerson) },
        KeyBinding([.enter, .ctrl("s")], .save, .attendance, hint: true, writes: true) {
            $0.attendanceCommand(.save)
        },
        KeyBinding([.escape], .cancel, .attendance, hint: true) { $0.attendanceCommand(.cancel) },
        KeyBinding([.function(1), .char("?")], .help, .attendance) { $0.showHelp() },
    ]
}

/// The commands only this panel binds.
extension Command {
    public static let today = Command("today", { fr in tr("Go to today", fr) })
    public static let goToDate = Command("go-to-date", { fr in tr("Go to a date", fr) })
    public static let kindFilter = Command("kind-filter", { fr in tr("Filter by kind of meeting", fr) })
    public static let whenFilter = Command("time-filter", { fr in tr("All, upcoming or past", fr) })
    public static let attendance = Command(
        "attendance", { fr in tr("Attendance: who came", fr) }, hint: { fr in tr("attendance", fr) })
    public static let previousDay = Command("previous-day", { fr in tr("Previous day", fr) })
    public static let nextDay = Command("next-day", { fr in tr("Next day", fr) })
    public static let setArrival = Command(
        "arrival", { fr in tr("Arrival time", fr) }, hint: { fr in tr("arrival", fr) })
    public static let addPerson = Command(
        "add-person", { fr in tr("Add a person", fr) }, hint: { fr in tr("person", fr) })
    public static let removePerson = Command(
        "remove-person",
        { fr in tr("Take off a person added to this sheet (a contact stays: unmark it)", fr) })
    public static let seriesOne = Command(
        "series-one", { fr in tr("This meeting only", fr) }, hint: { fr in tr("this one", fr) })
    public static let seriesFollowing = Command(
        "series-following", { fr in tr("This one and the following", fr) },
        hint: { fr in tr("and following", fr) })
    public static let exportAttendance = Command(
        "export-attendance", { fr in tr("Attendance sheet", fr) }, hint: { fr in tr("attendance", fr) })
    public static let exportCalendar = Command(
        "export-calendar", { fr in tr("iCalendar file (.ics)", fr) }, hint: { fr in "iCalendar" })
    public static let exportAuditPack = Command(
        "export-audit-pack",
        { fr in tr("Audit pack of the meetings held (zip: sheets, minutes, partners' days, manifest)", fr) },
        hint: { fr in tr("audit pack", fr) })
    public static let workshop = Command(
        "workshop", { fr in tr("Run this meeting's workshop", fr) }, hint: { fr in tr("workshop", fr) })
}
