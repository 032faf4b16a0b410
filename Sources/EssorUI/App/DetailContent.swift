import EssorCore
import EssorStore

/// What each kind of record shows in its detail.
public enum DetailContent {
    public static func title(_ detail: PanelDetail, lang: Lang) -> String {
        switch detail {
        case .cohort(let d): d.cohort.name
        case .structure(let d): d.structure.name
        case .meeting(let d): d.meeting.title
        case .partner(let d): d.partner.name
        case .finance(let d): d.structure.name
        case .report(let id): ReportRow(rawValue: id)?.title(lang == .fr) ?? ""
        case .time(let d): d.record.member.name
        }
    }

    public static func lines(_ detail: PanelDetail, _ state: AppState) -> [DetailLine] {
        switch detail {
        case .cohort(let d): cohort(d, state)
        case .structure(let d): structure(d, state)
        case .meeting(let d): meeting(d, state)
        case .partner(let d): partner(d, state)
        case .finance(let d): FinanceDetailContent.lines(d, state)
        case .report(let id): ReportDetailContent.lines(id, state)
        case .time(let d): TimeDetailContent.lines(d, state)
        }
    }

    static func cohort(_ d: CohortDetail, _ state: AppState) -> [DetailLine] {
        let f = state.format
        let c = d.cohort
        func keyed(_ field: CohortDraft.Field, _ line: DetailLine) -> DetailLine {
            .keyed(.cohort(field), line)
        }
        var lines: [DetailLine] = [
            keyed(.theme, .field(f.text(.fieldTheme), c.theme)),
            keyed(.start, .field(f.text(.fieldPeriod), "\(f.date(c.startDate)) – \(f.date(c.endDate))")),
            .field(
                f.text(.fieldStatus), f.text(.cohortStatus(c.status(on: state.today))), statusRole(c, state)),
            .field(
                f.text(.fieldMeetings),
                f.text(.meetingsTally(past: d.pastMeetings, upcoming: d.upcomingMeetings))),
        ]
        if let next = d.nextMeeting {
            lines.append(
                .field(
                    f.text(.fieldNextMeeting), "\(f.meetingWhen(next.meeting)) — \(next.meeting.title)",
                    .accent))
        } else {
            lines.append(.field(f.text(.fieldNextMeeting), f.text(.none), .muted))
        }
        if !c.summary.isEmpty { lines += [.blank, keyed(.summary, .paragraph(c.summary))] }
        if !c.project.title.isEmpty {
            lines += [
                .blank, keyed(.projectTitle, .heading(f.text(.fieldProject))),
                keyed(.projectTitle, .paragraph(c.project.title, .accent)),
                keyed(.projectStage, .field(f.text(.fieldStage), f.text(.projectStage(c.project.stage)))),
            ]
            if !c.project.summary.isEmpty {
                lines.append(keyed(.projectSummary, .paragraph(c.project.summary)))
            }
        }
        lines += [.blank, keyed(.members, .heading(f.text(.fieldMembers(d.members.count))))]
        if d.members.isEmpty { lines.append(keyed(.members, .paragraph(f.text(.noMembers), .muted))) }
        for member in d.members {
            lines.append(
                keyed(
                    .members,
                    .bullet("\(member.name) (\(f.text(.legalForm(member.legalForm))), \(member.town))")))
        }
        if !d.assignments.isEmpty {
            lines += [.blank, .heading(f.text(.fieldPartners))]
            for line in d.assignments {
                lines.append(.bullet(assignmentText(line, state, showCohort: false)))
            }
        }
        return lines
    }

