import EssorCore
import EssorStore

/// A meeting's evidence as documents, read from the store: its attendance
/// sheet and its minutes. The command line, the interface and the audit
/// pack all make them here.
public struct MeetingDocuments {
    public enum Format: String, Sendable, CaseIterable {
        case md, html, pdf
    }

    let store: Store
    let lang: Lang
    let clock: WallClock
    public let templates: DocumentTemplates

    public init(store: Store, lang: Lang, clock: WallClock = .paris, templates: DocumentTemplates = .standard)
    {
        self.store = store
        self.lang = lang
        self.clock = clock
        self.templates = templates
    }

    /// `emargement-2026-11-26-atelier-x` (without extension).
    public static func baseName(_ kind: String, _ meeting: Meeting, clock: WallClock) -> String {
        "\(kind)-\(clock.local(meeting.start).date.iso)-\(ExportFiles.slug(meeting.title))"
    }

    /// The attendance sheet in Markdown or HTML (PDF is made from the
    /// HTML); nil when the meeting is gone.
    public func sheet(_ id: MeetingID, format: Format, mode: AttendanceSheetExport.Mode) throws -> (
        text: String, meeting: Meeting
    )? {
        guard let sheet = try store.attendanceSheet(meeting: id) else { return nil }
        let programme = try store.programme()
        let text =
            format == .md
            ? AttendanceSheetExport.markdown(
                sheet, programme: programme, lang: lang, clock: clock, mode: mode, templates: templates)
            : AttendanceSheetExport.html(
                sheet, programme: programme, lang: lang, clock: clock, mode: mode, templates: templates)
        return (text, sheet.meeting)
    }

    /// The minutes in Markdown or HTML; nil when the meeting is gone.
    public func minutes(_ id: MeetingID, format: Format, now: Int64) throws -> (
        text: String, meeting: Meeting
    )? {
        guard let detail = try store.meetingDetail(id: id), let sheet = try store.attendanceSheet(meeting: id)
        else { return nil }
        let workshop = try store.workshop(meeting: id)
        let programme = try store.programme()
        let text =
            format == .md
            ? MinutesExport.markdown(
                detail, workshop, sheet: sheet, programme: programme, lang: lang, clock: clock, now: now,
                templates: templates)
            : MinutesExport.html(
                detail, workshop, sheet: sheet, programme: programme, lang: lang, clock: clock, now: now,
                templates: templates)
        return (text, detail.meeting)
    }
}
