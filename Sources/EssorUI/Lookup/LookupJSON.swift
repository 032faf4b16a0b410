import EssorCore
import EssorStore
import Foundation

/// What the look-up commands print with `--json`.
public enum LookupJSON {
    public struct Found: Encodable {
        let kind: String
        let id: Int64
        let name: String
        let detail: String
        let start: String?
        let cohort: String?
    }

    public struct ContactJSON: Encodable {
        let name, role, email, phone: String
    }

    public struct StructureJSON: Encodable {
        let id: Int64
        let name, legalForm, siret, address, postcode, town, departement, sector, website, problem,
            notes: String
        let headcount: Double?
        /// ISO date, or null.
        let creationDate: String?
        let contacts: [ContactJSON]
        let cohorts: [String]
        let version: Int
        let finances: FinanceSummary.JSON?
    }

    public struct CohortJSON: Encodable {
        let id: Int64
        let name, theme, start, end, status, summary, projectTitle, projectSummary, projectStage: String
        let members: [String]
        let nextMeeting: String?
    }

    public struct PartnerJSON: Encodable {
        let id: Int64
        let name, expertise, summary, website: String
        let contacts: [ContactJSON]
        let missions: [MissionJSON]
    }

    public struct MissionJSON: Encodable {
        let cohort, mission, status: String
        let structure: String?
        let daysPlanned: Double
    }

    public struct MeetingJSON: Encodable {
        let id: Int64
        let cohort, kind, title, start, end, place, videoLink, facilitators, notes: String
        let durationMinutes: Int
        let agenda: [String]
        let partners: [String]
        let invited: [String]
    }

    /// An instant as ISO 8601 in the clock's zone: `2026-11-30T14:30:00+01:00`.
    public static func iso(_ instant: Int64, _ clock: WallClock) -> String {
        let local = clock.local(instant)
        let seconds = clock.timeZone.secondsFromGMT(for: .init(timeIntervalSince1970: Double(instant)))
        let sign = seconds < 0 ? "-" : "+"
        let h = abs(seconds) / 3600
        let m = abs(seconds) % 3600 / 60
        return "\(local.date.iso)T\(LocalDate.pad(local.hour, 2)):\(LocalDate.pad(local.minute, 2)):00"
            + "\(sign)\(LocalDate.pad(h, 2)):\(LocalDate.pad(m, 2))"
    }

    public static func found(_ record: FoundRecord, _ clock: WallClock) -> Found {
        Found(
            kind: record.kind.rawValue, id: record.id, name: record.name, detail: record.detail,
            start: record.start.map { iso($0, clock) }, cohort: record.cohort)
    }

    static func contacts(_ list: [Contact]) -> [ContactJSON] {
        list.map { ContactJSON(name: $0.name, role: $0.role, email: $0.email, phone: $0.phone) }
    }

    public static func structure(_ d: StructureDetail, finances: FinanceSummary.JSON? = nil) -> StructureJSON
    {
        let s = d.structure
        return StructureJSON(
            id: s.id, name: s.name, legalForm: s.legalForm.rawValue, siret: s.siret, address: s.address,
            postcode: s.postcode, town: s.town, departement: s.departement, sector: s.sector,
            website: s.website,
            problem: s.problem, notes: s.notes, headcount: s.headcount, creationDate: s.creationDate?.iso,
            contacts: contacts(d.contacts),
            cohorts: d.cohorts.map(\.name), version: d.version, finances: finances)
    }

    public static func cohort(_ d: CohortDetail, today: LocalDate, clock: WallClock) -> CohortJSON {
        let c = d.cohort
        return CohortJSON(
            id: c.id, name: c.name, theme: c.theme, start: c.startDate.iso, end: c.endDate.iso,
            status: c.status(on: today).rawValue, summary: c.summary, projectTitle: c.project.title,
            projectSummary: c.project.summary, projectStage: c.project.stage.rawValue,
            members: d.members.map(\.name),
            nextMeeting: d.nextMeeting.map { iso($0.meeting.start, clock) })
    }

    public static func partner(_ d: PartnerDetail) -> PartnerJSON {
        let p = d.partner
        return PartnerJSON(
            id: p.id, name: p.name, expertise: p.expertise, summary: p.summary, website: p.website,
            contacts: contacts(d.contacts),
            missions: d.assignments.map {
                MissionJSON(
                    cohort: $0.cohortName, mission: $0.assignment.mission,
                    status: $0.assignment.status.rawValue,
                    structure: $0.structureName, daysPlanned: $0.assignment.daysPlanned)
            })
    }

    public static func meeting(_ d: MeetingDetail, clock: WallClock) -> MeetingJSON {
        let m = d.meeting
        return MeetingJSON(
            id: m.id, cohort: d.cohortName, kind: m.kind.rawValue, title: m.title, start: iso(m.start, clock),
            end: iso(m.end, clock), place: m.place, videoLink: m.videoLink, facilitators: m.facilitators,
            notes: m.notes, durationMinutes: m.durationMinutes, agenda: d.agenda.map(\.title),
            partners: d.partners.map(\.name), invited: d.invited.map(\.name))
    }
}
