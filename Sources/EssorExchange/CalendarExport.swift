import EssorCore
import EssorStore

/// Meetings as iCalendar events: the title, the place (or the video link
/// when there is none), and a description with the cohort, kind,
/// facilitators, partners, agenda and invited structures.
public enum CalendarExport {
    public static func events(_ entries: [MeetingExportEntry], lang: Lang) -> [ICalendarEvent] {
        let labels = ExportLabels(lang)
        return entries.map { entry in
            let m = entry.meeting
            let colon = labels.fr ? " : " : ": "
            var lines = [labels.cohort + colon + entry.cohortName, labels.kind + colon + labels.kind(m.kind)]
            if !m.facilitators.isEmpty { lines.append(labels.facilitators + colon + m.facilitators) }
            if !entry.partners.isEmpty {
                lines.append(labels.partners + colon + entry.partners.joined(separator: ", "))
            }
            if !entry.agenda.isEmpty {
                lines.append("")
                lines.append(labels.agenda + colon.trimmingSuffixSpace)
                for item in entry.agenda {
                    var line = "- " + item.title
                    if item.minutes > 0 { line += " (\(ClockParsing.durationText(item.minutes)))" }
                    if !item.owner.isEmpty { line += " — " + item.owner }
                    lines.append(line)
                }
            }
            if !entry.invited.isEmpty {
                lines.append("")
                lines.append(labels.invited + colon + entry.invited.joined(separator: ", "))
            }
            if !m.videoLink.isEmpty { lines.append(labels.link + colon + m.videoLink) }
            if !m.notes.isEmpty {
                lines.append("")
                lines.append(m.notes)
            }
            return ICalendarEvent(
                uid: entry.uid, start: m.start, end: m.end, summary: m.title,
                location: m.place.isEmpty ? m.videoLink : m.place, description: lines.joined(separator: "\n"),
                url: m.videoLink, categories: [labels.kind(m.kind)])
        }
    }

    /// The iCalendar file of the meetings the filter lets through.
    public static func file(
        _ store: Store, filter: MeetingFilter, from: Int64?, name: String, now: Int64, lang: Lang
    ) throws -> String {
        ICalendarWriter.calendar(
            events(try store.exportEntries(filter, from: from), lang: lang), name: name, now: now)
    }
}

extension String {
    fileprivate var trimmingSuffixSpace: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}

/// Events of another calendar as meetings to import.
public enum CalendarImport {
    public static func meetings(_ events: [ICalendarEvent]) -> [ImportedMeeting] {
        events.map { event in
            let link = Validators.isWebAddress(event.url) ? event.url : ""
            let place = event.location == link ? "" : event.location
            return ImportedMeeting(
                uid: event.uid, title: event.summary, start: event.start,
                durationMinutes: Int(((event.end - event.start) + 30) / 60), place: place, videoLink: link,
                notes: event.description.trimmingSpaces, line: event.line)
        }
    }
}
