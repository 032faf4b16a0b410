import EssorCore
import Foundation

/// Writes an iCalendar file (RFC 5545): times in Europe/Paris with its
/// VTIMEZONE, stable UIDs, DTSTAMP in UTC, text escaped, lines folded.
public enum ICalendarWriter {
    public static func calendar(
        _ events: [ICalendarEvent], name: String, now: Int64, clock: WallClock = .paris
    )
        -> String
    {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//essor//essor//FR", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + ICalendarText.escape(name), "X-WR-TIMEZONE:Europe/Paris",
        ]
        lines += timeZone
        let stamp = utc(now)
        for event in events {
            lines += [
                "BEGIN:VEVENT",
                "UID:" + ICalendarText.escape(event.uid),
                "DTSTAMP:" + stamp,
                "DTSTART;TZID=Europe/Paris:" + local(event.start, clock),
                "DTEND;TZID=Europe/Paris:" + local(event.end, clock),
                "SUMMARY:" + ICalendarText.escape(event.summary),
            ]
            if !event.location.isEmpty { lines.append("LOCATION:" + ICalendarText.escape(event.location)) }
            if !event.description.isEmpty {
                lines.append("DESCRIPTION:" + ICalendarText.escape(event.description))
            }
            if !event.url.isEmpty {
                lines.append("URL:" + OutputText.clean(event.url, for: .file).filter { !$0.isWhitespace })
            }
            if !event.categories.isEmpty {
                lines.append(
                    "CATEGORIES:" + event.categories.map(ICalendarText.escape).joined(separator: ","))
            }
            lines.append("SEQUENCE:\(max(0, event.sequence))")
            if let modified = event.lastModified { lines.append("LAST-MODIFIED:" + utc(modified)) }
            if let essor = event.essor {
                lines.append("X-ESSOR-KIND:" + ICalendarText.escape(essor.kind))
                if !essor.facilitators.isEmpty {
                    lines.append("X-ESSOR-FACILITATORS:" + ICalendarText.escape(essor.facilitators))
                }
                lines += essor.partners.map { "X-ESSOR-PARTNER:" + ICalendarText.escape($0) }
                lines += essor.invited.map { "X-ESSOR-INVITED:" + ICalendarText.escape($0) }
                // An agenda item: its minutes, its owner and its title, each escaped, `;` between.
                lines += essor.agenda.map {
                    "X-ESSOR-AGENDA:\($0.minutes);" + ICalendarText.escape($0.owner) + ";"
                        + ICalendarText.escape($0.title)
                }
            }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICalendarText.fold).joined()
    }

    /// Europe/Paris since 1996: CET, and CEST from the last Sunday of
    /// March to the last Sunday of October.
    static let timeZone = [
        "BEGIN:VTIMEZONE", "TZID:Europe/Paris", "X-LIC-LOCATION:Europe/Paris",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]

    static func local(_ instant: Int64, _ clock: WallClock) -> String {
        let t = clock.local(instant)
        return
            "\(LocalDate.pad(t.date.year, 4))\(LocalDate.pad(t.date.month, 2))\(LocalDate.pad(t.date.day, 2))"
            + "T\(LocalDate.pad(t.hour, 2))\(LocalDate.pad(t.minute, 2))00"
    }

    static func utc(_ instant: Int64) -> String {
        local(instant, WallClock(timeZone: TimeZone(identifier: "UTC")!)) + "Z"
    }
}