    static func structure(_ d: StructureDetail, _ state: AppState) -> [DetailLine] {
        let f = state.format
        let s = d.structure
        func keyed(_ field: StructureDraft.Field, _ line: DetailLine) -> DetailLine {
            .keyed(.structure(field), line)
        }
        var lines: [DetailLine] = [
            keyed(.legalForm, .field(f.text(.fieldLegalForm), f.text(.legalForm(s.legalForm))))
        ]
        if !s.siret.isEmpty {
            let valid = Siret.isValid(s.siret)
            let value = valid ? Siret.formatted(s.siret) : "\(s.siret) (\(f.text(.invalidSiret)))"
            lines.append(keyed(.siret, .field(f.text(.fieldSiret), value, valid ? .normal : .warning)))
        }
        let place = [s.address, [s.postcode, s.town].filter { !$0.isEmpty }.joined(separator: " ")]
            .filter { !$0.isEmpty }.joined(separator: ", ")
        if !place.isEmpty { lines.append(keyed(.address, .field(f.text(.fieldAddress), place))) }
        if !s.departement.isEmpty {
            let name = Departement.name(s.departement).map { "\($0) (\(s.departement))" } ?? s.departement
            lines.append(keyed(.departement, .field(f.text(.fieldDepartement), name)))
        }
        if !s.sector.isEmpty { lines.append(keyed(.sector, .field(f.text(.fieldSector), s.sector))) }
        if let headcount = s.headcount {
            lines.append(
                keyed(
                    .headcount, .field(f.text(.fieldHeadcount), f.text(.headcountValue(f.number(headcount)))))
            )
        }
        if let created = s.creationDate {
            lines.append(
                keyed(.creationDate, .field(f.text(.structureField(.creationDate)), f.date(created))))
        }
        if !s.website.isEmpty { lines.append(keyed(.website, .field(f.text(.fieldWebsite), s.website))) }
        let cohorts = d.cohorts.isEmpty ? f.text(.none) : d.cohorts.map(\.name).joined(separator: ", ")
        lines.append(keyed(.cohorts, .field(f.text(.fieldCohorts), cohorts)))
        lines.append(
            .field(
                f.text(.fieldMeetings),
                f.text(.meetingsAttendance(invited: d.meetingsInvited, present: d.meetingsAttended))))
        if let next = d.nextMeeting {
            lines.append(
                .field(
                    f.text(.fieldNextMeeting), "\(f.meetingWhen(next.meeting)) — \(next.meeting.title)",
                    .accent))
        }
        if !s.problem.isEmpty {
            lines += [
                .blank, keyed(.problem, .heading(f.text(.fieldProblem))),
                keyed(.problem, .paragraph(s.problem)),
            ]
        }
        if !d.contacts.isEmpty {
            lines += [.blank, keyed(.contacts, .heading(f.text(.fieldContacts)))]
            for contact in d.contacts { lines.append(keyed(.contacts, .bullet(contactText(contact)))) }
        }
        if !d.assignments.isEmpty {
            lines += [.blank, .heading(f.text(.fieldPartners))]
            for line in d.assignments { lines.append(.bullet(assignmentText(line, state, showCohort: true))) }
        }
        if !s.notes.isEmpty {
            lines += [
                .blank, keyed(.notes, .heading(f.text(.fieldNotes))), keyed(.notes, .paragraph(s.notes)),
            ]
        }
        return lines
    }

    static func meeting(_ d: MeetingDetail, _ state: AppState) -> [DetailLine] {
        let f = state.format
        let m = d.meeting
        func keyed(_ field: MeetingDraft.Field, _ line: DetailLine) -> DetailLine {
            .keyed(.meeting(field), line)
        }
        var lines: [DetailLine] = [
            keyed(.cohort, .field(f.text(.fieldCohort), d.cohortName)),
            keyed(.kind, .field(f.text(.fieldKind), f.text(.meetingKind(m.kind)))),
            keyed(.date, .field(f.text(.fieldWhen), f.meetingWhen(m), m.end <= state.now ? .muted : .accent)),
        ]
        if d.seriesCount > 1 {
            lines.append(
                .field(
                    f.text(.field(.recurrence)),
                    "\(d.seriesPosition)/\(d.seriesCount) · " + f.text(.series(d.seriesCount)), .muted))
        }
        if !m.place.isEmpty { lines.append(keyed(.place, .field(f.text(.fieldPlace), m.place))) }
        if !m.videoLink.isEmpty {
            lines.append(keyed(.videoLink, .field(f.text(.fieldVideoLink), m.videoLink)))
        }
        if !m.facilitators.isEmpty {
            lines.append(keyed(.facilitators, .field(f.text(.fieldFacilitators), m.facilitators)))
        }
        if !d.partners.isEmpty {
            lines.append(
                keyed(
                    .partners, .field(f.text(.fieldPartners), d.partners.map(\.name).joined(separator: ", ")))
            )
        }
        if !d.conflicts.isEmpty {
            lines += [.blank, .heading(f.text(.conflictsHeading(d.conflicts.count)))]
            for conflict in d.conflicts {
                let local = state.clock.local(conflict.otherStart)
                let when = "\(f.dayWithWeekday(local.date)) \(f.time(local))"
                lines.append(
                    .bullet(
                        f.text(
                            .conflictLine(title: conflict.otherTitle, when: when, reasons: conflict.reasons)),
                        .conflict))
            }
        }
        if !d.agenda.isEmpty {
            lines += [.blank, keyed(.agenda, .heading(f.text(.fieldAgenda)))]
            for item in d.agenda {
                let owner = item.owner.isEmpty ? "" : " — \(item.owner)"
                let length = item.minutes > 0 ? " (\(f.duration(minutes: item.minutes)))" : ""
                lines.append(keyed(.agenda, .bullet("\(item.title)\(length)\(owner)")))
            }
        }
        if !d.attendance.isEmpty {
            let present = d.attendance.filter { $0.attendance.status == .present }.count
            lines += [.blank, .heading(f.text(.fieldAttendance) + " · \(present)/\(d.attendance.count)")]
            for line in d.attendance {
                let a = line.attendance
                var text =
                    "\(line.structureName) — \(a.person)\(f.colon)\(f.text(.attendanceStatus(a.status)))"
                if let arrived = a.arrivedAt { text += " (\(f.time(state.clock.local(arrived))))" }
                let role: Role = a.status == .present ? .present : a.status == .absent ? .absent : .muted
                lines.append(.bullet(text, role))
            }
        }
        if !d.invited.isEmpty {
            lines += [.blank, keyed(.invited, .heading(f.text(.fieldInvited(d.invited.count))))]
            for structure in d.invited { lines.append(keyed(.invited, .bullet(structure.name))) }
        }
        if !m.notes.isEmpty {
            lines += [
                .blank, keyed(.notes, .heading(f.text(.fieldNotes))), keyed(.notes, .paragraph(m.notes)),
            ]
        }
        return lines
    }

