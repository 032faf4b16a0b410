/// The explanation lists of a computation: for each indicator, the
/// enterprises counted and not counted with why, in name order; the
/// hours of every enterprise and every participant.
struct ListMaker {
    let builder: IndicatorBuilder
    let attended: IndicatorBuilder.Attendance
    let support: (minutes: [Int], meetings: [Int])
    let order: [Int]
    let enterprises: [Enterprise]
    /// Where each enterprise's pairs start in `attended.support`.
    let supportStart: [Int]
    let other: (minutes: [Int], meetings: [Int])
    let invitations: [Int]

    init(
        builder: IndicatorBuilder, attended: IndicatorBuilder.Attendance,
        support: (minutes: [Int], meetings: [Int]), order: [Int]
    ) {
        self.builder = builder
        self.attended = attended
        self.support = support
        self.order = order
        enterprises = (0..<builder.count).map(builder.enterprise)
        var start = [Int](repeating: 0, count: builder.count + 1)
        for key in attended.support { start[IndicatorBuilder.high(key) + 1] += 1 }
        for index in 0..<builder.count { start[index + 1] += start[index] }
        supportStart = start
        other = builder.totals(attended.other)
        // Support meetings of the period each enterprise was invited to.
        let facts = builder.facts
        var invitations = [Int](repeating: 0, count: builder.count)
        for (meetingID, structures) in facts.invitations {
            guard let meeting = builder.meetingAt[meetingID], facts.meetings[meeting].isSupport else {
                continue
            }
            for index in Set(structures.compactMap(builder.enterprise(of:))) { invitations[index] += 1 }
        }
        self.invitations = invitations
    }

    /// The meetings (ids, in order) an enterprise attended for support.
    func supportMeetings(_ index: Int) -> [MeetingID] {
        attended.support[supportStart[index]..<supportStart[index + 1]].map {
            builder.facts.meetings[IndicatorBuilder.low($0)].id
        }.sorted()
    }

    func line(_ index: Int, _ evidence: [Evidence], _ exclusion: Exclusion? = nil, value: Double = 1)
        -> IndicatorLine
    {
        IndicatorLine(enterprise: enterprises[index], evidence: evidence, exclusion: exclusion, value: value)
    }

    /// Why an enterprise is not in RCO04.
    func supportExclusion(_ index: Int) -> Exclusion? {
        let minutes = support.minutes[index]
        if builder.reachesThreshold(minutes: minutes, meetings: support.meetings[index]) {
            return builder.sirenProblem(index)
        }
        if support.meetings[index] > 0 {
            return .belowThreshold(minutes: minutes, threshold: builder.facts.thresholdMinutes)
        }
        if other.meetings[index] > 0 { return .otherKindsOnly(minutes: other.minutes[index]) }
        if invitations[index] > 0 { return .invitedNeverPresent(invitations: invitations[index]) }
        return .noAttendance
    }

    func financedIndicator(_ code: IndicatorCode, _ financed: IndicatorBuilder.Financed) -> Indicator {
        var counted: [IndicatorLine] = []
        var notCounted: [IndicatorLine] = []
        for index in order {
            if let list = financed.granted[index] {
                let evidence = list.map {
                    Evidence.financing($0.instrument, amount: $0.amount, grantedOn: $0.grantedOn)
                }
                if let problem = builder.sirenProblem(index) {
                    notCounted.append(line(index, evidence, problem))
                } else {
                    counted.append(line(index, evidence))
                }
            } else if let day = financed.outside[index] {
                notCounted.append(line(index, [], .grantedOutside(day)))
            } else if let status = financed.other[index] {
                notCounted.append(line(index, [], .notGranted(status)))
            }
        }
        return Indicator(
            code: code, value: Double(counted.count), amount: financed.amount, counted: counted,
            notCounted: notCounted, unlisted: builder.count - counted.count - notCounted.count)
    }

