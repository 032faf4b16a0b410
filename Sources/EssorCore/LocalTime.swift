import Foundation

/// A wall-clock date and time in a time zone, to the minute.
public struct LocalDateTime: Hashable, Sendable {
    public let date: LocalDate
    public let hour: Int
    public let minute: Int

    public init(date: LocalDate, hour: Int, minute: Int) {
        self.date = date
        self.hour = hour
        self.minute = minute
    }

    /// `14h30`, the French way of writing a time.
    public var frenchTime: String { "\(hour)h\(LocalDate.pad(minute, 2))" }
    /// `14:30`.
    public var clockTime: String { "\(LocalDate.pad(hour, 2)):\(LocalDate.pad(minute, 2))" }
}

/// Converts stored instants (seconds since 1970 UTC) to and from wall-clock
/// time in one zone; Europe/Paris unless configured.
public struct WallClock: Sendable, Equatable {
    public let timeZone: TimeZone

    public init(timeZone: TimeZone) { self.timeZone = timeZone }

    public static let paris = WallClock(
        timeZone: TimeZone(identifier: "Europe/Paris") ?? TimeZone(secondsFromGMT: 3600)!)

    public func local(_ instant: Int64) -> LocalDateTime {
        let offset = Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(instant))))
        let local = instant + offset
        let days = Int(local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
        let seconds = Int(local - Int64(days) * 86_400)
        return LocalDateTime(
            date: LocalDate(daysSinceEpoch: days), hour: seconds / 3600, minute: seconds % 3600 / 60)
    }

    public func today(now: Int64) -> LocalDate { local(now).date }

    /// The instant of a wall-clock time. In the autumn overlap the first
    /// occurrence wins; a time skipped in spring moves forward by the gap.
    public func instant(_ date: LocalDate, hour: Int, minute: Int) -> Int64 {
        let naive = Int64(date.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60)
        // The zone's offsets half a day either side bracket any change of
        // time near this wall time; an instant is right when its own
        // offset is the one it was made with. Of two (the autumn
        // overlap), the earlier, as RFC 5545 says.
        let before = offset(at: naive - 14 * 3600)
        let after = offset(at: naive + 14 * 3600)
        let right = [before, after].map { naive - $0 }.filter { naive - offset(at: $0) == $0 }
        // None: a time the spring change skips, moved forward by the gap.
        return right.min() ?? naive - before
    }

    private func offset(at instant: Int64) -> Int64 {
        Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(instant))))
    }
}
