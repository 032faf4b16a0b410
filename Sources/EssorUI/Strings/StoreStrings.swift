import EssorCore
import EssorStore

/// Messages about the shared store: read-only sessions, other people's
/// changes, history, and merging a conflicting edit.
public enum StoreMsg: Equatable, Sendable {
    case readOnlyBadge
    case readOnlyRefused(ReadOnlyReason)
    case changedBy(author: String, action: String, summary: String)
    case changesBy(count: Int, authors: [String])
    case historyTitle(String)
    case storeHistoryTitle
    case historyEmpty
    case historyLine(when: String, author: String, action: String)
    case action(String)
    case difference(column: String, before: String, after: String)
    case empty
    case mergeTitle
    case mergeIntro(author: String?)
    case mergeMine
    case mergeTheirs
    case mergeKeys
    case mergeReady
    case recordGone
}

enum StoreStrings {
    /// A stored column as the forms name it (history shows these).
    static func columnLabel(_ column: String, _ fr: Bool) -> String {
        switch column {
        case "name": return tr("Name", fr)
        case "legal_form": return tr("Legal form", fr)
        case "siret": return "SIRET"
        case "address": return tr("Address", fr)
        case "postcode": return tr("Postcode", fr)
        case "town": return tr("Town", fr)
        case "departement": return "Département"
        case "sector": return tr("Sector", fr)
        case "headcount": return tr("Headcount", fr)
        case "website": return tr("Website", fr)
        case "problem": return tr("Problem", fr)
        case "notes": return "Notes"
        case "theme": return tr("Theme", fr)
        case "start_date", "starts_at": return tr("Start", fr)
        case "end_date": return tr("End", fr)
        case "summary": return tr("Summary", fr)
        case "title": return trc("meeting", "Title", fr)
        case "kind": return tr("Kind", fr)
        case "duration_minutes": return tr("Duration (min)", fr)
        case "place": return tr("Place", fr)
        case "video_link": return tr("Video link", fr)
        case "facilitators": return tr("Facilitators", fr)
        case "mission": return "Mission"
        case "days_planned": return tr("Days planned", fr)
        case "status": return trc("cohort", "Status", fr)
        case "expertise": return "Expertise"
        case "project_title": return tr("Project", fr)
        case "project_summary": return tr("Project summary", fr)
        case "project_stage": return tr("Project stage", fr)
        default: return column
        }
    }

    static func text(_ msg: StoreMsg, _ fr: Bool) -> String {
        switch msg {
        case .readOnlyBadge: return tr("READ ONLY", fr)
        case .readOnlyRefused(let reason):
            return tr(
                "Read only (%s): nothing is changed.", fr, CommandLineStrings.readOnlyReason(reason, fr))
        case .changedBy(let author, let action, let summary):
            return tr("%1$s: %2$s of “%3$s”", fr, author, text(.action(action), fr), summary)
        case .changesBy(let count, let authors):
            return trn("%d change by %s", "%d changes by %s", count, fr, authors.joined(separator: ", "))
        case .historyTitle(let name): return tr("History — %s", fr, name)
        case .storeHistoryTitle: return tr("Store history", fr)
        case .historyEmpty: return tr("No change recorded", fr)
        case .historyLine(let when, let author, let action):
            return "\(when) · \(author) · \(text(.action(action), fr))"
        case .action(let action):
            switch action {
            case "insert": return tr("creation", fr)
            case "delete": return tr("deletion", fr)
            case "undo": return tr("undo", fr)
            default: return tr("change", fr)
            }
        case .difference(let column, let before, let after):
            return "\(columnLabel(column, fr)) : \(before) → \(after)"
        case .empty: return tr("(empty)", fr)
        case .mergeTitle:
            return tr("Changed elsewhere while you were editing", fr)
        case .mergeIntro(let author):
            let who = author.map { tr(" by %s", fr, $0) } ?? ""
            return tr(
                "This record was changed%s while you were editing. Each differing field is preset to the side that changed it; those marked ! were changed on both sides: choose.",
                fr, who)
        case .mergeMine: return tr("yours", fr)
        case .mergeTheirs: return tr("theirs", fr)
        case .mergeKeys:
            return tr(
                "↑↓ field · ← yours · → theirs · Space: swap · v all yours · a all theirs · Enter: back to the form · Esc: cancel",
                fr)
        case .mergeReady:
            return tr("Merged: check the form, then Enter to save", fr)
        case .recordGone:
            return tr("This record was deleted elsewhere: Enter saves it as a new one, Esc drops it", fr)
        }
    }
}
