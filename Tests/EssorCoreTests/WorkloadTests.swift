import EssorCore
import Testing

@Suite struct WorkloadTests {
    let clock = WallClock.paris
    let day = LocalDate(year: 2026, month: 11, day: 2)!

    @Test func meetingsCountByHalfDaysStarted() {
        #expect(Workload.days(minutes: 0) == 0)
        #expect(Workload.days(minutes: 60) == 0.5)
        #expect(Workload.days(minutes: 180) == 0.5)
        #expect(Workload.days(minutes: 240) == 0.5)
        #expect(Workload.days(minutes: 241) == 1)
        #expect(Workload.days(minutes: 420) == 1)
        #expect(Workload.days(minutes: 600) == 1.5)
    }

    func assignment(
        _ id: AssignmentID, partner: PartnerID = 1, cohort: CohortID = 10, structure: StructureID? = nil,
        planned: Double = 4, status: AssignmentStatus = .ongoing, start: LocalDate? = nil
    ) -> Assignment {
        Assignment(
            id: id, partnerID: partner, cohortID: cohort, structureID: structure, mission: "m",
            daysPlanned: planned,
            status: status, start: start)
    }

    func meeting(
        _ at: LocalDate, hour: Int = 14, minutes: Int = 180, partner: PartnerID = 1, cohort: CohortID = 10,
        kind: MeetingKind = .workshop, invited: Set<StructureID> = []
    ) -> Workload.Participation {
        Workload.Participation(
            partnerID: partner, cohortID: cohort, start: clock.instant(at, hour: hour, minute: 0),
            minutes: minutes,
            kind: kind, invited: invited)
    }

    @Test func aMeetingCountsForTheRightMission() {
        let cohortWide = assignment(1)
        let forCoop = assignment(2, structure: 100)
        let all = [cohortWide, forCoop]
        #expect(Workload.assignment(for: meeting(day, kind: .oneToOne, invited: [100]), among: all) == 2)
        #expect(Workload.assignment(for: meeting(day, kind: .workshop, invited: [100]), among: all) == 1)
        #expect(Workload.assignment(for: meeting(day, kind: .oneToOne, invited: [200]), among: all) == 1)
        #expect(Workload.assignment(for: meeting(day, cohort: 99), among: all) == nil)
        #expect(Workload.assignment(for: meeting(day), among: [forCoop]) == 2)  // no cohort-wide mission
    }

    @Test func usedDaysAddMeetingsHeldAndDaysEntered() {
        let now = clock.instant(LocalDate(year: 2026, month: 11, day: 20)!, hour: 12, minute: 0)
        let usage = Workload.usage(
            [assignment(1, planned: 2)],
            participations: [
                meeting(day), meeting(day.adding(days: 7), minutes: 360),
                meeting(LocalDate(year: 2026, month: 12, day: 3)!),  // still to come
            ],
            entries: [1: [TimeEntry(date: LocalDate(year: 2026, month: 11, day: 12)!, days: 0.5)]], now: now,
            clock: clock)
        let u = usage[1]!
        #expect(u.fromMeetings == 1.5 && u.entered == 0.5 && u.used == 2 && u.scheduled == 0.5)
        #expect(u.lastActivity == LocalDate(year: 2026, month: 11, day: 12))
        #expect(u.isOverAllocated)  // 2 used + 0.5 to come > 2 planned
    }

    @Test func anOngoingMissionWithNothingForThirtyDaysIsIdle() {
        let today = LocalDate(year: 2026, month: 11, day: 26)!
        let a = assignment(1, start: LocalDate(year: 2026, month: 9, day: 1)!)
        var usage = Workload.Usage(
            assignmentID: 1, planned: 4, fromMeetings: 0, entered: 0, scheduled: 0, lastActivity: nil)
        #expect(Workload.isIdle(a, usage, today: today))
        usage.lastActivity = LocalDate(year: 2026, month: 11, day: 1)
        #expect(!Workload.isIdle(a, usage, today: today))
        usage.lastActivity = LocalDate(year: 2026, month: 10, day: 26)
        #expect(Workload.isIdle(a, usage, today: today))
        #expect(!Workload.isIdle(assignment(1, status: .done), usage, today: today))
        #expect(!Workload.isIdle(assignment(1, status: .planned), usage, today: today))
    }
}

@Suite struct AssignmentDraftTests {
    @Test func checksEveryField() {
        var draft = AssignmentDraft()
        draft.days = "beaucoup"
        draft.start = "01/02/2027"
        draft.end = "01/01/2027"
        draft.entries = [TimeEntryDraft(date: "32/01/2027", days: "0")]
        let issues = draft.issues()
        #expect(
            issues[.partner] == .required && issues[.cohort] == .required && issues[.mission] == .required)
        #expect(
            issues[.days] == .number && issues[.end] == .endBeforeStart && issues[.entries] == .invalidEntry)
        draft = AssignmentDraft()
        draft.partnerID = 1
        draft.cohortID = 2
        draft.mission = "Étudier les comptes"
        draft.days = "4,5"
        draft.entries = [TimeEntryDraft(date: "20/11/2026", days: "0,5", note: "bilan")]
        let a = draft.assignment(id: 0)
        #expect(a?.daysPlanned == 4.5 && a?.structureID == nil)
        #expect(
            draft.timeEntries == [
                TimeEntry(date: LocalDate(year: 2026, month: 11, day: 20)!, days: 0.5, note: "bilan")
            ])
    }
}
