/// What a meeting occupies, for conflict detection: its time, place and
/// the people and organisations it needs.
public struct MeetingPlan: Equatable, Sendable {
    public var id: MeetingID
    public var title: String
    public var start: Int64
    public var end: Int64
    public var place: String
    public var facilitators: String
    /// Partners present, by id and name.
    public var partners: [NamedID]
    /// Invited structures, by id and name.
    public var structures: [NamedID]

    public init(
        id: MeetingID, title: String, start: Int64, end: Int64, place: String, facilitators: String,
        partners: [NamedID], structures: [NamedID]
    ) {
        self.id = id
        self.title = title
        self.start = start
        self.end = end
        self.place = place
        self.facilitators = facilitators
        self.partners = partners
        self.structures = structures
    }

    public func overlaps(_ other: MeetingPlan) -> Bool { start < other.end && other.start < end }
}

/// A record's id and name.
public struct NamedID: Hashable, Sendable {
    public var id: Int64
    public var name: String

    public init(id: Int64, name: String) {
        self.id = id
        self.name = name
    }
}

/// Why two meetings at overlapping times cannot both happen as planned.
public enum ConflictReason: Hashable, Sendable {
    case partner(String)
    case facilitator(String)
    case structure(String)
    case place(String)
}

/// Another meeting at an overlapping time, and what the two share.
public struct MeetingConflict: Equatable, Sendable {
    public var otherID: MeetingID
    public var otherTitle: String
    public var otherStart: Int64
    public var reasons: [ConflictReason]

    public init(otherID: MeetingID, otherTitle: String, otherStart: Int64, reasons: [ConflictReason]) {
        self.otherID = otherID
        self.otherTitle = otherTitle
        self.otherStart = otherStart
        self.reasons = reasons
    }
}

/// Conflicts between meetings: the same partner, facilitator or invited
/// structure in two meetings whose times overlap, or two meetings in the
/// same place at the same time. Meetings that only touch (one ends at
/// 12h00, the next starts at 12h00) do not conflict.
public enum MeetingConflicts {
    public static func conflicts(of plan: MeetingPlan, among others: [MeetingPlan]) -> [MeetingConflict] {
        let sorted = others.sorted(by: { ($0.start, $0.id) < ($1.start, $1.id) })
        return conflicts(of: Prepared(plan), among: sorted.map(Prepared.init)[...])
    }

    /// A plan with its facilitators and place folded once: a window of a
    /// thousand meetings compares each with many others.
    public struct Prepared: Sendable {
        public let plan: MeetingPlan
        let people: [(folded: String, shown: String)]
        let place: String?

        public init(_ plan: MeetingPlan) {
            self.plan = plan
            people = MeetingConflicts.names(plan.facilitators)
            place = MeetingConflicts.placeKey(plan.place)
        }
    }

    /// The conflicts of `prepared` with `others`, already in order of start
    /// and id.
    public static func conflicts(of prepared: Prepared, among others: ArraySlice<Prepared>)
        -> [MeetingConflict]
    {
        let plan = prepared.plan
        let facilitators = Dictionary(prepared.people.map { ($0.folded, $0.shown) }) { first, _ in first }
        let partners = Set(plan.partners.map(\.id))
        let structures = Set(plan.structures.map(\.id))
        var result: [MeetingConflict] = []
        for candidate in others where candidate.plan.id != plan.id && plan.overlaps(candidate.plan) {
            let other = candidate.plan
            var reasons: [ConflictReason] = []
            for partner in other.partners where partners.contains(partner.id) {
                reasons.append(.partner(partner.name))
            }
            for person in candidate.people {
                if let shown = facilitators[person.folded] { reasons.append(.facilitator(shown)) }
            }
            for structure in other.structures where structures.contains(structure.id) {
                reasons.append(.structure(structure.name))
            }
            if let place = prepared.place, place == candidate.place {
                reasons.append(.place(plan.place.trimmingSpaces))
            }
            if !reasons.isEmpty {
                result.append(
                    MeetingConflict(
                        otherID: other.id, otherTitle: other.title, otherStart: other.start, reasons: reasons)
                )
            }
        }
        return result
    }

    /// Facilitators as written (`Claire, SocialCOBizz et Marc`), one each,
    /// folded for comparison and as shown.
    static func names(_ text: String) -> [(folded: String, shown: String)] {
        var parts: [String] = []
        for piece in text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "/" || $0 == "\n" }) {
            var current: [Substring] = []
            for word in piece.split(separator: " ") {
                if word == "et" || word == "and" || word == "&" {
                    if !current.isEmpty { parts.append(current.joined(separator: " ")) }
                    current = []
                } else {
                    current.append(word)
                }
            }
            if !current.isEmpty { parts.append(current.joined(separator: " ")) }
        }
        return parts.map { ($0.trimmingSpaces, $0.trimmingSpaces) }.filter { !$0.0.isEmpty }.map {
            (SearchFolding.fold($0.0), $0.1)
        }
    }

    /// A place that can be shared: a video meeting has none.
    static func placeKey(_ place: String) -> String? {
        let folded = SearchFolding.fold(place.trimmingSpaces)
        let remote = ["visio", "en ligne", "online", "distanciel", "a distance", "teams", "zoom", "jitsi"]
        if folded.isEmpty || remote.contains(where: { folded == $0 || folded.hasPrefix($0 + " ") }) {
            return nil
        }
        return folded
    }
}
