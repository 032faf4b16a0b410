public typealias MeetingID = Int64

/// A session of a cohort: workshop, one-to-one, steering committee, webinar.
public struct Meeting: Equatable, Sendable, Identifiable {
    public var id: MeetingID
    public var cohortID: CohortID
    public var kind: MeetingKind
    public var title: String
    /// Seconds since 1970-01-01 UTC.
    public var start: Int64
    public var durationMinutes: Int
    public var place: String
    public var videoLink: String
    public var facilitators: String
    public var notes: String

    public init(
        id: MeetingID, cohortID: CohortID, kind: MeetingKind, title: String, start: Int64,
        durationMinutes: Int, place: String, videoLink: String = "", facilitators: String,
        notes: String = ""
    ) {
        self.id = id
        self.cohortID = cohortID
        self.kind = kind
        self.title = title
        self.start = start
        self.durationMinutes = durationMinutes
        self.place = place
        self.videoLink = videoLink
        self.facilitators = facilitators
        self.notes = notes
    }

    public var end: Int64 { start + Int64(durationMinutes) * 60 }
}

public enum MeetingKind: String, CaseIterable, Sendable, Codable {
    case workshop = "atelier"
    case oneToOne = "individuel"
    case steering = "copil"
    case webinar = "webinaire"
}

/// One point of a meeting's agenda.
public struct AgendaItem: Equatable, Sendable {
    public var title: String
    public var minutes: Int
    public var owner: String

    public init(title: String, minutes: Int, owner: String = "") {
        self.title = title
        self.minutes = minutes
        self.owner = owner
    }
}

/// Whether a person of an invited structure came.
public enum AttendanceStatus: String, CaseIterable, Sendable, Codable {
    case present
    case absent
    case excused = "excuse"
}

/// Whom a person at a meeting comes with: an invited structure, a
/// partner of the meeting, or another organisation (a walk-in says which).
public enum AttendanceGroup: Hashable, Sendable {
    case structure(StructureID)
    case partner(PartnerID)
    /// Another organisation, as the person named it (may be empty).
    case other(String)

    public var structureID: StructureID? {
        if case .structure(let id) = self { return id }
        return nil
    }

    public var partnerID: PartnerID? {
        if case .partner(let id) = self { return id }
        return nil
    }
}

public struct Attendance: Equatable, Sendable {
    public var group: AttendanceGroup
    public var person: String
    public var status: AttendanceStatus
    /// Arrival instant, when recorded.
    public var arrivedAt: Int64?

    public init(group: AttendanceGroup, person: String, status: AttendanceStatus, arrivedAt: Int64? = nil) {
        self.group = group
        self.person = person
        self.status = status
        self.arrivedAt = arrivedAt
    }

    public init(
        structureID: StructureID, person: String, status: AttendanceStatus, arrivedAt: Int64? = nil
    ) {
        self.init(group: .structure(structureID), person: person, status: status, arrivedAt: arrivedAt)
    }
}

extension Meeting {
    /// How long before its start a person may arrive and be stamped.
    public static let arrivalLead: Int64 = 3600

    /// The arrival time a check-in at `now` stamps: `now` while the
    /// meeting runs (or within the hour before it), else none. A person
    /// marked on a past or future meeting's sheet is present without an
    /// arrival time rather than with one nobody saw (« Arrivée 18h50 » on
    /// a 14h–17h sheet); a time can still be typed.
    public func arrivalStamp(now: Int64) -> Int64? {
        (start - Self.arrivalLead...end).contains(now) ? now : nil
    }
}
