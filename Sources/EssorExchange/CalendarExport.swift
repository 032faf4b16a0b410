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
                url: m.videoLink, categories: [labels.kind(m.kind)], sequence: entry.version,
                lastModified: entry.modifiedAt,
                essor: ICalendarEvent.Essor(
                    kind: m.kind.code, facilitators: m.facilitators, partners: entry.partners,
                    invited: entry.invited, agenda: entry.agenda))
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
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }

    fileprivate var trimmingSuffixSpace: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}

/// Events of another calendar as meetings to import: the kind from the
/// categories (essor's own, in French or English, or a word of one:
/// « atelier », « webinaire »), the facilitator from the organiser, the
/// invited structures from the attendees' addresses.
public enum CalendarImport {
    public static func meetings(_ events: [ICalendarEvent]) -> [ImportedMeeting] {
        events.map { event in
            let link = Validators.isWebAddress(event.url) ? event.url : ""
            let place = event.location == link ? "" : event.location
            return ImportedMeeting(
                uid: event.uid, title: event.summary, start: event.start,
                durationMinutes: Int(((event.end - event.start) + 30) / 60), place: place, videoLink: link,
                notes: event.description.trimmingSpaces,
                // The code (as the JSON writes it), or the stored word an earlier
                // essor wrote there.
                kind: event.essor.flatMap { MeetingKind(code: $0.kind) ?? MeetingKind(rawValue: $0.kind) }
                    ?? kind(event.categories),
                facilitators: String(
                    (event.essor?.facilitators.nilIfEmpty ?? event.organizer).prefix(TextLimit.line)),
                attendees: event.attendees, invitedNames: event.essor?.invited ?? [],
                partnerNames: event.essor?.partners ?? [], agenda: event.essor?.agenda, line: event.line)
        }
    }

    /// The kind one of `categories` names, if any.
    public static func kind(_ categories: [String]) -> MeetingKind? {
        var names: [String: MeetingKind] = [:]
        for kind in MeetingKind.allCases {
            names[kind.rawValue] = kind
            for lang in [Lang.fr, .en] { names[SearchFolding.fold(ExportLabels(lang).kind(kind))] = kind }
        }
        let words: [String: MeetingKind] = [
            "workshop": .workshop, "individuel": .oneToOne, "rendez-vous": .oneToOne, "one-to-one": .oneToOne,
            "comite de pilotage": .steering, "steering": .steering, "webinar": .webinar,
            "webinaire": .webinar,
        ]
        for category in categories {
            let folded = SearchFolding.fold(category).trimmingSpaces
            if let kind = names[folded] ?? words[folded] { return kind }
        }
        return nil
    }
}
