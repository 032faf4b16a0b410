/// One VEVENT, as essor writes and reads it.
public struct ICalendarEvent: Equatable, Sendable {
    public var uid: String
    public var start: Int64
    public var end: Int64
    public var summary: String
    public var location: String
    public var description: String
    public var url: String
    public var categories: [String]
    /// The line of the file where the event begins (0 when not read).
    public var line: Int

    public init(
        uid: String, start: Int64, end: Int64, summary: String, location: String = "",
        description: String = "",
        url: String = "", categories: [String] = [], line: Int = 0
    ) {
        self.line = line
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
            && a.categories == b.categories
    }
}
