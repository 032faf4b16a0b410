import EssorCore
import EssorStore
import Foundation

/// What the look-up commands print with `--json` (`schema/lookup.schema.json`):
/// keys in English camelCase, enumerations as their codes (`ExchangeCode`),
/// days `YYYY-MM-DD`, instants with their offset (`ISODateTime`), every
/// key present, `null` for what is not known. A list's entity has the keys
/// of the full one it summarises, with the same types.
public enum LookupJSON {
    public struct Found: Encodable {
        let kind: String
        let id: Int64
        let name: String
        let detail: String
        @OrNull var startsAt: String?
        @OrNull var cohort: String?
    }

    public struct ContactJSON: Encodable {
        let name, role, email, phone: String
    }

    public struct StructureSummary: Encodable {
        let id: Int64
        let name, legalForm, town, departement: String
        let cohorts: [String]
    }

    public struct StructureJSON: Encodable {
        let id: Int64
        let name, legalForm, siret, address, postcode, town, departement, sector, website, problem,
            notes: String
        @OrNull var headcount: Double?
        @OrNull var creationDate: String?
        let contacts: [ContactJSON]
        let cohorts: [String]
        let version: Int
        @OrNull var finances: FinanceSummary.JSON?
    }

    public struct CohortSummary: Encodable {
        let id: Int64
        let name, theme, startDate, endDate, status: String
        let structureCount, meetingCount: Int
    }

    public struct CohortJSON: Encodable {
        let id: Int64
        let name, theme, startDate, endDate, status, summary, projectTitle, projectSummary,
            projectStage: String
        let structureCount, meetingCount: Int
        let members: [String]
        @OrNull var nextMeeting: String?
    }

    public struct PartnerSummary: Encodable {
        let id: Int64
        let name, expertise: String
        let missionCount: Int
        let daysPlanned: Double
        let cohorts: [String]
    }

    public struct PartnerJSON: Encodable {
        let id: Int64
        let name, expertise, summary, website: String
        let missionCount: Int
        let daysPlanned: Double
        let cohorts: [String]
        let contacts: [ContactJSON]
        let missions: [MissionJSON]
    }

    public struct MissionJSON: Encodable {
        let cohort, mission, status: String
        @OrNull var structure: String?
        let daysPlanned: Double
    }

    public struct MeetingSummary: Encodable {
        let id: Int64
        let cohort, kind, title, startsAt, endsAt: String
        let durationMinutes: Int
        let place: String
    }

    public struct MeetingJSON: Encodable {
        let id: Int64
        let cohort, kind, title, startsAt, endsAt, place, videoLink, facilitators, notes: String
        let durationMinutes: Int
        let agenda: [String]
        let partners: [String]
        let invited: [String]
    }

    public static func found(_ record: FoundRecord, _ clock: WallClock) -> Found {
        Found(
            kind: record.kind.code, id: record.id, name: record.name, detail: record.detail,
            startsAt: record.start.map { ISODateTime.format($0, clock) }, cohort: record.cohort)
    }

    static func contacts(_ list: [Contact]) -> [ContactJSON] {
        list.map { ContactJSON(name: $0.name, role: $0.role, email: $0.email, phone: $0.phone) }
    }

    public static func structure(_ row: StructureRow) -> StructureSummary {
        StructureSummary(
            id: row.id, name: row.name, legalForm: row.legalForm.code, town: row.town,
            departement: row.departement, cohorts: row.cohortNames)
    }

    public static func structure(_ d: StructureDetail, finances: FinanceSummary.JSON? = nil) -> StructureJSON
    {
        let s = d.structure
        return StructureJSON(
            id: s.id, name: s.name, legalForm: s.legalForm.code, siret: s.siret, address: s.address,
            postcode: s.postcode, town: s.town, departement: s.departement, sector: s.sector,
            website: s.website, problem: s.problem, notes: s.notes, headcount: s.headcount,
            creationDate: s.creationDate?.iso, contacts: contacts(d.contacts),
            cohorts: d.cohorts.map(\.name), version: d.version, finances: finances)
    }

    public static func cohort(_ row: CohortRow, today: LocalDate) -> CohortSummary {
        let c = row.cohort
        return CohortSummary(
            id: c.id, name: c.name, theme: c.theme, startDate: c.startDate.iso, endDate: c.endDate.iso,
            status: c.status(on: today).code, structureCount: row.structureCount,
            meetingCount: row.meetingCount)
    }

    public static func cohort(_ d: CohortDetail, today: LocalDate, clock: WallClock) -> CohortJSON {
        let c = d.cohort
        return CohortJSON(
            id: c.id, name: c.name, theme: c.theme, startDate: c.startDate.iso, endDate: c.endDate.iso,
            status: c.status(on: today).code, summary: c.summary, projectTitle: c.project.title,
            projectSummary: c.project.summary, projectStage: c.project.stage.code,
            structureCount: d.members.count, meetingCount: d.pastMeetings + d.upcomingMeetings,
            members: d.members.map(\.name),
            nextMeeting: d.nextMeeting.map { ISODateTime.format($0.meeting.start, clock) })
    }

    public static func partner(_ row: PartnerRow) -> PartnerSummary {
        PartnerSummary(
            id: row.id, name: row.partner.name, expertise: row.partner.expertise,
            missionCount: row.assignmentCount, daysPlanned: row.daysPlanned, cohorts: row.cohortNames)
    }

    public static func partner(_ d: PartnerDetail) -> PartnerJSON {
        let p = d.partner
        var cohorts: [String] = []
        for line in d.assignments where !cohorts.contains(line.cohortName) { cohorts.append(line.cohortName) }
        return PartnerJSON(
            id: p.id, name: p.name, expertise: p.expertise, summary: p.summary, website: p.website,
            missionCount: d.assignments.count,
            daysPlanned: d.assignments.reduce(0) { $0 + $1.assignment.daysPlanned },
            cohorts: cohorts, contacts: contacts(d.contacts),
            missions: d.assignments.map {
                MissionJSON(
                    cohort: $0.cohortName, mission: $0.assignment.mission, status: $0.assignment.status.code,
                    structure: $0.structureName, daysPlanned: $0.assignment.daysPlanned)
            })
    }

    public static func meeting(_ row: MeetingRow, clock: WallClock) -> MeetingSummary {
        let m = row.meeting
        return MeetingSummary(
            id: m.id, cohort: row.cohortName, kind: m.kind.code, title: m.title,
            startsAt: ISODateTime.format(m.start, clock), endsAt: ISODateTime.format(m.end, clock),
            durationMinutes: m.durationMinutes, place: m.place)
    }

    public static func meeting(_ d: MeetingDetail, clock: WallClock) -> MeetingJSON {
        let m = d.meeting
        return MeetingJSON(
            id: m.id, cohort: d.cohortName, kind: m.kind.code, title: m.title,
            startsAt: ISODateTime.format(m.start, clock), endsAt: ISODateTime.format(m.end, clock),
            place: m.place,
            videoLink: m.videoLink, facilitators: m.facilitators, notes: m.notes,
            durationMinutes: m.durationMinutes, agenda: d.agenda.map(\.title),
            partners: d.partners.map(\.name), invited: d.invited.map(\.name))
    }
}
