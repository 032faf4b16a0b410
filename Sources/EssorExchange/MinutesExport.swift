import EssorCore
import EssorStore

/// The minutes (compte rendu) of a workshop: the programme's identity and
/// funders, every invited person with a status (present, excused, absent,
/// or not marked: nobody vanishes), the partners, the agenda with the
/// time planned, added with `m` and actually spent, ideas under every tag
/// they carry, questions, decisions, and actions with owner, due date and
/// status.
public enum MinutesExport {
    public static func markdown(
        _ detail: MeetingDetail, _ workshop: WorkshopSnapshot, sheet: AttendanceSheet, programme: Programme?,
        lang: Lang, clock: WallClock = .paris, now: Int64, templates: DocumentTemplates = .standard
    ) -> String {
        templates.render(
            "compte-rendu.md",
            view(detail, workshop, sheet: sheet, programme: programme, lang: lang, clock: clock, now: now))
    }

    public static func html(
        _ detail: MeetingDetail, _ workshop: WorkshopSnapshot, sheet: AttendanceSheet, programme: Programme?,
        lang: Lang, clock: WallClock = .paris, now: Int64, templates: DocumentTemplates = .standard
    ) -> String {
        templates.render(
            "compte-rendu.html",
            view(detail, workshop, sheet: sheet, programme: programme, lang: lang, clock: clock, now: now))
    }

    struct Labels {
        var title, attendance, partners, agenda, item, planned, added, spent, ideas, votes: String
        var questions, decisions, actions, action, owner, due, status, nobody, colon, programme: String
        var funders, operation, privacy: String
    }

    struct StatusView {
        var title: String
        var count: Int
        var people: String
    }

    struct AgendaView {
        var title, planned, added, spent: String
    }

    struct IdeaView {
        var text: String
        var votes: Int
        var hasVotes: Bool
    }

    struct TagView {
        var tag: String
        var ideas: [IdeaView]
    }

    struct ActionView {
        var text, owner, due, status: String
    }

    struct Fact {
        var key, value: String
    }

    struct View {
        var lang: String
        var labels: Labels
        var identity: IdentityView
        var heading: String
        var running: String
        var facts: [Fact]
        var statuses: [StatusView]
        var partners: String
        var hasPartners: Bool
        var agenda: [AgendaView]
        var hasAgenda: Bool
        var tags: [TagView]
        var hasIdeas: Bool
        var questions: [String]
        var hasQuestions: Bool
        var decisions: [String]
        var hasDecisions: Bool
        var actions: [ActionView]
        var hasActions: Bool
    }

