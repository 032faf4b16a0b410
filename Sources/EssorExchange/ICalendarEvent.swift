import EssorCore

/// One VEVENT, as essor writes and reads it.
public struct ICalendarEvent: Equatable, Sendable {
    /// What essor writes of a meeting beyond what calendars show
    /// (`X-ESSOR-…`), so that another store reads it back whole.
    public struct Essor: Equatable, Sendable {
        /// `atelier`, `individuel`, `copil`, `webinaire`.
        public var kind: String
        public var facilitators: String
        public var partners: [String]
        public var invited: [String]
        public var agenda: [AgendaItem]

        public init(
            kind: String, facilitators: String = "", partners: [String] = [], invited: [String] = [],
            agenda: [AgendaItem] = []
        ) {
            self.kind = kind
            self.facilitators = facilitators
            self.partners = partners
            self.invited = invited
            self.agenda = agenda
        }
    }

    public var uid: String
    public var start: Int64
    public var end: Int64
    public var summary: String
    public var location: String
    public var description: String
    public var url: String
    public var categories: [String]
    /// Who organises it (ORGANIZER: its name, else its address).
    public var organizer: String
    /// The e-mail addresses of the attendees (ATTENDEE).
    public var attendees: [String]
    /// How many times it was changed (SEQUENCE), so that clients take
    /// the latest.
    public var sequence: Int
    /// When it was last changed (LAST-MODIFIED), if known.
    public var lastModified: Int64?
    public var essor: Essor?
    /// The line of the file where the event begins (0 when not read).
    public var line: Int

    public init(
        uid: String, start: Int64, end: Int64, summary: String, location: String = "",
        description: String = "",
        url: String = "", categories: [String] = [], organizer: String = "", attendees: [String] = [],
        sequence: Int = 0, lastModified: Int64? = nil, essor: Essor? = nil, line: Int = 0
    ) {
        self.line = line
        self.sequence = sequence
        self.lastModified = lastModified
        self.essor = essor
        self.organizer = organizer
        self.attendees = attendees
        self.uid = uid
        self.start = start
        self.end = end
        self.summary = summary
        self.location = location
        self.description = description
        self.url = url
        self.categories = categories
    }

    /// Two events are the same whatever line of a file they came from.
    public static func == (a: ICalendarEvent, b: ICalendarEvent) -> Bool {
        a.uid == b.uid && a.start == b.start && a.end == b.end && a.summary == b.summary
            && a.location == b.location && a.description == b.description && a.url == b.url
            && a.categories == b.categories && a.organizer == b.organizer && a.attendees == b.attendees
            && a.sequence == b.sequence && a.lastModified == b.lastModified && a.essor == b.essor
    }
}
