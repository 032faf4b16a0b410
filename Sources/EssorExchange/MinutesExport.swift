import EssorCore
import EssorStore

/// The minutes (compte rendu) of a workshop: who came, the agenda with
/// the time actually spent, ideas by tag with their votes, questions,
/// decisions, and actions with owner, due date and status.
public enum MinutesExport {
    struct Labels {
        let fr: Bool
        var title: String { tr("Minutes", fr) }
        var attendance: String { trc("minutes heading", "Attendance", fr) }
        var present: String { tr("Present", fr) }
        var excused: String { tr("Excused", fr) }
        var absent: String { tr("Absent", fr) }
        var agenda: String { tr("Agenda", fr) }
        var planned: String { trc("agenda item", "planned", fr) }
        var spent: String { tr("actual", fr) }
        var ideas: String { tr("Ideas", fr) }
        var untagged: String { tr("untagged", fr) }
        var votes: String { tr("votes", fr) }
        var questions: String { "Questions" }
        var decisions: String { tr("Decisions", fr) }
        var actions: String { "Actions" }
        var owner: String { tr("Owner", fr) }
        var due: String { tr("Due", fr) }
        var status: String { trc("agenda item", "Status", fr) }
        var none: String { tr("nobody", fr) }
        func status(_ s: ActionStatus) -> String {
            switch s {
            case .open: tr("to do", fr)
            case .done: trc("agenda item", "done", fr)
            }
        }
    }

    /// The document as sections of plain values, rendered by either format.
    struct Content {
        var heading: String
        var facts: [(String, String)]
        var present: [String]
        var excused: [String]
        var absent: [String]
        var agenda: [(String, String, String)]
        var ideaGroups: [(String, [(String, Int)])]
        var questions: [String]
        var decisions: [String]
        var actions: [(String, String, String, String)]
    }

    static func content(
        _ detail: MeetingDetail, _ workshop: WorkshopSnapshot, programme: Programme?, lang: Lang,
        clock: WallClock,
        now: Int64
    ) -> Content {
        let labels = Labels(fr: lang == .fr)
        let words = ExportLabels(lang)
        let m = detail.meeting
        let start = clock.local(m.start)
        let end = clock.local(m.end)
        var facts: [(String, String)] = []
        if let programme { facts.append((words.programme, programme.name)) }
        facts.append((words.cohort, detail.cohortName))
        facts.append((words.date, "\(words.longDate(start.date)), \(words.time(start)) – \(words.time(end))"))
        if !m.place.isEmpty { facts.append((words.place, m.place)) }
        if !m.facilitators.isEmpty { facts.append((words.facilitators, m.facilitators)) }
        func person(_ line: MeetingDetail.AttendanceLine) -> String {
            "\(line.attendance.person) (\(line.structureName))"
        }
        let present = detail.attendance.filter { $0.attendance.status == .present }.map(person)
        let excused = detail.attendance.filter { $0.attendance.status == .excused }.map(person)
        let absent = detail.attendance.filter { $0.attendance.status == .absent }.map(person)
        var agenda: [(String, String, String)] = []
        for (index, item) in detail.agenda.enumerated() {
            let planned = item.minutes > 0 ? ClockParsing.durationText(item.minutes) : "—"
            let spent =
                workshop.timer.map { timer -> String in
                    let seconds = timer.spent(index, now: now)
                    return seconds > 0 ? ClockParsing.durationText(Int((seconds + 30) / 60)) : "—"
                } ?? "—"
            agenda.append((item.title, planned, spent))
        }
        let ideas = WorkshopOrder.votes.sorted(workshop.items.filter { $0.kind == .idea })
        var groups: [(String, [(String, Int)])] = []
        // Grouped by tag, accents and case aside; shown as first written.
        var tags: [String] = []
        let key = { (tag: String) in SearchFolding.fold(tag) }
        for idea in ideas {
            let tag = idea.tags.first ?? ""
            if !tags.contains(where: { key($0) == key(tag) }) { tags.append(tag) }
        }
        tags.sort { ($0.isEmpty ? 1 : 0, key($0)) < ($1.isEmpty ? 1 : 0, key($1)) }
        for tag in tags {
            let members = ideas.filter { key($0.tags.first ?? "") == key(tag) }.map { ($0.text, $0.votes) }
            groups.append((tag.isEmpty ? labels.untagged : "#" + tag, members))
        }
        let actions = WorkshopOrder.time.sorted(workshop.items.filter { $0.kind == .action }).map {
            ($0.text, $0.owner, $0.due.map { words.longDate($0) } ?? "", labels.status($0.status))
        }
        return Content(
            heading: "\(labels.title) — \(m.title)", facts: facts, present: present, excused: excused,
            absent: absent,
            agenda: agenda, ideaGroups: groups,
            questions: WorkshopOrder.time.sorted(workshop.items.filter { $0.kind == .question }).map(\.text),
            decisions: WorkshopOrder.time.sorted(workshop.items.filter { $0.kind == .decision }).map(\.text),
            actions: actions)
    }

