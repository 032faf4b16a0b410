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

    public init(
        uid: String, start: Int64, end: Int64, summary: String, location: String = "",
        description: String = "",
        url: String = "", categories: [String] = []
    ) {
        self.uid = uid
        self.start = start
        self.end = end
        self.summary = summary
        self.location = location
        self.description = description
        self.url = url
        self.categories = categories
    }
}
