import EssorCore
import Testing

@Suite struct ClockParsingTests {
    @Test func readsTimesAsTyped() {
        #expect(ClockParsing.time("14h30")! == (14, 30))
        #expect(ClockParsing.time("14:30")! == (14, 30))
        #expect(ClockParsing.time(" 9h05 ")! == (9, 5))
        #expect(ClockParsing.time("9h")! == (9, 0))
        #expect(ClockParsing.time("9H30")! == (9, 30))
        #expect(ClockParsing.time("0h00")! == (0, 0))
        for bad in ["", "14", "24h00", "14h60", "14h3", "h30", "14-30", "quatorze heures", "14h30m"] {
            #expect(ClockParsing.time(bad) == nil, "\(bad)")
        }
    }

    @Test func readsDurationsAsTyped() {
        #expect(ClockParsing.duration("2h") == 120)
        #expect(ClockParsing.duration("1h30") == 90)
        #expect(ClockParsing.duration("90 min") == 90)
        #expect(ClockParsing.duration("45mn") == 45)
        #expect(ClockParsing.duration("90") == nil)  // minutes or hours? a unit is needed
        #expect(ClockParsing.duration("3") == nil)
        #expect(ClockParsing.duration("1,5 h") == 90)
        #expect(ClockParsing.duration("1.5h") == 90)
        #expect(ClockParsing.duration("2 heures") == 120)
        for bad in ["", "h", "1h3", "deux heures", "1h75", "-2h", "min"] {
            #expect(ClockParsing.duration(bad) == nil, "\(bad)")
        }
    }

    @Test func writesThemBackTheFrenchWay() {
        #expect(ClockParsing.timeText(hour: 9, minute: 5) == "9h05")
        #expect(ClockParsing.durationText(90) == "1h30")
        #expect(ClockParsing.durationText(180) == "3h")
        #expect(ClockParsing.durationText(45) == "45 min")
    }
}

@Suite struct RecurrenceTests {
    let first = LocalDate(year: 2027, month: 1, day: 14)!  // a Thursday, second of the month

    @Test func weeklyAndEveryTwoWeeks() {
        #expect(
            Recurrence.weekly.dates(from: first, count: 3).map(\.iso) == [
                "2027-01-14", "2027-01-21", "2027-01-28",
            ])
        #expect(
            Recurrence.biweekly.dates(from: first, count: 3).map(\.iso) == [
                "2027-01-14", "2027-01-28", "2027-02-11",
            ])
        #expect(Recurrence.none.dates(from: first, count: 5) == [first])
    }

    @Test func monthlyKeepsTheWeekdayAndItsRankInTheMonth() {
        let dates = Recurrence.monthly.dates(from: first, count: 4)
        #expect(dates.map(\.iso) == ["2027-01-14", "2027-02-11", "2027-03-11", "2027-04-08"])
        #expect(dates.allSatisfy { $0.weekday == 4 })
        // A fifth Friday most months lack becomes the month's last Friday.
        let fifth = LocalDate(year: 2027, month: 1, day: 29)!
        let fridays = Recurrence.monthly.dates(from: fifth, count: 3)
        #expect(fridays.map(\.iso) == ["2027-01-29", "2027-02-26", "2027-03-26"])
    }

    @Test func seriesCrossTheSummerTimeChangeAtTheSameWallClockTime() {
        var draft = MeetingDraft()
        draft.cohortID = 1
        draft.title = "Atelier"
        draft.date = "18/03/2027"
        draft.time = "14h30"
        draft.duration = "3h"
        draft.recurrence = .weekly
        draft.occurrences = "3"
        let starts = draft.starts(clock: .paris)
        #expect(starts.count == 3)
        #expect(starts.map { WallClock.paris.local($0).hour } == [14, 14, 14])
        // Paris moves to summer time on 28 March: one week is an hour shorter.
        #expect(starts[2] - starts[1] == 7 * 86_400 - 3600)
    }
}

@Suite struct MeetingDraftTests {
    func valid() -> MeetingDraft {
        var draft = MeetingDraft()
        draft.cohortID = 3
        draft.title = "Atelier modèle économique"
        draft.date = "15/03/2027"
        draft.time = "14h30"
        draft.duration = "3h"
        return draft
    }