    static func view(
        _ detail: MeetingDetail, _ workshop: WorkshopSnapshot, sheet: AttendanceSheet, programme: Programme?,
        lang: Lang, clock: WallClock, now: Int64
    ) -> View {
        let fr = lang == .fr
        let words = ExportLabels(lang)
        let clean = { (text: String) in OutputText.clean(text, for: .file) }
        let labels = Labels(
            title: tr("Minutes", fr), attendance: trc("minutes heading", "Attendance", fr),
            partners: words.partners, agenda: tr("Agenda", fr), item: trc("agenda item", "Item", fr),
            planned: trc("agenda item", "planned", fr), added: trc("agenda item", "added", fr),
            spent: tr("actual", fr), ideas: tr("Ideas", fr), votes: tr("votes", fr), questions: "Questions",
            decisions: tr("Decisions", fr), actions: "Actions", action: "Action", owner: tr("Owner", fr),
            due: tr("Due", fr), status: trc("agenda item", "Status", fr), nobody: tr("nobody", fr),
            colon: fr ? " :" : ":", programme: words.programme, funders: words.funders,
            operation: tr("Operation no.", fr), privacy: tr("Personal data", fr))
        let m = detail.meeting
        let start = clock.local(m.start)
        let end = clock.local(m.end)
        var facts: [Fact] = [Fact(key: words.cohort, value: clean(detail.cohortName))]
        facts.append(
            Fact(
                key: words.date,
                value: "\(words.longDate(start.date)), \(words.time(start)) – \(words.time(end))"))
        if !m.place.isEmpty { facts.append(Fact(key: words.place, value: clean(m.place))) }
        if !m.facilitators.isEmpty {
            facts.append(Fact(key: words.facilitators, value: clean(m.facilitators)))
        }
        // Every person of the sheet, marked or not.
        // Partners' contacts who were not marked are not expected: they are
        // not « not marked ».
        let people = sheet.rows.filter {
            !$0.person.trimmingSpaces.isEmpty && ($0.isInvited || $0.status != nil)
        }
        func names(_ status: AttendanceStatus?) -> [String] {
            people.filter { $0.status == status }.map { "\(clean($0.person)) (\(clean($0.structureName)))" }
        }
        let statuses: [(String, [String])] = [
            (tr("Present", fr), names(.present)), (tr("Excused", fr), names(.excused)),
            (tr("Absent", fr), names(.absent)), (tr("Not marked", fr), names(nil)),
        ]
        var agenda: [AgendaView] = []
        for (index, item) in detail.agenda.enumerated() {
            let planned = item.minutes > 0 ? ClockParsing.durationText(item.minutes) : "—"
            var added = "—"
            var spent = "—"
            if let timer = workshop.timer, index < timer.planned.count {
                if timer.added[index] > 0 { added = "+" + ClockParsing.durationText(timer.added[index]) }
                let seconds = timer.spent(index, now: now)
                if seconds > 0 { spent = ClockParsing.durationText(Int((seconds + 30) / 60)) }
            }
            agenda.append(AgendaView(title: clean(item.title), planned: planned, added: added, spent: spent))
        }
        // An idea is listed under each of its tags; tags are grouped
        // accents and case aside, shown as first written, in French order.
        let ideas = WorkshopOrder.votes.sorted(workshop.items.filter { $0.kind == .idea })
        var tags: [String] = []
        for idea in ideas {
            for tag in idea.tags.isEmpty ? [""] : idea.tags
            where !tags.contains(where: { SearchFolding.fold($0) == SearchFolding.fold(tag) }) {
                tags.append(tag)
            }
        }
        tags.sort { a, b in a.isEmpty != b.isEmpty ? !a.isEmpty : FrenchOrder.less(a, b) }
        let tagViews = tags.map { tag in
            let members = ideas.filter { idea in
                tag.isEmpty
                    ? idea.tags.isEmpty
                    : idea.tags.contains { SearchFolding.fold($0) == SearchFolding.fold(tag) }
            }
            return TagView(
                tag: tag.isEmpty ? tr("untagged", fr) : "#" + clean(tag),
                ideas: members.map { IdeaView(text: clean($0.text), votes: $0.votes, hasVotes: $0.votes > 0) }
            )
        }
        let status = { (s: ActionStatus) in
            switch s {
            case .open: tr("to do", fr)
            case .done: trc("agenda item", "done", fr)
            }
        }
        let actions = WorkshopOrder.time.sorted(workshop.items.filter { $0.kind == .action }).map {
            ActionView(
                text: clean($0.text), owner: clean($0.owner), due: $0.due.map { words.longDate($0) } ?? "",
                status: status($0.status))
        }
        let questions = WorkshopOrder.time.sorted(workshop.items.filter { $0.kind == .question }).map {
            clean($0.text)
        }
        let decisions = WorkshopOrder.time.sorted(workshop.items.filter { $0.kind == .decision }).map {
            clean($0.text)
        }
        let partners = sheet.groups.filter { $0.group.partnerID != nil }.map { clean($0.name) }.joined(
            separator: ", ")
        return View(
            lang: fr ? "fr" : "en", labels: labels, identity: IdentityView(programme, lang: lang),
            heading: "\(labels.title) — \(clean(m.title))",
            running: "\(labels.title) — \(clean(m.title)) — \(start.date.dayMonthYear)", facts: facts,
            statuses: statuses.map {
                StatusView(
                    title: $0.0, count: $0.1.count,
                    people: $0.1.isEmpty ? labels.nobody : $0.1.joined(separator: ", "))
            },
            partners: partners, hasPartners: !partners.isEmpty, agenda: agenda, hasAgenda: !agenda.isEmpty,
            tags: tagViews, hasIdeas: !tagViews.isEmpty, questions: questions,
            hasQuestions: !questions.isEmpty,
            decisions: decisions, hasDecisions: !decisions.isEmpty, actions: actions,
            hasActions: !actions.isEmpty)
    }
}
