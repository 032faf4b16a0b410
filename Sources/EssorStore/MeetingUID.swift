import Foundation

/// iCalendar UIDs of meetings made in essor: random, so that two stores
/// never give the same one, and kept for the meeting's life.
public enum MeetingUID {
    public static func make() -> String { UUID().uuidString.lowercased() + "@essor" }
}