    @Test func aCompleteDraftMakesAMeeting() throws {
        let meeting = try #require(valid().meeting(id: 7, clock: .paris))
        #expect(meeting.durationMinutes == 180)
        #expect(
            WallClock.paris.local(meeting.start)
                == LocalDateTime(date: LocalDate(year: 2027, month: 3, day: 15)!, hour: 14, minute: 30))
        #expect(meeting.cohortID == 3)
    }

    @Test func saysWhatIsWrongFieldByField() {
        var draft = MeetingDraft()
        draft.date = "31/02/2027"
        draft.time = "25h"
        draft.duration = "0"
        draft.videoLink = "visio.example.org"
        let issues = draft.issues()
        #expect(issues[.cohort] == .required)
        #expect(issues[.title] == .required)
        #expect(issues[.date] == .date)
        #expect(issues[.time] == .time)
        #expect(issues[.duration] == .duration)
        #expect(issues[.videoLink] == .url)
        #expect(draft.meeting(id: 0, clock: .paris) == nil)
    }

    @Test func agendaItemsAreCheckedAndTheirLengthComparedToTheMeeting() {
        var draft = valid()
        draft.agenda = [
            AgendaItemDraft(title: "Accueil", minutes: "15"), AgendaItemDraft(title: "", minutes: "1h"),
        ]
        #expect(draft.issues()[.agenda] == .invalidAgendaItem)
        draft.agenda = [
            AgendaItemDraft(title: "Accueil", minutes: "2h"),
            AgendaItemDraft(title: "Travail", minutes: "1h30"),
        ]
        #expect(draft.issues()[.agenda] == .agendaLongerThanMeeting(agenda: 210, meeting: 180))
        #expect(draft.isValid)  // a warning only
        #expect(draft.agendaItems.map(\.minutes) == [120, 90])
    }

    @Test func aSeriesNeedsACount() {
        var draft = valid()
        draft.recurrence = .monthly
        #expect(draft.issues()[.occurrences] == .occurrences(maximum: 52))
        draft.occurrences = "53"
        #expect(draft.issues()[.occurrences] != nil)
        draft.occurrences = "6"
        #expect(draft.issues().isEmpty)
        #expect(draft.starts(clock: .paris).count == 6)
    }

    @Test func aMeetingReadsBackAsTheSameDraft() throws {
        let meeting = try #require(valid().meeting(id: 7, clock: .paris))
        let back = MeetingDraft(meeting, agenda: [], invitedIDs: [], partnerIDs: [], clock: .paris)
        #expect(back.date == "15/03/2027")
        #expect(back.time == "14h30")
        #expect(back.duration == "3h")
        #expect(back.meeting(id: 7, clock: .paris) == meeting)
    }
}

@Suite struct MeetingConflictTests {
    let hour: Int64 = 3600
    let base: Int64 = 1_800_000_000

    func plan(
        _ id: MeetingID, at start: Int64, hours: Int64 = 2, place: String = "", facilitators: String = "",
        partners: [NamedID] = [], structures: [NamedID] = []
    ) -> MeetingPlan {
        MeetingPlan(
            id: id, title: "Séance \(id)", start: base + start * hour, end: base + (start + hours) * hour,
            place: place,
            facilitators: facilitators, partners: partners, structures: structures)
    }

    let france = NamedID(id: 1, name: "France Active Normandie")
    let coop = NamedID(id: 10, name: "Coop des Deux Rives")
    let table = NamedID(id: 11, name: "La Table Partagée")

    @Test func sharedPartnerStructureOrFacilitatorAtOverlappingTimes() {
        let mine = plan(
            1, at: 0, facilitators: "Claire Dubois, SocialCOBizz", partners: [france],
            structures: [coop, table])
        let other = plan(
            2, at: 1, facilitators: "socialcobizz et Marc", partners: [france], structures: [table])
        let conflicts = MeetingConflicts.conflicts(of: mine, among: [mine, other])
        #expect(conflicts.count == 1)
        #expect(conflicts[0].otherID == 2)
        #expect(
            conflicts[0].reasons == [
                .partner("France Active Normandie"), .facilitator("SocialCOBizz"),
                .structure("La Table Partagée"),
            ])
    }

    @Test func samePlaceAtTheSameTimeButNotOnline() {
        let a = plan(1, at: 0, place: "Caen — salle de la Coopération")
        let b = plan(2, at: 1, place: "caen — salle de la cooperation ")
        #expect(
            MeetingConflicts.conflicts(of: a, among: [b]).first?.reasons == [
                .place("Caen — salle de la Coopération")
            ])
        let online = plan(3, at: 0, place: "Visio")
        let alsoOnline = plan(4, at: 0, place: "visio")
        #expect(MeetingConflicts.conflicts(of: online, among: [alsoOnline]).isEmpty)
    }

    @Test func meetingsThatOnlyTouchOrShareNothingDoNotConflict() {
        let morning = plan(1, at: 0, hours: 3, partners: [france])
        let afternoon = plan(2, at: 3, hours: 3, partners: [france])
        #expect(MeetingConflicts.conflicts(of: morning, among: [afternoon]).isEmpty)
        let elsewhere = plan(3, at: 1, place: "Rouen", partners: [NamedID(id: 2, name: "Bartle")])
        #expect(MeetingConflicts.conflicts(of: morning, among: [elsewhere]).isEmpty)
    }

    @Test func conflictsComeInTimeOrder() {
        let long = plan(1, at: 0, hours: 8, partners: [france])
        let later = plan(2, at: 5, partners: [france])
        let earlier = plan(3, at: 1, partners: [france])
        #expect(MeetingConflicts.conflicts(of: long, among: [later, earlier]).map(\.otherID) == [3, 2])
    }
}