    public static func markdown(
        _ detail: MeetingDetail, _ workshop: WorkshopSnapshot, programme: Programme?, lang: Lang,
        clock: WallClock = .paris, now: Int64
    ) -> String {
        let labels = Labels(fr: lang == .fr)
        let c = content(detail, workshop, programme: programme, lang: lang, clock: clock, now: now)
        let colon = labels.fr ? " :" : ":"
        let cell = AttendanceSheetExport.cell
        var out = "# \(cell(c.heading))\n\n"
        for (key, value) in c.facts { out += "**\(key)\(colon)** \(cell(value))  \n" }
        out += "\n## \(labels.attendance)\n\n"
        for (title, names) in [
            (labels.present, c.present), (labels.excused, c.excused), (labels.absent, c.absent),
        ] {
            out +=
                "- **\(title) (\(names.count))\(colon)** "
                + (names.isEmpty ? labels.none : names.map(cell).joined(separator: ", ")) + "\n"
        }
        if !c.agenda.isEmpty {
            out += "\n## \(labels.agenda)\n\n| | \(labels.planned) | \(labels.spent) |\n|---|---|---|\n"
            for (title, planned, spent) in c.agenda { out += "| \(cell(title)) | \(planned) | \(spent) |\n" }
        }
        if !c.ideaGroups.isEmpty {
            out += "\n## \(labels.ideas)\n"
            for (tag, ideas) in c.ideaGroups {
                out += "\n### \(cell(tag))\n\n"
                for (text, votes) in ideas {
                    out += "- \(cell(text))" + (votes > 0 ? " — \(votes) \(labels.votes)" : "") + "\n"
                }
            }
        }
        for (title, list) in [(labels.questions, c.questions), (labels.decisions, c.decisions)]
        where !list.isEmpty {
            out += "\n## \(title)\n\n" + list.map { "- \(cell($0))\n" }.joined()
        }
        if !c.actions.isEmpty {
            out +=
                "\n## \(labels.actions)\n\n| | \(labels.owner) | \(labels.due) | \(labels.status) |\n|---|---|---|---|\n"
            for (text, owner, due, status) in c.actions {
                out += "| \(cell(text)) | \(cell(owner)) | \(due) | \(status) |\n"
            }
        }
        return out
    }

    public static func html(
        _ detail: MeetingDetail, _ workshop: WorkshopSnapshot, programme: Programme?, lang: Lang,
        clock: WallClock = .paris, now: Int64
    ) -> String {
        let labels = Labels(fr: lang == .fr)
        let c = content(detail, workshop, programme: programme, lang: lang, clock: clock, now: now)
        let e = AttendanceSheetExport.escape
        var out = """
            <!DOCTYPE html>
            <html lang="\(labels.fr ? "fr" : "en")">
            <head>
            <meta charset="utf-8">
            <title>\(e(c.heading))</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 2em; color: #111; max-width: 60em; }
            dl { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1em; }
            dt { font-weight: bold; } dd { margin: 0; }
            table { border-collapse: collapse; } th, td { border: 1px solid #444; padding: 0.3em 0.6em; text-align: left; }
            </style>
            </head>
            <body>
            <h1>\(e(c.heading))</h1>
            <dl>

            """
        for (key, value) in c.facts { out += "<dt>\(e(key))</dt><dd>\(e(value))</dd>\n" }
        out += "</dl>\n<h2>\(e(labels.attendance))</h2>\n<ul>\n"
        for (title, names) in [
            (labels.present, c.present), (labels.excused, c.excused), (labels.absent, c.absent),
        ] {
            out +=
                "<li><strong>\(e(title)) (\(names.count))</strong> : \(e(names.isEmpty ? labels.none : names.joined(separator: ", ")))</li>\n"
        }
        out += "</ul>\n"
        if !c.agenda.isEmpty {
            out +=
                "<h2>\(e(labels.agenda))</h2>\n<table><tr><th></th><th>\(e(labels.planned))</th><th>\(e(labels.spent))</th></tr>\n"
            for (title, planned, spent) in c.agenda {
                out += "<tr><td>\(e(title))</td><td>\(e(planned))</td><td>\(e(spent))</td></tr>\n"
            }
            out += "</table>\n"
        }
        if !c.ideaGroups.isEmpty {
            out += "<h2>\(e(labels.ideas))</h2>\n"
            for (tag, ideas) in c.ideaGroups {
                out += "<h3>\(e(tag))</h3>\n<ul>\n"
                for (text, votes) in ideas {
                    out += "<li>\(e(text))" + (votes > 0 ? " — \(votes) \(e(labels.votes))" : "") + "</li>\n"
                }
                out += "</ul>\n"
            }
        }
        for (title, list) in [(labels.questions, c.questions), (labels.decisions, c.decisions)]
        where !list.isEmpty {
            out += "<h2>\(e(title))</h2>\n<ul>\n" + list.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
        }
        if !c.actions.isEmpty {
            out +=
                "<h2>\(e(labels.actions))</h2>\n<table><tr><th></th><th>\(e(labels.owner))</th><th>\(e(labels.due))</th><th>\(e(labels.status))</th></tr>\n"
            for (text, owner, due, status) in c.actions {
                out +=
                    "<tr><td>\(e(text))</td><td>\(e(owner))</td><td>\(e(due))</td><td>\(e(status))</td></tr>\n"
            }
            out += "</table>\n"
        }
        return out + "</body>\n</html>\n"
    }
}