    static func partner(_ d: PartnerDetail, _ state: AppState) -> [DetailLine] {
        let f = state.format
        let p = d.partner
        func keyed(_ field: PartnerDraft.Field, _ line: DetailLine) -> DetailLine {
            .keyed(.partner(field), line)
        }
        var lines: [DetailLine] = [keyed(.expertise, .field(f.text(.fieldExpertise), p.expertise))]
        if !p.website.isEmpty { lines.append(keyed(.website, .field(f.text(.fieldWebsite), p.website))) }
        let planned = d.missions.reduce(0) { $0 + $1.usage.planned }
        let used = d.missions.reduce(0) { $0 + $1.usage.used }
        lines.append(
            .field(
                f.text(.colDaysPlanned),
                f.text(.usedOfPlanned(used: f.number(used), planned: f.number(planned))),
                used > planned ? .warning : .normal))
        lines.append(.field(f.text(.fieldMeetings), f.text(.pastMeetingsCount(d.pastMeetings))))
        if !p.summary.isEmpty { lines += [.blank, keyed(.summary, .paragraph(p.summary))] }
        if !d.contacts.isEmpty {
            lines += [.blank, keyed(.contacts, .heading(f.text(.fieldContacts)))]
            for contact in d.contacts { lines.append(keyed(.contacts, .bullet(contactText(contact)))) }
        }
        lines += [.blank, .heading(f.text(.missionsHeading(d.missions.count)))]
        if d.missions.isEmpty { lines.append(.paragraph(f.text(.none), .muted)) }
        for load in d.missions {
            let a = load.assignment
            var text = load.cohortName
            if let structure = load.structureName { text += " — " + f.text(.forStructure(structure)) }
            text += f.colon + a.mission + " — "
            text += f.text(.usedOfPlanned(used: f.number(load.usage.used), planned: f.number(a.daysPlanned)))
            if load.usage.scheduled > 0 { text += " " + f.text(.scheduled(f.number(load.usage.scheduled))) }
            text += ", " + f.text(.status(a.status))
            if load.usage.isOverAllocated { text += " — " + f.text(.overAllocated) }
            if load.idle { text += " — " + f.text(.idle) }
            let role: Role = load.usage.isOverAllocated ? .warning : load.idle ? .muted : .normal
            lines.append(.keyed(.assignmentRecord(a.id), .bullet(text, role)))
        }
        if !d.missions.isEmpty { lines.append(.paragraph(f.text(.dayRule), .muted)) }
        lines += [.blank, .heading(f.text(.fieldUpcomingMeetings))]
        if d.upcomingMeetings.isEmpty { lines.append(.paragraph(f.text(.none), .muted)) }
        for line in d.upcomingMeetings {
            lines.append(
                .bullet("\(f.meetingWhen(line.meeting)) — \(line.meeting.title) (\(line.cohortName))"))
        }
        return lines
    }

    static func contactText(_ contact: Contact) -> String {
        [contact.name, contact.role, contact.email, contact.phone].filter { !$0.isEmpty }
            .joined(separator: " · ")
    }

    static func assignmentText(
        _ line: AssignmentLine, _ state: AppState, showCohort: Bool, showPartner: Bool = true
    ) -> String {
        let f = state.format
        let a = line.assignment
        var parts: [String] = []
        if showPartner { parts.append(line.partnerName) }
        if showCohort { parts.append(line.cohortName) }
        if let structure = line.structureName { parts.append(f.text(.forStructure(structure))) }
        let head = parts.joined(separator: ", ")
        return
            "\(head)\(f.colon)\(a.mission) — \(f.days(a.daysPlanned)), \(f.text(.assignmentStatus(a.status)))"
    }

    static func statusRole(_ cohort: Cohort, _ state: AppState) -> Role {
        switch cohort.status(on: state.today) {
        case .running: .success
        case .upcoming: .accent
        case .finished: .muted
        }
    }
}
