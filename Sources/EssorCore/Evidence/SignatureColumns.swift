/// The signature columns of an attendance sheet. A meeting within one day
/// has one per half-day it covers (morning until 13:00, afternoon after),
/// as a funder counts attendance by half-day; a meeting over several days
/// has one per day (each day a session).
public struct SignatureColumn: Equatable, Sendable {
    public enum Half: Sendable, Equatable { case morning, afternoon }

    public var date: LocalDate
    /// nil: the whole day, for a meeting over several days.
    public var half: Half?

    /// The minute of the day at which the afternoon starts.
    public static let noon = 13 * 60
    /// A sheet has at most this many columns (a week of sessions).
    public static let maximum = 7

    public init(date: LocalDate, half: Half?) {
        self.date = date
        self.half = half
    }

    public static func columns(from start: LocalDateTime, to end: LocalDateTime) -> [SignatureColumn] {
        if end.date > start.date {
            var columns: [SignatureColumn] = []
            var day = start.date
            // A meeting ending at midnight does not sign on the next day.
            let last = end.hour == 0 && end.minute == 0 ? end.date.adding(days: -1) : end.date
            while day <= last && columns.count < maximum {
                columns.append(SignatureColumn(date: day, half: nil))
                day = day.adding(days: 1)
            }
            return columns
        }
        let from = start.hour * 60 + start.minute
        let to = max(from, end.hour * 60 + end.minute)
        var columns: [SignatureColumn] = []
        if from < noon { columns.append(SignatureColumn(date: start.date, half: .morning)) }
        if to > noon || from >= noon { columns.append(SignatureColumn(date: start.date, half: .afternoon)) }
        return columns
    }
}