    /// Puts the lists of RCO01, RCO04, RCO05 and RCR01 in `indicators`.
    func fill(
        _ indicators: inout [Indicator], supported: Set<Int>, inOrder: [Int],
        history: [Int: IndicatorBuilder.History], grants: IndicatorBuilder.Financed,
        instruments: IndicatorBuilder.Financed
    ) {
        var rco04 = (counted: [IndicatorLine](), notCounted: [IndicatorLine]())
        var rco01 = (counted: [IndicatorLine](), notCounted: [IndicatorLine]())
        for index in order {
            let evidence = Evidence.support(minutes: support.minutes[index], meetings: supportMeetings(index))
            let exclusion = supportExclusion(index)
            if let exclusion {
                rco04.notCounted.append(line(index, [evidence], exclusion))
            } else {
                rco04.counted.append(line(index, [evidence]))
            }
            guard supported.contains(index) else {
                let reason = exclusion ?? .noAttendance
                let why: Exclusion = if case .noSiren = reason { reason } else { .notSupported(reason) }
                rco01.notCounted.append(line(index, [], why))
                continue
            }
            var through: [IndicatorCode] = []
            if grants.counted.contains(index) { through.append(.rco02) }
            if instruments.counted.contains(index) { through.append(.rco03) }
            if exclusion == nil { through.append(.rco04) }
            let (size, year) = builder.size(index)
            rco01.counted.append(line(index, [.through(through), .size(size, year: year)]))
        }
        var rco05 = (counted: [IndicatorLine](), notCounted: [IndicatorLine]())
        var rcr01 = (counted: [IndicatorLine](), notCounted: [IndicatorLine]())
        for index in inOrder {
            guard let entry = history[index] else { continue }
            if let evidence = entry.rco05 {
                rco05.counted.append(line(index, [evidence]))
            } else {
                rco05.notCounted.append(line(index, [], entry.rco05Exclusion))
            }
            if let evidence = entry.rcr01, let jobs = entry.jobs {
                rcr01.counted.append(line(index, [evidence], value: jobs))
            } else {
                rcr01.notCounted.append(line(index, [], entry.rcr01Exclusion))
            }
        }
        indicators[0].counted = rco01.counted
        indicators[0].notCounted = rco01.notCounted
        indicators[3].counted = rco04.counted
        indicators[3].notCounted = rco04.notCounted
        indicators[4].counted = rco05.counted
        indicators[4].notCounted = rco05.notCounted
        indicators[5].counted = rcr01.counted
        indicators[5].notCounted = rcr01.notCounted
    }

    /// Every enterprise with its hours, most first, then in name order.
    func hours(rank: [Int]) -> [IndicatorReport.EnterpriseHours] {
        let minutes = support.minutes
        return order.sorted { minutes[$0] != minutes[$1] ? minutes[$0] > minutes[$1] : rank[$0] < rank[$1] }
            .map { index in
                IndicatorReport.EnterpriseHours(
                    enterprise: enterprises[index], minutes: minutes[index], meetings: support.meetings[index]
                )
            }
    }

    /// People by hours of support, then by name (folded).
    func people(_ participants: [IndicatorBuilder.Participant]) -> [IndicatorReport.PersonHours] {
        let facts = builder.facts
        let entries = participants.map { entry in
            let meetings = Set(entry.meetings)
            let minutes = meetings.reduce(0) {
                $0 + (facts.meetings[$1].isSupport ? facts.meetings[$1].minutes : 0)
            }
            let structure = builder.organisationAt[entry.structure].map { facts.organisations[$0].name } ?? ""
            return (
                SearchFolding.fold(entry.person),
                IndicatorReport.PersonHours(
                    person: entry.person, structure: structure, minutes: minutes, meetings: meetings.count)
            )
        }
        return entries.sorted { a, b in
            if a.1.minutes != b.1.minutes { return a.1.minutes > b.1.minutes }
            if a.0 != b.0 { return a.0 < b.0 }
            return a.1.person != b.1.person ? a.1.person < b.1.person : a.1.structure < b.1.structure
        }.map(\.1)
    }
}
